/**
 * custom-elements.json, the Custom Elements Manifest of the package (`npm run build:manifest`):
 * every element's tag, attributes, properties, methods, events, CSS parts and CSS custom
 * properties, read from the Lit sources and their JSDoc (`@fires`, `@csspart`, `@cssprop`).
 * Module paths name the published JavaScript (dist/lib/…js), not the TypeScript sources.
 */
const toPublished = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/lib/$1.js');

/** Rewrites every `path` and `module` of the manifest from src/….ts to dist/lib/….js. */
function publishedPaths() {
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toPublished(child.replace(/^\//, ''));
        else visit(child);
      }
    }
  };
  return { name: 'published-paths', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

/**
 * Drops the events the analyzer invents from `dispatchEvent(new CustomEvent(type, …))` inside a
 * helper, named after the variable (`type`); the real events are listed with `@fires`. (A
 * dispatch statement can also be skipped with a `/** @ignore *\/` comment.)
 */
function noVariableEvents() {
  const variables = new Map();
  return {
    name: 'no-variable-events',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      const visit = (child) => {
        if (ts.isNewExpression(child) && /^(Custom)?Event$/.test(child.expression.getText()) && child.arguments?.[0] && ts.isIdentifier(child.arguments[0])) {
          names.add(child.arguments[0].text);
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
      variables.set(node.name.text, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const names = variables.get(declaration.name);
          if (!names || !declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.description || !names.has(event.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // Never write to package.json: its `customElements` field is kept by hand.
  packagejson: false,
  plugins: [noVariableEvents(), publishedPaths()],
};

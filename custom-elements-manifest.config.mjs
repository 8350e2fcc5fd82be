/**
 * custom-elements.json, the Custom Elements Manifest of the package (`npm run build:manifest`):
 * every element's tag, attributes, properties, methods, events, CSS parts and CSS custom
 * properties, read from the Lit sources and their JSDoc (`@fires {CustomEvent<Detail>} name - …`,
 * `@csspart`, `@cssprop`). Events are fired through `emit()` in events.ts, outside the classes, so
 * `@fires` is the only place the analyzer learns of them.
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

export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // Never write to package.json: its `customElements` field is kept by hand.
  packagejson: false,
  plugins: [publishedPaths()],
};

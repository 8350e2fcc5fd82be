/**
 * The library for bundlers: `import 'actor-graph'` (dist/lib/index.js) registers the elements,
 * `actor-graph/model` (dist/lib/model/index.js) is the model alone, without a DOM. One output
 * file per source module, so that a bundler drops what a page does not use; the dependencies
 * (lit, cytoscape, graphology, valibot…) stay imports, installed with the package.
 */
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const dependencies = Object.keys(pkg.dependencies);
const external = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', 'model/index': 'src/model/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

/**
 * The self-contained file dist/lib/actor-graph.js: everything (lit, cytoscape, cola, graphology,
 * valibot and the model) in one minified ES module with no imports, for a page without a
 * bundler: `<script type="module" src=".../actor-graph.js"></script>`. It registers every
 * element and exports what `import 'actor-graph'` does. Built after vite.lib.config.ts, into the
 * same folder.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  // Relative, so that the layout worker is found beside the file wherever a page serves it.
  base: './',
  worker: { format: 'es' },
  // Libraries that read it (not Lit, which picks its production build by export condition).
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    target: 'es2022',
    // No map: it would be 3.5 MB (cytoscape's sources); the per-module build has maps for debugging.
    sourcemap: false,
    minify: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'actor-graph.js' },
    rolldownOptions: {
      output: {
        // One file: code loaded on demand (image export) is inlined rather than split into chunks.
        codeSplitting: false,
        // Whitespace too (Vite keeps it in ES libraries for later bundlers; this file is final).
        minify: true,
        // The dependencies' licence notices stay.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});

/**
 * The self-contained file dist/lib/actor-graph.js: everything the elements need to show a graph
 * (lit, cytoscape, cola, graphology, valibot and the model) in one minified ES module with no
 * imports of packages, for a page without a bundler:
 * `<script type="module" src=".../actor-graph.js"></script>`. It registers every element and
 * exports what `import 'actor-graph'` does. What only some readers use (the layout worker of
 * large graphs, image export, the file formats of the export menu) sits in `assets/` beside it
 * and is fetched from there on first use. Built after vite.lib.config.ts, into the same folder.
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
      // The entry may export more than src/index.ts does (what its on-demand chunks share with
      // it), so that shared code stays in the entry rather than becoming extra files to fetch.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Code loaded on demand stays a chunk of its own: a page that never exports never fetches it.
        chunkFileNames: 'assets/[name]-[hash].js',
        // Everything the entry imports statically stays in the file itself: without this, modules
        // that on-demand chunks share with it can be split into small chunks the file would import.
        codeSplitting: { groups: [{ name: 'actor-graph', tags: ['$initial'] }] },
        // Whitespace too (Vite keeps it in ES libraries for later bundlers; this file is final).
        minify: true,
        // The dependencies' licence notices stay.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});

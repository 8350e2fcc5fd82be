/**
 * The `actor-graph` command for Node: dist/cli/actor-graph.js, which bin/actor-graph.js runs in
 * a published package. An SSR build, so the dependencies stay imports (installed with the package).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/actor-graph.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    // Chunks beside the entry, so that paths the code finds from its own URL stay the same.
    rolldownOptions: { output: { format: 'es', entryFileNames: 'actor-graph.js', chunkFileNames: '[name]-[hash].js' } },
  },
});

import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/**
 * public/embed.html, the page that embeds `<actor-graph>` with no bundler, loads `actor-graph.js`
 * (the self-contained build) and `graph/russia-taliban-2016.json` from beside it.
 * - `npm start`: the dev server answers /actor-graph.js with the library's entry, src/index.ts.
 * - `npm run build`: the app build puts dist/lib/actor-graph.js (built just before it by
 *   `npm run build:lib`) and the seed graph next to embed.html, so that dist/app serves as it is.
 */
function embedPage(): Plugin {
  const bundle = 'dist/lib/actor-graph.js';
  const seed = 'graph/russia-taliban-2016.json';
  return {
    name: 'actor-graph-embed-page',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.split('?')[0] === '/actor-graph.js') req.url = '/src/index.ts';
        next();
      });
    },
    generateBundle() {
      if (!existsSync(bundle)) {
        this.warn(`${bundle} is not built (npm run build:lib): embed.html will not find actor-graph.js`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: 'actor-graph.js', source: readFileSync(bundle) });
      this.emitFile({ type: 'asset', fileName: seed, source: readFileSync(seed) });
    },
  };
}

export default defineConfig({
  plugins: [embedPage()],
  server: { host: '127.0.0.1', port: 5173 },
  // Only the app's page is scanned for dependencies: embed.html loads its script as it is.
  optimizeDeps: { entries: ['index.html'] },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist/app', target: 'es2022', sourcemap: true },
});

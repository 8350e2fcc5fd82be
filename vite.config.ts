import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * public/embed.html, the page that embeds `<actor-graph>` with no bundler, loads `actor-graph.js`
 * (the self-contained build) and `graph/russia-taliban-2016.json` from beside it.
 * - `npm start`: the dev server answers /actor-graph.js with the library's entry, src/index.ts.
 * - `npm run build`: the app build puts dist/lib/actor-graph.js (built just before it by
 *   `npm run build:lib`), the chunks it loads on demand from its assets/ folder, and the seed
 *   graph next to embed.html, so that dist/app serves as it is.
 */

/**
 * The chunks under `root`/assets/ that `root`/actor-graph.js loads (layout worker, image export,
 * file formats), and those they load in turn, as paths relative to `root`.
 */
function assetsOf(root: string): Set<string> {
  const found = new Set<string>();
  const scan = (file: string) => {
    // The entry names them `assets/…`, the chunks their neighbours `./…`.
    for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(/(?:assets\/|\.\/)([\w.-]+\.js)\b/g)) {
      const path = `assets/${name}`;
      if (found.has(path) || !existsSync(join(root, path))) continue;
      found.add(path);
      scan(path);
    }
  };
  scan('actor-graph.js');
  return found;
}

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
      for (const path of assetsOf(dirname(bundle)))
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(join(dirname(bundle), path)) });
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

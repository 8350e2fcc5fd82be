/**
 * Building the benchmark pages with Vite's build API and serving them, with the graph
 * files, on 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const PAGES = ['ours', 'cytoscape-cola', 'sigma-fa2', 'cytoscape-alone'] as const;
export type PageName = (typeof PAGES)[number];
/** Every page built: the stacks, the drawing measures (bench/drawing.ts) and the placement's time (bench/placement.ts). */
export const ALL_PAGES = [...PAGES, 'drawing', 'placement'] as const;

/**
 * Builds `pages` (default: all) into `outDir` (pages/NAME.html and assets/). `configFile: false` so that the
 * project's vite.config.ts, which others change, does not change what is measured.
 *
 * Not minified, on purpose: timing starts after the scripts have loaded, so minifying changes
 * no figure, and unminified bundles keep function names and `//#region` comments, which the
 * CPU profile (bench/profile.ts) uses to say which package the time is spent in.
 */
export async function buildPages(outDir: string, pages: readonly string[] = ALL_PAGES): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: BENCH_DIR,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(pages.map((name) => [name, join(BENCH_DIR, 'pages', `${name}.html`)])) },
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** A static server: URL path prefixes to directories, e.g. `{ '/': out, '/graphs/': graphs }`, longest prefix first. */
export async function serve(roots: Record<string, string>): Promise<Server> {
  const prefixes = Object.keys(roots).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = prefix === undefined ? undefined : resolve(roots[prefix]!);
    const file = root ? normalize(join(root, path.slice(prefix!.length))) : '';
    // Never outside the directory served.
    if (!root || !(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

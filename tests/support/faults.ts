/**
 * Test-only HTTP faults for the browser tests, answered by the Vite dev server the tests run on
 * (a plugin of the browser project in vitest.config.ts), so that `<actor-graph src>` meets real
 * responses, not a fake `fetch`:
 *
 * - `/__faults/404`, `/__faults/500`: those statuses, with a text body.
 * - `/__faults/not-json`: 200, `application/json`, a body that is not JSON.
 * - `/__faults/html`: 200, a web page, as a single-page app's fallback answers a missing file.
 * - `/__faults/slow?ms=N&id=X`: the seed graph after N ms; a request given up before is logged.
 * - `/__faults/stall`: headers and the start of a body, then nothing until the client gives up.
 * - `/__faults/reset`: the connection is dropped without an answer.
 * - `/__faults/huge`: 200, a body announced as 200 MB (Content-Length), of which little ever comes.
 * - `/__faults/log`: `{ aborted: [X…], started: [X…] }`, the ids of slow requests the client
 *   cancelled, and of those the server received.
 *
 * `corsServer` is a plain server on another loopback address (127.0.0.2, another origin) that
 * answers the seed graph without CORS headers at `/`, and with them at `/open`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const SEED = 'graph/russia-taliban-2016.json';

function handle(req: IncomingMessage, res: ServerResponse, aborted: string[], started: string[]): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const text = (status: number, type: string, body: string) => res.writeHead(status, { 'Content-Type': type }).end(body);
  switch (url.pathname) {
    case '/404':
      return void text(404, 'text/plain', 'no such graph');
    case '/500':
      return void text(500, 'text/plain', 'the server fell over');
    case '/not-json':
      return void text(200, 'application/json', 'this is not JSON {');
    case '/html':
      return void text(200, 'text/html; charset=utf-8', '<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>');
    case '/slow': {
      const id = url.searchParams.get('id') ?? '';
      started.push(id);
      const timer = setTimeout(() => text(200, 'application/json', readFileSync(SEED, 'utf8')), Number(url.searchParams.get('ms') ?? 1000));
      res.on('close', () => {
        if (!res.writableEnded) {
          clearTimeout(timer);
          aborted.push(id);
        }
      });
      return;
    }
    case '/stall':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"version": 1, "title": "never finished", ');
      return;
    case '/reset':
      return void req.socket.destroy();
    case '/huge':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) });
      res.write('{"version": 1, "title": "huge", "actors": [');
      return;
    case '/log':
      return void text(200, 'application/json', JSON.stringify({ aborted, started }));
    default:
      return void text(404, 'text/plain', `no fault ${url.pathname}`);
  }
}

/** The Vite plugin answering `/__faults/*`. */
export function faultRoutes(): Plugin {
  const aborted: string[] = [];
  const started: string[] = [];
  return {
    name: 'actor-graph-test-faults',
    configureServer(server) {
      server.middlewares.use('/__faults', (req, res) => handle(req, res, aborted, started));
    },
  };
}

/** A server on 127.0.0.2 (another origin than the tests' page): `/` without CORS headers, `/open` with them. */
export async function corsServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const open = req.url === '/open';
    res.writeHead(200, { 'Content-Type': 'application/json', ...(open ? { 'Access-Control-Allow-Origin': '*' } : {}) });
    res.end(readFileSync(SEED, 'utf8'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const address = server.address();
  return { origin: `http://127.0.0.2:${typeof address === 'object' && address ? address.port : 0}`, server };
}

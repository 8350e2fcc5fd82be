/**
 * Test-only HTTP faults for the browser tests, answered by the Vite dev server the tests run on
 * (a plugin of the browser project in vitest.config.ts), so that `<actor-graph src>` meets real
 * responses, not a fake `fetch`:
 *
 * - `/__faults/404`, `/__faults/500`: those statuses, with a text body.
 * - `/__faults/not-json`: 200, `application/json`, a body that is not JSON.
 * - `/__faults/html`: 200, a web page, as a single-page app's fallback answers a missing file.
 * - `/__faults/held?id=X`: the seed graph, once `/__faults/release?id=X` is asked for (which
 *   answers `{ released: N }`, the number of requests X it let go); never, unless it is.
 * - `/__faults/stall`: headers and the start of a body, then nothing until the client gives up.
 * - `/__faults/reset`: the connection is dropped without an answer.
 * - `/__faults/huge`: 200, a body announced as 200 MB (Content-Length), of which little ever comes.
 * - `/__faults/endless?id=X`: 200, no length announced, a body that never ends, sent as fast as
 *   the client reads it.
 * - `/__faults/log`: `{ started: [X…], aborted: [X…], sent: { X: bytes } }`: the ids of held and
 *   endless requests the server received, of those the client gave up before the end, and how
 *   much of each endless body was sent.
 *
 * `corsServer` is a plain server on another loopback address (127.0.0.2, another origin) that
 * answers the seed graph without CORS headers at `/`, and with them at `/open`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const SEED = 'graph/russia-taliban-2016.json';

/** What the routes remember between requests, for `/__faults/log` and `/__faults/release`. */
interface FaultLog {
  started: string[];
  aborted: string[];
  sent: Record<string, number>;
  held: { id: string; res: ServerResponse }[];
}

/** Logs `id` as started, and as aborted if the client hangs up before the answer ends. */
function watch(log: FaultLog, id: string, res: ServerResponse): void {
  log.started.push(id);
  res.on('close', () => {
    if (!res.writableEnded) log.aborted.push(id);
  });
}

function handle(req: IncomingMessage, res: ServerResponse, log: FaultLog): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const id = url.searchParams.get('id') ?? '';
  const text = (status: number, type: string, body: string) => res.writeHead(status, { 'Content-Type': type }).end(body);
  switch (url.pathname) {
    case '/404':
      return void text(404, 'text/plain', 'no such graph');
    case '/500':
      return void text(500, 'text/plain', 'the server fell over');
    case '/not-json':
      return void text(200, 'application/json', 'this is not JSON {');
    case '/html':
      return void text(
        200,
        'text/html; charset=utf-8',
        '<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>',
      );
    case '/held': {
      watch(log, id, res);
      const entry = { id, res };
      log.held.push(entry);
      res.on('close', () => (log.held = log.held.filter((h) => h !== entry)));
      return;
    }
    case '/release': {
      const released = log.held.filter((h) => h.id === id);
      log.held = log.held.filter((h) => h.id !== id);
      for (const h of released) h.res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(SEED, 'utf8'));
      return void text(200, 'application/json', JSON.stringify({ released: released.length }));
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
    case '/endless': {
      watch(log, id, res);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const piece = '0,'.repeat(256 * 1024);
      log.sent[id] = 0;
      // As much as the socket takes, then again each time it drains, until the client hangs up.
      const more = () => {
        let room = true;
        while (room && !res.destroyed) {
          room = res.write(piece);
          log.sent[id]! += piece.length;
        }
      };
      res.on('drain', more);
      res.write('{"version": 1, "title": "endless", "actors": [');
      more();
      return;
    }
    case '/log':
      return void text(200, 'application/json', JSON.stringify({ started: log.started, aborted: log.aborted, sent: log.sent }));
    default:
      return void text(404, 'text/plain', `no fault ${url.pathname}`);
  }
}

/** The Vite plugin answering `/__faults/*`. */
export function faultRoutes(): Plugin {
  const log: FaultLog = { started: [], aborted: [], sent: {}, held: [] };
  return {
    name: 'actor-graph-test-faults',
    configureServer(server) {
      server.middlewares.use('/__faults', (req, res) => handle(req, res, log));
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

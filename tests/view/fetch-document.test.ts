import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/validate.ts';
import { DEFAULT_TIMEOUT, fetchDocument, fetchTimeout, secondsText } from '../../src/view/fetch-document.ts';
import { seedDocument } from '../seed.ts';

describe('fetchDocument', () => {
  const answer = (body: string, init?: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;
  const problem = (message: string) => ({ ok: false, problems: [{ path: '$', message }] });

  it('checks what it fetches', async () => {
    const result = await fetchDocument('g.json', { fetcher: answer(JSON.stringify(seedDocument())) });
    expect(result.ok).toBe(true);
  });

  it('asks for a graph file, JSON first', async () => {
    let accept: string | null = null;
    const spy = (async (_url: string, init?: RequestInit) => {
      accept = new Headers(init?.headers).get('accept');
      return new Response('{}');
    }) as unknown as typeof fetch;
    await fetchDocument('g.json', { fetcher: spy });
    expect(accept).toBe(
      'application/json, application/gexf+xml, application/graphml+xml, text/csv;q=0.9, application/xml;q=0.8, text/xml;q=0.8',
    );
  });

  it('says in plain words what the server answered', async () => {
    expect(await fetchDocument('g.json', { fetcher: answer('nope', { status: 404, statusText: 'Not Found' }) })).toEqual(
      problem('could not load g.json: the server answered 404 Not Found'),
    );
    // HTTP/2 has no reason phrase: the usual words stand in.
    expect(await fetchDocument('g.json', { fetcher: answer('oops', { status: 500 }) })).toEqual(
      problem('could not load g.json: the server answered 500 Internal Server Error'),
    );
    expect(await fetchDocument('g.json', { fetcher: answer('', { status: 599 }) })).toEqual(
      problem('could not load g.json: the server answered 599'),
    );
    expect(
      await fetchDocument('g.json', { fetcher: answer('<!doctype html><title>App</title>', { headers: { 'content-type': 'text/html' } }) }),
    ).toEqual(problem('could not load g.json: the server answered with a web page (HTML), not a graph file'));
    // A page served as JSON is still a page.
    expect(
      await fetchDocument('g.json', {
        fetcher: answer('\n  <html><body>Not here</body></html>', { headers: { 'content-type': 'application/json' } }),
      }),
    ).toEqual(problem('could not load g.json: the server answered with a web page (HTML), not a graph file'));
    // XML is a graph file too: a GEXF without a graph is refused by the GEXF reader.
    expect(await fetchDocument('g.gexf', { fetcher: answer('<?xml version="1.0"?><gexf/>') })).toEqual(
      problem('not a GEXF file: it has no <graph>'),
    );
  });

  it('opens a file in any format the readers know, by the ending of the path, else by its content', async () => {
    const gexf =
      '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">' +
      '<nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>';
    for (const url of ['/graphs/g.gexf?v=2', 'data:application/xml,x']) {
      const result = await fetchDocument(url, { fetcher: answer(gexf) });
      expect(result.ok && result.document.actors.map((a) => a.label)).toEqual(['Alpha', 'Beta']);
      expect(result.ok && result.document.relations.map((r) => [r.source, r.target, r.type])).toEqual([['a', 'b', 'cooperation']]);
    }
    const edges = await fetchDocument('/graphs/rivals.csv', { fetcher: answer('source,target,type\nAlpha,Beta,enemy\n') });
    expect(edges.ok && edges.document.relations.map((r) => r.type)).toEqual(['hostility']);
    expect(edges.ok && edges.document.title).toBe('rivals');
  });

  it('reports a network failure or a CORS refusal as such', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', { fetcher: offline })).toEqual(
      problem('could not load g.json: the server refused the request or the network failed (CORS or offline)'),
    );
  });

  it('gives up after the timeout, even on a fetcher that ignores its signal', async () => {
    let signal: AbortSignal | undefined;
    const never = ((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    }) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', { fetcher: never, timeout: 30 })).toEqual(
      problem('could not load g.json: the request took longer than 0.03 s'),
    );
    expect(signal?.aborted).toBe(true);
    expect(secondsText(30_000)).toBe('30 s');
    expect(secondsText(1500)).toBe('1.5 s');
    expect([fetchTimeout(undefined), fetchTimeout(0), fetchTimeout(-5), fetchTimeout(Number.NaN), fetchTimeout(250)]).toEqual([
      DEFAULT_TIMEOUT,
      DEFAULT_TIMEOUT,
      DEFAULT_TIMEOUT,
      DEFAULT_TIMEOUT,
      250,
    ]);
    expect(DEFAULT_TIMEOUT).toBe(30_000);
  });

  it('passes cancellation on to the request', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const waits = ((_url: string, init?: RequestInit) => {
      seen = init?.signal ?? undefined;
      return new Promise((_resolve, reject) => seen!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as unknown as typeof fetch;
    const pending = fetchDocument('g.json', { fetcher: waits, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual(problem('could not load g.json: the request was cancelled'));
    expect(seen?.aborted).toBe(true);
  });

  it('refuses a body too large to be under the character limit without reading it', async () => {
    let read = false;
    const huge = (async () => ({
      ok: true,
      status: 200,
      statusText: 'OK',
      headers: new Headers({ 'content-length': String(200 * 1024 * 1024) }),
      body: null,
      text: async () => {
        read = true;
        return '';
      },
    })) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', { fetcher: huge })).toEqual(
      problem('could not load g.json: the file is 200.0 MB; the limit is 33,554,432 characters'),
    );
    expect(read).toBe(false);
  });

  it('gives the problems parseDocument gives for a body that is not JSON or not a valid document', async () => {
    for (const body of ['{ "version": ', 'this is not JSON', '', '{"version": 1}']) {
      expect(await fetchDocument('g.json', { fetcher: answer(body) })).toEqual(parseDocument(body));
    }
  });
});

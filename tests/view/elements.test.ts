import { describe, expect, it } from 'vitest';
import type { PathOptions } from '../../src/model/paths.ts';
import {
  DEFAULT_TIMEOUT, KEY_STEPS, ReadyChain, describeSelection, fetchDocument, fetchTimeout, graphSummary, secondsText, keyboardOrder, mergeFilter, neighbourhood, parseAsOf, parseTypes, stepSelection, summary,
  toElements, viewFilter, drawnLabel, DRAWN_LABEL_MAX,
} from '../../src/view/elements.ts';
import { parseDocument } from '../../src/model/validate.ts';
import { seedDocument, seedGraph } from '../seed.ts';

const graph = seedGraph();

describe('toElements', () => {
  const elements = toElements(graph);
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('makes a node for every actor and an edge for every relation', () => {
    expect(nodes).toHaveLength(14);
    expect(edges).toHaveLength(34);
  });

  it('carries shape class, written kind, type and direction', () => {
    const traffickers = nodes.find((n) => n.data.id === 'drug-traffickers')!;
    expect(traffickers.data).toEqual({ id: 'drug-traffickers', label: 'Opium traffickers', kind: 'other', kindName: 'non-state group' });
    expect(nodes.find((n) => n.data.id === 'taliban')!.data.kind).toBe('non-state armed group');
    const arms = edges.find((e) => e.data.id === 'russia-taliban-arms')!;
    expect(arms.data).toEqual({ id: 'russia-taliban-arms', source: 'russia', target: 'taliban', type: 'contested', directed: true });
    expect(edges.find((e) => e.data.id === 'russia-india')!.data.directed).toBe(false);
  });

  it('cuts a label longer than it can draw with an ellipsis, whole characters only', () => {
    expect(drawnLabel('Opium traffickers')).toBe('Opium traffickers');
    const long = 'Afghan '.repeat(2000);
    expect(drawnLabel(long)).toBe(`${long.slice(0, DRAWN_LABEL_MAX - 1).trimEnd()}…`);
    expect(Array.from(drawnLabel(long)).length).toBeLessThanOrEqual(DRAWN_LABEL_MAX);
    // Characters outside the basic plane are never split in two.
    const flags = '🇦🇫'.repeat(40);
    expect(Array.from(drawnLabel(flags))).toEqual([...Array.from(flags).slice(0, DRAWN_LABEL_MAX - 1), '…']);
    expect(drawnLabel('x'.repeat(DRAWN_LABEL_MAX))).toBe('x'.repeat(DRAWN_LABEL_MAX));
  });

  it('seeds positions deterministically', () => {
    expect(toElements(seedGraph())).toEqual(elements);
    expect(new Set(nodes.map((n) => `${n.position!.x},${n.position!.y}`)).size).toBe(14);
  });
});

describe('filter attributes', () => {
  it('reads types: missing is all, empty is none, unknown names dropped', () => {
    expect(parseTypes(null)).toBeUndefined();
    expect(parseTypes('')).toEqual([]);
    expect(parseTypes(' Hostility, cooperation ,friendship')).toEqual(['cooperation', 'hostility']);
  });

  it('reads as-of dates and ignores anything else', () => {
    expect(parseAsOf('2001')).toBe('2001');
    expect(parseAsOf(' 2015-10 ')).toBe('2015-10');
    expect(parseAsOf('2015-13')).toBeUndefined();
    expect(parseAsOf('soon')).toBeUndefined();
    expect(parseAsOf(null)).toBeUndefined();
  });

  it('builds the view filter', () => {
    expect(viewFilter(null, null)).toEqual({});
    expect(viewFilter('contested', '2016')).toEqual({ types: ['contested'], asOf: '2016' });
  });

  it('merges the view filter into path options', () => {
    expect(mergeFilter<PathOptions>({ all: true }, { types: ['cooperation'], asOf: '2001' })).toEqual({ all: true, types: ['cooperation'], asOf: '2001' });
    expect(mergeFilter({ types: ['cooperation', 'hostility'] }, { types: ['hostility', 'contested'] })).toEqual({ types: ['hostility'] });
    expect(mergeFilter({ types: ['hostility'], asOf: '1999' }, {})).toEqual({ types: ['hostility'], asOf: '1999' });
    const bad = { types: 'hostility' as unknown as [] };
    expect(mergeFilter(bad, { types: ['cooperation'] }).types).toBe('hostility');
  });
});

describe('neighbourhood', () => {
  it('walks usable relations either way up to the depth', () => {
    const all = () => true;
    const one = neighbourhood(graph, 'india', 1, all);
    expect([...one.actors].sort()).toEqual(['india', 'russia']);
    expect([...one.relations]).toEqual(['russia-india']);
    const two = neighbourhood(graph, 'india', 2, all);
    expect(two.actors.size).toBe(11);
    expect(two.relations.has('russia-taliban-arms')).toBe(true);
  });

  it('ignores relations that are not usable', () => {
    const result = neighbourhood(graph, 'india', 3, (id) => id !== 'russia-india');
    expect([...result.actors]).toEqual(['india']);
    expect(result.relations.size).toBe(0);
  });
});

describe('keyboard order', () => {
  it('orders actors by label, case-insensitively', () => {
    const order = keyboardOrder(graph);
    expect(order.slice(0, 3)).toEqual(['afghan-government', 'central-asian-networks', 'chechen-rebels']);
    expect(order.indexOf('iran')).toBeLessThan(order.indexOf('isis'));
    expect(order.indexOf('tajikistan')).toBeLessThan(order.indexOf('taliban'));
    expect(order.at(-1)).toBe('united-states');
    expect(keyboardOrder(graph, (id) => id.startsWith('r'))).toEqual(['russia']);
  });

  it('steps with wrap-around', () => {
    const order = ['a', 'b', 'c'];
    expect(stepSelection(order, null, 1)).toBe('a');
    expect(stepSelection(order, null, -1)).toBe('c');
    expect(stepSelection(order, 'c', 1)).toBe('a');
    expect(stepSelection(order, 'a', -1)).toBe('c');
    expect(stepSelection(order, 'gone', 1)).toBe('a');
    expect(stepSelection([], 'a', 1)).toBeUndefined();
    expect(stepSelection(order, 'b', KEY_STEPS.Home!)).toBe('a');
    expect(stepSelection(order, 'b', KEY_STEPS.End!)).toBe('c');
    expect(stepSelection(order, 'b', KEY_STEPS.ArrowDown!)).toBe('c');
  });
});

describe('words', () => {
  it('summarises what is shown', () => {
    expect(summary(14, 34)).toBe('Graph: 14 actors, 34 relations shown');
    expect(summary(1, 1)).toBe('Graph: 1 actor, 1 relation shown');
  });

  it('describes the selection', () => {
    expect(describeSelection(graph, 'taliban')).toBe('Selected actor: Taliban (non-state armed group)');
    expect(describeSelection(graph, 'russia-taliban-arms')).toBe('Selected relation: Russia → Taliban, contested');
    expect(describeSelection(graph, 'russia-india')).toBe('Selected relation: Russia – India, cooperation');
    expect(describeSelection(graph, 'nothing')).toBe('');
    expect(describeSelection(graph, null)).toBe('');
  });
});

describe('graphSummary', () => {
  it('says what the drawing shows: actors, relations by type, date and focus', () => {
    expect(graphSummary({ actors: 14, byType: { cooperation: 16, hostility: 13, contested: 5 }, total: 34 }))
      .toBe('Graph of 14 actors and 34 relations: 16 cooperation, 13 hostility, 5 contested.');
    expect(graphSummary({ actors: 14, byType: { cooperation: 11, hostility: 11, contested: 2 }, total: 34, asOf: '2001' }))
      .toBe('Graph of 14 actors and 24 of 34 relations: 11 cooperation, 11 hostility, 2 contested, as of 2001.');
    expect(graphSummary({ actors: 3, byType: { cooperation: 0, hostility: 2, contested: 0 }, total: 34, asOf: '2015-12', focus: { label: 'Syria', depth: 1 } }))
      .toBe('Graph of 3 actors and 2 of 34 relations: 2 hostility, as of December 2015. Only the neighbourhood of Syria is shown, 1 step out.');
    expect(graphSummary({ actors: 1, byType: { cooperation: 0, hostility: 0, contested: 0 }, total: 0 })).toBe('Graph of 1 actor and 0 relations.');
  });
});

describe('fetchDocument', () => {
  const answer = (body: string, init?: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;
  const problem = (message: string) => ({ ok: false, problems: [{ path: '$', message }] });

  it('checks what it fetches', async () => {
    const result = await fetchDocument('g.json', { fetcher: answer(JSON.stringify(seedDocument())) });
    expect(result.ok).toBe(true);
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    const spy = (async (_url: string, init?: RequestInit) => {
      accept = new Headers(init?.headers).get('accept');
      return new Response('{}');
    }) as unknown as typeof fetch;
    await fetchDocument('g.json', { fetcher: spy });
    expect(accept).toBe('application/json');
  });

  it('says in plain words what the server answered', async () => {
    expect(await fetchDocument('g.json', { fetcher: answer('nope', { status: 404, statusText: 'Not Found' }) }))
      .toEqual(problem('could not load g.json: the server answered 404 Not Found'));
    // HTTP/2 has no reason phrase: the usual words stand in.
    expect(await fetchDocument('g.json', { fetcher: answer('oops', { status: 500 }) }))
      .toEqual(problem('could not load g.json: the server answered 500 Internal Server Error'));
    expect(await fetchDocument('g.json', { fetcher: answer('', { status: 599 }) }))
      .toEqual(problem('could not load g.json: the server answered 599'));
    expect(await fetchDocument('g.json', { fetcher: answer('<!doctype html><title>App</title>', { headers: { 'content-type': 'text/html' } }) }))
      .toEqual(problem('could not load g.json: the server answered with a web page (HTML), not a graph file'));
    // A page served as JSON is still a page.
    expect(await fetchDocument('g.json', { fetcher: answer('\n  <html><body>Not here</body></html>', { headers: { 'content-type': 'application/json' } }) }))
      .toEqual(problem('could not load g.json: the server answered with a web page (HTML), not a graph file'));
    expect(await fetchDocument('g.gexf', { fetcher: answer('<?xml version="1.0"?><gexf/>') }))
      .toEqual(problem('could not load g.gexf: the server answered with XML, not a JSON graph file'));
  });

  it('reports a network failure or a CORS refusal as such', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', { fetcher: offline }))
      .toEqual(problem('could not load g.json: the server refused the request or the network failed (CORS or offline)'));
  });

  it('gives up after the timeout, even on a fetcher that ignores its signal', async () => {
    let signal: AbortSignal | undefined;
    const never = ((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    }) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', { fetcher: never, timeout: 30 }))
      .toEqual(problem('could not load g.json: the request took longer than 0.03 s'));
    expect(signal?.aborted).toBe(true);
    expect(secondsText(30_000)).toBe('30 s');
    expect(secondsText(1500)).toBe('1.5 s');
    expect([fetchTimeout(undefined), fetchTimeout(0), fetchTimeout(-5), fetchTimeout(Number.NaN), fetchTimeout(250)])
      .toEqual([DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, 250]);
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
      ok: true, status: 200, statusText: 'OK', headers: new Headers({ 'content-length': String(200 * 1024 * 1024) }),
      body: null, text: async () => { read = true; return ''; },
    })) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', { fetcher: huge }))
      .toEqual(problem('could not load g.json: the file is 200.0 MB; the limit is 33,554,432 characters'));
    expect(read).toBe(false);
  });

  it('gives the problems parseDocument gives for a body that is not JSON or not a valid document', async () => {
    for (const body of ['{ "version": ', 'this is not JSON', '', '{"version": 1}']) {
      expect(await fetchDocument('g.json', { fetcher: answer(body) })).toEqual(parseDocument(body));
    }
  });
});

describe('ReadyChain', () => {
  it('starts settled with its initial value', async () => {
    const chain = new ReadyChain('none');
    expect(chain.pending).toBe(false);
    expect(await chain.promise).toBe('none');
  });

  it('makes a replaced pending promise follow the latest work', async () => {
    const chain = new ReadyChain('none');
    let finishFirst!: (v: string) => void;
    chain.begin(() => new Promise<string>((resolve) => (finishFirst = resolve)), () => 'error');
    const first = chain.promise;
    expect(chain.pending).toBe(true);
    let finishSecond!: (v: string) => void;
    chain.begin(() => new Promise<string>((resolve) => (finishSecond = resolve)), () => 'error');
    const second = chain.promise;
    finishFirst('first');
    finishSecond('second');
    expect(await first).toBe('second');
    expect(await second).toBe('second');
    expect(chain.pending).toBe(false);
  });

  it('keeps a settled promise as it was and recovers from failed work', async () => {
    const chain = new ReadyChain('none');
    chain.begin(async () => 'one', () => 'error');
    const one = chain.promise;
    expect(await one).toBe('one');
    chain.begin(async () => {
      throw new Error('boom');
    }, (error) => `recovered ${(error as Error).message}`);
    expect(await chain.promise).toBe('recovered boom');
    expect(await one).toBe('one');
  });
});

import { describe, expect, it } from 'vitest';
import type { PathOptions } from '../../src/model/paths.ts';
import {
  KEY_STEPS, ReadyChain, describeSelection, fetchDocument, keyboardOrder, mergeFilter, neighbourhood, parseAsOf, parseTypes, stepSelection, summary,
  toElements, viewFilter,
} from '../../src/view/elements.ts';
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

describe('fetchDocument', () => {
  const answer = (body: string, init?: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;

  it('checks what it fetches', async () => {
    const result = await fetchDocument('g.json', undefined, answer(JSON.stringify(seedDocument())));
    expect(result.ok).toBe(true);
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    const spy = (async (_url: string, init?: RequestInit) => {
      accept = new Headers(init?.headers).get('accept');
      return new Response('{}');
    }) as unknown as typeof fetch;
    await fetchDocument('g.json', undefined, spy);
    expect(accept).toBe('application/json');
  });

  it('reports HTTP errors, network failures, bad JSON and invalid documents as problems', async () => {
    expect(await fetchDocument('g.json', undefined, answer('nope', { status: 404, statusText: 'Not Found' }))).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'Could not fetch g.json: HTTP 404 Not Found' }],
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchDocument('g.json', undefined, offline)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'Could not fetch g.json: Failed to fetch' }],
    });
    const json = await fetchDocument('g.json', undefined, answer('{ "version": '));
    expect(json.ok === false && json.problems[0]!.message).toMatch(/line 1/);
    const invalid = await fetchDocument('g.json', undefined, answer('{"version": 1}'));
    expect(invalid.ok).toBe(false);
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

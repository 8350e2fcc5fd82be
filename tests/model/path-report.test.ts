import { describe, expect, it } from 'vitest';
import {
  allowedTypes,
  normalizeQuery,
  pathOptions,
  pathSteps,
  resultSummary,
  sameQuery,
  SIGN_DISPLAY,
  suggestionNames,
} from '../../src/model/path-report.ts';
import { findPaths } from '../../src/model/paths.ts';
import { seedGraph } from '../seed.ts';

describe('normalizeQuery and sameQuery', () => {
  it('fills defaults, keeps known types in legend order and clamps hops to 1–6', () => {
    expect(normalizeQuery({ from: ' Russia ', to: 'India' })).toEqual({
      from: 'Russia',
      to: 'India',
      types: ['cooperation', 'hostility', 'contested'],
      all: false,
      maxHops: 4,
      directed: false,
    });
    const odd = normalizeQuery({ from: 'a', to: 'b', types: ['contested', 'bogus' as never, 'cooperation'], maxHops: 99, all: true });
    expect(odd.types).toEqual(['cooperation', 'contested']);
    expect(odd.maxHops).toBe(6);
    expect(normalizeQuery({ from: 'a', to: 'b', maxHops: 0 }).maxHops).toBe(1);
  });

  it('keeps undated relations apart only when asked, and says so only then', () => {
    expect(normalizeQuery({ from: 'a', to: 'b', undated: 'apart' }).undated).toBe('apart');
    expect('undated' in normalizeQuery({ from: 'a', to: 'b', undated: 'join' })).toBe(false);
    expect('undated' in normalizeQuery({ from: 'a', to: 'b', undated: 'bogus' as never })).toBe(false);
    expect(sameQuery({ from: 'a', to: 'b', undated: 'join' }, { from: 'a', to: 'b' })).toBe(true);
    expect(sameQuery({ from: 'a', to: 'b', undated: 'apart' }, { from: 'a', to: 'b' })).toBe(false);
    expect(pathOptions(normalizeQuery({ from: 'a', to: 'b', undated: 'apart' }), {})).toEqual({ undated: 'apart' });
  });

  it('compares normalized questions; a query missing an end is no query', () => {
    expect(sameQuery({ from: 'a', to: 'b' }, { from: 'a ', to: 'b', types: ['cooperation', 'hostility', 'contested'] })).toBe(true);
    expect(sameQuery({ from: 'a', to: 'b', maxHops: 2 }, { from: 'a', to: 'b', maxHops: 3 })).toBe(true);
    expect(sameQuery({ from: 'a', to: 'b', all: true, maxHops: 2 }, { from: 'a', to: 'b', all: true, maxHops: 3 })).toBe(false);
    expect(sameQuery({ from: 'a', to: 'b' }, { from: 'a', to: 'b', directed: true })).toBe(false);
    expect(sameQuery(null, { from: '', to: 'b' })).toBe(true);
    expect(sameQuery(undefined, null)).toBe(true);
    expect(sameQuery(null, { from: 'a', to: 'b' })).toBe(false);
  });
});

describe('allowedTypes and pathOptions', () => {
  it('intersects the view’s types with the panel’s', () => {
    expect(allowedTypes(undefined, ['cooperation', 'hostility', 'contested'])).toBeUndefined();
    expect(allowedTypes(['hostility', 'contested'], ['cooperation', 'hostility'])).toEqual(['hostility']);
    expect(allowedTypes(['cooperation'], ['hostility'])).toEqual([]);
  });

  it('passes the filter’s date and hops only with all', () => {
    const query = normalizeQuery({ from: 'a', to: 'b', maxHops: 2, directed: true });
    expect(pathOptions(query, { asOf: '2001' })).toEqual({ asOf: '2001', directed: true });
    expect(pathOptions({ ...query, all: true }, { types: ['cooperation'] })).toEqual({
      types: ['cooperation'],
      directed: true,
      all: true,
      maxHops: 2,
    });
  });

  it('passes both dates and the possible switch', () => {
    const query = normalizeQuery({ from: 'a', to: 'b' });
    expect(pathOptions(query, { asOf: '2015-06', possible: true, knownOn: '2016' })).toEqual({
      asOf: '2015-06',
      possible: true,
      knownOn: '2016',
    });
    expect(pathOptions(query, { possible: false })).toEqual({});
  });
});

describe('what the panel shows', () => {
  const graph = seedGraph();

  it('writes every sign as a symbol and a word', () => {
    expect(SIGN_DISPLAY['+']).toMatchObject({ symbol: '+', word: 'friendly' });
    expect(SIGN_DISPLAY['-']).toMatchObject({ symbol: '−', word: 'hostile' });
    expect(SIGN_DISPLAY['?']).toMatchObject({ symbol: '?', word: 'uncertain (contested step)' });
  });

  it('gives each step its reading and evidence with the source title', () => {
    const steps = pathSteps(graph, { actors: ['india', 'russia'], relations: ['russia-india'] });
    expect(steps).toEqual([
      {
        relation: 'russia-india',
        type: 'cooperation',
        from: 'india',
        to: 'russia',
        reading: 'Russia cooperates with India (burgeoning alliance).',
        evidence: [
          {
            source: 'ramani-2016',
            sourceTitle: 'Russia and the Taliban: A Closer Look',
            locator: '¶16',
            quote: 'Moscow’s burgeoning alliance with India',
            claimant: 'Samuel Ramani, the article’s author',
          },
        ],
      },
    ]);
  });

  it('offers ids as labels, once per name', () => {
    expect(suggestionNames(graph, ['russia', 'Russia', 'Moscow'])).toEqual(['Russia', 'Moscow']);
  });

  it('summarizes a result in one line', () => {
    expect(resultSummary(graph, findPaths(graph, 'Russia', 'India'))).toBe('1 path found');
    expect(resultSummary(graph, findPaths(graph, 'Russia', 'ISIS', { all: true, maxHops: 2 }))).toMatch(/^\d+ paths found$/);
    expect(resultSummary(graph, findPaths(graph, 'russia', 'chechen-rebels', { asOf: '2001' }))).toBe(
      'No path from Russia to Chechen rebels with these filters',
    );
    expect(resultSummary(graph, findPaths(graph, 'Russia', 'ISIS', { all: true, limit: 2 }))).toBe(
      '2 paths found; more exist beyond the first 2',
    );
    expect(resultSummary(graph, findPaths(graph, 'Rusia', 'India'))).toBe('No actor is named "Rusia"; did you mean "Russia"?');
  });
});

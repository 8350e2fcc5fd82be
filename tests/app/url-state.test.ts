import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../src/app/url-state.ts';
import type { ExplorerState } from '../../src/components/explorer-state.ts';
import { pairKey } from '../../src/model/balance.ts';

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: ExplorerState = {
      src: 'https://example.org/g.json',
      types: ['cooperation', 'contested'],
      asOf: '2015-12',
      selected: 'russia-taliban-arms',
      from: 'Russia',
      to: 'India',
      all: true,
      maxHops: 3,
      directed: true,
      pathTypes: ['cooperation'],
      focus: 'taliban',
      depth: 2,
      view: 'table',
    };
    const query = writeState(state);
    expect(query).toBe(
      '?src=https%3A%2F%2Fexample.org%2Fg.json&types=cooperation%2Ccontested&asOf=2015-12&selected=russia-taliban-arms' +
        '&from=Russia&to=India&all=1&hops=3&directed=1&pathTypes=cooperation&focus=taliban&depth=2&view=table',
    );
    expect(readState(query)).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(writeState({})).toBe('');
    expect(writeState({ types: ['cooperation', 'hostility', 'contested'], view: 'graph' })).toBe('');
    expect(readState('')).toEqual({});
  });

  it('keeps an empty type list, which hides every relation', () => {
    expect(readState(writeState({ types: [] }))).toEqual({ types: [] });
  });

  it('leaves out what it does not understand', () => {
    expect(readState('?asOf=yesterday&types=love,hostility&hops=99&depth=0&view=3d&all=yes')).toEqual({ types: ['hostility'] });
    // A list of no known type is ignored rather than hiding every relation; an empty one hides them.
    expect(readState('?types=__proto__,constructor')).toEqual({});
    expect(readState('?types=')).toEqual({ types: [] });
  });

  it('keeps collapsed panels, camps, size, the undated switch and the choice of an ambivalent pair', () => {
    const pair = pairKey('russia', 'afghan-government');
    const state: ExplorerState = {
      camps: 'many',
      sizeBy: 'betweenness',
      choose: { [pair]: 'russia-afghan-government-counterterrorism' },
      undated: 'apart',
      collapsed: ['filters', 'balance'],
    };
    const query = writeState(state);
    expect(new URLSearchParams(query).getAll('choose')).toEqual([
      '["afghan-government","russia","russia-afghan-government-counterterrorism"]',
    ]);
    expect(new URLSearchParams(query).get('panels')).toBe('-filters,-balance');
    expect(query).toContain('camps=many&sizeBy=betweenness&choose=');
    expect(query).toContain('&undated=apart&panels=-filters%2C-balance');
    expect(readState(query)).toEqual(state);
    // The whole column, written first whatever the order asked.
    expect(writeState({ collapsed: ['details', 'side'] })).toBe('?panels=-side%2C-details');
    expect(readState('?panels=-side,-details')).toEqual({ collapsed: ['side', 'details'] });
  });

  it('leaves out panels, camps, sizes and choices it does not know', () => {
    expect(readState('?panels=-maps,filters,-&camps=three&sizeBy=age&undated=join')).toEqual({});
    expect(readState('?choose=russia&choose=["a","b"]&choose=["a","b",""]&choose={"a":1}')).toEqual({});
    expect(readState('?choose=["b","a","a-b"]&choose=nonsense')).toEqual({ choose: { [pairKey('a', 'b')]: 'a-b' } });
  });
});

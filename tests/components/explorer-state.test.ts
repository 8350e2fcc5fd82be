import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../src/app/url-state.ts';
import { canonicalState, sameState } from '../../src/components/explorer-state.ts';

describe('explorer state', () => {
  it('leaves out what is at its default, as a link does', () => {
    expect(
      canonicalState({
        src: '',
        types: ['contested', 'cooperation', 'hostility'],
        selected: undefined,
        all: false,
        maxHops: 5,
        focus: undefined,
        depth: 2,
        view: 'graph',
        directed: false,
      }),
    ).toEqual({});
    expect(canonicalState({ all: true, maxHops: 4, focus: 'taliban', depth: 2, view: 'table' })).toEqual({
      all: true,
      focus: 'taliban',
      depth: 2,
      view: 'table',
    });
    expect(canonicalState({ all: true, maxHops: 6 })).toEqual({ all: true, maxHops: 6 });
  });

  it('reads back from the URL unchanged', () => {
    const state = canonicalState({
      types: ['hostility'],
      asOf: '2015',
      from: 'Russia',
      to: 'India',
      all: true,
      maxHops: 2,
      focus: 'iran',
      depth: 3,
    });
    expect(readState(writeState(state))).toEqual(state);
  });

  it('compares type lists as sets and ignores defaults', () => {
    expect(sameState({ types: ['hostility', 'cooperation'] }, { types: ['cooperation', 'hostility'] })).toBe(true);
    expect(sameState({ types: ['hostility'] }, { types: ['cooperation'] })).toBe(false);
    expect(sameState({ types: [] }, {})).toBe(false);
    expect(sameState({ view: 'graph', maxHops: 3 }, {})).toBe(true);
    expect(sameState({ selected: 'iran' }, { selected: 'iraq' })).toBe(false);
  });
});

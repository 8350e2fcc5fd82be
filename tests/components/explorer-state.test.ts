import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../src/app/url-state.ts';
import { canonicalState, isCollapsed, sameState, stateAnalysis, togglePanel, withChoice } from '../../src/components/explorer-state.ts';
import { pairKey } from '../../src/model/balance.ts';

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

  it('collapses and reopens panels, the whole column listed first', () => {
    expect(togglePanel({}, 'balance', false)).toEqual(['balance']);
    expect(togglePanel({ collapsed: ['balance'] }, 'side', false)).toEqual(['side', 'balance']);
    expect(togglePanel({ collapsed: ['side', 'balance'] }, 'side', true)).toEqual(['balance']);
    expect(togglePanel({ collapsed: ['balance'] }, 'balance', true)).toBeUndefined();
    expect(isCollapsed({ collapsed: ['paths'] }, 'paths')).toBe(true);
    expect(isCollapsed({ collapsed: ['paths'] }, 'details')).toBe(false);
    expect(canonicalState({ collapsed: [] })).toEqual({});
    expect(canonicalState({ collapsed: ['paths', 'side'] })).toEqual({ collapsed: ['side', 'paths'] });
    expect(sameState({ collapsed: ['paths', 'filters'] }, { collapsed: ['filters', 'paths'] })).toBe(true);
  });

  it('keeps one chosen relation per ambivalent pair, and passes choices and the undated switch to balance', () => {
    const pair = pairKey('russia', 'afghan-government');
    const chosen = withChoice({}, pair, 'russia-afghan-government-strain');
    expect(chosen).toEqual({ [pair]: 'russia-afghan-government-strain' });
    expect(withChoice({ choose: chosen! }, pair, null)).toBeUndefined();
    expect(sameState({ choose: { [pair]: 'x' } }, { choose: { [pair]: 'x' } })).toBe(true);
    expect(sameState({ choose: { [pair]: 'x' } }, { choose: { [pair]: 'y' } })).toBe(false);
    expect(canonicalState({ choose: {}, undated: undefined })).toEqual({});
    expect(stateAnalysis({ undated: 'apart', choose: chosen! }, { asOf: '2016' })).toEqual({
      asOf: '2016',
      undated: 'apart',
      choose: { [pair]: 'russia-afghan-government-strain' },
    });
    expect(stateAnalysis({}, { asOf: '2016' })).toEqual({ asOf: '2016' });
  });
});

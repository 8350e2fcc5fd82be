import { describe, expect, it } from 'vitest';
import { certainWindowOf, heldTogether, holdsText, spanOf, together } from '../../src/model/held-together.ts';
import type { Relation } from '../../src/model/format.ts';

const relation = (extra: Partial<Relation>): Relation => ({ id: 'r', source: 'a', target: 'b', type: 'cooperation', ...extra });

describe('certainWindowOf', () => {
  it('gives the days a relation certainly held, or null when it never certainly did', () => {
    expect(certainWindowOf({ start: '2007', end: '2015-06' })).toEqual({
      from: 20070101,
      to: 20150630,
      fromText: '2007',
      toText: '2015-06',
    });
    expect(certainWindowOf({ start: '2015-12', startBound: 'no-later-than' })).toEqual({ from: 20151231, to: null, fromText: '2015-12' });
    expect(certainWindowOf({ end: '2010', endBound: 'no-earlier-than' })).toEqual({ from: null, to: 20100101, toText: '2010' });
    expect(certainWindowOf({ start: '2014', startBound: 'no-earlier-than' })).toBeNull();
    expect(certainWindowOf({ end: '1999', endBound: 'no-later-than' })).toBeNull();
    expect(certainWindowOf({ start: '2010', startBound: 'no-later-than', end: '2010-06' })).toBeNull();
    expect(certainWindowOf({})).toEqual({ from: null, to: null });
  });
});

describe('spanOf and together', () => {
  it('puts undated relations on the whole line, or on a point of their own when kept apart', () => {
    expect(spanOf({}, {})).toEqual({ from: -1, to: 99_999_999 });
    expect(spanOf({}, { undated: 'apart' })).toEqual({ from: -1, to: -1 });
    expect(spanOf({}, { undated: 'apart', asOf: '2016' })).toEqual({ from: -1, to: 99_999_999 });
    expect(spanOf({ end: '2001' }, {})).toEqual({ from: 0, to: 20011231 });
    expect(spanOf({ start: '2014', startBound: 'no-earlier-than' }, {})).toEqual({ from: 99_999_999, to: -1 });
    expect(spanOf({ start: '2014', startBound: 'no-earlier-than' }, { possible: true })).toEqual({ from: 20140101, to: 99_999_999 });
  });

  it('reads a relation edited after it was read', () => {
    const edited: Relation = relation({ start: '2001' });
    expect(spanOf(edited, {})).toEqual({ from: 20010101, to: 99_999_999 });
    edited.start = '2005';
    expect(spanOf(edited, {})).toEqual({ from: 20050101, to: 99_999_999 });
  });

  it('finds a day in common, within the as-of period', () => {
    const spring = spanOf({ end: '2005-03' }, {});
    const summer = spanOf({ start: '2005-06' }, {});
    expect(together([spring], {})).toBe(true);
    expect(together([spring, summer], {})).toBe(false);
    expect(together([summer], { asOf: '2005-05' })).toBe(false);
    expect(together([spanOf({}, { undated: 'apart' }), summer], { undated: 'apart' })).toBe(false);
  });
});

describe('heldTogether and holdsText', () => {
  it('says when relations held together and how many gave no date', () => {
    const r = [relation({ start: '2015-12', startBound: 'no-later-than' }), relation({ end: '2016' }), relation({})];
    expect(heldTogether(r)).toEqual({
      window: { from: 20151231, to: 20161231, fromText: '2015-12', toText: '2016' },
      undated: 1,
      holds: 'holds 2015-12 – 2016, with an undated step',
    });
    expect(heldTogether(r, { undated: 'apart' })).toBeNull();
    expect(heldTogether([relation({ end: '1999' }), relation({ start: '2001' })])).toBeNull();
  });

  it('words windows and undated relations', () => {
    const open = { from: null, to: null };
    expect(holdsText(open, 2, 2)).toBe('dates not given');
    expect(holdsText(open, 0, 0)).toBe('holds at any time');
    expect(holdsText({ from: 20010101, to: 20011231, fromText: '2001', toText: '2001' }, 0, 1)).toBe('holds 2001');
    expect(holdsText({ from: null, to: 20011231, toText: '2001' }, 2, 3, 'relation')).toBe('holds until 2001, with 2 undated relations');
  });
});

import { describe, expect, it } from 'vitest';
import { commonWindow, holdingOn, isUndated, windowOf, windowText } from '../../src/model/time-bounds.ts';

describe('holdingOn: certain, possible or not at a date', () => {
  it('reads exact bounds as holdsOn does: certain inside, not outside', () => {
    const r = { start: '2007', end: '2015-06' };
    expect(['2006', '2007', '2010-03-04', '2015-06', '2015-07'].map((d) => holdingOn(r, d))).toEqual([
      'not',
      'certain',
      'certain',
      'certain',
      'not',
    ]);
  });

  it('reads "began no later than December 2015" as certain from then on and possible before', () => {
    const revealed = { start: '2015-12', startBound: 'no-later-than' as const };
    expect(['1990', '2015-06', '2015-12-15', '2015-12', '2015', '2016'].map((d) => holdingOn(revealed, d))).toEqual([
      'possible',
      'possible',
      'possible',
      'certain',
      'certain',
      'certain',
    ]);
  });

  it('reads "began no earlier than" as possible from that date, never certain, and not before', () => {
    const later = { start: '2014', startBound: 'no-earlier-than' as const };
    expect(['2013-12', '2014', '2020'].map((d) => holdingOn(later, d))).toEqual(['not', 'possible', 'possible']);
  });

  it('mirrors the bounds at the end', () => {
    const lasted = { start: '2001', end: '2010', endBound: 'no-earlier-than' as const };
    expect(['2000', '2005', '2010-01', '2010-02', '2030'].map((d) => holdingOn(lasted, d))).toEqual([
      'not',
      'certain',
      'certain',
      'possible',
      'possible',
    ]);
    const over = { end: '1999', endBound: 'no-later-than' as const };
    expect(['1980', '1999-12-31', '2000'].map((d) => holdingOn(over, d))).toEqual(['possible', 'possible', 'not']);
  });

  it('takes the weaker of the two ends, and holds nothing at an unreadable date', () => {
    expect(holdingOn({ start: '2015-12', startBound: 'no-later-than', end: '2020', endBound: 'no-later-than' }, '2016')).toBe('possible');
    expect(holdingOn({ start: '2015-12', startBound: 'no-later-than', end: '2014' }, '2015')).toBe('not');
    expect(holdingOn({}, 'soon')).toBe('not');
    expect(holdingOn({}, '2016')).toBe('certain');
  });
});

describe('windows: when a set of relations may hold together', () => {
  it('bounds a window by exact starts and ends; the other kinds leave an end open', () => {
    expect(windowOf({ start: '2015-12', end: '2016' })).toEqual({ from: 20151201, to: 20161231, fromText: '2015-12', toText: '2016' });
    expect(windowOf({ start: '2015-12', startBound: 'no-later-than' })).toEqual({ from: null, to: null });
    expect(windowOf({ start: '2014', startBound: 'no-earlier-than', end: '2016', endBound: 'no-earlier-than' })).toEqual({
      from: 20140101,
      to: null,
      fromText: '2014',
    });
  });

  it('finds the days all hold at once, or none', () => {
    const nineties = { start: '1994', end: '2001' };
    const sharing = { start: '2015-12' };
    const open = {};
    expect(commonWindow([nineties, sharing])).toBeNull();
    const both = commonWindow([{ start: '2007' }, sharing, open, { end: '2016' }]);
    expect(both).toEqual({ from: 20151201, to: 20161231, fromText: '2015-12', toText: '2016' });
    expect(windowText(both!)).toBe('2015-12 – 2016');
    expect(windowText(commonWindow([open])!)).toBe('at any time');
    expect(windowText(commonWindow([sharing])!)).toBe('from 2015-12');
    expect(windowText(commonWindow([{ end: '2001' }])!)).toBe('until 2001');
    expect(windowText(commonWindow([{ start: '2016', end: '2016' }])!)).toBe('2016');
    // One day in common is enough.
    expect(commonWindow([{ end: '2015-12-01' }, { start: '2015-12-01' }])).toEqual({
      from: 20151201,
      to: 20151201,
      fromText: '2015-12-01',
      toText: '2015-12-01',
    });
  });

  it('says which relations give no dates', () => {
    expect([{}, { start: '2001' }, { end: '2001' }].map(isUndated)).toEqual([true, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { firstDay, formatDay, holdsOn, isDate, lastDay } from '../../src/model/dates.ts';

describe('dates', () => {
  it('reads whole periods', () => {
    expect(firstDay('2001')).toBe(20010101);
    expect(lastDay('2001')).toBe(20011231);
    expect(firstDay('2015-10')).toBe(20151001);
    expect(lastDay('2015-10')).toBe(20151031);
    expect(lastDay('2016-02')).toBe(20160229);
    expect(lastDay('2015-02')).toBe(20150228);
    expect(firstDay('2016-12-08')).toBe(20161208);
    expect(formatDay(20161208)).toBe('2016-12-08');
  });

  it('refuses dates that are not on the calendar or not in the format', () => {
    for (const bad of ['2015-13', '2015-02-30', '15-01-01', '2015/01', '2015-1', 'December 2015', '']) {
      expect(isDate(bad), bad).toBe(false);
    }
    expect(isDate('2016-02-29')).toBe(true);
  });

  it('knows the leap years of the Gregorian calendar, year 0 among them', () => {
    expect(['0000-02-29', '0004-02-29', '0400-02-29', '2000-02-29', '2016-02-29'].map(isDate)).toEqual([true, true, true, true, true]);
    expect(['0100-02-29', '1900-02-29', '2015-02-29', '0099-02-29'].map(isDate)).toEqual([false, false, false, false]);
    expect(['0000-04-31', '2016-11-31', '0001-01-31', '2016-12-31'].map(isDate)).toEqual([false, false, true, true]);
    expect(lastDay('0000-02')).toBe(lastDay('0000-02-29'));
  });

  it('holds a relation ending "2001" through 2001-12-31 and not a day later', () => {
    expect(holdsOn({ end: '2001' }, '2001-12-31')).toBe(true);
    expect(holdsOn({ end: '2001' }, '2002-01-01')).toBe(false);
    expect(holdsOn({ start: '2007' }, '2007-01-01')).toBe(true);
    expect(holdsOn({ start: '2007' }, '2006-12-31')).toBe(false);
    expect(holdsOn({}, '1066')).toBe(true);
  });

  it('asks a partial as-of date about the whole period it names', () => {
    expect(holdsOn({ start: '2015-12' }, '2015')).toBe(true);
    expect(holdsOn({ end: '2001-03' }, '2001')).toBe(true);
    expect(holdsOn({ start: '2016' }, '2015')).toBe(false);
    expect(holdsOn({}, 'not a date')).toBe(false);
  });
});

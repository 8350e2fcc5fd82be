import { describe, expect, it } from 'vitest';
import { parseAsOf, parseTypes, viewFilter } from '../../src/view/filter-attributes.ts';

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
});

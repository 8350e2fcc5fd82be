import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../src/model/compare.ts';

describe('byCodeUnits', () => {
  it('orders by UTF-16 code units, whatever the locale would say', () => {
    expect(['b', 'B', 'a', 'é', 'e', 'Z'].sort(byCodeUnits)).toEqual(['B', 'Z', 'a', 'b', 'e', 'é']);
    // A character outside the basic plane sorts by its surrogates, before U+FF5E.
    expect(['～', '🇦'].sort(byCodeUnits)).toEqual(['🇦', '～']);
    expect(byCodeUnits('x', 'x')).toBe(0);
  });
});

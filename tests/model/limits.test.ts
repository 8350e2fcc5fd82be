import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCUS_DEPTH, MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH, wholeWithin } from '../../src/model/limits.ts';

describe('wholeWithin', () => {
  it('rounds into the range and falls back on anything but a finite number', () => {
    const depth = (value: number) => wholeWithin(value, MIN_FOCUS_DEPTH, MAX_FOCUS_DEPTH, DEFAULT_FOCUS_DEPTH);
    expect([depth(2), depth(2.4), depth(2.6), depth(0), depth(-4), depth(99)]).toEqual([2, 2, 3, 1, 1, 3]);
    expect([depth(Number.NaN), depth(Infinity), depth(-Infinity)]).toEqual([1, 1, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { SeededRandom, seededRandom } from '../../src/model/random.ts';

describe('seeded random numbers', () => {
  it('gives the same first numbers for a seed on every run (mulberry32)', () => {
    const draw = seededRandom(1);
    expect([draw(), draw(), draw()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('gives the same sequence as an object as as a function', () => {
    for (const seed of [0, 1, 7, 2 ** 31 + 5]) {
      const source = new SeededRandom(seed);
      const draw = seededRandom(seed);
      const fromObject = Array.from({ length: 50 }, () => source.next());
      expect(Array.from({ length: 50 }, () => draw())).toEqual(fromObject);
    }
  });

  it('stays in [0, 1)', () => {
    const source = new SeededRandom(99);
    for (let i = 0; i < 1000; i++) {
      const value = source.next();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

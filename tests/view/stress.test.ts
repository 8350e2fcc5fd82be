import { describe, expect, it } from 'vitest';
import { countCrossings } from '../../src/view/drawing-measures.ts';
import { graphDistances, stressLayout, stressOf } from '../../src/view/stress.ts';
import { untangle } from '../../src/view/untangle.ts';

const distance = (p: Float64Array, i: number, j: number) => Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);

describe('graphDistances', () => {
  it('counts steps, and puts separate components one step beyond the farthest connected pair', () => {
    // 0 – 1 – 2, and 3 alone.
    const d = graphDistances(4, [0, 1, 1, 2]);
    expect([...d.subarray(0, 4)]).toEqual([0, 1, 2, 3]);
    expect(d[3 * 4 + 1]).toBe(3);
  });

  it('takes longer pairs into account when given lengths', () => {
    // A triangle whose pair 0–1 is 2.5 steps long: the way round, 2 steps, is shorter.
    const d = graphDistances(3, [0, 1, 1, 2, 0, 2], [2.5, 1, 1]);
    expect(d[1]).toBe(2);
  });
});

describe('stressLayout', () => {
  it('draws a path of three actors straight, its neighbours one edge length apart', () => {
    const p = stressLayout({ n: 3, pairs: [0, 1, 1, 2], edgeLength: 100 });
    expect(distance(p, 0, 1)).toBeCloseTo(100, 0);
    expect(distance(p, 1, 2)).toBeCloseTo(100, 0);
    expect(distance(p, 0, 2)).toBeCloseTo(200, 0);
  });

  it('draws a square cycle as a square: its stress is all but nil', () => {
    const pairs = [0, 1, 1, 2, 2, 3, 3, 0];
    const p = stressLayout({ n: 4, pairs, edgeLength: 100 });
    // A square with side 100 has diagonals of 141, where the graph wants 200: stress 2 × (59/200)².
    expect(stressOf(4, graphDistances(4, pairs), 100, p)).toBeLessThan(0.2);
    expect(countCrossings(p, pairs)).toBe(0);
  });

  it('gives the same positions for the same seed, and other positions for another', () => {
    const pairs = [0, 1, 1, 2, 2, 3, 3, 4, 4, 0, 0, 2];
    expect([...stressLayout({ n: 5, pairs, seed: 7 })]).toEqual([...stressLayout({ n: 5, pairs, seed: 7 })]);
    expect([...stressLayout({ n: 5, pairs, seed: 7 })]).not.toEqual([...stressLayout({ n: 5, pairs, seed: 8 })]);
  });
});

describe('untangle', () => {
  it('undoes the crossing of K4 drawn as a square with both diagonals', () => {
    const pairs = [0, 1, 1, 2, 2, 3, 3, 0, 0, 2, 1, 3];
    const positions = Float64Array.from([0, 0, 150, 0, 150, 150, 0, 150]);
    expect(countCrossings(positions, pairs)).toBe(1);
    untangle(4, pairs, positions, {
      edgeLength: 150,
      distances: graphDistances(4, pairs),
      clearance: new Float64Array(6).fill(22),
      weight: new Uint16Array(6).fill(1),
      minGap: 90,
      grid: 10,
      passes: 10,
      anneal: 0,
      seed: 1,
    });
    expect(countCrossings(positions, pairs)).toBe(0);
  });
});

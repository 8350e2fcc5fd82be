import { describe, expect, it } from 'vitest';
import { forceSteps, runForce, STEPS_PER_SLICE } from '../../src/view/force-layout.ts';

function ring(n: number) {
  const positions = new Float64Array(2 * n);
  const pairs = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    positions[2 * i] = Math.round(500 + 300 * Math.cos((2 * Math.PI * i) / n));
    positions[2 * i + 1] = Math.round(400 + 300 * Math.sin((2 * Math.PI * i) / n));
    pairs[2 * i] = i;
    pairs[2 * i + 1] = (i * 7 + 3) % n;
  }
  return { positions, pairs, steps: 40 };
}

describe('the large-graph layout', () => {
  it('gives the same positions for the same input', () => {
    expect(runForce(ring(300))).toEqual(runForce(ring(300)));
  });

  it('moves actors from the seed and keeps every position a number', () => {
    const input = ring(300);
    const out = runForce(input);
    expect(out).not.toEqual(input.positions);
    expect(out.every(Number.isFinite)).toBe(true);
  });

  it('bounds the work by steps: fewer on bigger graphs, never below 40 or above 300', () => {
    expect([10, 1000, 5000, 100_000].map(forceSteps)).toEqual([300, 100, 40, 40]);
    expect(forceSteps(2000)).toBe(50);
    expect(STEPS_PER_SLICE).toBe(5);
  });
});

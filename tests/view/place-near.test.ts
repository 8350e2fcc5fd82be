import { describe, expect, it } from 'vitest';
import { NEAR, placeNear } from '../../src/view/place-near.ts';

const drawn = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 200, y: 0 }],
  ['c', { x: 100, y: 200 }],
]);
const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('placeNear', () => {
  it('puts an actor joined to one other beside it, outward from the drawing’s middle', () => {
    const placed = placeNear(['d'], () => ['c'], drawn).get('d')!;
    expect(placed.x).toBeCloseTo(100, 6);
    expect(placed.y).toBeCloseTo(200 + NEAR, 6);
  });

  it('puts an actor joined to actors across the drawing between them, clear of the others', () => {
    const placed = placeNear(['d'], () => ['a', 'b'], drawn).get('d')!;
    expect(placed.y).toBeLessThan(200);
    for (const p of drawn.values()) expect(distance(placed, p)).toBeGreaterThanOrEqual(60);
    expect(distance(placed, { x: 100, y: 0 })).toBeLessThanOrEqual(60);
  });

  it('stands actors joined to none to the right of the drawing, each clear of those before', () => {
    const placed = placeNear(['d', 'e'], () => [], drawn);
    expect(placed.get('d')).toEqual({ x: 200 + NEAR * 1.5, y: 0 });
    expect(distance(placed.get('e')!, placed.get('d')!)).toBeGreaterThanOrEqual(60);
    expect(placed.get('e')!.x).toBeGreaterThan(200);
  });

  it('puts the first actor of an empty drawing at the origin', () => {
    expect(placeNear(['a'], () => [], new Map())).toEqual(new Map([['a', { x: 0, y: 0 }]]));
  });
});

import { describe, expect, it } from 'vitest';
import { NEAR, placeNear } from '../../src/view/place-near.ts';

const drawn = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 200, y: 0 }],
  ['c', { x: 100, y: 200 }],
]);
const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('placeNear', () => {
  it('puts an actor joined to one other beside it, as far from the others as it can', () => {
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

  it('stands actors joined to none under the drawing’s middle, each clear of those before', () => {
    const placed = placeNear(['d', 'e'], () => [], drawn);
    expect(placed.get('d')).toEqual({ x: 100, y: 200 + NEAR });
    expect(distance(placed.get('e')!, placed.get('d')!)).toBeGreaterThanOrEqual(60);
    expect(placed.get('e')!.y).toBeGreaterThan(200);
  });

  it('puts an actor joined to the middle of a row of actors above or below it, not along the row', () => {
    const row = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 200, y: 0 }],
      ['c', { x: 400, y: 0 }],
    ]);
    const links: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: ['b'], d: ['b'] };
    const placed = placeNear(['d'], (id) => links[id] ?? [], row).get('d')!;
    expect(placed.x).toBeCloseTo(200, 6);
    expect(Math.abs(placed.y)).toBeCloseTo(NEAR, 6);
    // So too when the row's relations are long and its ends far off: the new actor stays off them.
    const far = new Map([
      ['a', { x: -1000, y: 0 }],
      ['b', { x: 0, y: 0 }],
      ['c', { x: 1000, y: 0 }],
    ]);
    const beside = placeNear(['d'], (id) => links[id] ?? [], far).get('d')!;
    expect([Math.round(beside.x), Math.round(Math.abs(beside.y))]).toEqual([0, NEAR]);
  });

  it('puts the first actor of an empty drawing at the origin', () => {
    expect(placeNear(['a'], () => [], new Map())).toEqual(new Map([['a', { x: 0, y: 0 }]]));
  });
});

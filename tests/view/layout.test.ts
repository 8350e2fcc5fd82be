import { describe, expect, it } from 'vitest';
import { LAYOUT_BOX, layoutOptions, parseLayout, seedPositions } from '../../src/view/layout.ts';

describe('parseLayout', () => {
  it('accepts the known layouts in any case and defaults to auto', () => {
    expect(parseLayout('GRID')).toBe('grid');
    expect(parseLayout(' circle ')).toBe('circle');
    expect(parseLayout('preset')).toBe('preset');
    expect(parseLayout('COLA')).toBe('cola');
    expect(parseLayout('cose')).toBe('auto');
    expect(parseLayout(null)).toBe('auto');
  });
});

describe('seedPositions', () => {
  it('depends on the set of ids only, not their order', () => {
    const a = seedPositions(['c', 'a', 'b']);
    const b = seedPositions(['b', 'c', 'a']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('places actors on a circle in id order, the first at the top, at distinct whole-number points', () => {
    const ids = Array.from({ length: 14 }, (_, i) => `actor-${String(i).padStart(2, '0')}`);
    const seeds = seedPositions(ids);
    const first = seeds.get('actor-00')!;
    expect(first.x).toBe(LAYOUT_BOX.w / 2);
    expect(first.y).toBeLessThan(LAYOUT_BOX.h / 2);
    const points = new Set([...seeds.values()].map((p) => `${p.x},${p.y}`));
    expect(points.size).toBe(14);
    for (const p of seeds.values()) expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
  });

  it('puts a single actor in the middle', () => {
    expect(seedPositions(['only']).get('only')).toEqual({ x: LAYOUT_BOX.w / 2, y: LAYOUT_BOX.h / 2 });
  });
});

describe('layoutOptions', () => {
  it('runs cola without randomness or animation, making room for labels', () => {
    expect(layoutOptions('cola')).toMatchObject({
      name: 'cola',
      randomize: false,
      animate: false,
      nodeDimensionsIncludeLabels: true,
      avoidOverlap: true,
      fit: false,
    });
  });

  it('sorts grid and circle layouts by id', () => {
    const options = layoutOptions('grid') as unknown as { sort: (a: unknown, b: unknown) => number };
    const node = (id: string) => ({ id: () => id });
    expect(options.sort(node('a'), node('b'))).toBeLessThan(0);
    expect(layoutOptions('circle')).toMatchObject({ name: 'circle', animate: false });
    expect(layoutOptions('preset')).toMatchObject({ name: 'preset' });
  });
});

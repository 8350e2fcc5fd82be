import { describe, expect, it } from 'vitest';
import { LAYOUT_BOX, everyActorPlaced, layoutOptions, presetPositions, seedPositions } from '../../src/view/layout.ts';

describe('presetPositions', () => {
  it('keeps the shape of the positions a file gave, scaled alike on both axes to fill the layout box', () => {
    // A box twice as wide as high, in networkx's units of 1: scaled by 500 to fill the 1000 px width.
    const positions = presetPositions([
      { id: 'a', x: -1, y: -0.5 },
      { id: 'b', x: 1, y: 0.5 },
      { id: 'c', x: 0, y: 0 },
    ]);
    expect(Object.fromEntries(positions)).toEqual({ a: { x: 0, y: 150 }, b: { x: 1000, y: 650 }, c: { x: 500, y: 400 } });
  });

  it('puts a single placed actor in the middle', () => {
    expect(Object.fromEntries(presetPositions([{ id: 'only', x: 7, y: -3 }]))).toEqual({ only: { x: 500, y: 400 } });
  });

  it('stands actors without a position in a row under the box, in id order', () => {
    const positions = presetPositions([{ id: 'z' }, { id: 'p', x: 0, y: 0 }, { id: 'q', x: 0, y: 8 }, { id: 'a', x: 3 }]);
    expect(Object.fromEntries(positions)).toEqual({
      p: { x: 500, y: 0 },
      q: { x: 500, y: 800 },
      a: { x: 250, y: LAYOUT_BOX.h + 80 },
      z: { x: 750, y: LAYOUT_BOX.h + 80 },
    });
  });

  it('keeps the seed circle when no actor has a position', () => {
    expect(presetPositions([{ id: 'a' }, { id: 'b' }])).toEqual(seedPositions(['a', 'b']));
  });
});

describe('everyActorPlaced', () => {
  it('is true only when every actor, and at least one, has both coordinates', () => {
    expect(everyActorPlaced([{ id: 'a', x: 1, y: 2 }])).toBe(true);
    expect(everyActorPlaced([{ id: 'a', x: 1, y: 2 }, { id: 'b' }])).toBe(false);
    expect(everyActorPlaced([{ id: 'a', x: 1 }])).toBe(false);
    expect(everyActorPlaced([])).toBe(false);
  });
});

describe('the preset layout', () => {
  it('puts each actor where presetPositions says', () => {
    const positions = presetPositions([{ id: 'a', x: 1, y: 1 }]);
    expect(layoutOptions('preset', positions)).toMatchObject({ name: 'preset', positions: { a: { x: 500, y: 400 } } });
  });
});

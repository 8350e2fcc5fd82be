import { describe, expect, it } from 'vitest';
import { actorAt, DROP_MARGIN, relationEnds } from '../../src/view/relation-drag.ts';

/** Two actors side by side, and a third overlapping the right edge of the first. */
const BOXES = [
  ['council', { x1: 0, y1: 0, x2: 40, y2: 40 }],
  ['guild', { x1: 100, y1: 0, x2: 140, y2: 40 }],
  ['league', { x1: 30, y1: 10, x2: 60, y2: 30 }],
] as const;

describe('the actor under the pointer', () => {
  it('is the one whose box holds the point', () => {
    expect(actorAt({ x: 10, y: 10 }, BOXES)).toBe('council');
    expect(actorAt({ x: 120, y: 30 }, BOXES)).toBe('guild');
  });

  it('counts a point a few pixels outside a box as on it, but not one further out', () => {
    expect(actorAt({ x: 100 - DROP_MARGIN, y: 20 }, BOXES)).toBe('guild');
    expect(actorAt({ x: 100 - DROP_MARGIN - 1, y: 20 }, BOXES)).toBeNull();
    expect(actorAt({ x: 100 - DROP_MARGIN, y: 20 }, BOXES, 0)).toBeNull();
    expect(actorAt({ x: 80, y: 20 }, BOXES)).toBeNull();
  });

  it('is the one whose middle is nearest where boxes overlap', () => {
    expect(actorAt({ x: 33, y: 20 }, BOXES)).toBe('league');
    expect(actorAt({ x: 31, y: 20 }, BOXES)).toBe('council');
  });

  it('is none when no actor is shown', () => {
    expect(actorAt({ x: 0, y: 0 }, [])).toBeNull();
  });
});

describe('the ends of a drawn relation', () => {
  it('are where the line started and the actor it was released on', () => {
    expect(relationEnds('guild', 'league')).toEqual({ source: 'guild', target: 'league' });
  });

  it('are none when the line is released on nothing or on the actor it started from', () => {
    expect(relationEnds('guild', null)).toBeNull();
    expect(relationEnds('guild', 'guild')).toBeNull();
  });
});

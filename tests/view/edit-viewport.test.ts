import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { drawingFrame, keptViewport, type Frame } from '../../src/view/edit-viewport.ts';

const document = (positions: Record<string, { x: number; y: number } | undefined>): GraphDocument => ({
  version: 1,
  title: 'Three actors',
  actors: Object.entries(positions).map(([id, p]) => ({ id, label: id, ...p })),
  relations: [],
});

/** Where the frame draws a point. */
const draw = (frame: Frame, p: { x: number; y: number }) => ({ x: frame.scale * p.x + frame.x, y: frame.scale * p.y + frame.y });

describe('the frame of a drawing while editing', () => {
  it('is the drawing itself when the drawing laid the graph out', () => {
    expect(drawingFrame(document({ a: undefined }), null)).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('draws places given without file positions into the layout box', () => {
    // Places 0..500 wide are drawn 0..1000 wide: twice as large, the middle at 500, 400.
    const places = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 500, y: 100 }],
    ]);
    const frame = drawingFrame(document({ a: undefined, b: undefined }), places);
    expect(frame).toEqual({ scale: 2, x: 0, y: 300 });
    expect([draw(frame, places.get('a')!), draw(frame, places.get('b')!)]).toEqual([
      { x: 0, y: 300 },
      { x: 1000, y: 500 },
    ]);
  });

  it('draws a file position where the drawing shows that actor', () => {
    // A file in units of 1: moved into the box (and the places given there drawn as they are).
    const file = document({ a: { x: 0, y: 0 }, b: { x: 5, y: 1 } });
    const places = new Map([
      ['a', { x: 0, y: 300 }],
      ['b', { x: 1000, y: 500 }],
    ]);
    const frame = drawingFrame(file, places);
    expect(frame).toEqual({ scale: 200, x: 0, y: 300 });
    expect(draw(frame, { x: 5, y: 1 })).toEqual({ x: 1000, y: 500 });
  });
});

describe('the viewport kept when an actor is moved', () => {
  it('shows every point of the file where it was on screen, however the drawing was fitted again', () => {
    const before: Frame = { scale: 2, x: 0, y: 300 };
    const after: Frame = { scale: 1.6, x: 100, y: 320 };
    const viewport = { zoom: 0.5, pan: { x: 40, y: -20 } };
    const kept = keptViewport(viewport, before, after);
    const screen = (v: typeof viewport, frame: Frame, p: { x: number; y: number }) => {
      const d = draw(frame, p);
      return { x: d.x * v.zoom + v.pan.x, y: d.y * v.zoom + v.pan.y };
    };
    for (const p of [
      { x: 0, y: 0 },
      { x: 250, y: -40 },
      { x: 500, y: 100 },
    ]) {
      const [then, now] = [screen(viewport, before, p), screen(kept, after, p)];
      expect(now.x).toBeCloseTo(then.x, 9);
      expect(now.y).toBeCloseTo(then.y, 9);
    }
    expect(kept.zoom).toBe(0.625);
  });

  it('stays as it is when a frame puts everything on one point', () => {
    const viewport = { zoom: 0.5, pan: { x: 40, y: -20 } };
    expect(keptViewport(viewport, { scale: 0, x: 500, y: 400 }, { scale: 1, x: 0, y: 0 })).toEqual(viewport);
    expect(keptViewport(viewport, { scale: 1, x: 0, y: 0 }, { scale: 0, x: 500, y: 400 })).toEqual(viewport);
  });
});

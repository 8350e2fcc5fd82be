import { describe, expect, it } from 'vitest';
import { fitPoints } from '../../src/view/viewport.ts';

const extent = { halfWidth: 50, above: 10, below: 30 };
const view = { width: 1000, height: 600, padding: 20, extent, minZoom: 0.05, maxZoom: 6 };

describe('fitPoints', () => {
  it('frames the points with their extent, centred, at the zoom that fills the tighter side', () => {
    // Box with extent: x −50…1050 (1100 wide), y −10…430 (440 high); room 960 × 560.
    const fitted = fitPoints(
      [
        { x: 0, y: 0 },
        { x: 1000, y: 400 },
      ],
      view,
    )!;
    expect(fitted.zoom).toBeCloseTo(960 / 1100, 10);
    // The box's centre (500, 210) lands on the view's centre (500, 300).
    expect(fitted.zoom * 500 + fitted.pan.x).toBeCloseTo(500, 10);
    expect(fitted.zoom * 210 + fitted.pan.y).toBeCloseTo(300, 10);
  });

  it('keeps within the zoom limits: one actor is not blown up past the largest zoom', () => {
    const fitted = fitPoints([{ x: 7, y: 9 }], { ...view, maxZoom: 2 })!;
    expect(fitted.zoom).toBe(2);
    expect(fitted.pan).toEqual({ x: 500 - 2 * 7, y: 300 - 2 * (9 + 10) });
    const far = fitPoints(
      [
        { x: 0, y: 0 },
        { x: 1e6, y: 0 },
      ],
      view,
    )!;
    expect(far.zoom).toBe(0.05);
  });

  it('gives nothing for no points or a view with no room', () => {
    expect(fitPoints([], view)).toBeNull();
    expect(fitPoints([{ x: 0, y: 0 }], { ...view, width: 30 })).toBeNull();
  });
});

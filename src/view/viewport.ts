/**
 * Fitting a large drawing to its view from actor positions alone. Cytoscape's own fit measures
 * the bounding box of every element and label, which costs over a second at 5,000 actors and
 * 20,000 relations; the actors' centres give the same frame, give or take a label, in a
 * fraction of a millisecond.
 */
import type { Point } from './layout.ts';

/** Zoom and pan that frame a drawing, as cytoscape's `viewport()` takes them. */
export interface Viewport {
  zoom: number;
  pan: Point;
}

/** Room an actor takes around its centre, in pixels at zoom 1: its shape and the label below it. */
export interface ActorExtent {
  /** Half the widest label (labels wrap at a fixed width) or half the shape, whichever is wider. */
  halfWidth: number;
  /** From the centre to the top of the shape. */
  above: number;
  /** From the centre to the bottom of a one-line label. */
  below: number;
}

export interface FitOptions {
  /** Width and height of the view, in pixels. */
  width: number;
  height: number;
  /** Free space kept on every side, in pixels on screen. */
  padding: number;
  extent: ActorExtent;
  minZoom: number;
  maxZoom: number;
}

/**
 * The viewport that shows every point with its extent, centred, as large as the view allows
 * within the zoom limits; null when there is nothing to show or no room to show it in.
 */
export function fitPoints(points: Iterable<Point>, options: FitOptions): Viewport | null {
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  for (const { x, y } of points) {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (x1 === Infinity) return null;
  const { extent, padding } = options;
  x1 -= extent.halfWidth;
  x2 += extent.halfWidth;
  y1 -= extent.above;
  y2 += extent.below;
  const roomX = options.width - 2 * padding;
  const roomY = options.height - 2 * padding;
  if (roomX <= 0 || roomY <= 0) return null;
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, Math.min(roomX / (x2 - x1), roomY / (y2 - y1))));
  return {
    zoom,
    pan: { x: (options.width - zoom * (x1 + x2)) / 2, y: (options.height - zoom * (y1 + y2)) / 2 },
  };
}

/**
 * Keeping the drawing still while an actor is moved in edit mode. The preset layout fits the
 * places it is given into its box, and the view then fits the drawing into the screen, so an
 * actor moved past the others' edge would shrink or shift all of them. Instead the viewport is
 * moved to undo both fits: every actor stays where it was on screen, and the one moved is where
 * it was put.
 */
import type { GraphDocument } from '../model/format.ts';
import { presetScale, type Point } from './layout.ts';

/** Where a point of the file (or, for a file without positions, of the first drawing) is drawn: scaled by `scale`, then moved by `x`, `y`. */
export interface Frame {
  scale: number;
  x: number;
  y: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

const IDENTITY: Frame = { scale: 1, x: 0, y: 0 };

/**
 * The frame of a drawing given `places` for `document` (see edit-places.ts): the file's positions
 * are moved into the box, and the places into the preset layout's box again. Without places the
 * drawing laid the graph out itself, and the first drawing is the frame.
 */
export function drawingFrame(document: GraphDocument, places: ReadonlyMap<string, Point> | null): Frame {
  if (!places || places.size === 0) return IDENTITY;
  const placed = document.actors.filter((a): a is typeof a & Point => typeof a.x === 'number' && typeof a.y === 'number');
  const file = placed.length ? presetScale(placed).toBox : (p: Point) => p;
  const drawing = presetScale([...places.values()]).toBox;
  const origin = drawing(file({ x: 0, y: 0 }));
  const unit = drawing(file({ x: 1, y: 0 }));
  return { scale: unit.x - origin.x, x: origin.x, y: origin.y };
}

/**
 * The viewport that shows a drawing in frame `after` as `viewport` showed it in frame `before`;
 * the same viewport when either frame squeezes everything onto one point.
 */
export function keptViewport(viewport: Viewport, before: Frame, after: Frame): Viewport {
  if (before.scale === 0 || after.scale === 0) return viewport;
  const zoom = (viewport.zoom * before.scale) / after.scale;
  return {
    zoom,
    pan: {
      x: viewport.pan.x + viewport.zoom * before.x - zoom * after.x,
      y: viewport.pan.y + viewport.zoom * before.y - zoom * after.y,
    },
  };
}

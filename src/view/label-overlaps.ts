/**
 * Label overlaps, one of the drawing's measures: a label drawn over another label or over an
 * actor's shape other than its own.
 */
import type { Box, DrawnActor } from './drawing-measures.ts';

/**
 * How deep, in pixels, a label must reach into another label or shape to count as drawn over
 * it: cytoscape rounds label boxes to whole pixels, so boxes laid edge to edge may share a
 * sliver that no reader sees.
 */
export const LABEL_TOLERANCE = 0.5;

/** The box around an actor's shape. */
export const shapeBox = (actor: DrawnActor): Box => ({
  x1: actor.x - actor.width / 2,
  y1: actor.y - actor.height / 2,
  x2: actor.x + actor.width / 2,
  y2: actor.y + actor.height / 2,
});

/** Whether box reaches more than LABEL_TOLERANCE into the actor's ellipse. */
function boxHitsShape(box: Box, actor: DrawnActor): boolean {
  const rx = actor.width / 2,
    ry = actor.height / 2;
  if (!(rx > 0 && ry > 0)) return false;
  const x1 = box.x1 + LABEL_TOLERANCE,
    x2 = box.x2 - LABEL_TOLERANCE,
    y1 = box.y1 + LABEL_TOLERANCE,
    y2 = box.y2 - LABEL_TOLERANCE;
  if (x1 >= x2 || y1 >= y2) return false;
  // The box's point nearest the centre, with the ellipse scaled to the unit circle.
  const nx = (Math.min(x2, Math.max(x1, actor.x)) - actor.x) / rx;
  const ny = (Math.min(y2, Math.max(y1, actor.y)) - actor.y) / ry;
  return nx * nx + ny * ny < 1;
}

/** Whether two boxes overlap by more than LABEL_TOLERANCE both ways. */
const boxesOverlap = (a: Box, b: Box): boolean =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > LABEL_TOLERANCE && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > LABEL_TOLERANCE;

/** How many times a label is drawn over another label or another actor's shape. */
export function labelOverlaps(actors: readonly DrawnActor[]): number {
  // Labels and shapes in one list swept by left edge: only items whose boxes meet are compared.
  const items: { box: Box; owner: DrawnActor; label: boolean }[] = [];
  for (const actor of actors) {
    if (actor.label) items.push({ box: actor.label, owner: actor, label: true });
    items.push({ box: shapeBox(actor), owner: actor, label: false });
  }
  items.sort((a, b) => a.box.x1 - b.box.x1);
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j]!;
      if (b.box.x1 > a.box.x2) break;
      if (a.owner === b.owner || (!a.label && !b.label)) continue;
      if (a.label && b.label ? boxesOverlap(a.box, b.box) : a.label ? boxHitsShape(a.box, b.owner) : boxHitsShape(b.box, a.owner)) count++;
    }
  }
  return count;
}

/**
 * Where each actor's label goes (below, above, left or right of its shape), and room made so
 * that no label or shape sits on another. Pure and deterministic; sizes are in pixels at zoom 1.
 */

import { labelBox, NODE_SIZE, type Box, type LabelSide } from './style.ts';

/** Label sides, in order of preference when nothing is in the way. */
export const SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left'];
export type Side = LabelSide;

/** The size of a label's text alone (its widest line, and its lines' height), at zoom 1. */
export interface LabelSize {
  width: number;
  height: number;
}

/** Half the size of an actor's shape with its border. */
const SHAPE_HALF = NODE_SIZE / 2 + 2;

/** The box of a label of `size` on `side` of an actor centred at (x, y), as cytoscape draws it. */
export const labelBoxAt = (side: Side, x: number, y: number, size: LabelSize): Box => labelBox(side, { x, y }, size);

const shapeBox = (x: number, y: number): Box => ({ x1: x - SHAPE_HALF, y1: y - SHAPE_HALF, x2: x + SHAPE_HALF, y2: y + SHAPE_HALF });

/** Area shared by two boxes grown by `margin`. */
function overlap(a: Box, b: Box, margin = 0): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + margin;
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + margin;
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether the segment (ax, ay)–(bx, by) enters the box (Liang–Barsky clipping). */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.x1],
    [dx, box.x2 - ax],
    [-dy, ay - box.y1],
    [dy, box.y2 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Chooses each actor's label side: the one whose box covers the fewest relations, shapes and
 * labels already placed (a fan of `relations` with its curves `step` apart counts as wide as it
 * is drawn), preferring below, then above, then beside. Actors with the most
 * relations choose first, as theirs is the most crowded corner.
 */
export function chooseSides(
  positions: ArrayLike<number>,
  pairs: ArrayLike<number>,
  labels: readonly LabelSize[],
  relations?: ArrayLike<number>,
  step = 0,
): Side[] {
  const n = labels.length;
  const sides: Side[] = new Array<Side>(n).fill('bottom');
  const degree = new Array<number>(n).fill(0);
  for (let k = 0; k < pairs.length; k++) degree[pairs[k]!]!++;
  const order = [...Array(n).keys()].sort((a, b) => degree[b]! - degree[a]! || a - b);
  const placed: Box[] = [];
  for (const v of order) {
    const x = positions[2 * v]!;
    const y = positions[2 * v + 1]!;
    let bestSide: Side = 'bottom';
    let bestCost = Infinity;
    SIDES.forEach((side, preference) => {
      const box = labelBoxAt(side, x, y, labels[v]!);
      let cost = preference * 0.01;
      for (let k = 0; k + 1 < pairs.length; k += 2) {
        const a = pairs[k]!;
        const b = pairs[k + 1]!;
        // A fan of several relations is as wide as its middle curves spread, and each counts.
        const count = relations?.[k / 2] ?? 1;
        const spread = ((count - 1) / 2) * (step / 2);
        const wide = spread > 0 ? { x1: box.x1 - spread, y1: box.y1 - spread, x2: box.x2 + spread, y2: box.y2 + spread } : box;
        if (segmentHitsBox(positions[2 * a]!, positions[2 * a + 1]!, positions[2 * b]!, positions[2 * b + 1]!, wide))
          cost += (a === v || b === v ? 2 : 1) * count;
      }
      for (let w = 0; w < n; w++) if (w !== v && overlap(box, shapeBox(positions[2 * w]!, positions[2 * w + 1]!), 4) > 0) cost += 5;
      for (const other of placed) if (overlap(box, other, 4) > 0) cost += 5;
      if (cost < bestCost) {
        bestCost = cost;
        bestSide = side;
      }
    });
    sides[v] = bestSide;
    placed.push(labelBoxAt(bestSide, x, y, labels[v]!));
  }
  return sides;
}

/** The box an actor takes with its label on its side. */
export function actorBox(x: number, y: number, side: Side, label: LabelSize): Box {
  const a = shapeBox(x, y);
  const b = labelBoxAt(side, x, y, label);
  return { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) };
}

/**
 * Moves the two actors of each pair that stand nearer than its `shortest` apart along the line
 * between them, half each, to that distance: their relations need room to be seen, and a fan
 * of them room to spread. True when anything moved.
 */
function stretch(positions: Float64Array, pairs: ArrayLike<number>, shortest: ArrayLike<number>): boolean {
  let moved = false;
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const a = pairs[k]!,
      b = pairs[k + 1]!;
    const dx = positions[2 * b]! - positions[2 * a]!,
      dy = positions[2 * b + 1]! - positions[2 * a + 1]!;
    const length = Math.sqrt(dx * dx + dy * dy);
    const least = shortest[k / 2]!;
    if (length >= least - 0.5) continue;
    // Coinciding actors part along a direction fixed by their indices.
    const ux = length > 1e-9 ? dx / length : Math.cos(a + b),
      uy = length > 1e-9 ? dy / length : Math.sin(a + b);
    const push = (least - length) / 2;
    positions[2 * a]! -= ux * push;
    positions[2 * a + 1]! -= uy * push;
    positions[2 * b]! += ux * push;
    positions[2 * b + 1]! += uy * push;
    moved = true;
  }
  return moved;
}

/**
 * Pushes actors apart until no two boxes (shape and label) come within `margin` of each other,
 * each overlapping pair along the axis where less movement frees it, half each way, and (given
 * `pairs`) until the actors of each pair stand at least its `shortest` apart. Works on
 * `positions` in place; stops after `rounds` sweeps.
 */
export function separate(
  positions: Float64Array,
  sides: readonly Side[],
  labels: readonly LabelSize[],
  margin = 6,
  rounds = 60,
  pairs?: ArrayLike<number>,
  shortest?: ArrayLike<number>,
): Float64Array {
  const n = labels.length;
  for (let round = 0; round < rounds; round++) {
    let moved = pairs && shortest ? stretch(positions, pairs, shortest) : false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = actorBox(positions[2 * i]!, positions[2 * i + 1]!, sides[i]!, labels[i]!);
        const b = actorBox(positions[2 * j]!, positions[2 * j + 1]!, sides[j]!, labels[j]!);
        const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + margin;
        const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + margin;
        if (w <= 0 || h <= 0) continue;
        moved = true;
        // Which way each goes follows their centres (or their indices where these coincide).
        if (w < h) {
          const sign = a.x1 + a.x2 < b.x1 + b.x2 || (a.x1 + a.x2 === b.x1 + b.x2 && i < j) ? -1 : 1;
          positions[2 * i]! += (sign * w) / 2;
          positions[2 * j]! -= (sign * w) / 2;
        } else {
          const sign = a.y1 + a.y2 < b.y1 + b.y2 || (a.y1 + a.y2 === b.y1 + b.y2 && i < j) ? -1 : 1;
          positions[2 * i + 1]! += (sign * h) / 2;
          positions[2 * j + 1]! -= (sign * h) / 2;
        }
      }
    }
    if (!moved) break;
  }
  return positions;
}

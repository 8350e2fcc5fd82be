/**
 * Where actors go. Every layout runs without randomness or animation, so the same data always
 * gives the same positions: `auto` places small graphs with care (small-layout.ts) and large
 * ones with ForceAtlas2 in a worker; the others start from a seed circle in id order.
 */
import type { LayoutOptions } from 'cytoscape';
import { byCodeUnits } from '../model/compare.ts';

/** Layouts the view accepts; anything else means `auto`. */
export type LayoutName = 'auto' | 'cola' | 'grid' | 'circle' | 'preset';

export const LAYOUT_NAMES: readonly LayoutName[] = ['auto', 'cola', 'grid', 'circle', 'preset'];

/** The layout an attribute value names; unknown or missing values give `auto`. */
export function parseLayout(value: string | null | undefined): LayoutName {
  const key = (value ?? '').trim().toLowerCase();
  return (LAYOUT_NAMES as readonly string[]).includes(key) ? (key as LayoutName) : 'auto';
}

/** The box layouts work in, fixed so that positions do not depend on the element's size. */
export const LAYOUT_BOX = { x1: 0, y1: 0, w: 1000, h: 800 } as const;

export interface Point {
  x: number;
  y: number;
}

/**
 * Seed positions: actors on a circle in the middle of `LAYOUT_BOX`, in id order (compared by
 * UTF-16 code units, so the order does not depend on the locale), the first at the top.
 */
export function seedPositions(ids: Iterable<string>): Map<string, Point> {
  const sorted = [...ids].sort(byCodeUnits);
  const n = sorted.length;
  const radius = Math.max(120, n * 18);
  const cx = LAYOUT_BOX.x1 + LAYOUT_BOX.w / 2;
  const cy = LAYOUT_BOX.y1 + LAYOUT_BOX.h / 2;
  const positions = new Map<string, Point>();
  sorted.forEach((id, i) => {
    const angle = n === 1 ? 0 : (2 * Math.PI * i) / n - Math.PI / 2;
    const r = n === 1 ? 0 : radius;
    // Rounded so that the seed is exactly reproducible whatever the platform's trigonometry.
    positions.set(id, { x: Math.round(cx + r * Math.cos(angle)), y: Math.round(cy + r * Math.sin(angle)) });
  });
  return positions;
}

/** An actor as the preset layout sees it: its id and, if its file gave one, its position. */
export interface Placeable {
  id: string;
  x?: number | undefined;
  y?: number | undefined;
}

const isPlaced = (actor: Placeable): actor is Placeable & Point =>
  typeof actor.x === 'number' && Number.isFinite(actor.x) && typeof actor.y === 'number' && Number.isFinite(actor.y);

/** True when every actor (and at least one) has a position: such a graph is offered the preset layout. */
export function everyActorPlaced(actors: Iterable<Placeable>): boolean {
  let any = false;
  for (const actor of actors) {
    if (!isPlaced(actor)) return false;
    any = true;
  }
  return any;
}

/** Room between the drawing and the row of actors that have no position. */
const UNPLACED_GAP = 80;

/**
 * Where the preset layout puts each actor. Those with a position keep its shape, scaled alike
 * on both axes and moved to fill `LAYOUT_BOX`, so that a file drawn in units of 1 (networkx) or
 * of thousands (Gephi) gives the same picture with room for labels. Those without one stand in
 * a row under the box, in id order, where the reader sees they were never placed. With no
 * position at all, every actor is on the seed circle.
 */
export function presetPositions(actors: Iterable<Placeable>): Map<string, Point> {
  const all = [...actors];
  const placed = all.filter(isPlaced);
  // A graph no file placed keeps the seed circle, as preset always drew it.
  if (placed.length === 0) return seedPositions(all.map((actor) => actor.id));
  const { toBox } = presetScale(placed);
  const positions = new Map<string, Point>();
  for (const actor of placed) positions.set(actor.id, toBox(actor));
  const unplaced = all
    .filter((actor) => !isPlaced(actor))
    .map((actor) => actor.id)
    .sort(byCodeUnits);
  unplaced.forEach((id, i) => {
    const step = LAYOUT_BOX.w / Math.max(1, unplaced.length);
    positions.set(id, { x: LAYOUT_BOX.x1 + step * (i + 0.5), y: LAYOUT_BOX.y1 + LAYOUT_BOX.h + UNPLACED_GAP });
  });
  return positions;
}

/**
 * How the preset layout moves positions into `LAYOUT_BOX`, scaled alike on both axes, and back:
 * the explorer places new actors in the box and writes their positions in the file's own units.
 */
export function presetScale(placed: readonly Point[]): { toBox: (p: Point) => Point; fromBox: (p: Point) => Point } {
  const xs = placed.map((a) => a.x);
  const ys = placed.map((a) => a.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = maxX - minX;
  const height = maxY - minY;
  // One actor, or all on one point, goes to the middle; a line of them spans the box.
  const scale =
    width === 0 && height === 0
      ? 0
      : Math.min(width === 0 ? Infinity : LAYOUT_BOX.w / width, height === 0 ? Infinity : LAYOUT_BOX.h / height);
  const cx = LAYOUT_BOX.x1 + LAYOUT_BOX.w / 2;
  const cy = LAYOUT_BOX.y1 + LAYOUT_BOX.h / 2;
  const [mx, my] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return {
    toBox: (p) => ({ x: cx + (p.x - mx) * scale, y: cy + (p.y - my) * scale }),
    fromBox: (p) => (scale === 0 ? { x: mx + (p.x - cx), y: my + (p.y - cy) } : { x: mx + (p.x - cx) / scale, y: my + (p.y - cy) / scale }),
  };
}

/** Padding around the drawing when it is fitted to the view, in pixels. */
export const FIT_PADDING = 30;

/** Sorts nodes by id for layouts that place nodes in order. */
const sortById = (a: { id(): string }, b: { id(): string }): number => byCodeUnits(a.id(), b.id());

/**
 * Most actors cola lays out. Its stress majorization costs the square of the actor count per
 * step and runs to convergence on the main thread (some 0.4 s for 100 actors, 3 s for 300, far
 * longer for 1000), so bigger graphs are laid out by ForceAtlas2 in a worker (large-layout.ts).
 */
export const COLA_MAX_ACTORS = 150;

/**
 * When cola stops: the change in layout energy below which it counts as settled. Three times
 * cola's default of 0.01: the Russia–Taliban graph comes out within a pixel or two of where
 * 0.01 puts it, in fewer steps.
 */
export const COLA_CONVERGENCE = 0.03;

/**
 * Options for cytoscape's `layout()`; `positions` are where `preset` puts actors. Cola runs synchronously
 * (`animate: false`) so that its wall-clock limit never cuts it short, starts from the current
 * (seeded) positions (`randomize: false`) and makes room for labels.
 */
export function layoutOptions(name: Exclude<LayoutName, 'auto'>, positions?: ReadonlyMap<string, Point>): LayoutOptions {
  // The element fits the drawing once it is laid out (fitting is costly on large graphs).
  const common = { fit: false, padding: FIT_PADDING, animate: false };
  switch (name) {
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true, nodeDimensionsIncludeLabels: true, sort: sortById };
    case 'circle':
      return { ...common, name: 'circle', avoidOverlap: true, nodeDimensionsIncludeLabels: true, sort: sortById };
    case 'preset':
      // Without positions (see presetPositions) preset keeps the seed circle.
      return positions === undefined
        ? { ...common, name: 'preset' }
        : { ...common, name: 'preset', positions: Object.fromEntries([...positions].map(([id, p]) => [id, { ...p }])) };
    case 'cola':
      return {
        ...common,
        name: 'cola',
        randomize: false,
        refresh: 1,
        // Cola runs synchronously and stops at convergence, never at this limit; but it sets a
        // timer of this length that holds the layout (and so the whole drawing) after it ended,
        // which kept a removed element from being collected for 4 s. So the timer fires at once.
        maxSimulationTime: 0,
        boundingBox: { ...LAYOUT_BOX },
        nodeDimensionsIncludeLabels: true,
        avoidOverlap: true,
        handleDisconnected: true,
        centerGraph: true,
        convergenceThreshold: COLA_CONVERGENCE,
        nodeSpacing: () => 18,
        // Pairs joined by many relations get room for their fan of curves.
        edgeLength: (edge: { parallelEdges(): { length: number } }) => 150 + 16 * (edge.parallelEdges().length - 1),
      } as LayoutOptions;
  }
}

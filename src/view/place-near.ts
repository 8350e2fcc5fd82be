/**
 * Where an actor added in the explorer is drawn, without laying the graph out again: near the
 * actors it joins, a little outward from the drawing's middle, on the first free spot; an actor
 * joined to none goes to the right of the drawing, under any placed there before it.
 */
import type { Point } from './layout.ts';

/** How far from the actors it joins a new actor is put, and how close to another it may stand. */
export const NEAR = 90;
const ROOM = 60;

/**
 * Places each of `ids` (in order, each seeing those placed before it) given where the drawn
 * actors are and whom each new actor joins. Returns a map of the new places only.
 */
export function placeNear(
  ids: readonly string[],
  joins: (id: string) => readonly string[],
  drawn: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const all = new Map(drawn);
  const placed = new Map<string, Point>();
  for (const id of ids) {
    const point = freeSpot(start(id, joins(id), all), all);
    all.set(id, point);
    placed.set(id, point);
  }
  return placed;
}

/** The middle of the actors joined, pushed outward from the drawing's middle; else right of the drawing. */
function start(id: string, joined: readonly string[], all: ReadonlyMap<string, Point>): Point {
  const points = joined.filter((j) => j !== id && all.has(j)).map((j) => all.get(j)!);
  const others = [...all.values()];
  if (others.length === 0) return { x: 0, y: 0 };
  const middle = mean(others);
  if (points.length === 0) {
    const right = Math.max(...others.map((p) => p.x));
    const top = Math.min(...others.map((p) => p.y));
    return { x: right + NEAR * 1.5, y: top };
  }
  const near = mean(points);
  const dx = near.x - middle.x;
  const dy = near.y - middle.y;
  const length = Math.hypot(dx, dy);
  // Joined to actors all over the drawing: between them, where the mean already is.
  if (points.length > 1 && length < NEAR) return near;
  const [ux, uy] = length < 1e-6 ? [1, 0] : [dx / length, dy / length];
  return { x: near.x + ux * NEAR, y: near.y + uy * NEAR };
}

/** `from`, or the nearest point on widening rings around it that is ROOM clear of every actor. */
function freeSpot(from: Point, all: ReadonlyMap<string, Point>): Point {
  const clear = (p: Point) => [...all.values()].every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= ROOM);
  if (clear(from)) return from;
  for (let ring = 1; ring <= 20; ring++) {
    const radius = ring * (ROOM / 2);
    const steps = 8 * ring;
    for (let k = 0; k < steps; k++) {
      const angle = (2 * Math.PI * k) / steps;
      const p = { x: from.x + radius * Math.cos(angle), y: from.y + radius * Math.sin(angle) };
      if (clear(p)) return p;
    }
  }
  return from;
}

function mean(points: readonly Point[]): Point {
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}

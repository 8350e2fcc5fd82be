/**
 * Where an actor added in the explorer is drawn, without laying the graph out again: near the
 * actors it joins, away from the others, on the first free spot; an actor joined to none goes
 * under the drawing, beside any placed there before it.
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
    const point = freeSpot(start(id, joins(id), all, segmentsOf(all, joins)), all);
    all.set(id, point);
    placed.set(id, point);
  }
  return placed;
}

/**
 * Where to try first: an actor joined to none goes under the drawing's middle; one joined to
 * several, between them; one joined to one, beside it in the direction farthest from every
 * other actor (outward from the drawing's middle when directions tie), so that its relation
 * crosses nothing.
 */
function start(id: string, joined: readonly string[], all: ReadonlyMap<string, Point>, segments: readonly Segment[]): Point {
  const points = joined.filter((j) => j !== id && all.has(j)).map((j) => all.get(j)!);
  const others = [...all.values()];
  if (others.length === 0) return { x: 0, y: 0 };
  const middle = mean(others);
  if (points.length === 0) return { x: middle.x, y: Math.max(...others.map((p) => p.y)) + NEAR };
  const near = mean(points);
  if (points.length > 1) return near;
  let best = near;
  let bestScore = -Infinity;
  for (let k = 0; k < DIRECTIONS; k++) {
    const angle = (2 * Math.PI * k) / DIRECTIONS;
    const p = { x: near.x + NEAR * Math.cos(angle), y: near.y + NEAR * Math.sin(angle) };
    const clearance = Math.min(
      ...others.filter((q) => q !== points[0]).map((q) => Math.hypot(p.x - q.x, p.y - q.y)),
      // Relations of the actor joined count too: the new relation should not lie along one of them.
      ...segments.map(([a, b]) => distanceToSegment(p, a, b)),
      Infinity,
    );
    // Farther from the middle breaks ties between directions equally clear.
    const score = Math.min(clearance, NEAR * 3) + Math.hypot(p.x - middle.x, p.y - middle.y) / 1000;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

type Segment = readonly [Point, Point];

/** The relations drawn between placed actors, as segments, so that a new actor stays off them. */
function segmentsOf(all: ReadonlyMap<string, Point>, joins: (id: string) => readonly string[]): Segment[] {
  const segments: Segment[] = [];
  for (const [id, point] of all) {
    for (const other of joins(id)) if (other > id && all.has(other)) segments.push([point, all.get(other)!]);
  }
  return segments;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Directions tried around the one actor a new actor joins. */
const DIRECTIONS = 16;

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

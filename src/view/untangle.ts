/**
 * Untangling a placement: actors are moved one at a time to the spot, among a set of
 * candidates, where their relations cross the fewest others and pass through the fewest actors,
 * while staying near the distances stress majorization wants. Pure and deterministic.
 *
 * Positions are x, y of actor i at 2i, 2i + 1; pairs are actor indices two by two, each
 * unordered pair once.
 */
import { seededRandom } from '../model/random.ts';
import { boundsOf } from './positions.ts';

/** What the untangling weighs, and how hard it may look. */
export interface UntangleOptions {
  /** The page distance wanted between neighbours. */
  edgeLength: number;
  /** Graph distances, n × n (see graphDistances). */
  distances: Float64Array;
  /**
   * For each pair, how near an actor's centre its line may come: the actor's radius, a margin,
   * and half the width of the fan its relations are drawn as.
   */
  clearance: Float64Array;
  /** For each pair, how many relations it draws: crossing a fan of k relations crosses k lines. */
  weight: ArrayLike<number>;
  /** Closest two actors may come. */
  minGap: number;
  /** Candidate spots per side of the candidate grid over the whole placement (0: none, only spots near the actor). */
  grid: number;
  /** Most passes over all actors. */
  passes: number;
  /** Annealing moves per actor before the passes (0: none). */
  anneal: number;
  /** Seed of the annealing's random choices. */
  seed: number;
  /** How much the stress counts against crossings (default 1). */
  stressWeight?: number;
}

/** How much a crossing and a line through an actor cost against one unit of local stress. */
const CROSSING_COST = 8;
const THROUGH_COST = 4;
const CROWDING_COST = 4;

/** Everything a move is judged by, precomputed once per placement. */
interface Scene {
  n: number;
  pairs: ArrayLike<number>;
  incident: number[][];
  positions: Float64Array;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return value > 1e-9 ? 1 : value < -1e-9 ? -1 : 0;
}

function crossesProperly(p: Float64Array, c: number, d: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cx = p[2 * c]!,
    cy = p[2 * c + 1]!,
    dx = p[2 * d]!,
    dy = p[2 * d + 1]!;
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Whether (px, py) lies within r of the segment (ax, ay)–(bx, by); the box around it first, as most points are far. */
function nearSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number, r: number): boolean {
  if (px < (ax < bx ? ax : bx) - r || px > (ax > bx ? ax : bx) + r) return false;
  if (py < (ay < by ? ay : by) - r || py > (ay > by ? ay : by) + r) return false;
  return segmentDistanceSq(px, py, ax, ay, bx, by) < r * r;
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax,
    vy = by - ay;
  const length = vx * vx + vy * vy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / length));
  const x = ax + t * vx - px,
    y = ay + t * vy - py;
  return x * x + y * y;
}

/**
 * What is wrong with actor v standing at (x, y): crossings of its relations with every
 * relation not touching it, relations (its own, and others through it) passing through an
 * actor, and crowding. Zero where nothing is.
 */
function tangleAt(scene: Scene, options: UntangleOptions, v: number, x: number, y: number, limit = Infinity): number {
  const { n, pairs, incident, positions: p } = scene;
  const clearance = options.clearance;
  const weight = options.weight;
  const m = pairs.length / 2;
  // Cheapest first, and out as soon as the cost reaches `limit`: most spots tried are worse.
  let cost = 0;
  const gap = options.minGap;
  for (let j = 0; j < n; j++) {
    if (j === v) continue;
    const dx = x - p[2 * j]!,
      dy = y - p[2 * j + 1]!;
    const d2 = dx * dx + dy * dy;
    if (d2 < gap * gap) cost += CROWDING_COST * (1 - Math.sqrt(d2) / gap);
  }
  if (cost >= limit) return cost;
  for (let l = 0; l < m; l++) {
    const c = pairs[2 * l]!,
      d = pairs[2 * l + 1]!;
    if (c === v || d === v) continue;
    // An actor in a fan lies under each of its lines.
    if (nearSegment(x, y, p[2 * c]!, p[2 * c + 1]!, p[2 * d]!, p[2 * d + 1]!, clearance[l]!)) cost += THROUGH_COST * weight[l]!;
  }
  if (cost >= limit) return cost;
  for (const k of incident[v]!) {
    const u = pairs[2 * k]! === v ? pairs[2 * k + 1]! : pairs[2 * k]!;
    const ux = p[2 * u]!,
      uy = p[2 * u + 1]!;
    const r = clearance[k]!;
    for (let w = 0; w < n; w++) {
      if (w === v || w === u) continue;
      if (nearSegment(p[2 * w]!, p[2 * w + 1]!, x, y, ux, uy, r)) cost += THROUGH_COST * weight[k]!;
    }
    for (let l = 0; l < m; l++) {
      const c = pairs[2 * l]!,
        d = pairs[2 * l + 1]!;
      if (c === v || d === v || c === u || d === u) continue;
      if (crossesProperly(p, c, d, x, y, ux, uy)) cost += CROSSING_COST * weight[k]! * weight[l]!;
    }
    if (cost >= limit) return cost;
  }
  return cost;
}

/** Actor v's share of the stress at (x, y): how far its distances are from the wanted ones. */
function stressAt(scene: Scene, options: UntangleOptions, v: number, x: number, y: number): number {
  const { n, positions: p } = scene;
  const weight = options.stressWeight ?? 1;
  if (weight === 0) return 0;
  let stress = 0;
  for (let j = 0; j < n; j++) {
    if (j === v) continue;
    const ideal = options.distances[v * n + j]! * options.edgeLength;
    const dx = x - p[2 * j]!,
      dy = y - p[2 * j + 1]!;
    const gap = Math.sqrt(dx * dx + dy * dy) - ideal;
    stress += (gap * gap) / (ideal * ideal);
  }
  return weight * stress;
}

/** Relations touching each actor, by pair index. */
function incidentPairs(n: number, pairs: ArrayLike<number>): number[][] {
  const out = Array.from({ length: n }, () => [] as number[]);
  for (let k = 0; k < pairs.length / 2; k++) {
    out[pairs[2 * k]!]!.push(k);
    out[pairs[2 * k + 1]!]!.push(k);
  }
  return out;
}

/**
 * Moves actors to better spots until a pass improves nothing or `passes` are done; works on
 * `positions` in place and returns it. Candidates for an actor: a grid over the placement's
 * bounding box (grown by an edge length), and the points near its neighbours' centre.
 */
export function untangle(n: number, pairs: ArrayLike<number>, positions: Float64Array, options: UntangleOptions): Float64Array {
  const scene: Scene = { n, pairs, incident: incidentPairs(n, pairs), positions };
  if (options.anneal > 0) anneal(scene, options);
  for (let pass = 0; pass < options.passes; pass++) {
    let moved = false;
    const box = boundsOf(positions, options.edgeLength);
    const cell = options.grid > 0 ? Math.max(box.x2 - box.x1, box.y2 - box.y1) / options.grid : options.edgeLength / 2;
    for (let v = 0; v < n; v++) {
      const x0 = positions[2 * v]!,
        y0 = positions[2 * v + 1]!;
      const tangle = tangleAt(scene, options, v, x0, y0);
      // An actor with nothing wrong where it stands is left to the stress it already minimises.
      if (tangle === 0) continue;
      const here = tangle + stressAt(scene, options, v, x0, y0);
      let best = here;
      let bx = x0,
        by = y0;
      const consider = (x: number, y: number) => {
        const stress = stressAt(scene, options, v, x, y);
        if (stress >= best) return;
        const cost = stress + tangleAt(scene, options, v, x, y, best - stress);
        if (cost < best) {
          best = cost;
          bx = x;
          by = y;
        }
      };
      for (let i = 0; i <= options.grid; i++) {
        for (let j = 0; j <= options.grid; j++) consider(box.x1 + i * cell, box.y1 + j * cell);
      }
      // Spots around where it stands, near and a relation's length away.
      for (const reach of [0.5, 1]) {
        for (let k = 0; k < 8; k++) {
          const angle = (k * Math.PI) / 4;
          consider(x0 + reach * options.edgeLength * Math.cos(angle), y0 + reach * options.edgeLength * Math.sin(angle));
        }
      }
      // Then finer, around the best spot found.
      const cx = bx,
        cy = by;
      for (let i = -2; i <= 2; i++) for (let j = -2; j <= 2; j++) if (i || j) consider(cx + (i * cell) / 3, cy + (j * cell) / 3);
      // A move must win by a clear margin, so that passes end.
      if (best < here - 0.05) {
        positions[2 * v] = bx;
        positions[2 * v + 1] = by;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return positions;
}

/**
 * Simulated annealing: actors tried at random spots, a worse spot taken now and then (less
 * often as the temperature falls), so that the search gets out of knots that no single
 * improving move undoes. Seeded, so the same graph always anneals the same way.
 */
function anneal(scene: Scene, options: UntangleOptions): void {
  const { n, positions } = scene;
  const random = seededRandom(options.seed);
  const box = boundsOf(positions, options.edgeLength / 2);
  const steps = options.anneal * n;
  const hot = 3;
  const cold = 0.05;
  for (let step = 0; step < steps; step++) {
    const temperature = hot * (cold / hot) ** (step / steps);
    const v = step % n;
    const x0 = positions[2 * v]!,
      y0 = positions[2 * v + 1]!;
    let x: number, y: number;
    if (random() < 0.4) {
      x = box.x1 + random() * (box.x2 - box.x1);
      y = box.y1 + random() * (box.y2 - box.y1);
    } else {
      const reach = options.edgeLength * (0.2 + temperature / hot);
      x = x0 + (random() * 2 - 1) * reach;
      y = y0 + (random() * 2 - 1) * reach;
    }
    const before = tangleAt(scene, options, v, x0, y0) + stressAt(scene, options, v, x0, y0);
    // A move is taken when it costs less than a random allowance that shrinks as it cools:
    // the usual exp(−Δ/T) rule, drawn first so that a costly spot is given up early.
    const allowance = before - temperature * Math.log(1 - random());
    const stress = stressAt(scene, options, v, x, y);
    if (stress < allowance && stress + tangleAt(scene, options, v, x, y, allowance - stress) < allowance) {
      positions[2 * v] = x;
      positions[2 * v + 1] = y;
    }
  }
}

/** Pairs whose straight line passes nearer an actor they do not join than their clearance. */
export function countThrough(positions: ArrayLike<number>, pairs: ArrayLike<number>, clearance: ArrayLike<number>): number {
  const n = positions.length / 2;
  let count = 0;
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const a = pairs[k]!,
      b = pairs[k + 1]!;
    const r2 = clearance[k / 2]! * clearance[k / 2]!;
    for (let w = 0; w < n; w++) {
      if (w === a || w === b) continue;
      if (
        segmentDistanceSq(
          positions[2 * w]!,
          positions[2 * w + 1]!,
          positions[2 * a]!,
          positions[2 * a + 1]!,
          positions[2 * b]!,
          positions[2 * b + 1]!,
        ) < r2
      ) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** Actors (other than a and b) that the quadratic curve from a to b with this bend passes nearer than `radius`. */
function curveHits(p: ArrayLike<number>, a: number, b: number, bend: number, radius: number): number {
  const n = p.length / 2;
  const ax = p[2 * a]!,
    ay = p[2 * a + 1]!,
    bx = p[2 * b]!,
    by = p[2 * b + 1]!;
  const length = Math.hypot(bx - ax, by - ay);
  const cx = (ax + bx) / 2 + (bend * (by - ay)) / length;
  const cy = (ay + by) / 2 - (bend * (bx - ax)) / length;
  const r2 = radius * radius;
  let hits = 0;
  for (let w = 0; w < n; w++) {
    if (w === a || w === b) continue;
    const px = p[2 * w]!,
      py = p[2 * w + 1]!;
    let x0 = ax,
      y0 = ay;
    for (let step = 1; step <= CURVE_SAMPLES; step++) {
      const t = step / CURVE_SAMPLES;
      const x1 = (1 - t) * (1 - t) * ax + 2 * t * (1 - t) * cx + t * t * bx;
      const y1 = (1 - t) * (1 - t) * ay + 2 * t * (1 - t) * cy + t * t * by;
      if (segmentDistanceSq(px, py, x0, y0, x1, y1) < r2) {
        hits++;
        break;
      }
      x0 = x1;
      y0 = y1;
    }
  }
  return hits;
}

/** The largest bend, as a share of the line's length (the curve's middle then lies a quarter of it off the line). */
const MAX_BEND = 0.5;

/** Pieces a bent line is checked in. */
const CURVE_SAMPLES = 16;

/**
 * How far to bend each pair's relations so that they clear every actor they would pass
 * through: for each pair, the offset of the middle of its fan's control points from the
 * straight line (positive to the left going from the pair's first actor to its second, y down);
 * relation i of k then bends by offset + (i − (k − 1) / 2) × step. 0 for a pair that needs no
 * bend (a fan then spreads as cytoscape spreads it, evenly about the line). Of the offsets
 * that would clear one actor in the way, on either side, the smallest that clears them all is
 * taken, else the one that leaves the fewest in the way.
 */
export function bendsAround(
  positions: ArrayLike<number>,
  pairs: ArrayLike<number>,
  radius: number,
  relations?: ArrayLike<number>,
  step = 0,
): Float64Array {
  const n = positions.length / 2;
  const out = new Float64Array(pairs.length / 2);
  for (let k = 0; k < out.length; k++) {
    const count = relations?.[k] ?? 1;
    const half = ((count - 1) / 2) * step;
    const a = pairs[2 * k]!,
      b = pairs[2 * k + 1]!;
    // Hits of the whole fan at a given offset of its middle.
    const hits = (offset: number) => {
      let total = 0;
      for (let i = 0; i < count; i++) total += curveHits(positions, a, b, offset - half + i * step, radius);
      return total;
    };
    let fewest = hits(0);
    if (fewest === 0) continue;
    const ax = positions[2 * a]!,
      ay = positions[2 * a + 1]!;
    const vx = positions[2 * b]! - ax,
      vy = positions[2 * b + 1]! - ay;
    const length = Math.sqrt(vx * vx + vy * vy);
    if (length === 0) continue;
    // Left of a→b on a y-down page.
    const nx = vy / length,
      ny = -vx / length;
    const candidates: number[] = [];
    for (let w = 0; w < n; w++) {
      if (w === a || w === b) continue;
      const px = positions[2 * w]! - ax,
        py = positions[2 * w + 1]! - ay;
      const t = (px * vx + py * vy) / (length * length);
      if (t <= 0.05 || t >= 0.95) continue;
      const side = px * nx + py * ny;
      // The fan spans 2t(1 − t) of its control offsets off the line at t: only actors in it,
      // or nearly, are in the way, and the offsets that take it past one on either side
      // (by its clearance and a little more) are what is tried.
      const spread = 2 * t * (1 - t);
      if (Math.abs(side) >= spread * half + radius * 2) continue;
      candidates.push((side + radius * 1.2) / spread + half, (side - radius * 1.2) / spread - half);
    }
    // Never more than MAX_BEND of the line's length: past that a bend reads as a loop, not a
    // detour, and sweeps across the drawing.
    const widest = MAX_BEND * length;
    const usable = candidates.filter((c) => Math.abs(c) + half <= widest).sort((x, y) => Math.abs(x) - Math.abs(y) || x - y);
    // Where no detour past one actor clears them all (crowded graphs), wider ones on either side.
    for (let f = 1; f <= 3; f++) usable.push((f / 3) * (widest - half), (-f / 3) * (widest - half));
    let best = 0;
    for (const offset of usable) {
      const left = hits(offset);
      if (left < fewest) {
        fewest = left;
        best = offset;
        if (left === 0) break;
      }
    }
    out[k] = best;
  }
  return out;
}

/**
 * Untangling a placement: actors are moved one at a time to the spot, among a set of
 * candidates, where their relations cross the fewest others and pass through the fewest actors,
 * while staying near the distances stress majorization wants. Pure and deterministic.
 *
 * Positions are x, y of actor i at 2i, 2i + 1; pairs are actor indices two by two, each
 * unordered pair once.
 */
import { SeededRandom } from '../model/random.ts';
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
  /**
   * The bounding box of each pair's line, kept as its actors move (moveActor): most lines are
   * far from a spot tried, and their boxes tell so without reading both actors' positions.
   * Pair l's is at 4l: least x, greatest x, least y, greatest y.
   */
  boxes: Float64Array;
}

function sceneOf(n: number, pairs: ArrayLike<number>, positions: Float64Array): Scene {
  const m = pairs.length / 2;
  const scene: Scene = {
    n,
    pairs,
    incident: incidentPairs(n, pairs),
    positions,
    boxes: new Float64Array(4 * m),
  };
  for (let l = 0; l < m; l++) boxPair(scene, l);
  return scene;
}

function boxPair(scene: Scene, l: number): void {
  const p = scene.positions;
  const c = scene.pairs[2 * l]!,
    d = scene.pairs[2 * l + 1]!;
  const cx = p[2 * c]!,
    cy = p[2 * c + 1]!,
    dx = p[2 * d]!,
    dy = p[2 * d + 1]!;
  const box = scene.boxes;
  box[4 * l] = cx < dx ? cx : dx;
  box[4 * l + 1] = cx > dx ? cx : dx;
  box[4 * l + 2] = cy < dy ? cy : dy;
  box[4 * l + 3] = cy > dy ? cy : dy;
}

/** Moves actor v to (x, y), its lines' boxes with it. */
function moveActor(scene: Scene, v: number, x: number, y: number): void {
  scene.positions[2 * v] = x;
  scene.positions[2 * v + 1] = y;
  for (const k of scene.incident[v]!) boxPair(scene, k);
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return value > 1e-9 ? 1 : value < -1e-9 ? -1 : 0;
}

/** Whether the line of pair (c, d) crosses (ax, ay)–(bx, by), their boxes known to meet. */
function crossesProperly(p: Float64Array, c: number, d: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cx = p[2 * c]!,
    cy = p[2 * c + 1]!,
    dx = p[2 * d]!,
    dy = p[2 * d + 1]!;
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
export function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
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
  const box = scene.boxes;
  for (let l = 0; l < m; l++) {
    const r = clearance[l]!;
    if (x < box[4 * l]! - r || x > box[4 * l + 1]! + r || y < box[4 * l + 2]! - r || y > box[4 * l + 3]! + r) continue;
    const c = pairs[2 * l]!,
      d = pairs[2 * l + 1]!;
    if (c === v || d === v) continue;
    // An actor in a fan lies under each of its lines.
    if (segmentDistanceSq(x, y, p[2 * c]!, p[2 * c + 1]!, p[2 * d]!, p[2 * d + 1]!) < r * r) cost += THROUGH_COST * weight[l]!;
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
    const qMinX = x < ux ? x : ux,
      qMaxX = x > ux ? x : ux,
      qMinY = y < uy ? y : uy,
      qMaxY = y > uy ? y : uy;
    for (let l = 0; l < m; l++) {
      if (qMaxX < box[4 * l]! || box[4 * l + 1]! < qMinX || qMaxY < box[4 * l + 2]! || box[4 * l + 3]! < qMinY) continue;
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
  const scene = sceneOf(n, pairs, positions);
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
        moveActor(scene, v, bx, by);
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
  const random = new SeededRandom(options.seed);
  const box = boundsOf(positions, options.edgeLength / 2);
  const steps = options.anneal * n;
  const hot = 3;
  const cold = 0.05;
  // What each actor's spot costs, kept until some actor moves: most tries are refused, so an
  // actor's cost is often asked for again before anything changed.
  const known = new Float64Array(n);
  const knownAt = new Int32Array(n).fill(-1);
  let moves = 0;
  for (let step = 0; step < steps; step++) {
    const temperature = hot * (cold / hot) ** (step / steps);
    const v = step % n;
    const x0 = positions[2 * v]!,
      y0 = positions[2 * v + 1]!;
    let x: number, y: number;
    if (random.next() < 0.4) {
      x = box.x1 + random.next() * (box.x2 - box.x1);
      y = box.y1 + random.next() * (box.y2 - box.y1);
    } else {
      const reach = options.edgeLength * (0.2 + temperature / hot);
      x = x0 + (random.next() * 2 - 1) * reach;
      y = y0 + (random.next() * 2 - 1) * reach;
    }
    if (knownAt[v] !== moves) {
      known[v] = tangleAt(scene, options, v, x0, y0) + stressAt(scene, options, v, x0, y0);
      knownAt[v] = moves;
    }
    const before = known[v]!;
    // A move is taken when it costs less than a random allowance that shrinks as it cools:
    // the usual exp(−Δ/T) rule, drawn first so that a costly spot is given up early.
    const allowance = before - temperature * Math.log(1 - random.next());
    const stress = stressAt(scene, options, v, x, y);
    if (stress < allowance && stress + tangleAt(scene, options, v, x, y, allowance - stress) < allowance) {
      moveActor(scene, v, x, y);
      moves++;
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

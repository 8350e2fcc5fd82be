/**
 * Measures of how readable a drawing is: relations that cross, relations drawn through actors
 * they do not join, labels drawn over labels or over other actors, how far apart parallel
 * relations are, and how much of the view the drawing fills. Pure: no DOM and no cytoscape at
 * run time, so a layout can score its candidates in Node or in a worker, and the tests can check
 * every number on drawings made by hand. drawn-geometry.ts reads these inputs from a live drawing.
 */
import { labelOverlaps, shapeBox } from './label-overlaps.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An actor as drawn: centre, the size of its shape (the shape is taken as the ellipse inscribed in width × height), and its label's box (null: no label). */
export interface DrawnActor {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: Box | null;
}

/** A relation as drawn: its ends, and optionally the drawn line as a polyline (from source to target; absent: the straight segment between the centres), and its midpoint on the drawn line (absent: the polyline's / segment's middle). */
export interface DrawnRelation {
  id: string;
  source: string;
  target: string;
  line?: readonly Point[];
  midpoint?: Point;
}

export interface DrawingMeasures {
  /** Crossings between straight segments joining the centres of distinct unordered actor pairs (a pair with several relations counts once; segments sharing an actor never cross; each crossing pair of pairs counts 1). */
  crossings: number;
  /** Relations whose drawn line (polyline if given, else straight) passes through the shape of an actor it does not join. Each relation counts once however many actors it crosses. */
  relationsThroughActors: number;
  /** Label overlaps: each pair of labels whose boxes overlap, plus each (label, other actor's shape) overlap, each counted once. Touching edges do not count (use a strict > 0 overlap area, with a 0.5 px tolerance). */
  labelOverlaps: number;
  /** For every actor pair with several relations, the smallest distance between two of its relations' midpoints; the minimum over all such pairs. null when no pair has several relations. */
  parallelMidpointGap: number | null;
  /** The fraction (0..1) of the view's area covered by the bounding box of everything drawn (shapes and labels), clipped to the view. */
  fill: number;
}

export { LABEL_TOLERANCE } from './label-overlaps.ts';

/**
 * Measures a drawing. Relations whose ends are not both among `actors` (one is hidden) are left
 * out; self-relations (loops) neither cross nor count as parallels, and a loop given no line
 * has nothing drawn to pass through an actor.
 */
export function measureDrawing(
  actors: readonly DrawnActor[],
  relations: readonly DrawnRelation[],
  view: { width: number; height: number },
): DrawingMeasures {
  const index = new Map<string, number>();
  actors.forEach((actor, i) => index.set(actor.id, i));
  const drawn = relations.filter((relation) => index.has(relation.source) && index.has(relation.target));
  return {
    crossings: crossingsOf(actors, drawn, index),
    relationsThroughActors: relationsThroughActors(actors, drawn, index),
    labelOverlaps: labelOverlaps(actors),
    parallelMidpointGap: parallelMidpointGap(actors, drawn, index),
    fill: fillOf(actors, view),
  };
}

/** Proper crossing of segments ab and cd: segments that share an endpoint, or only touch, do not cross; collinear ones that overlap do. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return crosses(a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y);
}

/**
 * Crossings among the straight segments joining `pairs` of actors at `positions`. Segments are
 * swept in order of their left end, so only those whose boxes meet are compared, and those
 * are told apart by four products unless an end lies (nearly) on the other's line: a layout
 * loop can afford it on every step (150 actors, 600 pairs: about 2 ms).
 */
export function countCrossings(positions: ArrayLike<number>, pairs: ArrayLike<number>): number {
  const m = pairs.length >> 1;
  const order = new Uint32Array(m);
  const left = new Float64Array(m);
  for (let s = 0; s < m; s++) {
    order[s] = s;
    left[s] = Math.min(positions[2 * pairs[2 * s]!]!, positions[2 * pairs[2 * s + 1]!]!);
  }
  order.sort((i, j) => left[i]! - left[j]!);
  // Segments in sweep order, each field in an array of its own so that the inner loop reads
  // memory in sequence: ends a (ax, ay) and b, their actors, and the box's right, top, bottom.
  const ax = new Float64Array(m),
    ay = new Float64Array(m),
    bx = new Float64Array(m),
    by = new Float64Array(m);
  const x1 = new Float64Array(m),
    x2 = new Float64Array(m),
    y1 = new Float64Array(m),
    y2 = new Float64Array(m);
  const u = new Int32Array(m),
    v = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const s = order[k]!;
    u[k] = pairs[2 * s]!;
    v[k] = pairs[2 * s + 1]!;
    ax[k] = positions[2 * u[k]!]!;
    ay[k] = positions[2 * u[k]! + 1]!;
    bx[k] = positions[2 * v[k]!]!;
    by[k] = positions[2 * v[k]! + 1]!;
    x1[k] = Math.min(ax[k]!, bx[k]!);
    x2[k] = Math.max(ax[k]!, bx[k]!);
    y1[k] = Math.min(ay[k]!, by[k]!);
    y2[k] = Math.max(ay[k]!, by[k]!);
  }
  let count = 0;
  for (let i = 0; i < m; i++) {
    const px = ax[i]!,
      py = ay[i]!,
      ux = bx[i]! - px,
      uy = by[i]! - py;
    const right = x2[i]!,
      top = y1[i]!,
      bottom = y2[i]!,
      p = u[i]!,
      q = v[i]!;
    for (let j = i + 1; j < m && x1[j]! <= right; j++) {
      if (y1[j]! > bottom || y2[j]! < top) continue;
      if (u[j] === p || u[j] === q || v[j] === p || v[j] === q) continue;
      const cx = ax[j]!,
        cy = ay[j]!,
        dx = bx[j]!,
        dy = by[j]!;
      // Ends clearly apart from the other's line decide at once; only near-touches need care.
      const c = ux * (cy - py) - uy * (cx - px);
      const d = ux * (dy - py) - uy * (dx - px);
      const wx = dx - cx,
        wy = dy - cy;
      const e = wx * (py - cy) - wy * (px - cx);
      const f = wx * (by[i]! - cy) - wy * (bx[i]! - cx);
      const near = 1e-9 * (ux * ux + uy * uy + wx * wx + wy * wy + (cx - px) ** 2 + (cy - py) ** 2 + (dx - px) ** 2 + (dy - py) ** 2);
      if (Math.abs(c) > near && Math.abs(d) > near && Math.abs(e) > near && Math.abs(f) > near) {
        if (c > 0 !== d > 0 && e > 0 !== f > 0) count++;
      } else if (crosses(px, py, bx[i]!, by[i]!, cx, cy, dx, dy)) count++;
    }
  }
  return count;
}

/** Whether segment ab enters the inside of the ellipse at `centre` with radii rx, ry (grazing its outline does not count). */
export function segmentHitsEllipse(a: Point, b: Point, centre: Point, rx: number, ry: number): boolean {
  if (!(rx > 0 && ry > 0)) return false;
  // Scaled so that the ellipse is the unit circle: then the segment's nearest point to the centre tells.
  const px = (a.x - centre.x) / rx,
    py = (a.y - centre.y) / ry;
  const dx = (b.x - a.x) / rx,
    dy = (b.y - a.y) / ry;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.min(1, Math.max(0, -(px * dx + py * dy) / length2)) : 0;
  const nx = px + t * dx,
    ny = py + t * dy;
  return nx * nx + ny * ny < 1;
}

/**
 * The sides of line pq that r and s lie on, multiplied: positive when on one side, negative when
 * on either side, 0 when either is on the line. Products of coordinates lose their last bits, so
 * "on the line" allows for a rounding error relative to the lengths involved.
 */
function sides(px: number, py: number, qx: number, qy: number, rx: number, ry: number, sx: number, sy: number): number {
  const ux = qx - px,
    uy = qy - py;
  const r = ux * (ry - py) - uy * (rx - px);
  const s = ux * (sy - py) - uy * (sx - px);
  const tolerance = 1e-12 * (Math.abs(ux) + Math.abs(uy)) * (Math.abs(rx - px) + Math.abs(ry - py) + Math.abs(sx - px) + Math.abs(sy - py));
  return (r > tolerance ? 1 : r < -tolerance ? -1 : 0) * (s > tolerance ? 1 : s < -tolerance ? -1 : 0);
}

/** segmentsCross on bare numbers, which the layout loop needs without allocating points. */
function crosses(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  // Most pairs lie on one side of one another: decided first, on one product.
  const cd = sides(ax, ay, bx, by, cx, cy, dx, dy);
  if (cd > 0) return false;
  if ((ax === cx && ay === cy) || (ax === dx && ay === dy) || (bx === cx && by === cy) || (bx === dx && by === dy)) return false;
  // A segment of no length is a point, drawn under an actor: it crosses nothing.
  if ((ax === bx && ay === by) || (cx === dx && cy === dy)) return false;
  if (cd < 0) return sides(cx, cy, dx, dy, ax, ay, bx, by) < 0;
  // c or d is on line ab: a touch, unless both are and the segments share a stretch of it.
  if (sides(cx, cy, dx, dy, ax, ay, bx, by) !== 0) return false;
  const ux = bx - ax,
    uy = by - ay;
  const length2 = ux * ux + uy * uy;
  const tc = (cx - ax) * ux + (cy - ay) * uy;
  const td = (dx - ax) * ux + (dy - ay) * uy;
  const shared = Math.min(length2, Math.max(tc, td)) - Math.max(0, Math.min(tc, td));
  return shared > 1e-12 * length2;
}

function crossingsOf(actors: readonly DrawnActor[], relations: readonly DrawnRelation[], index: ReadonlyMap<string, number>): number {
  const positions = new Float64Array(2 * actors.length);
  actors.forEach((actor, i) => {
    positions[2 * i] = actor.x;
    positions[2 * i + 1] = actor.y;
  });
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const relation of relations) {
    const u = index.get(relation.source)!,
      v = index.get(relation.target)!;
    if (u === v) continue;
    const key = Math.min(u, v) * actors.length + Math.max(u, v);
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(u, v);
  }
  return countCrossings(positions, pairs);
}

/** The drawn line of a relation: its polyline, else the segment between its actors' centres. */
function lineOf(relation: DrawnRelation, actors: readonly DrawnActor[], index: ReadonlyMap<string, number>): readonly Point[] {
  if (relation.line) return relation.line;
  const source = actors[index.get(relation.source)!]!,
    target = actors[index.get(relation.target)!]!;
  return source === target ? [] : [source, target];
}

function relationsThroughActors(
  actors: readonly DrawnActor[],
  relations: readonly DrawnRelation[],
  index: ReadonlyMap<string, number>,
): number {
  // Actors by centre x, so that a relation is tested only against actors near its span.
  const byX = [...actors].sort((a, b) => a.x - b.x);
  const halfWidest = actors.reduce((widest, actor) => Math.max(widest, actor.width / 2), 0);
  let count = 0;
  for (const relation of relations) {
    const line = lineOf(relation, actors, index);
    if (line.length < 2) continue;
    const span = boxOfPoints(line);
    const through = (actor: DrawnActor): boolean => {
      if (actor.id === relation.source || actor.id === relation.target) return false;
      const rx = actor.width / 2,
        ry = actor.height / 2;
      if (actor.y + ry < span.y1 || actor.y - ry > span.y2 || actor.x + rx < span.x1 || actor.x - rx > span.x2) return false;
      for (let k = 1; k < line.length; k++) if (segmentHitsEllipse(line[k - 1]!, line[k]!, actor, rx, ry)) return true;
      return false;
    };
    for (let i = firstAtLeast(byX, span.x1 - halfWidest); i < byX.length && byX[i]!.x <= span.x2 + halfWidest; i++) {
      if (through(byX[i]!)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** The first index in `sorted` (by x) whose x is at least `x`. */
function firstAtLeast(sorted: readonly DrawnActor[], x: number): number {
  let low = 0,
    high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.x < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

function boxOfPoints(points: readonly Point[]): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y } of points) {
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  }
  return box;
}

/** The point halfway along a polyline. */
function middleOf(line: readonly Point[]): Point | null {
  if (line.length === 0) return null;
  let total = 0;
  for (let k = 1; k < line.length; k++) total += Math.hypot(line[k]!.x - line[k - 1]!.x, line[k]!.y - line[k - 1]!.y);
  let left = total / 2;
  for (let k = 1; k < line.length; k++) {
    const a = line[k - 1]!,
      b = line[k]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > 0 && left <= length) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    left -= length;
  }
  return line[0]!;
}

function parallelMidpointGap(
  actors: readonly DrawnActor[],
  relations: readonly DrawnRelation[],
  index: ReadonlyMap<string, number>,
): number | null {
  const bundles = new Map<number, Point[]>();
  for (const relation of relations) {
    const u = index.get(relation.source)!,
      v = index.get(relation.target)!;
    if (u === v) continue;
    const midpoint = relation.midpoint ?? middleOf(lineOf(relation, actors, index));
    if (!midpoint) continue;
    const key = Math.min(u, v) * actors.length + Math.max(u, v);
    const bundle = bundles.get(key);
    if (bundle) bundle.push(midpoint);
    else bundles.set(key, [midpoint]);
  }
  let gap: number | null = null;
  for (const midpoints of bundles.values()) {
    for (let i = 0; i < midpoints.length; i++) {
      for (let j = i + 1; j < midpoints.length; j++) {
        const distance = Math.hypot(midpoints[i]!.x - midpoints[j]!.x, midpoints[i]!.y - midpoints[j]!.y);
        if (gap === null || distance < gap) gap = distance;
      }
    }
  }
  return gap;
}

function fillOf(actors: readonly DrawnActor[], view: { width: number; height: number }): number {
  if (!(view.width > 0 && view.height > 0) || actors.length === 0) return 0;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const take = (b: Box) => {
    box.x1 = Math.min(box.x1, b.x1);
    box.y1 = Math.min(box.y1, b.y1);
    box.x2 = Math.max(box.x2, b.x2);
    box.y2 = Math.max(box.y2, b.y2);
  };
  for (const actor of actors) {
    take(shapeBox(actor));
    if (actor.label) take(actor.label);
  }
  const width = Math.min(view.width, box.x2) - Math.max(0, box.x1);
  const height = Math.min(view.height, box.y2) - Math.max(0, box.y1);
  return width > 0 && height > 0 ? (width * height) / (view.width * view.height) : 0;
}

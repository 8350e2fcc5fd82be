/**
 * Relations bent around the actors in their way: for each pair of related actors whose
 * straight line passes through another actor, the smallest bend of its fan that clears them.
 * Pure and deterministic.
 */
import { segmentDistanceSq } from './untangle.ts';

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

/**
 * Stress majorization: actors placed so that the distance between any two on the page is as
 * near as it can be to their distance in the graph (the number of steps between them) times an
 * edge length. Pure and deterministic: the same graph and seed give the same positions.
 *
 * Positions are x, y of actor i at 2i, 2i + 1; pairs are actor indices two by two.
 */
import { seededRandom } from '../model/random.ts';

/** What a stress layout needs. */
export interface StressInput {
  /** Number of actors. */
  n: number;
  /** Actor indices joined by a relation, two by two (repeats and self-pairs are ignored). */
  pairs: ArrayLike<number>;
  /** The page distance wanted between actors one step apart (default 150). */
  edgeLength?: number;
  /** Seed of the random start; 0 (the default) starts from classical scaling instead. */
  seed?: number;
  /** Most majorization sweeps (default 300); the run stops sooner once settled. */
  iterations?: number;
}

/** Default page distance between actors one step apart, in pixels at zoom 1. */
export const EDGE_LENGTH = 150;

/**
 * Graph distances between every two actors, by breadth-first search, in an n × n array.
 * Actors in different components are put one step further apart than the farthest pair
 * that is connected, so that components sit beside each other rather than far away.
 */
export function graphDistances(n: number, pairs: ArrayLike<number>, lengths?: ArrayLike<number>): Float64Array {
  if (lengths) return weightedDistances(n, pairs, lengths);
  const neighbours = adjacency(n, pairs);
  const d = new Float64Array(n * n).fill(Infinity);
  const queue = new Int32Array(n);
  let longest = 1;
  for (let s = 0; s < n; s++) {
    const row = s * n;
    d[row + s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      for (const v of neighbours[u]!) {
        if (d[row + v] !== Infinity) continue;
        d[row + v] = d[row + u]! + 1;
        if (d[row + v]! > longest) longest = d[row + v]!;
        queue[tail++] = v;
      }
    }
  }
  for (let k = 0; k < d.length; k++) if (d[k] === Infinity) d[k] = longest + 1;
  return d;
}

/**
 * Graph distances where the k-th pair is `lengths[k]` steps long (a pair joined by many
 * relations may want more room), by Dijkstra's algorithm from every actor; components apart
 * as in graphDistances.
 */
function weightedDistances(n: number, pairs: ArrayLike<number>, lengths: ArrayLike<number>): Float64Array {
  const links = Array.from({ length: n }, () => [] as [number, number][]);
  for (let k = 0; 2 * k + 1 < pairs.length; k++) {
    const a = pairs[2 * k]!,
      b = pairs[2 * k + 1]!;
    if (a === b || a >= n || b >= n) continue;
    links[a]!.push([b, lengths[k] ?? 1]);
    links[b]!.push([a, lengths[k] ?? 1]);
  }
  const d = new Float64Array(n * n).fill(Infinity);
  const done = new Uint8Array(n);
  let longest = 1;
  for (let s = 0; s < n; s++) {
    const row = s * n;
    done.fill(0);
    d[row + s] = 0;
    // Graphs drawn with care have at most a few hundred actors: a plain O(n²) scan will do.
    for (let round = 0; round < n; round++) {
      let u = -1;
      for (let v = 0; v < n; v++) if (!done[v] && d[row + v]! < Infinity && (u < 0 || d[row + v]! < d[row + u]!)) u = v;
      if (u < 0) break;
      done[u] = 1;
      for (const [v, length] of links[u]!) if (d[row + u]! + length < d[row + v]!) d[row + v] = d[row + u]! + length;
    }
    for (let v = 0; v < n; v++) if (d[row + v]! < Infinity && d[row + v]! > longest) longest = d[row + v]!;
  }
  for (let k = 0; k < d.length; k++) if (d[k] === Infinity) d[k] = longest + 1;
  return d;
}

/** Each actor's distinct neighbours, ignoring self-pairs. */
export function adjacency(n: number, pairs: ArrayLike<number>): number[][] {
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const a = pairs[k]!;
    const b = pairs[k + 1]!;
    if (a === b || a >= n || b >= n) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return sets.map((set) => [...set].sort((a, b) => a - b));
}

/**
 * A start that is already close to the answer: classical multidimensional scaling of the graph
 * distances, its two leading eigenvectors found by power iteration from fixed vectors.
 */
export function classicalScaling(n: number, distances: Float64Array, edgeLength: number): Float64Array {
  // Double-centred squared distances.
  const b = new Float64Array(n * n);
  const rowMean = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const sq = (distances[i * n + j]! * edgeLength) ** 2;
      b[i * n + j] = sq;
      rowMean[i]! += sq / n;
    }
    total += rowMean[i]! / n;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i * n + j] = -0.5 * (b[i * n + j]! - rowMean[i]! - rowMean[j]! + total);
  // Shifted by a bound on the eigenvalues' size so that all are positive: power iteration then
  // finds the largest, not a negative one of larger size (which would fold a cycle into a bow tie).
  let shift = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += Math.abs(b[i * n + j]!);
    shift = Math.max(shift, sum);
  }
  const out = new Float64Array(2 * n);
  const found: Float64Array[] = [];
  for (let axis = 0; axis < 2; axis++) {
    let v = new Float64Array(n);
    // A fixed, uneven start so that no symmetric graph leaves it orthogonal to the answer.
    for (let i = 0; i < n; i++) v[i] = 1 + ((i * 7919 + axis * 104729) % 97) / 97;
    normalise(v);
    let lambda = 0;
    for (let step = 0; step < 300; step++) {
      for (const u of found) deflate(v, u);
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let sum = shift * v[i]!;
        for (let j = 0; j < n; j++) sum += b[i * n + j]! * v[j]!;
        w[i] = sum;
      }
      let dot = 0;
      for (let i = 0; i < n; i++) dot += w[i]! * v[i]!;
      lambda = dot - shift;
      if (normalise(w) < 1e-12) break;
      let agreement = 0;
      for (let i = 0; i < n; i++) agreement += w[i]! * v[i]!;
      v = w;
      if (agreement > 1 - 1e-10) break;
    }
    found.push(v);
    const scale = Math.sqrt(Math.max(lambda, 0));
    for (let i = 0; i < n; i++) out[2 * i + axis] = v[i]! * scale;
  }
  return out;
}

/** Scales v to length 1 and returns the length it had. */
function normalise(v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const length = Math.sqrt(sum);
  if (length > 0) for (let i = 0; i < v.length; i++) v[i]! /= length;
  return length;
}

function deflate(v: Float64Array, u: Float64Array): void {
  let dot = 0;
  for (let i = 0; i < v.length; i++) dot += v[i]! * u[i]!;
  for (let i = 0; i < v.length; i++) v[i]! -= dot * u[i]!;
}

/** A random start spread over a square about the size the layout will take. */
export function randomStart(n: number, seed: number, edgeLength: number): Float64Array {
  const random = seededRandom(seed);
  const side = edgeLength * Math.sqrt(n) * 1.5;
  const out = new Float64Array(2 * n);
  for (let k = 0; k < out.length; k++) out[k] = (random() - 0.5) * side;
  return out;
}

/**
 * Moves each actor in turn to where the stress around it is least (the localized update of
 * stress majorization, weights 1/d²), until the stress changes by less than `tolerance` of
 * itself or `iterations` sweeps are done. Works on `positions` in place.
 */
export function majorize(
  n: number,
  distances: Float64Array,
  edgeLength: number,
  positions: Float64Array,
  iterations = 300,
  tolerance = 1e-4,
): Float64Array {
  let previous = Infinity;
  for (let sweep = 0; sweep < iterations; sweep++) {
    for (let i = 0; i < n; i++) {
      const xi = positions[2 * i]!;
      const yi = positions[2 * i + 1]!;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const ideal = distances[i * n + j]! * edgeLength;
        const w = 1 / (ideal * ideal);
        const dx = xi - positions[2 * j]!;
        const dy = yi - positions[2 * j + 1]!;
        let dist = Math.sqrt(dx * dx + dy * dy);
        let ux = dx;
        let uy = dy;
        if (dist < 1e-9) {
          // Two actors on one spot: push apart along a direction fixed by their indices.
          const angle = ((i * 31 + j * 17) % 360) * (Math.PI / 180);
          ux = Math.cos(angle);
          uy = Math.sin(angle);
          dist = 1;
        }
        sx += w * (positions[2 * j]! + (ideal * ux) / dist);
        sy += w * (positions[2 * j + 1]! + (ideal * uy) / dist);
        sw += w;
      }
      if (sw > 0) {
        positions[2 * i] = sx / sw;
        positions[2 * i + 1] = sy / sw;
      }
    }
    const now = stressOf(n, distances, edgeLength, positions);
    if (Math.abs(previous - now) <= tolerance * now) break;
    previous = now;
  }
  return positions;
}

/** The layout's stress: Σ over pairs of (page distance − ideal)² / ideal². */
export function stressOf(n: number, distances: Float64Array, edgeLength: number, positions: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ideal = distances[i * n + j]! * edgeLength;
      const dx = positions[2 * i]! - positions[2 * j]!,
        dy = positions[2 * i + 1]! - positions[2 * j + 1]!;
      const gap = Math.sqrt(dx * dx + dy * dy) - ideal;
      sum += (gap * gap) / (ideal * ideal);
    }
  }
  return sum;
}

/** A stress-majorization layout: from classical scaling (seed 0) or a seeded random start. */
export function stressLayout(input: StressInput): Float64Array {
  const { n, pairs } = input;
  const edgeLength = input.edgeLength ?? EDGE_LENGTH;
  if (n === 0) return new Float64Array(0);
  if (n === 1) return new Float64Array(2);
  const distances = graphDistances(n, pairs);
  const start = input.seed ? randomStart(n, input.seed, edgeLength) : classicalScaling(n, distances, edgeLength);
  return majorize(n, distances, edgeLength, start, input.iterations ?? 300);
}

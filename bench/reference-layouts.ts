/**
 * The layouts our drawing is compared with, apart from the one before this work (which needs
 * a live cytoscape: bench/before-layout.ts). Pure functions on actor indices: positions are
 * x0, y0, x1, y1, … by actor index, pairs are distinct unordered actor index pairs two by two.
 *
 * - fa2: graphology-layout-forceatlas2 from ten seeded random starts with `inferSettings`, the
 *   one with the fewest crossings kept.
 * - stress: the stress-majorization layout of src/view/stress.ts.
 *
 * Every reference is scaled so that its median relation is REFERENCE_LENGTH long before it is
 * drawn: our drawing's labels are sized for relations of about that length, so label overlaps
 * compare fairly.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { countCrossings } from '../src/view/drawing-measures.ts';
import { stressLayout } from '../src/view/stress.ts';
import { seededRandom } from './generate.ts';

export const REFERENCE_LENGTH = 150;
export const FA2_SEEDS = 10;

export interface IndexedGraph {
  ids: string[];
  /** Distinct unordered pairs of actor indices, smaller first, sorted; no self-pairs. */
  pairs: Uint32Array;
}

/** The actors' ids in document order and the distinct pairs they are joined in. */
export function indexGraph(doc: { actors: { id: string }[]; relations: { source: string; target: string }[] }): IndexedGraph {
  const ids = doc.actors.map((actor) => actor.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const keys = new Set<number>();
  const n = ids.length;
  for (const relation of doc.relations) {
    const a = index.get(relation.source);
    const b = index.get(relation.target);
    if (a === undefined || b === undefined || a === b) continue;
    keys.add(Math.min(a, b) * n + Math.max(a, b));
  }
  const sorted = [...keys].sort((x, y) => x - y);
  const pairs = new Uint32Array(sorted.length * 2);
  sorted.forEach((key, k) => {
    pairs[2 * k] = Math.floor(key / n);
    pairs[2 * k + 1] = key % n;
  });
  return { ids, pairs };
}

/** The median length of the relations in `positions` (0 without relations). */
export function medianLength(positions: ArrayLike<number>, pairs: ArrayLike<number>): number {
  const lengths: number[] = [];
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const [a, b] = [pairs[k]!, pairs[k + 1]!];
    lengths.push(Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!));
  }
  if (!lengths.length) return 0;
  lengths.sort((x, y) => x - y);
  const mid = lengths.length >> 1;
  return lengths.length % 2 ? lengths[mid]! : (lengths[mid - 1]! + lengths[mid]!) / 2;
}

/** `positions` scaled about their centroid so that the median relation is `length` long; the factor used. */
export function scaleToLength(
  positions: ArrayLike<number>,
  pairs: ArrayLike<number>,
  length = REFERENCE_LENGTH,
): { positions: Float64Array; factor: number } {
  const out = Float64Array.from(positions);
  const current = medianLength(positions, pairs);
  const factor = current > 1e-9 ? length / current : 1;
  const n = out.length / 2;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += out[2 * i]! / n;
    cy += out[2 * i + 1]! / n;
  }
  for (let i = 0; i < n; i++) {
    out[2 * i] = (out[2 * i]! - cx) * factor;
    out[2 * i + 1] = (out[2 * i + 1]! - cy) * factor;
  }
  return { positions: out, factor };
}

export interface ReferenceLayout {
  positions: Float64Array;
  /** How long computing it took, ms. */
  ms: number;
  /** What was chosen, for the report (e.g. the FA2 seed). */
  note?: string;
}

/** FA2 iterations: enough to settle up to 150 actors; fewer above (only crossings are compared there). */
export const fa2Iterations = (n: number): number => (n <= 150 ? 500 : 200);

/** ForceAtlas2 from `seeds` seeded random starts, the run with the fewest crossings (the first such). */
export function fa2Best({ ids, pairs }: IndexedGraph, seeds = FA2_SEEDS): ReferenceLayout {
  const start = performance.now();
  const graph = new Graph({ type: 'undirected' });
  ids.forEach((id) => graph.addNode(id));
  for (let k = 0; k < pairs.length; k += 2) graph.addEdge(ids[pairs[k]!]!, ids[pairs[k + 1]!]!);
  const settings = forceAtlas2.inferSettings(graph);
  let best: { positions: Float64Array; crossings: number; seed: number } | null = null;
  for (let seed = 1; seed <= seeds; seed++) {
    const random = seededRandom(seed);
    graph.forEachNode((id) => graph.mergeNodeAttributes(id, { x: random() * 1000, y: random() * 1000 }));
    const placed = forceAtlas2(graph, { iterations: fa2Iterations(ids.length), settings });
    const positions = new Float64Array(ids.length * 2);
    ids.forEach((id, i) => {
      positions[2 * i] = placed[id]!.x;
      positions[2 * i + 1] = placed[id]!.y;
    });
    const crossings = countCrossings(positions, pairs);
    if (!best || crossings < best.crossings) best = { positions, crossings, seed };
  }
  return {
    positions: best?.positions ?? new Float64Array(0),
    ms: performance.now() - start,
    note: best ? `seed ${best.seed} of ${seeds}` : '',
  };
}

/** The stress layout of src/view/stress.ts, with its defaults. */
export function stressReference({ ids, pairs }: IndexedGraph): ReferenceLayout {
  const start = performance.now();
  const positions = stressLayout({ n: ids.length, pairs });
  return { positions: Float64Array.from(positions), ms: performance.now() - start };
}

/**
 * A start for the placement of larger graphs: ForceAtlas2 from a seeded random spread, which
 * pulls communities together and leaves long relations long, so that fewer lines cross than
 * in a stress layout of the same graph; scaled so that a relation is about an edge length
 * long. Deterministic: the same graph always gives the same start.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { countCrossings } from './drawing-measures.ts';
import { seededRandom } from './stress.ts';

/** Steps of ForceAtlas2: enough for a graph of a few hundred actors to settle. */
const STEPS = 300;

/**
 * Positions x, y of actor i at 2i, 2i + 1, for n actors joined by `pairs` (two by two): of
 * ForceAtlas2 from `seeds` seeded spreads (seeds first, first + 1, …), the one with the fewest
 * crossings.
 */
export function forceStart(n: number, pairs: ArrayLike<number>, edgeLength: number, seeds = 1, first = 1): Float64Array {
  let best: Float64Array | null = null;
  let fewest = Infinity;
  for (let seed = first; seed < first + seeds; seed++) {
    const positions = forceFrom(n, pairs, edgeLength, seed);
    const crossings = seeds > 1 ? countCrossings(positions, pairs) : 0;
    if (crossings < fewest) {
      fewest = crossings;
      best = positions;
    }
  }
  return best ?? new Float64Array(2 * n);
}

/** ForceAtlas2 from one seeded spread, scaled. */
function forceFrom(n: number, pairs: ArrayLike<number>, edgeLength: number, seed: number): Float64Array {
  const graph = new UndirectedGraph();
  const random = seededRandom(seed);
  for (let i = 0; i < n; i++) graph.addNode(i, { x: random() * 100, y: random() * 100 });
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const a = pairs[k]!, b = pairs[k + 1]!;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  forceAtlas2.assign(graph, { iterations: STEPS, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null });
  const out = new Float64Array(2 * n);
  graph.forEachNode((node, attributes) => {
    out[2 * Number(node)] = attributes.x as number;
    out[2 * Number(node) + 1] = attributes.y as number;
  });
  // Scaled so that the median relation is an edge length long, the scale the untangling works in.
  const lengths: number[] = [];
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const a = pairs[k]!, b = pairs[k + 1]!;
    lengths.push(Math.hypot(out[2 * a]! - out[2 * b]!, out[2 * a + 1]! - out[2 * b + 1]!));
  }
  lengths.sort((x, y) => x - y);
  const median = lengths.length ? lengths[lengths.length >> 1]! : 0;
  if (median > 0) for (let k = 0; k < out.length; k++) out[k]! *= edgeLength / median;
  return out;
}

/**
 * The layout of large graphs: ForceAtlas2 with Barnes-Hut, which costs about n log n a step
 * where cola's stress majorization costs n² and builds n×n matrices. Pure and deterministic:
 * the same actors, relations and seed give the same positions, in a worker or on the page.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../model/random.ts';
import { countCrossings } from './drawing-measures.ts';

export { forceSteps } from './force-steps.ts';

/** What the layout needs: actor positions to start from and the pairs relations join. */
export interface ForceInput {
  /** x, y of actor i at 2i, 2i + 1: the seed positions. */
  positions: Float64Array;
  /** Actor indices joined by a relation, two by two (parallel relations once). */
  pairs: Uint32Array;
  /** Steps to run; the work is bounded by steps, never by wall-clock time. */
  steps: number;
}

/**
 * Steps run per slice. ForceAtlas2 keeps some state (speeds, swinging) only within one call,
 * so slices change the result: every runner slices the same way, so the result does not
 * depend on where it runs. Small enough that one slice of a 5,000-actor graph stays short.
 */
export const STEPS_PER_SLICE = 5;

/** The graph and settings a run works on, built once. */
export interface ForceRun {
  graph: UndirectedGraph;
  settings: ReturnType<typeof forceAtlas2.inferSettings>;
  done: number;
  steps: number;
}

/** Prepares a run from its input. */
export function startForce(input: ForceInput): ForceRun {
  const graph = new UndirectedGraph();
  const n = input.positions.length / 2;
  for (let i = 0; i < n; i++) graph.addNode(i, { x: input.positions[2 * i], y: input.positions[2 * i + 1] });
  for (let k = 0; k < input.pairs.length; k += 2) {
    const a = input.pairs[k]!;
    const b = input.pairs[k + 1]!;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  // ForceAtlas2's inferred settings (strong gravity 0.05, slow-down about 9 at thousands of
  // actors) are made for hundreds of steps; a large graph gets 40. On the bench's graphs (300 to
  // 5,000 actors in communities) gravity 1 and slow-down 2 settle within them: a relation inside
  // a community is 0.31 as long as the distance between two actors taken at random (0.63 to
  // 0.66 with the inferred slow-down at 5,000 actors), and the farthest actor lies at most 1.1
  // times as far out as the 95th percentile, so loners do not shrink the fitted picture.
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 300, adjustSizes: false, gravity: 1, slowDown: 2 };
  return { graph, settings, done: 0, steps: input.steps };
}

/** Runs one slice; true while steps are left. */
export function stepForce(run: ForceRun): boolean {
  const count = Math.min(STEPS_PER_SLICE, run.steps - run.done);
  if (count > 0) forceAtlas2.assign(run.graph, { iterations: count, settings: run.settings, getEdgeWeight: null });
  run.done += count;
  return run.done < run.steps;
}

/** The positions of a run, x, y of actor i at 2i, 2i + 1. */
export function forcePositions(run: ForceRun): Float64Array {
  const out = new Float64Array(run.graph.order * 2);
  run.graph.forEachNode((node, attributes) => {
    const i = Number(node);
    out[2 * i] = attributes.x as number;
    out[2 * i + 1] = attributes.y as number;
  });
  return out;
}

/** Runs a whole layout at once (in a worker, or in tests). */
export function runForce(input: ForceInput): Float64Array {
  const run = startForce(input);
  while (stepForce(run));
  return forcePositions(run);
}

/*
 * A start for the careful placement of mid-sized graphs (placement.ts): ForceAtlas2 from a
 * seeded random spread, which pulls communities together and leaves long relations long, so
 * that fewer lines cross than in a stress layout of the same graph; scaled so that a relation
 * is about an edge length long. Here, beside the large-graph layout, so that ForceAtlas2 is
 * fetched by one on-demand chunk only.
 */

/** Steps of ForceAtlas2: enough for a graph of a few hundred actors to settle. */
const START_STEPS = 300;

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
    const a = pairs[k]!,
      b = pairs[k + 1]!;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  forceAtlas2.assign(graph, { iterations: START_STEPS, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null });
  const out = new Float64Array(2 * n);
  graph.forEachNode((node, attributes) => {
    out[2 * Number(node)] = attributes.x as number;
    out[2 * Number(node) + 1] = attributes.y as number;
  });
  // Scaled so that the median relation is an edge length long, the scale the untangling works in.
  const lengths: number[] = [];
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const a = pairs[k]!,
      b = pairs[k + 1]!;
    lengths.push(Math.hypot(out[2 * a]! - out[2 * b]!, out[2 * a + 1]! - out[2 * b + 1]!));
  }
  lengths.sort((x, y) => x - y);
  const median = lengths.length ? lengths[lengths.length >> 1]! : 0;
  if (median > 0) for (let k = 0; k < out.length; k++) out[k]! *= edgeLength / median;
  return out;
}

/**
 * The layout of large graphs: ForceAtlas2 with Barnes-Hut, which costs about n log n a step
 * where cola's stress majorization costs n² and builds n×n matrices. Pure and deterministic:
 * the same actors, relations and seed give the same positions, in a worker or on the page.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

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

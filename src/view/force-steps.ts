/**
 * How long the large-graph layout runs, apart from the layout itself so that the page learns it
 * without loading ForceAtlas2 (which runs in a worker).
 */

/** Steps for a graph of `actors` actors: fewer on bigger graphs, whose steps cost more. */
export function forceSteps(actors: number): number {
  return Math.max(40, Math.min(300, Math.round(100_000 / Math.max(1, actors))));
}

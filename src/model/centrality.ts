/**
 * How central each actor is under a filter: its degree and its betweenness.
 */
import { compareIds, type AnalysisOptions } from './balance.ts';
import { relationPasses } from './filter.ts';
import type { ActorGraph } from './graph.ts';

/** One actor's centrality under a filter. */
export interface ActorCentrality {
  id: string;
  /** Relations that pass the filter and involve the actor; parallel ones each count, a self-loop once. */
  degree: number;
  /**
   * Normalized betweenness on the simple undirected graph of passing relations: the share of
   * shortest paths between other actor pairs that run through this one, 0 to 1.
   */
  betweenness: number;
}

/** What `topActors` can rank by. */
export type CentralityMeasure = 'degree' | 'betweenness';

/** Betweenness values computed along different paths may differ in the last bits. */
const EPSILON = 1e-12;

/**
 * Degree and betweenness of every actor, in graph order (document order for a loaded graph).
 * Actors whose relations are all filtered out stay, with zeros, and count in the normalization
 * as in NetworkX: betweenness is divided by (n-1)(n-2)/2 for n actors.
 */
export function centrality(graph: ActorGraph, options: AnalysisOptions = {}): ActorCentrality[] {
  const ids = graph.nodes();
  const position = new Map(ids.map((id, i) => [id, i]));
  const degree = new Int32Array(ids.length);
  // The simple undirected graph of passing relations: parallel or directed relations would
  // otherwise skew the count of shortest paths.
  const neighbours: Set<number>[] = ids.map(() => new Set());
  graph.forEachEdge((_key, relation, source, target) => {
    if (!relationPasses(relation, options)) return;
    const a = position.get(source)!;
    const b = position.get(target)!;
    degree[a]!++;
    if (a === b) return;
    degree[b]!++;
    neighbours[a]!.add(b);
    neighbours[b]!.add(a);
  });
  const betweenness = brandes(neighbours.map((set) => Int32Array.from(set)));
  return ids.map((id, i) => ({ id, degree: degree[i]!, betweenness: betweenness[i]! }));
}

/**
 * Normalized betweenness of an unweighted undirected graph (Brandes 2001: one breadth-first
 * search per actor, then dependencies summed back from the farthest). Each pair is reached from
 * both ends, hence the division by (n-1)(n-2) rather than its half.
 */
function brandes(neighbours: Int32Array[]): Float64Array {
  const n = neighbours.length;
  const result = new Float64Array(n);
  if (n <= 2) return result;
  const order = new Int32Array(n);
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    distance.fill(-1);
    paths.fill(0);
    dependency.fill(0);
    distance[s] = 0;
    paths[s] = 1;
    // `order` is both the BFS queue and, read backwards, the stack of actors by distance.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of neighbours[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k]!;
      for (const v of neighbours[w]!) {
        if (distance[v] === distance[w]! - 1) dependency[v]! += (paths[v]! / paths[w]!) * (1 + dependency[w]!);
      }
      result[w]! += dependency[w]!;
    }
  }
  const scale = 1 / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) result[i]! *= scale;
  return result;
}

/**
 * The `n` most central actors by `by`, highest first; equal values go by label, then id.
 * Actors with a value of zero are included when fewer than `n` score above it.
 */
export function topActors(
  graph: ActorGraph,
  options: AnalysisOptions,
  by: CentralityMeasure,
  n = 5,
): ActorCentrality[] {
  if (n <= 0) return [];
  const label = (id: string) => graph.getNodeAttribute(id, 'label') ?? id;
  return centrality(graph, options)
    .sort((p, q) => {
      const difference = q[by] - p[by];
      if (Math.abs(difference) > EPSILON) return difference;
      return label(p.id).localeCompare(label(q.id)) || compareIds(p.id, q.id);
    })
    .slice(0, n);
}

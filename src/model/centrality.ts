/**
 * How central each actor is under a filter: its degree and its betweenness.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
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
  const degree = new Map(ids.map((id) => [id, 0]));
  // Nodes are keyed by position: graphology-metrics indexes node keys in a plain object, and
  // parallel or directed relations would otherwise skew the count of shortest paths.
  const simple = new UndirectedGraph();
  ids.forEach((_id, i) => simple.addNode(String(i)));
  const position = new Map(ids.map((id, i) => [id, i]));
  graph.forEachEdge((_key, relation, source, target) => {
    if (!relationPasses(relation, options)) return;
    degree.set(source, degree.get(source)! + 1);
    if (source === target) return;
    degree.set(target, degree.get(target)! + 1);
    simple.mergeEdge(String(position.get(source)), String(position.get(target)));
  });
  // A null weight getter makes graphology-metrics use BFS rather than Dijkstra on a `weight` attribute.
  const betweenness = ids.length > 0 ? betweennessCentrality(simple, { getEdgeWeight: null }) : {};
  return ids.map((id, i) => ({ id, degree: degree.get(id)!, betweenness: betweenness[String(i)] ?? 0 }));
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

/**
 * Which relations a question may use: the relation types allowed and the date asked about.
 * Paths, balance, centrality, the table and the drawing all read relations through this.
 */
import { holdsOn } from './dates.ts';
import type { Relation, RelationType } from './format.ts';
import type { ActorGraph } from './graph.ts';

/** The relation filter every answer on screen obeys. */
export interface RelationFilter {
  /** Relation types allowed; missing means all. */
  types?: readonly RelationType[];
  /** Only relations that hold at this date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); missing means any time. */
  asOf?: string;
}

/** True when a relation passes the filter. */
export function relationPasses(relation: Relation, filter: RelationFilter = {}): boolean {
  if (filter.types && !filter.types.includes(relation.type)) return false;
  if (filter.asOf !== undefined && !holdsOn(relation, filter.asOf)) return false;
  return true;
}

/** The ids of the graph's relations that pass the filter, in graph order. */
export function passingRelations(graph: ActorGraph, filter: RelationFilter = {}): string[] {
  const ids: string[] = [];
  graph.forEachEdge((id, relation) => {
    if (relationPasses(relation, filter)) ids.push(id);
  });
  return ids;
}

/**
 * A copy of the graph holding every actor and only the relations that pass the filter.
 * Actors stay even when all their relations are filtered out, so lookups still find them.
 */
export function filterGraph(graph: ActorGraph, filter: RelationFilter = {}): ActorGraph {
  if (!filter.types && filter.asOf === undefined) return graph;
  const copy = graph.emptyCopy();
  graph.forEachEdge((id, relation, source, target, _sa, _ta, undirected) => {
    if (!relationPasses(relation, filter)) return;
    if (undirected) copy.addUndirectedEdgeWithKey(id, source, target, relation);
    else copy.addDirectedEdgeWithKey(id, source, target, relation);
  });
  return copy;
}

/**
 * Adds the view's filter to a question's filter: only types both allow, and the view's date
 * when it has one (so answers only use relations on screen).
 */
export function mergeFilter<T extends RelationFilter>(options: T, view: RelationFilter): T {
  const merged: T = { ...options };
  // Malformed options are passed on as they are, for the question to report.
  if (view.types && (options.types === undefined || Array.isArray(options.types))) {
    merged.types = options.types ? options.types.filter((t) => view.types!.includes(t)) : [...view.types];
  }
  if (view.asOf !== undefined) merged.asOf = view.asOf;
  return merged;
}

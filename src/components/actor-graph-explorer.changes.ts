/**
 * How what the explorer's panels tell it becomes a change of its state, and how its state
 * becomes the questions the panels are asked. No DOM: the element merges these patches.
 */
import { filtersDiffer, type RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import type { NormalPathQuery, PathQuery } from '../model/path-report.ts';
import { stateFilter, type ExplorerState } from './explorer-state.ts';

/** A change to merge into the state; a key set to undefined is cleared. */
export type StatePatch = Partial<ExplorerState>;

/** The state once a file replaces the graph: what named the old graph's actors and paths is cleared. */
export const NEW_GRAPH: StatePatch = {
  src: undefined,
  selected: undefined,
  focus: undefined,
  depth: undefined,
  from: undefined,
  to: undefined,
  all: undefined,
  maxHops: undefined,
  directed: undefined,
  pathTypes: undefined,
  choose: undefined,
};

/** The filters panel set the filter (and, when it says, whether undated relations join dated ones). */
export function filterPatch(filter: RelationFilter, undated?: 'join' | 'apart'): StatePatch {
  const patch: StatePatch = {
    types: filter.types ? [...filter.types] : undefined,
    asOf: filter.asOf,
    knownOn: filter.knownOn,
    possible: filter.possible,
  };
  if (undated !== undefined) patch.undated = undated === 'apart' ? 'apart' : undefined;
  return patch;
}

/** The time bar moved the as-of date; the possible switch only means something with a date. */
export function timePatch(asOf: string | null): StatePatch {
  return asOf === null ? { asOf: undefined, possible: undefined } : { asOf };
}

/** The path finder ran a query. */
export function pathPatch(query: NormalPathQuery): StatePatch {
  return {
    from: query.from || undefined,
    to: query.to || undefined,
    all: query.all,
    maxHops: query.maxHops,
    directed: query.directed,
    pathTypes: query.types,
  };
}

/** The details panel focused on an actor's neighbourhood, or cleared the focus (`id` null). */
export function focusPatch(id: string | null, depth: number): StatePatch {
  return { focus: id || undefined, depth: id ? depth : undefined };
}

/** The path query a state asks, with the undated switch; null without both ends. */
export function statePathQuery(state: ExplorerState): PathQuery | null {
  if (!state.from || !state.to) return null;
  const query: PathQuery = {
    from: state.from,
    to: state.to,
    types: state.pathTypes,
    all: state.all,
    maxHops: state.maxHops,
    directed: state.directed,
  };
  if (state.undated === 'apart') query.undated = 'apart';
  return query;
}

/** The view a key moves to in the Graph/Table tabs (arrows to the other, Home and End to the ends), or null. */
export function tabAfterKey(current: 'graph' | 'table', key: string): 'graph' | 'table' | null {
  if (key === 'ArrowRight' || key === 'ArrowLeft') return current === 'table' ? 'graph' : 'table';
  if (key === 'Home') return 'graph';
  if (key === 'End') return 'table';
  return null;
}

/** The filter of a state, kept the same object while types, dates and graph stay the same: panels redo their work on a new one. */
export class FilterMemo {
  #graph: ActorGraph | null = null;
  #filter: RelationFilter = {};

  of(state: ExplorerState, graph: ActorGraph | null): RelationFilter {
    const next = stateFilter(state, graph);
    if (filtersDiffer(next, this.#filter) || this.#graph !== graph) {
      this.#graph = graph;
      this.#filter = next;
    }
    return this.#filter;
  }
}

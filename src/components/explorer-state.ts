/**
 * What the explorer shows, as a link carries it, and when two such states show the same thing.
 * The explorer reads and reports it; the page's URL (src/app/url-state.ts) writes it down.
 */
import { withSourceDates, type RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { DEFAULT_MAX_HOPS } from '../model/limits.ts';

/** What a link carries: the data, the filters, the selection, the path query and the focus. */
export interface ExplorerState {
  /** URL of the graph file shown; missing means the default graph. */
  src?: string;
  /** Relation types shown; missing means all. */
  types?: RelationType[];
  /** Date the view is judged at (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); missing means any time. */
  asOf?: string;
  /** Only relations with evidence dated on or before this date ("as known on"); missing means all. */
  knownOn?: string;
  /** With `asOf`, also the relations that only possibly hold then. */
  possible?: boolean;
  /** The selected actor or relation id. */
  selected?: string;
  /** Path query: from and to (id, label or alias), all paths or the shortest, at most how many steps, following direction, which types. */
  from?: string;
  to?: string;
  all?: boolean;
  maxHops?: number;
  directed?: boolean;
  pathTypes?: RelationType[];
  /** Actor whose neighbourhood is in focus, and how many steps around it. */
  focus?: string;
  depth?: number;
  /** Which view is in front. */
  view?: 'graph' | 'table';
}

const allTypes = (types: readonly RelationType[] | undefined) => types !== undefined && RELATION_TYPES.every((t) => types.includes(t));

/**
 * The state as a link carries it (see `writeState` in src/app/url-state.ts): values left at
 * their defaults are left out, so that what `state-change` tells the page reads back from the
 * URL unchanged.
 */
export function canonicalState(state: ExplorerState): ExplorerState {
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) if (value !== undefined && value !== '' && value !== false) next[key] = value;
  const out = next as ExplorerState;
  if (allTypes(out.types)) delete out.types;
  if (allTypes(out.pathTypes)) delete out.pathTypes;
  // The step limit only counts when all paths are asked for.
  if (!out.all || out.maxHops === DEFAULT_MAX_HOPS) delete out.maxHops;
  if (out.focus === undefined) delete out.depth;
  if (out.view === 'graph') delete out.view;
  return out;
}

const typeKey = (types: readonly RelationType[] | undefined) => (types ? [...types].sort().join() : undefined);

/** True when two states show the same thing (type lists compared as sets). */
export function sameState(a: ExplorerState, b: ExplorerState): boolean {
  const x = canonicalState(a) as Record<string, unknown>;
  const y = canonicalState(b) as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const u = x[key];
    const v = y[key];
    if (Array.isArray(u) || Array.isArray(v)) {
      if (!Array.isArray(u) || !Array.isArray(v) || typeKey(u) !== typeKey(v)) return false;
    } else if (u !== v) return false;
  }
  return true;
}

/** The relation filter a state asks for, with the graph's source dates when it asks "as known on". */
export function stateFilter(state: ExplorerState, graph: ActorGraph | null): RelationFilter {
  const filter: RelationFilter = {};
  if (state.types) filter.types = [...state.types];
  if (state.asOf) filter.asOf = state.asOf;
  if (state.asOf && state.possible) filter.possible = true;
  if (state.knownOn) filter.knownOn = state.knownOn;
  return withSourceDates(filter, graph?.getAttribute('sources'));
}

/**
 * The explorer's state as a URL query, so that a link reproduces the view. Reading a query
 * never throws: a value that is not understood is left out, as if it were not there.
 */
import { isDate } from '../model/dates.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import { DEFAULT_MAX_HOPS, MAX_FOCUS_DEPTH, MAX_PATH_HOPS, MIN_FOCUS_DEPTH, MIN_PATH_HOPS } from '../model/limits.ts';
import { isRelationType } from '../model/relation-types.ts';

/** What a link carries: the data, the filters, the selection, the path query and the focus. */
export interface ExplorerState {
  /** URL of the graph file shown; missing means the default graph. */
  src?: string;
  /** Relation types shown; missing means all. */
  types?: RelationType[];
  /** Date the view is judged at (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); missing means any time. */
  asOf?: string;
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

function typeList(value: string | null): RelationType[] | undefined {
  if (value === null) return undefined;
  const types = value.split(',').filter(isRelationType);
  // A list naming no type at all is someone else's words, not a request to hide everything
  // (that is an empty list, `types=`).
  if (types.length === 0 && value.trim() !== '') return undefined;
  return [...new Set(types)];
}

function whole(value: string | null, low: number, high: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= low && n <= high ? n : undefined;
}

const text = (value: string | null) => (value === null || value === '' ? undefined : value);

/** The state a query string (with or without `?`) describes. */
export function readState(query: string): ExplorerState {
  const params = new URLSearchParams(query);
  const state: ExplorerState = {};
  const set = <K extends keyof ExplorerState>(key: K, value: ExplorerState[K] | undefined) => {
    if (value !== undefined) state[key] = value;
  };
  set('src', text(params.get('src')));
  set('types', typeList(params.get('types')));
  const asOf = params.get('asOf');
  set('asOf', asOf !== null && isDate(asOf) ? asOf : undefined);
  set('selected', text(params.get('selected')));
  set('from', text(params.get('from')));
  set('to', text(params.get('to')));
  if (params.get('all') === '1') state.all = true;
  set('maxHops', whole(params.get('hops'), MIN_PATH_HOPS, MAX_PATH_HOPS));
  if (params.get('directed') === '1') state.directed = true;
  set('pathTypes', typeList(params.get('pathTypes')));
  set('focus', text(params.get('focus')));
  set('depth', whole(params.get('depth'), MIN_FOCUS_DEPTH, MAX_FOCUS_DEPTH));
  const view = params.get('view');
  if (view === 'table' || view === 'graph') state.view = view;
  return state;
}

/** The query string (starting with `?`, or empty) for a state; defaults are left out. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') params.set(key, value);
  };
  put('src', state.src);
  if (state.types && state.types.length !== RELATION_TYPES.length) params.set('types', state.types.join(','));
  put('asOf', state.asOf);
  put('selected', state.selected);
  put('from', state.from);
  put('to', state.to);
  if (state.all) params.set('all', '1');
  if (state.maxHops !== undefined) params.set('hops', String(state.maxHops));
  if (state.directed) params.set('directed', '1');
  if (state.pathTypes && state.pathTypes.length !== RELATION_TYPES.length) params.set('pathTypes', state.pathTypes.join(','));
  put('focus', state.focus);
  if (state.focus && state.depth !== undefined) params.set('depth', String(state.depth));
  if (state.view === 'table') params.set('view', 'table');
  const query = params.toString();
  return query ? `?${query}` : '';
}

const allTypes = (types: readonly RelationType[] | undefined) => types !== undefined && RELATION_TYPES.every((t) => types.includes(t));

/**
 * The state as a link carries it (see `writeState`): values left at their defaults are left
 * out, so that what `state-change` tells the page reads back from the URL unchanged.
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

/**
 * What the explorer shows, as a link carries it, and when two such states show the same thing.
 * The explorer reads and reports it; the page's URL (src/app/url-state.ts) writes it down.
 */
import { withSourceDates, type RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { AnalysisOptions } from '../model/balance.ts';
import type { ActorGraph } from '../model/graph.ts';
import { DEFAULT_MAX_HOPS } from '../model/limits.ts';

/** The side panels, in the order they are shown; each can be collapsed to its heading. */
export const PANEL_NAMES = ['details', 'filters', 'paths', 'balance'] as const;
/** A side panel, or `side`: the whole column of panels. */
export type PanelName = (typeof PANEL_NAMES)[number] | 'side';
/** Every name a collapsed panel may have, the whole column first. */
export const COLLAPSIBLE: readonly PanelName[] = ['side', ...PANEL_NAMES];

/** How the drawing shows camps: each actor in one of two camps, or in the best number of groups (weak balance). */
export type CampsChoice = 'two' | 'many';
/** What sets the size of an actor on the drawing. */
export type SizeByChoice = 'degree' | 'betweenness';

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
  /** Camps shown on the drawing; missing means none. */
  camps?: CampsChoice;
  /** What actors are sized by; missing means one size for all. */
  sizeBy?: SizeByChoice;
  /**
   * For each ambivalent pair (key `pairKey(a, b)`), the relation that counts in balance and
   * camps; a pair left out counts neither.
   */
  choose?: Record<string, string>;
  /** `apart` when relations without dates do not join dated ones in paths and triads; missing means they do. */
  undated?: 'apart';
  /** The side panels collapsed to their heading (`side`: the whole column); missing means all open. */
  collapsed?: PanelName[];
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
  if (out.choose && Object.keys(out.choose).length === 0) delete out.choose;
  if (out.collapsed) {
    const collapsed = COLLAPSIBLE.filter((name) => out.collapsed!.includes(name));
    if (collapsed.length === 0) delete out.collapsed;
    else out.collapsed = collapsed;
  }
  return out;
}

const typeKey = (types: readonly string[] | undefined) => (types ? [...types].sort().join() : undefined);

function sameChoice(a: Readonly<Record<string, string>> = {}, b: Readonly<Record<string, string>> = {}): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** True when the state collapses the panel `name`. */
export function isCollapsed(state: ExplorerState, name: PanelName): boolean {
  return state.collapsed?.includes(name) === true;
}

/** The list of collapsed panels once `name` is opened (`open`) or collapsed; undefined when none is. */
export function togglePanel(state: ExplorerState, name: PanelName, open: boolean): PanelName[] | undefined {
  const rest = (state.collapsed ?? []).filter((n) => n !== name);
  const next = open ? rest : [...rest, name];
  return next.length ? COLLAPSIBLE.filter((n) => next.includes(n)) : undefined;
}

/** The choices of ambivalent pairs once `pair` counts `relation` (or, with null, neither of its relations); undefined when none is left. */
export function withChoice(state: ExplorerState, pair: string, relation: string | null): Record<string, string> | undefined {
  const next = { ...state.choose };
  if (relation === null) delete next[pair];
  else next[pair] = relation;
  return Object.keys(next).length ? next : undefined;
}

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
    } else if (key === 'choose') {
      if (!sameChoice(u as Record<string, string> | undefined, v as Record<string, string> | undefined)) return false;
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

/** What balance and camps are asked under: the filter, the undated switch and the choices of ambivalent pairs. */
export function stateAnalysis(state: ExplorerState, filter: RelationFilter): AnalysisOptions {
  const options: AnalysisOptions = { ...filter };
  if (state.undated === 'apart') options.undated = 'apart';
  if (state.choose) options.choose = { ...state.choose };
  return options;
}

/**
 * The explorer's state as a URL query, so that a link reproduces the view. Reading a query
 * never throws: a value that is not understood is left out, as if it were not there.
 */
import { isDate } from '../model/dates.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import { MAX_FOCUS_DEPTH, MAX_PATH_HOPS, MIN_FOCUS_DEPTH, MIN_PATH_HOPS } from '../model/limits.ts';
import { isRelationType } from '../model/relation-types.ts';
import { pairKey } from '../model/balance.ts';
import { COLLAPSIBLE, type ExplorerState, type PanelName } from '../components/explorer-state.ts';

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

/** `panels=-filters,-balance`: the panels collapsed, each named with a minus. */
function collapsedPanels(value: string | null): PanelName[] | undefined {
  if (value === null) return undefined;
  const named = new Set(value.split(',').map((entry) => entry.trim()));
  const collapsed = COLLAPSIBLE.filter((name) => named.has(`-${name}`));
  return collapsed.length ? collapsed : undefined;
}

/**
 * The choices of ambivalent pairs, one `choose` parameter each: the JSON list of the pair's two
 * actor ids and the relation that counts, since ids may hold any character.
 */
function choices(values: readonly string[]): Record<string, string> | undefined {
  const choose: Record<string, string> = {};
  for (const value of values) {
    let entry: unknown;
    try {
      entry = JSON.parse(value);
    } catch {
      continue;
    }
    if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((part) => typeof part === 'string' && part !== '')) continue;
    const [a, b, relation] = entry as [string, string, string];
    choose[pairKey(a, b)] = relation;
  }
  return Object.keys(choose).length ? choose : undefined;
}

/** The `choose` parameters for the choices of a state, in the order of their pairs. */
function choiceParams(choose: Readonly<Record<string, string>>): string[] {
  return Object.keys(choose)
    .sort()
    .flatMap((key) => {
      const pair: unknown = JSON.parse(key);
      return Array.isArray(pair) && pair.length === 2 ? [JSON.stringify([...(pair as string[]), choose[key]])] : [];
    });
}

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
  const knownOn = params.get('knownOn');
  set('knownOn', knownOn !== null && isDate(knownOn) ? knownOn : undefined);
  if (params.get('possible') === '1') state.possible = true;
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
  const camps = params.get('camps');
  if (camps === 'two' || camps === 'many') state.camps = camps;
  const sizeBy = params.get('sizeBy');
  if (sizeBy === 'degree' || sizeBy === 'betweenness') state.sizeBy = sizeBy;
  set('choose', choices(params.getAll('choose')));
  if (params.get('undated') === 'apart') state.undated = 'apart';
  set('collapsed', collapsedPanels(params.get('panels')));
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
  put('knownOn', state.knownOn);
  if (state.possible) params.set('possible', '1');
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
  put('camps', state.camps);
  put('sizeBy', state.sizeBy);
  for (const value of choiceParams(state.choose ?? {})) params.append('choose', value);
  if (state.undated === 'apart') params.set('undated', 'apart');
  const collapsed = COLLAPSIBLE.filter((name) => state.collapsed?.includes(name));
  if (collapsed.length) params.set('panels', collapsed.map((name) => `-${name}`).join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

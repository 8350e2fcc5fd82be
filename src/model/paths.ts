/**
 * Paths between two actors: the shortest one, or every simple path up to a number of hops,
 * each with its overall sign, the days its relations held together and a plain-language reading.
 */
import { adjacency } from './adjacency.ts';
import { isDate } from './dates.ts';
import { filterFor, type RelationFilter } from './filter.ts';
import { RELATION_TYPES } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { jointTime, nothingToCheck, startSpan, UNDATED_RULES, type UndatedRule } from './held-together.ts';
import { DEFAULT_MAX_HOPS } from './limits.ts';
import { findActor } from './lookup.ts';
import { everyPath, newWalk, shortestPath, type Steps } from './path-walk.ts';
import { pathSign, readPath, type PathSign } from './reading.ts';
import { isRelationType } from './relation-types.ts';
import { closestNames } from './similar.ts';
import type { Window } from './time-bounds.ts';

/** Re-exported so path callers need one import; it lives in `reading.ts` beside `pathSign`. */
export type { PathSign };

/** How many paths `all` returns at most when no `limit` is given. */
export const DEFAULT_LIMIT = 100;

/** What a path search may use and how much it returns. */
export interface PathOptions extends RelationFilter {
  /**
   * When true a directed relation is walked from its source to its target only; undirected
   * relations are walked both ways whatever this says. Default false: every relation both ways.
   */
  directed?: boolean;
  /** When true, every simple path up to `maxHops`, shortest first; otherwise the single shortest. */
  all?: boolean;
  /** Most relations in a path: by default `DEFAULT_MAX_HOPS` with `all`, unbounded without. */
  maxHops?: number;
  /** Most paths returned with `all` (default `DEFAULT_LIMIT`); the shortest path is one path. */
  limit?: number;
  /**
   * Whether relations that give no date join time-bound ones in a path: `join` (the default)
   * or `apart` (see `UndatedRule`). A path counts only if some day leaves all its relations
   * holding: with no date set this drops paths such as one through Russia's 1990s hostility to
   * the Taliban and a relation begun in 2015. Relations count over the days they certainly held,
   * or every day they may have held with `possible`; with an `asOf` of a month or a year, the
   * relations must hold on one same day of it.
   */
  undated?: UndatedRule;
}

/** One path: `relations[i]` joins `actors[i]` to `actors[i + 1]`. */
export interface Path {
  /** Actor ids from the start to the end. */
  actors: string[];
  /** Relation ids in walking order; empty when the path starts where it ends. */
  relations: string[];
  sign: PathSign;
  /**
   * The days on which all its relations hold at once, as their bounds give them (not cut to
   * the as-of date); open at both ends for an actor alone or a path of undated relations.
   */
  window: Window;
  /** How many of its relations give no date. */
  undatedSteps: number;
  /** The window in words: "holds 2015-12 – 2016", "holds from 2007, with an undated step", "dates not given". */
  holds: string;
  /** The path in one sentence (see `readPath`), then when it holds: "… which is hostile to ISIS. Holds from 2007." */
  reading: string;
}

/** Why a search could not be made: the argument or option at fault and names it may have meant. */
export interface PathProblem {
  path: 'from' | 'to' | 'options' | 'types' | 'asOf' | 'directed' | 'all' | 'maxHops' | 'limit' | 'undated';
  message: string;
  suggestions: string[];
}

/**
 * The answer to a path search. `paths` is empty when no path exists; `truncated` is true
 * when `all` stopped at `limit` with more paths left.
 */
export type PathResult = { ok: true; from: string; to: string; paths: Path[]; truncated: boolean } | { ok: false; problem: PathProblem };

/**
 * The paths from one actor to another, named by id, label or alias in any case. Never throws.
 *
 * Shortest means fewest relations. Paths of equal length are ordered step by step, by the next
 * actor's id and then the relation's id (comparing UTF-16 code units, so the order does not
 * depend on the locale); the single shortest path is the first `all` would list. Parallel
 * relations make distinct paths. A simple path never repeats an actor, so from an actor to
 * itself there is exactly one path: that actor alone, with no relation and sign `+`.
 *
 * A path counts only if its relations held together (see `undated`): the shortest path is
 * then the shortest that did, which may be longer than the fewest hops.
 */
export function findPaths(graph: ActorGraph, from: string, to: string, options: PathOptions = {}): PathResult {
  const start = resolve(graph, from, 'from');
  if ('problem' in start) return { ok: false, problem: start.problem };
  const end = resolve(graph, to, 'to');
  if ('problem' in end) return { ok: false, problem: end.problem };
  const problem = checkOptions(options);
  if (problem) return { ok: false, problem };

  const adj = adjacency(graph);
  const s = adj.index.get(start.id)!;
  const t = adj.index.get(end.id)!;
  const filter = filterFor(graph, filterOf(options));
  const time = nothingToCheck(options) ? null : { options, origin: startSpan(options) };
  const walk = newWalk(graph, adj, filter, options.directed === true, time);
  // No simple path is longer than the number of actors allows, which also bounds the buffers.
  const hopCap = Math.max(adj.ids.length - 1, 0);
  let found: Steps[];
  let truncated = false;
  if (s === t) {
    found = [{ nodes: [s], relations: [] }];
  } else if (options.all === true) {
    const limit = options.limit ?? DEFAULT_LIMIT;
    // One path past the limit tells whether any were left out.
    found = everyPath(walk, s, t, Math.min(options.maxHops ?? DEFAULT_MAX_HOPS, hopCap), limit + 1);
    truncated = found.length > limit;
    if (truncated) found.length = limit;
  } else {
    const one = shortestPath(walk, s, t, Math.min(options.maxHops ?? Infinity, hopCap));
    found = one ? [one] : [];
  }
  const paths = found.map((steps) =>
    toPath(
      graph,
      steps.nodes.map((i) => adj.ids[i]!),
      steps.relations.map((r) => adj.relationIds[r]!),
      options,
    ),
  );
  return { ok: true, from: start.id, to: end.id, paths, truncated };
}

/** The filter's part of the options, whatever fields it has, without the search's own. */
function filterOf(options: PathOptions): RelationFilter {
  const { directed: _d, all: _a, maxHops: _m, limit: _l, undated: _u, ...filter } = options;
  return filter;
}

/** A found path with its sign, window and reading. */
function toPath(graph: ActorGraph, actors: string[], relations: string[], options: PathOptions): Path {
  const { window, undated, holds } = jointTime(
    relations.map((id) => graph.getEdgeAttributes(id)),
    options,
  );
  let reading = readPath(graph, { actors, relations });
  if (relations.length > 0) reading += ` ${holds[0]!.toUpperCase()}${holds.slice(1)}.`;
  return { actors, relations, sign: pathSign(graph, relations), window, undatedSteps: undated, holds, reading };
}

function resolve(graph: ActorGraph, name: unknown, path: 'from' | 'to'): { id: string } | { problem: PathProblem } {
  if (typeof name !== 'string' || name.trim() === '') {
    return { problem: { path, message: `"${path}" must name an actor by id, label or alias`, suggestions: [] } };
  }
  const found = findActor(graph, name);
  if (!found.ok) return { problem: { path, message: found.message, suggestions: found.suggestions } };
  return { id: found.id };
}

function checkOptions(options: unknown): PathProblem | null {
  const fail = (path: PathProblem['path'], message: string, suggestions: string[] = []) => ({ path, message, suggestions });
  // Options often arrive from a command line or a URL, so their types are not taken on trust.
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return fail('options', 'Path options must be an object');
  }
  const o = options as Record<string, unknown>;
  if (o.types !== undefined) {
    if (!Array.isArray(o.types)) return fail('types', '"types" must be a list of relation types');
    for (const type of o.types as unknown[]) {
      if (isRelationType(type)) continue;
      const suggestions = typeof type === 'string' ? closestNames(type, RELATION_TYPES) : [];
      const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
      const known = RELATION_TYPES.join(', ');
      return fail('types', `Unknown relation type ${JSON.stringify(type)} (known: ${known})${hint}`, suggestions);
    }
  }
  if (o.asOf !== undefined && (typeof o.asOf !== 'string' || !isDate(o.asOf))) {
    return fail('asOf', `"asOf" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(o.asOf)}`);
  }
  if (o.undated !== undefined && !UNDATED_RULES.includes(o.undated as UndatedRule)) {
    return fail('undated', `"undated" must be "join" or "apart", not ${JSON.stringify(o.undated)}`);
  }
  for (const key of ['directed', 'all'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') return fail(key, `"${key}" must be true or false`);
  }
  for (const key of ['maxHops', 'limit'] as const) {
    const value = o[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
      return fail(key, `"${key}" must be a whole number of at least 1, not ${JSON.stringify(value)}`);
    }
  }
  return null;
}

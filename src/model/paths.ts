/**
 * Paths between two actors: the shortest one, or every simple path up to a number of hops,
 * each with its overall sign and a plain-language reading.
 */
import { adjacency, type Adjacency, IN, OUT } from './adjacency.ts';
import { isDate } from './dates.ts';
import { filterFor, relationPasses, type RelationFilter } from './filter.ts';
import { RELATION_TYPES } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { DEFAULT_MAX_HOPS } from './limits.ts';
import { findActor } from './lookup.ts';
import { pathSign, readPath, type PathSign } from './reading.ts';
import { isRelationType } from './relation-types.ts';
import { closestNames } from './similar.ts';

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
}

/** One path: `relations[i]` joins `actors[i]` to `actors[i + 1]`. */
export interface Path {
  /** Actor ids from the start to the end. */
  actors: string[];
  /** Relation ids in walking order; empty when the path starts where it ends. */
  relations: string[];
  sign: PathSign;
  /** The path in one sentence (see `readPath`). */
  reading: string;
}

/** Why a search could not be made: the argument or option at fault and names it may have meant. */
export interface PathProblem {
  path: 'from' | 'to' | 'options' | 'types' | 'asOf' | 'directed' | 'all' | 'maxHops' | 'limit';
  message: string;
  suggestions: string[];
}

/**
 * The answer to a path search. `paths` is empty when no path exists; `truncated` is true
 * when `all` stopped at `limit` with more paths left.
 */
export type PathResult =
  | { ok: true; from: string; to: string; paths: Path[]; truncated: boolean }
  | { ok: false; problem: PathProblem };

/**
 * The paths from one actor to another, named by id, label or alias in any case. Never throws.
 *
 * Shortest means fewest relations. Paths of equal length are ordered step by step, by the next
 * actor's id and then the relation's id (comparing UTF-16 code units, so the order does not
 * depend on the locale); the single shortest path is the first `all` would list. Parallel
 * relations make distinct paths. A simple path never repeats an actor, so from an actor to
 * itself there is exactly one path: that actor alone, with no relation and sign `+`.
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
  const verdicts = new Uint8Array(adj.relationIds.length);
  const walk: Walk = { graph, adj, filter, directed: options.directed === true, verdicts };
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
  const paths = found.map((steps) => {
    const actors = steps.nodes.map((i) => adj.ids[i]!);
    const relations = steps.relations.map((r) => adj.relationIds[r]!);
    return { actors, relations, sign: pathSign(graph, relations), reading: readPath(graph, { actors, relations }) };
  });
  return { ok: true, from: start.id, to: end.id, paths, truncated };
}

/** The filter's part of the options, whatever fields it has, without the search's own. */
function filterOf(options: PathOptions): RelationFilter {
  const { directed: _d, all: _a, maxHops: _m, limit: _l, ...filter } = options;
  return filter;
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
  const fail = (path: PathProblem['path'], message: string, suggestions: string[] = []) =>
    ({ path, message, suggestions });
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

/** One query's view of the graph. */
interface Walk {
  graph: ActorGraph;
  adj: Adjacency;
  filter: RelationFilter;
  directed: boolean;
  /** Per relation: 0 not yet asked, 1 passes the filter, 2 does not. */
  verdicts: Uint8Array;
}

/** A path as actor and relation numbers. */
type Steps = { nodes: number[]; relations: number[] };

/** Relations are filtered lazily because a search usually touches a small part of the graph. */
function passes(walk: Walk, r: number): boolean {
  let verdict = walk.verdicts[r]!;
  if (verdict === 0) {
    const relation = walk.graph.getEdgeAttributes(walk.adj.relationIds[r]!);
    verdict = relationPasses(relation, walk.filter) ? 1 : 2;
    walk.verdicts[r] = verdict;
  }
  return verdict === 1;
}

/**
 * Labels the new neighbours of one non-empty breadth-first level and gives the next level, or
 * null once a neighbour carries a label in `meet`: the searches have met. Searching back from t
 * walks relations in reverse, so `backward` flips which end is blocked.
 */
function grow(walk: Walk, front: number[], dist: Int32Array, backward: boolean, meet?: Int32Array): number[] | null {
  const { offsets, other, relation, way } = walk.adj;
  const level = dist[front[0]!]!;
  const blocked = walk.directed ? (backward ? OUT : IN) : -1;
  const next: number[] = [];
  for (const u of front) {
    for (let h = offsets[u]!; h < offsets[u + 1]!; h++) {
      const v = other[h]!;
      if (way[h] === blocked || dist[v]! >= 0 || !passes(walk, relation[h]!)) continue;
      if (meet && meet[v]! >= 0) return null;
      dist[v] = level + 1;
      next.push(v);
    }
  }
  return next;
}

/**
 * The first shortest path in tie order, or null. A breadth-first search grows from both ends,
 * always the smaller frontier by one whole level, so it meets near the middle having seen far
 * fewer actors than a one-sided search.
 */
function shortestPath(walk: Walk, s: number, t: number, maxHops: number): Steps | null {
  const n = walk.adj.ids.length;
  const fromS = new Int32Array(n).fill(-1);
  const toT = new Int32Array(n).fill(-1);
  fromS[s] = 0;
  toT[t] = 0;
  let frontS = [s];
  let frontT = [t];
  let a = 0; // levels of fromS complete
  let b = 0; // levels of toT complete
  for (;;) {
    if (frontS.length === 0 || frontT.length === 0 || a + b >= maxHops) return null;
    const forward = frontS.length <= frontT.length;
    const next = forward ? grow(walk, frontS, fromS, false, toT) : grow(walk, frontT, toT, true, fromS);
    if (!next) break;
    if (forward) {
      frontS = next;
      a++;
    } else {
      frontT = next;
      b++;
    }
  }
  // Every level before the meeting was complete, so a shortest path joins level a of fromS to
  // level b of toT: its length is a + b + 1, and at each position one of the two labels is
  // exact. Dead ends near s are remembered so no branch is tried twice.
  const length = a + b + 1;
  const fits = (w: number, q: number) => (q > a ? toT[w] === length - q : fromS[w] === q);
  const found: Steps[] = [];
  walkLength(walk, s, length, { fits, want: 1, found, marks: new Uint8Array(n), keepDead: true });
  return found[0] ?? null;
}

/**
 * Up to `want` simple paths of at most `maxHops` relations, shortest first, then in tie order.
 * Each length is enumerated on its own (iterative deepening), so the search stops as soon as
 * `want` paths are found instead of listing every long path first. Distances to t, from a
 * bounded search backwards, prune any branch that cannot reach t in the hops it has left.
 */
function everyPath(walk: Walk, s: number, t: number, maxHops: number, want: number): Steps[] {
  const n = walk.adj.ids.length;
  const toT = new Int32Array(n).fill(-1);
  toT[t] = 0;
  let front: number[] = [t];
  for (let level = 0; level < maxHops - 1 && front.length > 0; level++) front = grow(walk, front, toT, true)!;
  const found: Steps[] = [];
  const onPath = new Uint8Array(n);
  // Lengths below the distance from s cannot hold a path; an unlabelled s is maxHops away or more.
  for (let length = toT[s]! >= 0 ? toT[s]! : maxHops; length <= maxHops && found.length < want; length++) {
    // t may only end a path: passing through it would repeat it.
    const fits = (w: number, q: number) => (w === t ? q === length : toT[w]! >= 0 && toT[w]! <= length - q);
    onPath.fill(0);
    walkLength(walk, s, length, { fits, want, found, marks: onPath, keepDead: false });
  }
  return found;
}

/**
 * What `walkLength` keeps: paths whose actor at each position q passes `fits`, into `found`
 * until it holds `want`. Actors marked in `marks` are skipped: with `keepDead` a mark means the
 * actor led nowhere and stays; without it the mark means the actor is on the current path.
 */
interface Search {
  fits: (w: number, q: number) => boolean;
  want: number;
  found: Steps[];
  marks: Uint8Array;
  keepDead: boolean;
}

/** Depth-first, in half-edge order (hence tie order), the paths from s of exactly `length` relations. */
function walkLength(walk: Walk, s: number, length: number, search: Search): void {
  const { fits, want, found, marks, keepDead } = search;
  const { offsets, other, relation, way } = walk.adj;
  const blocked = walk.directed ? IN : -1;
  const nodes = new Int32Array(length + 1);
  const steps = new Int32Array(length);
  const cursor = new Int32Array(length + 1);
  nodes[0] = s;
  cursor[0] = offsets[s]!;
  if (!keepDead) marks[s] = 1;
  let p = 0;
  while (p >= 0 && found.length < want) {
    const u = nodes[p]!;
    const q = p + 1;
    let moved = false;
    while (cursor[p]! < offsets[u + 1]!) {
      const h = cursor[p]!;
      cursor[p] = h + 1;
      const w = other[h]!;
      if (way[h] === blocked || marks[w] === 1 || !fits(w, q) || !passes(walk, relation[h]!)) continue;
      steps[p] = relation[h]!;
      nodes[q] = w;
      if (q === length) {
        found.push({ nodes: Array.from(nodes), relations: Array.from(steps) });
        if (found.length === want) return;
        continue;
      }
      if (!keepDead) marks[w] = 1;
      cursor[q] = offsets[w]!;
      p = q;
      moved = true;
      break;
    }
    if (!moved) {
      marks[u] = keepDead ? 1 : 0;
      p--;
    }
  }
}

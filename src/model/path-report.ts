/**
 * What the path finder panel shows, as plain data: the query it runs, the options it passes to
 * `findPaths`, how a sign is written, each step's evidence and the one-line summary it announces.
 */
import { asWritten, type Name } from './bidi.ts';
import type { RelationFilter } from './filter.ts';
import { RELATION_TYPES, type RelationType } from './format.ts';
import type { ActorGraph } from './graph.ts';
import type { UndatedRule } from './held-together.ts';
import { DEFAULT_MAX_HOPS, MAX_PATH_HOPS, MIN_PATH_HOPS, wholeWithin } from './limits.ts';
import type { Path, PathOptions, PathResult, PathSign } from './paths.ts';
import { readRelation } from './reading.ts';

/** A path question as the shell or a URL gives it; names may be ids, labels or aliases. */
export interface PathQuery {
  from: string;
  to: string;
  /** Relation types a path may use, within the view's filter. Default: all three. */
  types?: readonly RelationType[];
  /** Every path up to `maxHops` rather than the single shortest. Default false. */
  all?: boolean;
  /** Most relations in a path with `all`, 1–6. Default 4. */
  maxHops?: number;
  /** Walk directed relations from source to target only. Default false. */
  directed?: boolean;
  /**
   * Whether undated relations join time-bound ones in a path (`join`, the default) or are kept
   * apart from them (`apart`); see `PathOptions.undated`. The switch a panel offers.
   */
  undated?: UndatedRule;
}

/**
 * A query with every default filled in and every value in range: the same fields as a
 * `PathQuery`, none missing but `undated`, the types a list of its own. `undated` is there only
 * as `apart`, so a query at the default reads as it did before the switch existed.
 */
export interface NormalPathQuery extends Required<Omit<PathQuery, 'types' | 'undated'>> {
  types: RelationType[];
  undated?: 'apart';
}

/** A query with defaults filled in: known types only (in legend order), hops clamped to 1–6. */
export function normalizeQuery(query: PathQuery): NormalPathQuery {
  const asked = Array.isArray(query.types) ? query.types : RELATION_TYPES;
  const normal: NormalPathQuery = {
    from: typeof query.from === 'string' ? query.from.trim() : '',
    to: typeof query.to === 'string' ? query.to.trim() : '',
    types: RELATION_TYPES.filter((type) => asked.includes(type)),
    all: query.all === true,
    maxHops: wholeWithin(Number(query.maxHops), MIN_PATH_HOPS, MAX_PATH_HOPS, DEFAULT_MAX_HOPS),
    directed: query.directed === true,
  };
  if (query.undated === 'apart') normal.undated = 'apart';
  return normal;
}

/**
 * True when two queries ask the same question once normalized. A query missing either end asks
 * nothing, so it is the same as no query (`null` or `undefined`).
 */
export function sameQuery(a: PathQuery | null | undefined, b: PathQuery | null | undefined): boolean {
  const x = a ? normalizeQuery(a) : null;
  const y = b ? normalizeQuery(b) : null;
  const empty = (q: NormalPathQuery | null) => q === null || q.from === '' || q.to === '';
  if (empty(x) || empty(y)) return empty(x) && empty(y);
  if (!x || !y) return false;
  return (
    x.from === y.from &&
    x.to === y.to &&
    x.all === y.all &&
    x.directed === y.directed &&
    x.undated === y.undated &&
    x.types.join() === y.types.join() &&
    (!x.all || x.maxHops === y.maxHops)
  );
}

/**
 * The relation types a path may use: those the panel allows that the view's filter also allows,
 * in legend order. `undefined` when that is every type, so no filtering is asked for.
 */
export function allowedTypes(
  filterTypes: readonly RelationType[] | undefined,
  panelTypes: readonly RelationType[],
): RelationType[] | undefined {
  const types = RELATION_TYPES.filter((t) => panelTypes.includes(t) && (!filterTypes || filterTypes.includes(t)));
  return types.length === RELATION_TYPES.length ? undefined : types;
}

/**
 * The `findPaths` options for a query under the view's filter (its types, both dates and the
 * possible switch); `maxHops` only with `all`.
 */
export function pathOptions(query: NormalPathQuery, filter: RelationFilter): PathOptions {
  const options: PathOptions = {};
  const types = allowedTypes(filter.types, query.types);
  if (types) options.types = types;
  if (filter.asOf !== undefined) options.asOf = filter.asOf;
  if (filter.possible === true) options.possible = true;
  if (filter.knownOn !== undefined) options.knownOn = filter.knownOn;
  if (query.directed) options.directed = true;
  if (query.undated === 'apart') options.undated = 'apart';
  if (query.all) {
    options.all = true;
    options.maxHops = query.maxHops;
  }
  return options;
}

/** How a path sign is shown: a symbol and a word, so colour is never the only cue. */
export interface SignDisplay {
  symbol: string;
  word: string;
  /** A CSS-friendly name: `friendly`, `hostile` or `uncertain`. */
  name: 'friendly' | 'hostile' | 'uncertain';
}

export const SIGN_DISPLAY: Readonly<Record<PathSign, SignDisplay>> = {
  '+': { symbol: '+', word: 'friendly', name: 'friendly' },
  '-': { symbol: '−', word: 'hostile', name: 'hostile' },
  '?': { symbol: '?', word: 'uncertain (contested step)', name: 'uncertain' },
};

/** One piece of evidence for a step, with its source's title when the graph knows it. */
export interface StepEvidence {
  source: string;
  sourceTitle?: string;
  locator?: string;
  quote?: string;
  claimant?: string;
}

/** One relation of a path: who it joins in walking order, its reading and its evidence. */
export interface PathStep {
  relation: string;
  type: RelationType;
  from: string;
  to: string;
  reading: string;
  evidence: StepEvidence[];
}

/** An actor's label, or its id when it has none. */
export function actorLabel(graph: ActorGraph, id: string): string {
  return (graph.hasNode(id) && graph.getNodeAttribute(id, 'label')) || id;
}

/** Each relation of a path with its reading (from its source, labels named by `name`) and its evidence, in order. */
export function pathSteps(graph: ActorGraph, path: Pick<Path, 'actors' | 'relations'>, name: Name = asWritten): PathStep[] {
  const titles = new Map((graph.getAttribute('sources') ?? []).map((s) => [s.id, s.title]));
  return path.relations.map((id, i) => {
    const relation = graph.getEdgeAttributes(id);
    const evidence = (relation.evidence ?? []).map((e) => {
      const item: StepEvidence = { source: e.source };
      const title = titles.get(e.source);
      if (title !== undefined) item.sourceTitle = title;
      if (e.locator !== undefined) item.locator = e.locator;
      if (e.quote !== undefined) item.quote = e.quote;
      if (e.claimant !== undefined) item.claimant = e.claimant;
      return item;
    });
    return {
      relation: id,
      type: relation.type,
      from: path.actors[i]!,
      to: path.actors[i + 1]!,
      reading: readRelation(graph, id, name),
      evidence,
    };
  });
}

/**
 * The names to offer for a mistyped actor: an id is shown as its actor's label, and names
 * that differ only in case are offered once.
 */
export function suggestionNames(graph: ActorGraph, suggestions: readonly string[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const suggestion of suggestions) {
    const name = graph.hasNode(suggestion) ? actorLabel(graph, suggestion) : suggestion;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * The one line the panel announces: "2 paths found", "No path from Russia to India with these
 * filters", or the model's message when the search could not be made. Labels are named by `name`.
 */
export function resultSummary(graph: ActorGraph, result: PathResult, name: Name = asWritten): string {
  if (!result.ok) return result.problem.message;
  const n = result.paths.length;
  if (n === 0) return `No path from ${name(actorLabel(graph, result.from))} to ${name(actorLabel(graph, result.to))} with these filters`;
  const found = `${n} ${n === 1 ? 'path' : 'paths'} found`;
  return result.truncated ? `${found}; more exist beyond the first ${n}` : found;
}

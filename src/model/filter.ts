/**
 * Which relations a question may use: the relation types allowed, the date asked about, and
 * the date the question is asked from. Paths, balance, centrality, the table and the drawing
 * all read relations through this.
 *
 * Two questions of time are answered apart. "As it was on D" (`asOf`) keeps the relations
 * that hold on D: for certain, or also possibly (`possible`) when a bound such as "began no
 * later than December 2015" leaves it open. "As known on D" (`knownOn`) keeps the relations
 * that some evidence dated on or before D asserts: an analyst's view at the time.
 */
import { lastDay } from './dates.ts';
import type { Evidence, Relation, RelationType, Source } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { holdingOn } from './time-bounds.ts';

/** The relation filter every answer on screen obeys. */
export interface RelationFilter {
  /** Relation types allowed; missing means all. */
  types?: readonly RelationType[];
  /**
   * Only relations that hold at this date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); missing means any
   * time. A relation whose bounds leave open whether it held then passes only with `possible`.
   */
  asOf?: string;
  /** With `asOf`, also the relations that only possibly hold then. Default false. */
  possible?: boolean;
  /**
   * Only relations with evidence dated on or before this date: the evidence's `date`, else its
   * source's. A date counts when its whole period ends by the end of `knownOn`'s, so evidence
   * of "2015" is not known on 2015-06. Undated evidence does not count.
   */
  knownOn?: string;
  /**
   * The dates of the document's sources by id, for `knownOn` to read evidence that gives no
   * date of its own. `filterFor` fills it in from a graph.
   */
  sourceDates?: ReadonlyMap<string, string>;
}

/** Whether a relation that passes holds for certain at the filter's date, or only possibly. */
export type FilterHolding = 'certain' | 'possible';

/** The dates of the sources that give one, by source id. */
export function sourceDatesOf(sources: readonly Source[] | undefined): Map<string, string> {
  const dates = new Map<string, string>();
  for (const source of sources ?? []) if (typeof source.date === 'string') dates.set(source.id, source.date);
  return dates;
}

/**
 * The filter with the sources' dates it needs: unchanged unless it asks `knownOn` without
 * `sourceDates`. Build a filter this way before handing it to questions that take relations
 * one by one.
 */
export function withSourceDates(filter: RelationFilter, sources: readonly Source[] | undefined): RelationFilter {
  if (filter.knownOn === undefined || filter.sourceDates !== undefined) return filter;
  return { ...filter, sourceDates: sourceDatesOf(sources) };
}

/** The filter with the graph's source dates, as `withSourceDates` gives it. */
export function filterFor(graph: ActorGraph, filter: RelationFilter = {}): RelationFilter {
  return withSourceDates(filter, graph.getAttribute('sources'));
}

/** The date an item of evidence was made or reported: its own, else its source's, else none. */
export function evidenceDate(evidence: Evidence, sourceDates?: ReadonlyMap<string, string>): string | undefined {
  return evidence.date ?? sourceDates?.get(evidence.source);
}

/** True when some evidence of the relation is dated on or before `date`, as `knownOn` reads it. */
export function isKnownOn(relation: Relation, date: string, sourceDates?: ReadonlyMap<string, string>): boolean {
  const by = lastDay(date);
  if (by === null) return false;
  return (relation.evidence ?? []).some((item) => {
    const when = evidenceDate(item, sourceDates);
    const last = when === undefined ? null : lastDay(when);
    return last !== null && last <= by;
  });
}

/** True when a relation passes the filter. */
export function relationPasses(relation: Relation, filter: RelationFilter = {}): boolean {
  if (filter.types && !filter.types.includes(relation.type)) return false;
  if (filter.asOf !== undefined) {
    const holding = holdingOn(relation, filter.asOf);
    if (holding === 'not' || (holding === 'possible' && filter.possible !== true)) return false;
  }
  if (filter.knownOn !== undefined && !isKnownOn(relation, filter.knownOn, filter.sourceDates)) return false;
  return true;
}

/**
 * How a relation that passes the filter holds at its date: `possible` when its bounds leave it
 * open (only with `possible` set), else `certain`, as with no date. Meant for relations that
 * pass, so that possible ones can be shown apart.
 */
export function holdingOf(relation: Relation, filter: RelationFilter = {}): FilterHolding {
  if (filter.asOf === undefined) return 'certain';
  return holdingOn(relation, filter.asOf) === 'certain' ? 'certain' : 'possible';
}

/** True when the filter lets every relation through, whatever its type or dates. */
function passesAll(filter: RelationFilter): boolean {
  return !filter.types && filter.asOf === undefined && filter.knownOn === undefined;
}

/** The ids of the graph's relations that pass the filter, in graph order. */
export function passingRelations(graph: ActorGraph, filter: RelationFilter = {}): string[] {
  const resolved = filterFor(graph, filter);
  const ids: string[] = [];
  graph.forEachEdge((id, relation) => {
    if (relationPasses(relation, resolved)) ids.push(id);
  });
  return ids;
}

/**
 * A copy of the graph holding every actor and only the relations that pass the filter.
 * Actors stay even when all their relations are filtered out, so lookups still find them.
 */
export function filterGraph(graph: ActorGraph, filter: RelationFilter = {}): ActorGraph {
  if (passesAll(filter)) return graph;
  const resolved = filterFor(graph, filter);
  const copy = graph.emptyCopy();
  graph.forEachEdge((id, relation, source, target, _sa, _ta, undirected) => {
    if (!relationPasses(relation, resolved)) return;
    if (undirected) copy.addUndirectedEdgeWithKey(id, source, target, relation);
    else copy.addDirectedEdgeWithKey(id, source, target, relation);
  });
  return copy;
}

/** True for an array; unlike `Array.isArray`, it leaves the type of what it is given alone. */
const isList = (value: unknown): boolean => Array.isArray(value);

/**
 * Adds the view's filter to a question's filter: only types both allow, and the view's dates
 * and choices when it has them (so answers only use relations on screen).
 */
export function mergeFilter<T extends RelationFilter>(options: T, view: RelationFilter): T {
  const merged: T = { ...options };
  const asked: readonly RelationType[] | undefined = options.types;
  const allowed = view.types;
  // Malformed options are passed on as they are, for the question to report.
  if (allowed && (asked === undefined || isList(asked))) merged.types = asked ? asked.filter((t) => allowed.includes(t)) : [...allowed];
  if (view.asOf !== undefined) merged.asOf = view.asOf;
  if (view.possible !== undefined) merged.possible = view.possible;
  if (view.knownOn !== undefined) merged.knownOn = view.knownOn;
  if (view.sourceDates !== undefined) merged.sourceDates = view.sourceDates;
  return merged;
}

/**
 * True when two filters ask for different relations (types compared in order, dates and the
 * possible switch as given), so that equal copies need not be answered again.
 */
export function filtersDiffer(a: RelationFilter | undefined, b: RelationFilter | undefined): boolean {
  return (
    a?.asOf !== b?.asOf ||
    a?.knownOn !== b?.knownOn ||
    (a?.possible === true) !== (b?.possible === true) ||
    a?.types?.join() !== b?.types?.join()
  );
}

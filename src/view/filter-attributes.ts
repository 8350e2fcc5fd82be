/**
 * The view's `types`, `as-of`, `known-on` and `possible` attributes read into a
 * `RelationFilter`: what a page writes is forgiven (case, spaces, unknown names), never thrown at.
 */
import { isDate } from '../model/dates.ts';
import { filterFor, type RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';

/**
 * The relation types a `types` attribute allows: missing means every type (undefined); an
 * empty list means none. Names are trimmed and compared in lower case; unknown names are
 * dropped.
 */
export function parseTypes(value: string | null | undefined): RelationType[] | undefined {
  if (value === null || value === undefined) return undefined;
  const names = new Set(value.split(',').map((name) => name.trim().toLowerCase()));
  return RELATION_TYPES.filter((type) => names.has(type));
}

/** The date an `as-of` attribute names, or undefined when it is missing or not a date. */
export function parseAsOf(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text && isDate(text) ? text : undefined;
}

/** The view's `known-on` date and `possible` switch, as given. */
export interface TimeAttributes {
  knownOn?: string | null | undefined;
  possible?: boolean | null | undefined;
}

/**
 * The filter the view's `types`, `as-of`, `known-on` and `possible` attributes ask for.
 * `possible` counts only with an as-of date; a `known-on` that is not a date is ignored.
 */
export function viewFilter(types: string | null | undefined, asOf: string | null | undefined, time: TimeAttributes = {}): RelationFilter {
  const filter: RelationFilter = {};
  const allowed = parseTypes(types);
  if (allowed) filter.types = allowed;
  const date = parseAsOf(asOf);
  if (date !== undefined) filter.asOf = date;
  if (date !== undefined && time.possible === true) filter.possible = true;
  const known = parseAsOf(time.knownOn);
  if (known !== undefined) filter.knownOn = known;
  return filter;
}

/** The attributes of a view that filter its relations, as given. */
export interface FilterAttributes extends TimeAttributes {
  types: string | null | undefined;
  asOf: string | null | undefined;
}

/** The filter a view's attributes ask for on `graph`, with its sources' dates (see `filterFor`). */
export function graphViewFilter(graph: ActorGraph, view: FilterAttributes): RelationFilter {
  return filterFor(graph, viewFilter(view.types, view.asOf, view));
}

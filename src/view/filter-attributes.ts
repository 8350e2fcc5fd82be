/**
 * The view's `types` and `as-of` attributes read into a `RelationFilter`: what a page writes is
 * forgiven (case, spaces, unknown names), never thrown at.
 */
import { isDate } from '../model/dates.ts';
import type { RelationFilter } from '../model/filter.ts';
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

/** The filter the view's `types` and `as-of` attributes ask for. */
export function viewFilter(types: string | null | undefined, asOf: string | null | undefined): RelationFilter {
  const filter: RelationFilter = {};
  const allowed = parseTypes(types);
  if (allowed) filter.types = allowed;
  const date = parseAsOf(asOf);
  if (date !== undefined) filter.asOf = date;
  return filter;
}

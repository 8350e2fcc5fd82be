/**
 * The time a graph spans, for the as-of control: its first and last dated day, and the days
 * on which the set of relations holding changes; and dates and periods in words.
 */
import { firstDay, formatDay, isDate, lastDay, type DayNumber } from './dates.ts';
import type { BoundKind } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { isUndated, type Bounded } from './time-bounds.ts';

/** The first and last day a graph's dates name, as `YYYY-MM-DD`. */
export interface DateBounds {
  first: string;
  last: string;
}

/**
 * The days spanning every relation's `start` and `end`: a start counts from the first day of
 * the period it names and an end to the last, so `start: "1990"` gives `1990-01-01` and
 * `end: "2001"` gives `2001-12-31`. Null when no relation has a readable date.
 */
export function dateBounds(graph: ActorGraph): DateBounds | null {
  let first: DayNumber | null = null;
  let last: DayNumber | null = null;
  const see = (day: DayNumber | null) => {
    if (day === null) return;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  };
  graph.forEachEdge((_id, relation) => {
    if (relation.start !== undefined) see(firstDay(relation.start));
    if (relation.end !== undefined) see(lastDay(relation.end));
  });
  return first === null || last === null ? null : { first: formatDay(first), last: formatDay(last) };
}

/** The day after `day`, or null past 9999-12-31. */
export function dayAfter(day: DayNumber): DayNumber | null {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const year = next.getUTCFullYear();
  if (year > 9999) return null;
  return year * 10000 + (next.getUTCMonth() + 1) * 100 + next.getUTCDate();
}

/**
 * The sorted, distinct days (`YYYY-MM-DD`) on which the set of relations holding changes,
 * for certain or possibly: the first day of each exact `start`, and the day *after* the last
 * day of each exact `end`, since a relation ending "1999" still holds on 1999-12-31 and is gone
 * on 2000-01-01. A start "no later than December 2015" is certain from 2015-12-31 (possible
 * before, so nothing changes earlier); "no earlier than 2014" is possible from 2014-01-01. An end
 * "no earlier than 2010" turns possible the day after 2010-01-01; "no later than 2010" is gone
 * on 2011-01-01 (`holdingOn`).
 *
 * So every stop is the first day of a new state, and nothing changes between one stop and the
 * next: an as-of slider over these stops shows each distinct state of the dated relations
 * exactly once, with or without possible relations. (The state before the first stop, when only
 * undated relations and those ending later hold, is not a stop.) A stop may fall after
 * `dateBounds(graph).last`: the day after the last end, or the last day of a start given as
 * "no later than".
 */
export function timelineStops(graph: ActorGraph): string[] {
  const days = new Set<DayNumber>();
  const add = (day: DayNumber | null) => {
    if (day !== null) days.add(day);
  };
  graph.forEachEdge((_id, relation) => {
    if (relation.start !== undefined) {
      add(relation.startBound === 'no-later-than' ? lastDay(relation.start) : firstDay(relation.start));
    }
    if (relation.end !== undefined) {
      const end = relation.endBound === 'no-earlier-than' ? firstDay(relation.end) : lastDay(relation.end);
      add(end === null ? null : dayAfter(end));
    }
  });
  return [...days].sort((a, b) => a - b).map(formatDay);
}

/**
 * The index of the last stop on or before the first day `asOf` names, for placing a slider
 * at a date typed by hand; 0 when `asOf` comes before every stop, -1 when there are no stops
 * or `asOf` is not a date.
 */
export function stopIndex(stops: readonly string[], asOf: string): number {
  const day = firstDay(asOf);
  if (day === null || stops.length === 0) return -1;
  let index = 0;
  stops.forEach((stop, i) => {
    if ((firstDay(stop) ?? Infinity) <= day) index = i;
  });
  return index;
}

/** The words a bound's date follows: none for an exact one. */
function boundPrefix(kind: BoundKind | undefined): string {
  if (kind === 'no-later-than') return 'no later than ';
  if (kind === 'no-earlier-than') return 'no earlier than ';
  return '';
}

/**
 * A bound as the relations table shows it: the date as written, after "no later than" or "no
 * earlier than" when the bound is not exact, e.g. `no later than 2015-12`.
 */
export function boundCell(date: string, kind?: BoundKind): string {
  return `${boundPrefix(kind)}${date}`;
}

/** A bound in words: `2007`, `December 2015`, `no later than December 2015`. */
export function boundText(date: string, kind?: BoundKind): string {
  return `${boundPrefix(kind)}${dateText(date)}`;
}

/**
 * When an item holds, to end a sentence: `from 2015 to 2021`, `since no later than December
 * 2015`, `until no earlier than 2010`; '' when it gives no dates.
 */
export function periodClause(item: Bounded): string {
  const start = item.start === undefined ? undefined : boundText(item.start, item.startBound);
  const end = item.end === undefined ? undefined : boundText(item.end, item.endBound);
  if (start !== undefined && end !== undefined) return `from ${start} to ${end}`;
  if (start !== undefined) return `since ${start}`;
  if (end !== undefined) return `until ${end}`;
  return '';
}

/**
 * When an item holds, in words: `1990 – 1999`, `since October 2001`, `until 2019`, `since no
 * later than December 2015`, `from no later than 1990 to 1999`, or `dates not given` when it
 * has no bounds (not "at any time": the sources do not say).
 */
export function periodText(item: Bounded): string {
  if (isUndated(item)) return 'dates not given';
  const exact = (item.startBound ?? 'exact') === 'exact' && (item.endBound ?? 'exact') === 'exact';
  if (item.start !== undefined && item.end !== undefined && exact) {
    return item.start === item.end ? dateText(item.start) : `${dateText(item.start)} – ${dateText(item.end)}`;
  }
  return periodClause(item);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date of the format in words, for screen readers and captions: `2001-10-07` is
 * `7 October 2001`, `2001-10` is `October 2001`, `2001` stays `2001`. Text that is not a date
 * comes back as it is.
 */
export function dateText(date: string): string {
  if (!isDate(date)) return date;
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * Time as the time bar shows it: how many relations begin, end and are in force in each year,
 * the steps Play goes through, and what one step adds to the view and what it ends. Pure.
 *
 * Uncertain bounds (see time-bounds.ts) are read as the as-of filter reads them. A relation
 * "begun no later than December 2015" begins, on the histogram, in the year its source gives
 * (2015), is in force for certain from then on and only *possibly* in force in the years before,
 * which the histogram counts apart from the certain ones; "ended no earlier than 2010" is certain
 * up to 2010 and possible after. A step adds or ends a relation when the filter, with its
 * `possible` switch, lets it through on one side of the step and not on the other: without
 * `possible`, a relation that turns from possible to certain is added at that step; with it,
 * the relation was on screen (drawn faint) and is not added again.
 */
import { firstDay, formatDay, isDate, lastDay, type DayNumber } from './dates.ts';
import { filterFor, relationPasses, type RelationFilter } from './filter.ts';
import type { Relation } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { holdingBetween, isUndated } from './time-bounds.ts';
import { dayAfter } from './timeline.ts';

/** One bar of the histogram: a year, or a span of years on graphs that cover centuries. */
export interface TimeBin {
  /** First year of the bar. */
  from: number;
  /** Last year of the bar, `from` itself for a bar of one year. */
  to: number;
  /** Relations whose start falls in the bar's years. */
  begin: number;
  /** Relations whose end falls in the bar's years. */
  end: number;
  /** Dated relations that hold for certain at some time in the bar's years. */
  inForce: number;
  /** Dated relations that only possibly hold then (their bounds leave it open), counted apart. */
  possible: number;
}

/** Relations by year, dated relations in bars and undated ones counted apart. */
export interface TimeHistogram {
  bins: TimeBin[];
  /** Years each bar spans: 1 unless the graph's dates span more than MAX_BINS years. */
  years: number;
  /** Relations with a date that pass the filter. */
  dated: number;
  /** Relations without a date that pass the filter: they hold at any time, so no bar counts them. */
  undated: number;
}

/** Most bars the histogram has: beyond this many years, each bar spans several. */
export const MAX_BINS = 80;

/** Years a bar may span, the least that keeps the bars to MAX_BINS. */
const BIN_WIDTHS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2500, 5000, 10000];

/** The filter without its date: the time bar shows every date the other choices allow. */
function undatedFilter(graph: ActorGraph, filter: RelationFilter): RelationFilter {
  const rest: RelationFilter = { ...filter };
  delete rest.asOf;
  return filterFor(graph, rest);
}

/** The graph's relations that pass `filter` whatever their date, with their ids. */
function relationsOf(graph: ActorGraph, filter: RelationFilter): [string, Relation][] {
  const resolved = undatedFilter(graph, filter);
  const list: [string, Relation][] = [];
  graph.forEachEdge((id, relation) => {
    if (relationPasses(relation, resolved)) list.push([id, relation]);
  });
  return list;
}

const yearOf = (day: DayNumber): number => Math.floor(day / 10000);

/**
 * The period after a date, at the date's precision: `1999` → `2000`, `2015-10` → `2015-11`,
 * `2001-10-07` → `2001-10-08`; null past 9999 or for text that is not a date.
 */
export function periodAfter(date: string): string | null {
  if (!isDate(date)) return null;
  const [y, m] = date.split('-').map(Number) as [number, number?];
  if (date.length === 4) return y < 9999 ? String(y + 1).padStart(4, '0') : null;
  if (date.length === 7) {
    if (m! < 12) return `${String(y).padStart(4, '0')}-${String(m! + 1).padStart(2, '0')}`;
    return y < 9999 ? `${String(y + 1).padStart(4, '0')}-01` : null;
  }
  const last = lastDay(date);
  const next = last === null ? null : dayAfter(last);
  return next === null ? null : formatDay(next);
}

/**
 * Relations by year for the time bar: in each year those whose start falls in it, those whose
 * end falls in it, and those in force at some time in it (for certain, and apart, possibly).
 * The years run from the first a relation's date names to the last a step of Play reaches (the
 * year after an end counts, as that is when the relation is gone). Undated relations are
 * counted apart, as holding at any time. The filter's types and `knownOn` apply; its date does
 * not. A graph spanning over MAX_BINS years gets bars of several years (2, 5, 10, … years).
 */
export function relationHistogram(graph: ActorGraph, filter: RelationFilter = {}): TimeHistogram {
  const relations = relationsOf(graph, filter);
  let first = Infinity;
  let last = -Infinity;
  let undated = 0;
  const see = (date: string | null) => {
    const day = date === null ? null : firstDay(date);
    if (day === null) return;
    first = Math.min(first, yearOf(day));
    last = Math.max(last, yearOf(day));
  };
  for (const [, relation] of relations) {
    if (isUndated(relation)) undated++;
    if (relation.start !== undefined) see(relation.start);
    if (relation.end !== undefined) {
      see(relation.end);
      see(periodAfter(relation.end));
    }
  }
  const dated = relations.length - undated;
  if (first > last) return { bins: [], years: 1, dated, undated };
  const years = BIN_WIDTHS.find((width) => Math.ceil((last - first + 1) / width) <= MAX_BINS) ?? BIN_WIDTHS.at(-1)!;
  // Bars of several years start on a multiple of their width: 1990–1999, not 1993–2002.
  const start = first - (((first % years) + years) % years);
  const bins: TimeBin[] = [];
  for (let from = start; from <= last; from += years) {
    bins.push({ from, to: Math.min(from + years - 1, 9999), begin: 0, end: 0, inForce: 0, possible: 0 });
  }
  const binOf = (date: string): TimeBin | undefined => {
    const day = firstDay(date);
    return day === null ? undefined : bins[Math.floor((yearOf(day) - start) / years)];
  };
  for (const [, relation] of relations) {
    if (isUndated(relation)) continue;
    if (relation.start !== undefined) {
      const bin = binOf(relation.start);
      if (bin) bin.begin++;
    }
    if (relation.end !== undefined) {
      const bin = binOf(relation.end);
      if (bin) bin.end++;
    }
    for (const bin of bins) {
      const holding = holdingBetween(relation, bin.from * 10000 + 101, bin.to * 10000 + 1231);
      if (holding === 'certain') bin.inForce++;
      else if (holding === 'possible') bin.possible++;
    }
  }
  return { bins, years, dated, undated };
}

/** A date's precision: 4 for a year, 7 for a month, 10 for a day. */
type Precision = 4 | 7 | 10;

/** Where a relation's state changes, before the precision of its step is chosen. */
interface Change {
  /** The day its state changes (a start) or the last day it keeps its state (an end). */
  day: DayNumber;
  end: boolean;
  precision: Precision;
}

/**
 * The day each bound's state turns on, as `holdingOn` reads bounds: an exact or "no earlier
 * than" start on its first day, a "no later than" start on its last (certain from then on); an
 * end is kept through its last day (exact, "no later than") or its first ("no earlier than").
 */
function changesOf(relation: Relation): Change[] {
  const changes: Change[] = [];
  const add = (date: string, day: DayNumber | null, end: boolean) => {
    if (day !== null) changes.push({ day, end, precision: date.length as Precision });
  };
  if (relation.start !== undefined) {
    add(relation.start, relation.startBound === 'no-later-than' ? lastDay(relation.start) : firstDay(relation.start), false);
  }
  if (relation.end !== undefined) {
    add(relation.end, relation.endBound === 'no-earlier-than' ? firstDay(relation.end) : lastDay(relation.end), true);
  }
  return changes;
}

/** The period of `precision` a day falls in: `2015`, `2015-12` or `2015-12-31`. */
const periodOf = (day: DayNumber, precision: Precision): string => formatDay(day).slice(0, precision);

/**
 * The as-of dates Play steps through, earliest first: the periods in which the set of relations
 * holding changes, at the precision the data gives them. A graph dated in years steps by years
 * (`1990`, `1996`, `1997`, `2000`: a relation that ends in 1996 is gone as of 1997); a year in
 * which some date gives a month is stepped through by months (`2015-01`, `2015-10`, `2015-12`),
 * and a month in which some date gives a day by days, so that no step covers a later step's
 * change. Uncertain bounds step where their state changes: a relation begun "no later than
 * December 2015" is certain from `2015-12` (possible before), one that ended "no earlier than
 * 2010" is possible from `2011`. The filter's types and `knownOn` choose which relations count,
 * its date does not.
 */
export function timeSteps(graph: ActorGraph, filter: RelationFilter = {}): string[] {
  const changes = relationsOf(graph, filter).flatMap(([, relation]) => changesOf(relation));
  // The finest precision of a change in each year and in each month.
  const finest = new Map<string, Precision>();
  const refine = (key: string, precision: Precision) => {
    if (precision > (finest.get(key) ?? 4)) finest.set(key, precision);
  };
  for (const { day, precision } of changes) {
    refine(periodOf(day, 4), precision);
    refine(periodOf(day, 7), precision);
  }
  const steps = new Map<DayNumber, string>();
  for (const change of changes) {
    const inYear = finest.get(periodOf(change.day, 4)) ?? 4;
    const inMonth = finest.get(periodOf(change.day, 7)) ?? 4;
    const precision = Math.max(change.precision, inYear > 4 ? 7 : 4, inMonth > 7 ? 10 : 4) as Precision;
    const period = periodOf(change.day, precision);
    const step = change.end ? periodAfter(period) : period;
    const first = step === null ? null : firstDay(step);
    if (step === null || first === null) continue;
    // Two steps from the same day: the coarser one, which shows what the finer one would.
    const known = steps.get(first);
    if (known === undefined || step.length < known.length) steps.set(first, step);
  }
  return [...steps].sort((a, b) => a[0] - b[0]).map(([, step]) => step);
}

/**
 * The index of the step an as-of date falls in: the last step whose first day is on or before
 * the date's first day. -1 for no date (any time), a date that is not one, or one before every
 * step.
 */
export function stepIndexOf(steps: readonly string[], asOf: string | null | undefined): number {
  const day = asOf === null || asOf === undefined ? null : firstDay(asOf);
  if (day === null) return -1;
  let index = -1;
  steps.forEach((step, i) => {
    if ((firstDay(step) ?? Infinity) <= day) index = i;
  });
  return index;
}

/** What moving the as-of date from one date to another changes on screen. */
export interface StepChange {
  /** Relations shown at the new date and not at the old, in graph order. */
  added: string[];
  /** Relations shown at the old date and not at the new, in graph order. */
  ended: string[];
}

/**
 * The relations a step adds and those it ends, moving the as-of date from `from` to `to` (null:
 * any time) under the rest of `filter` (its own `asOf` is ignored): those that pass the filter
 * at one date and not at the other, as the drawing shows them.
 */
export function stepChange(graph: ActorGraph, from: string | null, to: string | null, filter: RelationFilter = {}): StepChange {
  const base = undatedFilter(graph, filter);
  const at = (date: string | null): RelationFilter => (date === null ? base : { ...base, asOf: date });
  const before = at(from);
  const after = at(to);
  const change: StepChange = { added: [], ended: [] };
  graph.forEachEdge((id, relation) => {
    const was = relationPasses(relation, before);
    const is = relationPasses(relation, after);
    if (is && !was) change.added.push(id);
    else if (was && !is) change.ended.push(id);
  });
  return change;
}

/** A day as a year and the fraction of it gone by at its start: 1 July 2001 is about 2001.496. */
function yearPoint(day: DayNumber): number {
  const year = yearOf(day);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, (Math.floor(day / 100) % 100) - 1, day % 100) - start) / length;
}

/**
 * Where the middle of a date's period lies along the histogram's bars, from 0 (the start of the
 * first bar) to 1 (the end of the last): the year 1990 lies in the middle of the bar of 1990, a
 * month inside its year's bar. Null for a date that is not one or a histogram without bars.
 */
export function histogramPosition(histogram: TimeHistogram, date: string): number | null {
  const first = histogram.bins[0];
  const last = histogram.bins.at(-1);
  const from = firstDay(date);
  const to = lastDay(date);
  if (!first || !last || from === null || to === null) return null;
  const end = dayAfter(to);
  const middle = (yearPoint(from) + (end === null ? last.to + 1 : yearPoint(end))) / 2;
  return (middle - first.from) / (last.to + 1 - first.from);
}

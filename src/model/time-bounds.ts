/**
 * Time as sources give it. A report often says only that a relation began *no later than* the
 * month it was revealed, or ended *no earlier than* some date; reading that month as the start
 * would make a view of the months before drop a relation the source never said was absent. So
 * at a date a relation holds for certain, possibly, or not at all, and a set of relations (a
 * path, a triad) holds together only over the days their bounds leave in common. Pure.
 */
import { firstDay, lastDay, type DayNumber } from './dates.ts';
import type { BoundKind } from './format.ts';

/** Anything with bounds that may be uncertain, such as a relation. */
export interface Bounded {
  start?: string;
  end?: string;
  startBound?: BoundKind;
  endBound?: BoundKind;
}

/** Whether something holds at a date: for certain, possibly (its bounds allow it), or not. */
export type Holding = 'certain' | 'possible' | 'not';

const worse = (a: Holding, b: Holding): Holding =>
  a === 'not' || b === 'not' ? 'not' : a === 'possible' || b === 'possible' ? 'possible' : 'certain';

/**
 * How an item holds at some time in the period `asOf` names (a day, a month or a year).
 * Exact bounds give certain or not, as `holdsOn` does. A start "no later than S" is certain once
 * the period reaches S's last day and possible before; "no earlier than S" is possible from S's
 * first day and never certain. Ends mirror starts. An unreadable `asOf` or bound holds nothing.
 */
export function holdingOn(item: Bounded, asOf: string): Holding {
  const from = firstDay(asOf);
  const to = lastDay(asOf);
  if (from === null || to === null) return 'not';
  return holdingBetween(item, from, to);
}

/** How an item holds at some time from day `from` to day `to`: `holdingOn` for any span of days, such as a bar of several years. */
export function holdingBetween(item: Bounded, from: DayNumber, to: DayNumber): Holding {
  let holding: Holding = 'certain';
  if (item.start !== undefined) {
    const first = firstDay(item.start);
    const last = lastDay(item.start);
    if (first === null || last === null) return 'not';
    const kind = item.startBound ?? 'exact';
    if (kind === 'exact') holding = to < first ? 'not' : holding;
    else if (kind === 'no-later-than') holding = to < last ? 'possible' : holding;
    else holding = to < first ? 'not' : 'possible';
  }
  if (item.end !== undefined) {
    const first = firstDay(item.end);
    const last = lastDay(item.end);
    if (first === null || last === null) return 'not';
    const kind = item.endBound ?? 'exact';
    let end: Holding = 'certain';
    if (kind === 'exact') end = from > last ? 'not' : end;
    else if (kind === 'no-earlier-than') end = from > first ? 'possible' : end;
    else end = from > last ? 'not' : 'possible';
    holding = worse(holding, end);
  }
  return holding;
}

/** True when an item has no date at all: "dates not given", not "at all times". */
export function isUndated(item: Bounded): boolean {
  return item.start === undefined && item.end === undefined;
}

/** The days over which something may hold; `null` ends are open. */
export interface Window {
  /** First day, or null when it may reach back without limit. */
  from: DayNumber | null;
  /** Last day, or null when it may run on without limit. */
  to: DayNumber | null;
  /** The dates as written that set each end, for readings ("2015-12 – 2016"). */
  fromText?: string;
  toText?: string;
}

/**
 * The widest window an item's bounds allow: an exact or "no earlier than" start bounds it
 * below, an exact or "no later than" end bounds it above; the other kinds leave that end open,
 * since the true day may lie anywhere beyond the date given.
 */
export function windowOf(item: Bounded): Window {
  const window: Window = { from: null, to: null };
  if (item.start !== undefined && (item.startBound ?? 'exact') !== 'no-later-than') {
    window.from = firstDay(item.start);
    if (window.from !== null) window.fromText = item.start;
  }
  if (item.end !== undefined && (item.endBound ?? 'exact') !== 'no-earlier-than') {
    window.to = lastDay(item.end);
    if (window.to !== null) window.toText = item.end;
  }
  return window;
}

/**
 * The days on which every item may hold at once, or null when there is none: a path through
 * Russia's 1990s hostility to the Taliban and a relation of 2015 never held together.
 */
export function commonWindow(items: readonly Bounded[]): Window | null {
  const common: Window = { from: null, to: null };
  for (const item of items) {
    const w = windowOf(item);
    if (w.from !== null && (common.from === null || w.from > common.from)) {
      common.from = w.from;
      common.fromText = w.fromText;
    }
    if (w.to !== null && (common.to === null || w.to < common.to)) {
      common.to = w.to;
      common.toText = w.toText;
    }
  }
  if (common.from !== null && common.to !== null && common.from > common.to) return null;
  return common;
}

/** A window in words: "2015-12 – 2016", "from 2015-12", "until 2001", or "at any time". */
export function windowText(window: Window): string {
  const { fromText, toText } = window;
  if (fromText !== undefined && toText !== undefined) return fromText === toText ? fromText : `${fromText} – ${toText}`;
  if (fromText !== undefined) return `from ${fromText}`;
  if (toText !== undefined) return `until ${toText}`;
  return 'at any time';
}

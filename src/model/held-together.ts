/**
 * Whether relations held at the same time, for paths and triads. With no date set, a path may
 * otherwise chain relations that never held at once (Russia's 1990s hostility to the Taliban
 * and a relation of 2015); it counts only if some day leaves every relation holding. Pure.
 *
 * Days are numbers (`YYYYMMDD`) on one line, with one extra point before them all for relations
 * kept apart because they give no date: a window of days that is empty means "never together".
 */
import { firstDay, lastDay } from './dates.ts';
import type { Relation } from './format.ts';
import { isUndated, windowOf, windowText, type Bounded, type Window } from './time-bounds.ts';

/**
 * How relations that give no date (neither start nor end: "dates not given", not "at all
 * times") meet relations that do. `join`: they may hold at any date, so they join any time-bound
 * relation, and the window says how many undated steps it took on trust. `apart`: a path or
 * triad mixing them with time-bound relations does not count; one of undated relations only does.
 */
export type UndatedRule = 'join' | 'apart';

/** Every undated rule, the default first. */
export const UNDATED_RULES: readonly UndatedRule[] = ['join', 'apart'];

/** The settings that decide when relations held together. */
export interface TogetherOptions {
  /**
   * The date asked about. Every relation that passes the filter holds then already; with a
   * month or a year, the relations must also hold on one same day of it.
   */
  asOf?: string;
  /**
   * With no date set, whether a relation counts over the whole window its bounds allow (its
   * possible days) rather than only the days it certainly held. With `possible` false (the
   * default), "began no later than December 2015" counts from the end of December 2015 and
   * "began no earlier than 2014" never counts, as an as-of view leaves possible relations out.
   */
  possible?: boolean;
  /** How undated relations meet dated ones with no date set (see `UndatedRule`). Default `join`. */
  undated?: UndatedRule;
}

/** Inclusive days on the line; empty when `from > to`. */
export interface Span {
  from: number;
  to: number;
}

/** The point of undated relations kept apart, before every day. */
const APART = -1;
/** The first and last days the line holds: year 0 to year 9999. */
const FIRST = 0;
const LAST = 99_999_999;

/** True when the options leave nothing to check: a single day, on which every passing relation holds. */
export function nothingToCheck(options: TogetherOptions): boolean {
  return options.asOf !== undefined && firstDay(options.asOf) !== null && firstDay(options.asOf) === lastDay(options.asOf);
}

/** The days a search starts from: the as-of period, or the whole line with the undated point. */
export function startSpan(options: TogetherOptions): Span {
  if (options.asOf === undefined) return { from: APART, to: LAST };
  return { from: firstDay(options.asOf) ?? LAST, to: lastDay(options.asOf) ?? APART };
}

/**
 * The days a relation certainly held: from an exact start's first day or a "no later than"
 * start's last day, to an exact end's last day or a "no earlier than" end's first day, open where
 * a bound is missing. `null` when it is never certain ("no earlier than" start, "no later than"
 * end) or a date is unreadable. Texts are the dates as written, as `windowOf` gives them.
 */
export function certainWindowOf(item: Bounded): Window | null {
  const window: Window = { from: null, to: null };
  if (item.start !== undefined) {
    const kind = item.startBound ?? 'exact';
    if (kind === 'no-earlier-than') return null;
    window.from = kind === 'exact' ? firstDay(item.start) : lastDay(item.start);
    if (window.from === null) return null;
    window.fromText = item.start;
  }
  if (item.end !== undefined) {
    const kind = item.endBound ?? 'exact';
    if (kind === 'no-later-than') return null;
    window.to = kind === 'exact' ? lastDay(item.end) : firstDay(item.end);
    if (window.to === null) return null;
    window.toText = item.end;
  }
  if (window.from !== null && window.to !== null && window.from > window.to) return null;
  return window;
}

/** The window a relation counts over: its certain days, or every day it may hold with `possible`. */
export function countingWindowOf(item: Bounded, options: Pick<TogetherOptions, 'possible'> = {}): Window | null {
  if (options.possible !== true) return certainWindowOf(item);
  const window = windowOf(item);
  if (window.from !== null && window.to !== null && window.from > window.to) return null;
  return window;
}

/**
 * A relation's days on the line, as a search intersects them: its counting window (see
 * `countingWindowOf`), the whole line when it is undated (the undated point alone when
 * `undated` is `apart` and no date is set), empty when it never counts.
 */
export function spanOf(item: Bounded, options: TogetherOptions): Span {
  if (isUndated(item))
    return options.undated === 'apart' && options.asOf === undefined ? { from: APART, to: APART } : { from: APART, to: LAST };
  const possible = options.possible === true;
  let read = readDays.get(item);
  if (
    !read ||
    read.start !== item.start ||
    read.end !== item.end ||
    read.startBound !== item.startBound ||
    read.endBound !== item.endBound
  ) {
    read = {
      start: item.start,
      end: item.end,
      startBound: item.startBound,
      endBound: item.endBound,
      certain: daysOf(certainWindowOf(item)),
    };
    readDays.set(item, read);
  }
  if (possible) read.possible ??= daysOf(countingWindowOf(item, { possible }));
  return possible ? read.possible! : read.certain;
}

/** A counting window as a span: open ends at the ends of the line, none as an empty span. */
function daysOf(window: Window | null): Span {
  return window ? { from: window.from ?? FIRST, to: window.to ?? LAST } : { from: LAST, to: APART };
}

/**
 * Spans already read, by the relation they were read from, with the dates they were read from so
 * that an edited relation is read again. Searches read the same relations query after query.
 */
const readDays = new WeakMap<object, Bounded & { certain: Span; possible?: Span }>();

/** The days two spans share. */
export function meet(a: Span, b: Span): Span {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
}

/** True when relations with these spans held together under the options: some day is left. */
export function together(spans: readonly Span[], options: TogetherOptions): boolean {
  let common = startSpan(options);
  for (const span of spans) common = meet(common, span);
  return common.from <= common.to;
}

/** When a set of relations held together, and how many of them gave no date. */
export interface HeldTogether {
  /** The days all may hold at once, as their counting windows give them (not cut to the as-of date). */
  window: Window;
  /** How many of the relations give no date. */
  undated: number;
  /** The window in words, e.g. "holds 2015-12 – 2016, with an undated step" (see `holdsText`). */
  holds: string;
}

/**
 * When relations held together, or null when they never did under the options (see `spanOf`).
 * `noun` names one relation in the words: `step` for a path, `relation` for a triad.
 */
export function heldTogether(relations: readonly Relation[], options: TogetherOptions = {}, noun = 'step'): HeldTogether | null {
  return together(
    relations.map((r) => spanOf(r, options)),
    options,
  )
    ? jointTime(relations, options, noun)
    : null;
}

/**
 * The window relations share and how many give no date, for relations already known to hold
 * together (a found path, a counted triad): the latest start and earliest end of their counting
 * windows, with the dates as written.
 */
export function jointTime(relations: readonly Relation[], options: Pick<TogetherOptions, 'possible'> = {}, noun = 'step'): HeldTogether {
  const common: Window = { from: null, to: null };
  let undated = 0;
  for (const relation of relations) {
    if (isUndated(relation)) {
      undated++;
      continue;
    }
    const w = countingWindowOf(relation, options);
    if (w && w.from !== null && (common.from === null || w.from > common.from)) {
      common.from = w.from;
      common.fromText = w.fromText;
    }
    if (w && w.to !== null && (common.to === null || w.to < common.to)) {
      common.to = w.to;
      common.toText = w.toText;
    }
  }
  return { window: common, undated, holds: holdsText(common, undated, relations.length, noun) };
}

/**
 * A window in words for `count` relations of which `undated` give no date: "holds 2015-12 –
 * 2016", "holds from 2015-12, with an undated step", "holds until 2001, with 2 undated steps",
 * or "dates not given" when none gives a date.
 */
export function holdsText(window: Window, undated: number, count: number, noun = 'step'): string {
  if (count > 0 && undated === count) return 'dates not given';
  const holds = `holds ${windowText(window)}`;
  if (undated === 0) return holds;
  return `${holds}, with ${undated === 1 ? `an undated ${noun}` : `${undated} undated ${noun}s`}`;
}

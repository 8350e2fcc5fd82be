/**
 * Dates of the format: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, read as whole periods.
 * A partial start begins on the first day of its period and a partial end runs to its last day.
 */

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar day as `YYYYMMDD` in one number, so days compare with `<`. */
export type DayNumber = number;

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, as ISO 8601 has it). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(text: string): Parts | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null;
  return { year, month, day };
}

/** True when `text` is a date of the format that exists on the calendar. */
export function isDate(text: string): boolean {
  return parts(text) !== null;
}

/** The first day of the period `text` names, or null when it is not a date. */
export function firstDay(text: string): DayNumber | null {
  const p = parts(text);
  if (!p) return null;
  return p.year * 10000 + (p.month ?? 1) * 100 + (p.day ?? 1);
}

/** The last day of the period `text` names, or null when it is not a date. */
export function lastDay(text: string): DayNumber | null {
  const p = parts(text);
  if (!p) return null;
  const month = p.month ?? 12;
  return p.year * 10000 + month * 100 + (p.day ?? daysInMonth(p.year, month));
}

/** A day number written back as `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Anything with optional `start` and `end` bounds, such as a relation. */
export interface Dated {
  start?: string;
  end?: string;
}

/**
 * True when a dated item holds at some time in the period `asOf` names: on that day for a
 * full date, in that month or year for a partial one. Missing bounds are open. An unreadable
 * `asOf` holds nothing.
 */
export function holdsOn(item: Dated, asOf: string): boolean {
  const from = firstDay(asOf);
  const to = lastDay(asOf);
  if (from === null || to === null) return false;
  if (item.start !== undefined) {
    const start = firstDay(item.start);
    if (start === null || to < start) return false;
  }
  if (item.end !== undefined) {
    const end = lastDay(item.end);
    if (end === null || from > end) return false;
  }
  return true;
}

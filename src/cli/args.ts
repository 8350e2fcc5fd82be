/**
 * Shared pieces of the command line: exit codes, usage errors, options and problems as printed.
 */
import { UNDATED_RULES, type UndatedRule } from '../model/held-together.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isDate } from '../model/dates.ts';
import type { RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type Problem, type RelationType } from '../model/format.ts';
import { isRelationType } from '../model/relation-types.ts';

/** Exit codes: success, a problem with the data or the question, a bad command line. */
export const EXIT = { ok: 0, problem: 1, usage: 2, missingBrowser: 3 } as const;

/** What a subcommand needs to talk to the world, so tests and the real process share one path. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * Where long work shows how far it has come, one line rewritten in place (null clears it);
   * absent when standard error is not a terminal, so that logs and pipes get no such lines.
   */
  progress?: (line: string | null) => void;
}

/** A bad command line: its message is printed with the subcommand's usage, exit 2. */
export class UsageError extends Error {}

/** Parses options strictly; an unknown option or a missing value is a UsageError. */
export function parseOptions<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Exactly one positional FILE argument. */
export function oneFile(positionals: string[]): string {
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `expected one FILE, got ${positionals.length}` : 'FILE is required');
  return positionals[0]!;
}

/** A comma list of relation types; an unknown one is a UsageError. */
export function typesOption(value: string | undefined): RelationType[] | undefined {
  if (value === undefined) return undefined;
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const type of types) {
    if (!isRelationType(type)) {
      throw new UsageError(`unknown relation type "${type}" in --types; use ${RELATION_TYPES.join(', ')}`);
    }
  }
  return types as RelationType[];
}

/** A date option; a malformed one is a UsageError. */
export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !isDate(value)) throw new UsageError(`${name} "${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** `--undated join|apart`: whether undated relations join dated ones in paths and triads; another value is a UsageError. */
export function undatedOption(value: string | undefined): UndatedRule | undefined {
  if (value === undefined) return undefined;
  const rule = UNDATED_RULES.find((r) => r === value);
  if (!rule) throw new UsageError(`--undated "${value}" is not one of ${UNDATED_RULES.join(', ')}`);
  return rule;
}

/** Options that take a value (`--out PATH`), by name, for `parseOptions`. */
export function valueOptions<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<K, { type: 'string' }>;
}

/** Options that are there or not (`--json`), by name, for `parseOptions`. */
export function flagOptions<K extends string>(...names: K[]): Record<K, { type: 'boolean' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'boolean' }])) as Record<K, { type: 'boolean' }>;
}

/** The options of every subcommand that filters relations, read by `filterOption`. */
export const FILTER_OPTIONS = { ...valueOptions('types', 'as-of', 'known-on'), ...flagOptions('possible') };

/** The values of FILTER_OPTIONS as parsed. */
export interface FilterValues {
  types?: string | undefined;
  'as-of'?: string | undefined;
  'known-on'?: string | undefined;
  possible?: boolean | undefined;
}

/**
 * The relation filter that --types, --as-of, --possible and --known-on ask for; a bad one is a
 * UsageError. --possible only means something with --as-of. Evidence without a date of its own
 * is read by its source's date once the filter meets the graph (`filterFor`).
 */
export function filterOption(values: FilterValues): RelationFilter {
  const filter: RelationFilter = {};
  const types = typesOption(values.types);
  if (types) filter.types = types;
  const asOf = dateOption(values['as-of'], '--as-of');
  if (asOf !== undefined) filter.asOf = asOf;
  if (values.possible) {
    if (asOf === undefined) {
      throw new UsageError('--possible takes in relations that possibly held at the --as-of date; give --as-of DATE');
    }
    filter.possible = true;
  }
  const knownOn = dateOption(values['known-on'], '--known-on');
  if (knownOn !== undefined) filter.knownOn = knownOn;
  return filter;
}

/** The dates a filter asks about, in words: "as of 2015-06, possible relations too, as known on 2016-01", or ''. */
export function filterDates(filter: RelationFilter): string {
  const parts: string[] = [];
  if (filter.asOf !== undefined) parts.push(`as of ${filter.asOf}${filter.possible ? ', possible relations too' : ''}`);
  if (filter.knownOn !== undefined) parts.push(`as known on ${filter.knownOn}`);
  return parts.join(', ');
}

/** A positive whole number option; anything else is a UsageError. */
export function countOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** Problems as printed: one line each, `path: message`. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const head = `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [head, ...problems.map((p) => `  ${p.path}: ${p.message}`)].join('\n');
}

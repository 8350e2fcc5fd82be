/**
 * Shared pieces of the command line: exit codes, usage errors, and reading a graph file.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Problem, RelationType } from '../model/format.ts';
import { RELATION_TYPES } from '../model/format.ts';
import { isDate } from '../model/dates.ts';
import { LIMITS, byteLimitProblem } from '../model/limits.ts';
import { parseDocument } from '../model/validate.ts';
import type { GraphDocument } from '../model/format.ts';

/** Exit codes: success, a problem with the data or the question, a bad command line. */
export const EXIT = { ok: 0, problem: 1, usage: 2, missingBrowser: 3 } as const;

/** What a subcommand needs to talk to the world, so tests and the real process share one path. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
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
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one FILE, got ${positionals.length}` : 'FILE is required');
  return positionals[0]!;
}

/** A comma list of relation types; an unknown one is a UsageError. */
export function typesOption(value: string | undefined): RelationType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const type of types) {
    if (!(RELATION_TYPES as readonly string[]).includes(type)) {
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

/** Most bytes a graph file may hold: three a character, the most UTF-8 takes for one. */
const BYTE_LIMIT = 3 * LIMITS.characters;

/**
 * The file's text, read a piece at a time and given up past `limit` bytes (null): a device such
 * as /dev/zero says it holds 0 bytes and never ends, so its size cannot be trusted.
 */
function readBounded(file: string, limit: number): string | null {
  const fd = openSync(file, 'r');
  try {
    const pieces: Buffer[] = [];
    let total = 0;
    const piece = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, piece, 0, piece.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) return null;
      pieces.push(Buffer.from(piece.subarray(0, n)));
    }
    return Buffer.concat(pieces, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads and checks a graph file: the document, or the problems (a missing file is one). */
export function readGraphFile(file: string): { ok: true; document: GraphDocument } | { ok: false; problems: Problem[] } {
  let text: string;
  try {
    // A file too large to be under the character limit is refused without being read.
    const tooLarge = byteLimitProblem(statSync(file).size);
    if (tooLarge) return { ok: false, problems: [{ path: '$', message: tooLarge }] };
    const read = readBounded(file, BYTE_LIMIT);
    if (read === null) {
      const message = `the file holds more than ${Math.round(BYTE_LIMIT / (1024 * 1024))} MB; the limit is ${LIMITS.characters.toLocaleString('en-US')} characters`;
      return { ok: false, problems: [{ path: '$', message }] };
    }
    text = read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : String(error);
    return { ok: false, problems: [{ path: '$', message: `cannot read ${file}: ${why}` }] };
  }
  return parseDocument(text);
}

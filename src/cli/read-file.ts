/**
 * Reading graph files for the command line, bounded in size and, for a pipe, in waiting, and
 * opened as one graph through openGraphFiles whatever their format.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import { OPEN_FORMATS, openGraphFiles, parseTypeMap } from '../io/open.ts';
import type { GraphFile, OpenOptions, OpenResult, TypeValue } from '../io/open.ts';
import type { GraphDocument, Problem } from '../model/format.ts';
import { MAX_BYTES, byteLimitProblem, passedBytesProblem } from '../model/limits.ts';
import { formatProblems, UsageError, valueOptions, type Io } from './args.ts';

/** Seconds a pipe may give nothing before the command gives up on it; documented in the README. */
export const WAIT_SECONDS = 10;

/** The environment variable that changes WAIT_SECONDS. */
export const WAIT_VARIABLE = 'ACTOR_GRAPH_WAIT';

/** A pipe that gave nothing for the whole wait: said in one line, exit 1. */
export class NothingToRead extends Error {}

const tooMuch = (): Problem => ({ path: '$', message: passedBytesProblem() });

/** What FILE… may be, for every command's usage. */
export const FILES_HELP = [
  'FILE… is one graph file (actor-graph JSON, GEXF, GraphML, or a CSV edge list of source,target[,type][,weight]),',
  "or CSV tables given together: actors.csv relations.csv [sources.csv] (our tables), or Kumu's elements.csv connections.csv.",
  'Tables are told apart by their names, else their headers. The format is read from the names, else the content;',
  `--from ${OPEN_FORMATS.join('|')} says it (paths: --from-format, its --from naming an actor).`,
  'Relation types are read from type, kind, relation or sign columns (ally → cooperation, enemy → hostility, alleged →',
  'contested…) or the sign of a weight; --type-map VALUE=TYPE,… says what other values mean (TYPE cooperation, hostility,',
  'contested, or omit to leave those relations out). How types were read is said on standard error.',
].join('\n');

/** The options of every command that reads a graph; paths names the format option --from-format. */
export const READ_OPTIONS = valueOptions('from', 'type-map');

/** The usage of READ_OPTIONS. */
export const READ_USAGE = '[--from FORMAT] [--type-map VALUE=TYPE,…]';

/** What --from (or --from-format) and --type-map ask for; a bad value is a UsageError. */
export interface ReadRequest {
  options: OpenOptions;
  /** --type-map as given, so that a hint can extend it. */
  typeMapText?: string;
}

/** The read request of the options as parsed; `formatFlag` names the format option in messages. */
export function readRequest(format: string | undefined, typeMap: string | undefined, formatFlag = '--from'): ReadRequest {
  const options: OpenOptions = {};
  if (format !== undefined) {
    const named = OPEN_FORMATS.find((f) => f === format.toLowerCase());
    if (!named) throw new UsageError(`${formatFlag} "${format}" is not one of ${OPEN_FORMATS.join(', ')}`);
    options.format = named;
  }
  if (typeMap === undefined) return { options };
  try {
    options.typeMap = parseTypeMap(typeMap);
  } catch (error) {
    throw new UsageError(`--type-map: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { options, typeMapText: typeMap };
}

/** One FILE or more, as positional arguments. */
export function graphFiles(positionals: string[]): string[] {
  if (positionals.length === 0) throw new UsageError('FILE is required');
  return positionals;
}

/** The files as named in messages: `a.json`, or `actors.csv, relations.csv`. */
export const filesLabel = (files: readonly string[]): string => files.join(', ');

/**
 * The document of graph files read as one, or null once its problems are printed (the command
 * then exits 1). How the files were read (types from words, relations left out…) goes to
 * standard error, each line naming the files.
 */
export async function readGraphOrReport(
  files: string | readonly string[],
  io: Io,
  request: ReadRequest = { options: {} },
): Promise<GraphDocument | null> {
  const list = typeof files === 'string' ? [files] : files;
  const label = filesLabel(list);
  const opened = await readGraphFiles(list, request.options);
  if (opened.ok) {
    for (const notice of opened.notices) io.err(`${label}: ${notice}`);
    return opened.document;
  }
  if (opened.unknownTypes?.length) io.err(unknownTypesHelp(label, opened.unknownTypes, request.typeMapText));
  else io.err(formatProblems(label, opened.problems));
  return null;
}

/** Reads graph files and opens them as one graph: the document, or the problems (a missing file is one). */
export async function readGraphFiles(files: readonly string[], options: OpenOptions = {}): Promise<OpenResult> {
  const given: GraphFile[] = [];
  const problems: Problem[] = [];
  for (const name of files) {
    const read = await readText(name);
    if (read.ok) given.push({ name, text: read.text });
    // Among several files, a problem that does not name its file says which it is.
    else
      problems.push(
        ...read.problems.map((p) => (files.length > 1 && !p.message.includes(name) ? { ...p, message: `${name}: ${p.message}` } : p)),
      );
  }
  if (problems.length) return { ok: false, problems };
  return openGraphFiles(given, options);
}

/** The values no rule reads, with how many relations carry each, and the flag that says what they mean. */
export function unknownTypesHelp(label: string, values: readonly TypeValue[], typeMapText?: string): string {
  const plural = (n: number) => `${n.toLocaleString('en-US')} relation${n === 1 ? '' : 's'}`;
  const width = Math.max(...values.map((v) => JSON.stringify(v.value).length));
  const lines = values.map(({ value, count }) => `  ${JSON.stringify(value).padEnd(width)}  ${plural(count)}`);
  const entries = values.map(({ value }) => `${value}=TYPE`);
  const flag = [typeMapText, ...entries].filter((part) => part !== undefined && part !== '').join(',');
  const one = values.length === 1;
  return [
    `${label}: ${values.length} relation type${one ? '' : 's'} not known (not cooperation, hostility or contested):`,
    ...lines,
    `Say what ${one ? 'it means' : 'each means'}, TYPE being cooperation, hostility, contested, or omit to leave those relations out:`,
    `  --type-map ${shellWord(flag)}`,
  ].join('\n');
}

/** A word the shell passes on as it is: quoted when it holds anything but plain characters. */
function shellWord(text: string): string {
  return /^[\w.,=+:@%/-]+$/u.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Reads a file's text, bounded: the text, or the problem (a missing file, a folder, too large). */
export async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  const waitSeconds = waitFromEnvironment();
  let text: string | null;
  try {
    const stats = statSync(file);
    // A file too large to be under the character limit is refused without being read.
    const tooLarge = byteLimitProblem(stats.size);
    if (tooLarge) return { ok: false, problems: [{ path: '$', message: tooLarge }] };
    text = stats.isFIFO() ? await readPipe(file, MAX_BYTES, waitSeconds) : readBounded(file, MAX_BYTES);
  } catch (error) {
    if (error instanceof NothingToRead) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : String(error);
    return { ok: false, problems: [{ path: '$', message: `cannot read ${file}: ${why}` }] };
  }
  if (text === null) return { ok: false, problems: [tooMuch()] };
  return { ok: true, text };
}

/** The wait from ACTOR_GRAPH_WAIT, else WAIT_SECONDS; anything but a number above 0 is a UsageError. */
function waitFromEnvironment(): number {
  const value = process.env[WAIT_VARIABLE];
  if (value === undefined || value === '') return WAIT_SECONDS;
  const seconds = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(seconds > 0))
    throw new UsageError(`${WAIT_VARIABLE} must be a number of seconds above 0, not "${value}"`);
  return seconds;
}

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

/**
 * A named pipe's text, or null past `limit` bytes. Opening a pipe for reading waits for a
 * writer, in a thread that nothing can interrupt and that holds the process open even past
 * process.exit; opened without waiting and read as a stream instead, the wait for a writer
 * and for data is the event loop's, and ends when the pipe gives nothing for `waitSeconds`.
 */
function readPipe(file: string, limit: number, waitSeconds: number): Promise<string | null> {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFIFO()) {
    // Replaced by another kind of file since it was looked at: read that as any file.
    closeSync(fd);
    return Promise.resolve(readBounded(file, limit));
  }
  return new Promise((resolve, reject) => {
    const pipe = new Socket({ fd, readable: true, writable: false });
    const pieces: Buffer[] = [];
    let total = 0;
    pipe.setTimeout(waitSeconds * 1000);
    pipe.on('timeout', () => {
      pipe.destroy();
      const what = total === 0 ? 'nothing to read' : `nothing more after ${total.toLocaleString('en-US')} bytes`;
      reject(new NothingToRead(`${file}: ${what} for ${waitSeconds} s (a pipe no program writes to?); gave up`));
    });
    pipe.on('data', (piece: Buffer) => {
      total += piece.length;
      if (total > limit) {
        pipe.destroy();
        resolve(null);
      } else pieces.push(piece);
    });
    pipe.on('end', () => resolve(Buffer.concat(pieces, total).toString('utf8')));
    pipe.on('error', reject);
  });
}

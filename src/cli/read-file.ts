/**
 * Reading a graph file for the command line, bounded in size and, for a pipe, in waiting.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import type { GraphDocument, Problem } from '../model/format.ts';
import { MAX_BYTES, byteLimitProblem, passedBytesProblem } from '../model/limits.ts';
import { parseDocument } from '../model/validate.ts';
import { formatProblems, UsageError, type Io } from './args.ts';

/** Seconds a pipe may give nothing before the command gives up on it; documented in the README. */
export const WAIT_SECONDS = 10;

/** The environment variable that changes WAIT_SECONDS. */
export const WAIT_VARIABLE = 'ACTOR_GRAPH_WAIT';

/** A pipe that gave nothing for the whole wait: said in one line, exit 1. */
export class NothingToRead extends Error {}

const tooMuch = (): Problem => ({ path: '$', message: passedBytesProblem() });

/** The document of a graph file, or null once its problems are printed (the command then exits 1). */
export async function readGraphOrReport(file: string, io: Io): Promise<GraphDocument | null> {
  const loaded = await readGraphFile(file);
  if (loaded.ok) return loaded.document;
  io.err(formatProblems(file, loaded.problems));
  return null;
}

/** Reads and checks a graph file: the document, or the problems (a missing file is one). */
export async function readGraphFile(file: string): Promise<{ ok: true; document: GraphDocument } | { ok: false; problems: Problem[] }> {
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
  return parseDocument(text);
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

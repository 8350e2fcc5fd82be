/**
 * How `convert` and `merge` end: the output format from a flag or from OUT's name, and the
 * graph written, unless that would overwrite a file read, after saying what the format could
 * not hold (found by reading the new files back).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { toEdgeMode, type EdgeMode } from '../io/edge-modes.ts';
import { openGraphFiles } from '../io/open.ts';
import type { GraphDocument } from '../model/format.ts';
import { EXIT, type Io, UsageError } from './args.ts';
import { carriedOver } from './carried-over.ts';
import { contentLine, dataFiles, listed, WRITE_FORMATS, WRITE_LABELS, type WriteFormat, writeFiles } from './write-data.ts';

/** Endings that name an output format; CSV tables go beside a base name or into a folder. */
const ENDINGS: ReadonlyArray<[string, WriteFormat]> = [
  ['.json', 'json'],
  ['.gexf', 'gexf'],
  ['.graphml', 'graphml'],
  ['.csv', 'csv'],
];

/** How a command names its format flag and its output in messages: `--to` and `OUT`, or `--format` and `--out`. */
export interface OutNames {
  flag: string;
  out: string;
}

/** The format the flag names, or the one `out`'s name ends in (a folder takes CSV tables); a UsageError otherwise. */
export function outputFormat(named: string | undefined, out: string, names: OutNames): WriteFormat {
  if (named !== undefined) {
    const format = WRITE_FORMATS.find((f) => f === named.toLowerCase());
    if (!format) throw new UsageError(`${names.flag} "${named}" is not one of ${WRITE_FORMATS.join(', ')}`);
    return format;
  }
  const name = out.toLowerCase();
  const ending = ENDINGS.find(([end]) => name.endsWith(end));
  if (ending) return ending[1];
  if (/[\\/]$/.test(out) || isFolder(out)) return 'csv';
  throw new UsageError(
    `${names.flag} is required (one of ${WRITE_FORMATS.join(', ')}) when ${names.out} does not end in .json, .gexf, .graphml or .csv`,
  );
}

/** Where and how `writeGraph` writes. */
export interface WriteRequest {
  format: WriteFormat;
  out: string;
  edges: EdgeMode;
  /** The files read, never to be written over. */
  inputs: readonly string[];
  /** Said once the files are known to be writable, before anything else is said (merge's report). */
  beforeWriting?: () => void;
}

/**
 * Writes `document` as `request` says and says what was written on standard output, and on
 * standard error what the format could not hold; refuses, with exit 1, to write over a file read.
 */
export function writeGraph(command: string, document: GraphDocument, request: WriteRequest, io: Io, names: OutNames): number {
  const { format, out, edges } = request;
  const written = toEdgeMode(document, edges);
  const files = dataFiles(written, format, out);
  const inputs = new Set(request.inputs.map((file) => resolve(file)));
  const clash = files.find((file) => inputs.has(resolve(file.name)));
  if (clash) {
    io.err(`actor-graph ${command}: ${clash.name} is one of the files read; name another ${names.out}`);
    return EXIT.problem;
  }
  request.beforeWriting?.();
  const back = openGraphFiles(files, { format });
  if (!back.ok) {
    const why = back.problems[0]?.message ?? '';
    io.err(`actor-graph ${command}: ${listed(files.map((f) => f.name))} could not be read back to check it: ${why}`);
  } else {
    const lost = carriedOver(document, back.document);
    if (lost.length) io.err([`Not carried over into ${WRITE_LABELS[format]}:`, ...lost.map((line) => `  - ${line}`)].join('\n'));
  }
  writeFiles(files);
  io.out(`Wrote ${listed(files.map((f) => f.name))} (${WRITE_LABELS[format]}, ${contentLine(document, written, edges)}).`);
  return EXIT.ok;
}

/** True when `path` is a folder that exists. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

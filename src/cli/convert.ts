/**
 * `actor-graph convert IN… OUT`: a graph file (or CSV tables) written in another format, each
 * format taken from the names unless `--from` and `--to` say, the edges as `--edges` says. What
 * the new file cannot hold is worked out by reading it back (see carried-over.ts) and said on
 * standard error; the file is written all the same.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EDGE_MODES, toEdgeMode } from '../io/edge-modes.ts';
import { openGraphFiles } from '../io/open.ts';
import { EXIT, type Io, parseOptions, UsageError, valueOptions } from './args.ts';
import { carriedOver } from './carried-over.ts';
import { edgesOption } from './export.ts';
import { FILES_HELP, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';
import {
  contentLine,
  dataFiles,
  EDGES_HELP,
  listed,
  OUT_HELP,
  WRITE_FORMATS,
  WRITE_LABELS,
  type WriteFormat,
  writeFiles,
} from './write-data.ts';

/** What IN…, OUT and --edges mean, under the usage. */
export const help = [
  FILES_HELP.replace(/^FILE…/, 'IN…'),
  OUT_HELP,
  EDGES_HELP,
  'What OUT cannot hold (evidence and dates in an edge list, the title in CSV tables…) is found by reading OUT back, and\n' +
    'listed on standard error; --title names a graph whose files have no title (CSV tables, edge lists).',
].join('\n\n');

export const usage =
  `actor-graph convert IN… OUT [--to ${WRITE_FORMATS.join('|')}] [--edges ${EDGE_MODES.join('|')}] [--title TEXT] ` + READ_USAGE;

/** Endings that name an output format; CSV tables go beside a base name or into a folder. */
const ENDINGS: ReadonlyArray<[string, WriteFormat]> = [
  ['.json', 'json'],
  ['.gexf', 'gexf'],
  ['.graphml', 'graphml'],
  ['.csv', 'csv'],
];

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...READ_OPTIONS, ...valueOptions('to', 'edges', 'title') });
  if (positionals.length < 2) throw new UsageError(positionals.length ? 'OUT is required after IN' : 'IN and OUT are required');
  const ins = positionals.slice(0, -1);
  const out = positionals.at(-1)!;
  const format = outFormat(values.to, out);
  const edges = edgesOption(values.edges);
  const read = readRequest(values.from, values['type-map']);
  if (values.title !== undefined) read.options.title = values.title;

  const document = await readGraphOrReport(ins, io, read);
  if (!document) return EXIT.problem;
  const written = toEdgeMode(document, edges);
  const files = dataFiles(written, format, out);
  const inputs = new Set(ins.map((file) => resolve(file)));
  const clash = files.find((file) => inputs.has(resolve(file.name)));
  if (clash) {
    io.err(`actor-graph convert: ${clash.name} is one of the files read; name another OUT`);
    return EXIT.problem;
  }

  const back = openGraphFiles(files, { format: format === 'edge-list' ? 'edge-list' : format });
  if (!back.ok) {
    io.err(
      `actor-graph convert: ${listed(files.map((f) => f.name))} could not be read back to check it: ${back.problems[0]?.message ?? ''}`,
    );
  } else {
    const lost = carriedOver(document, back.document);
    if (lost.length) io.err([`Not carried over into ${WRITE_LABELS[format]}:`, ...lost.map((line) => `  - ${line}`)].join('\n'));
  }
  writeFiles(files);
  io.out(`Wrote ${listed(files.map((f) => f.name))} (${WRITE_LABELS[format]}, ${contentLine(document, written, edges)}).`);
  return EXIT.ok;
}

/** The format `--to` names, or the one OUT's name ends in (a folder takes CSV tables). */
function outFormat(named: string | undefined, out: string): WriteFormat {
  if (named !== undefined) {
    const format = WRITE_FORMATS.find((f) => f === named.toLowerCase());
    if (!format) throw new UsageError(`--to "${named}" is not one of ${WRITE_FORMATS.join(', ')}`);
    return format;
  }
  const name = out.toLowerCase();
  const ending = ENDINGS.find(([end]) => name.endsWith(end));
  if (ending) return ending[1];
  if (/[\\/]$/.test(out) || isFolder(out)) return 'csv';
  throw new UsageError(`--to is required (one of ${WRITE_FORMATS.join(', ')}) when OUT does not end in .json, .gexf, .graphml or .csv`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

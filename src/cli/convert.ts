/**
 * `actor-graph convert IN… OUT`: a graph file (or CSV tables) written in another format, each
 * format taken from the names unless `--from` and `--to` say, the edges as `--edges` says. What
 * the new file cannot hold is worked out by reading it back (see carried-over.ts) and said on
 * standard error; the file is written all the same.
 */
import { EDGE_MODES } from '../io/edge-modes.ts';
import { EXIT, type Io, parseOptions, UsageError, valueOptions } from './args.ts';
import { edgesOption } from './export.ts';
import { FILES_HELP, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';
import { EDGES_HELP, OUT_HELP, WRITE_FORMATS } from './write-data.ts';
import { outputFormat, writeGraph, type OutNames } from './write-out.ts';

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

const NAMES: OutNames = { flag: '--to', out: 'OUT' };

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...READ_OPTIONS, ...valueOptions('to', 'edges', 'title') });
  if (positionals.length < 2) throw new UsageError(positionals.length ? 'OUT is required after IN' : 'IN and OUT are required');
  const ins = positionals.slice(0, -1);
  const out = positionals.at(-1)!;
  const format = outputFormat(values.to, out, NAMES);
  const edges = edgesOption(values.edges);
  const read = readRequest(values.from, values['type-map']);
  if (values.title !== undefined) read.options.title = values.title;

  const document = await readGraphOrReport(ins, io, read);
  if (!document) return EXIT.problem;
  return writeGraph('convert', document, { format, out, edges, inputs: ins }, io, NAMES);
}

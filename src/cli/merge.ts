/**
 * `actor-graph merge A B… --out PATH`: several graphs as one, written in the format PATH ends in
 * (or `--format`), with what matched, what was added and what conflicts printed to standard
 * error. The first graph is the base: its title and its ids come first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EDGE_MODES, toEdgeMode } from '../io/edge-modes.ts';
import { openGraphFiles } from '../io/open.ts';
import type { GraphDocument } from '../model/format.ts';
import { describeMerge, mergeDocuments } from '../model/merge.ts';
import { validateDocument } from '../model/validate.ts';
import { EXIT, formatProblems, type Io, parseOptions, UsageError, valueOptions } from './args.ts';
import { carriedOver } from './carried-over.ts';
import { edgesOption } from './export.ts';
import { filesLabel, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';
import {
  contentLine,
  csvPaths,
  dataFiles,
  EDGES_HELP,
  listed,
  OUT_HELP,
  WRITE_FORMATS,
  WRITE_LABELS,
  type WriteFormat,
  writeFiles,
} from './write-data.ts';

export const usage =
  `actor-graph merge GRAPH GRAPH… --out PATH [--format ${WRITE_FORMATS.join('|')}] [--edges ${EDGE_MODES.join('|')}] [--title TEXT] ` +
  READ_USAGE;

/** What GRAPH, the matching and the report are, under the usage. */
export const help = [
  [
    'Each GRAPH is one graph file (actor-graph JSON, GEXF, GraphML, a CSV edge list), or CSV tables given as their folder or',
    'as the base name they were written beside (out/graph.csv for out/graph.actors.csv…). --from and --type-map apply to all.',
  ].join('\n'),
  [
    'Actors are one when they have the same id and a name in common, the same label, or any name (label or alias) in',
    'common, ignoring case, accents and a leading "the"; sources when they have the same URL or title. Relations with the',
    'same ends, type, direction and dates are one, their evidence united. A relation of another type between the same',
    'actors at the same time is kept and reported as a conflict. An id a later graph gives to something else is renamed',
    '(taliban-2). The first graph is the base: its title (unless --title), ids and values come first.',
  ].join('\n'),
  OUT_HELP.replace(/\bOUT\b/g, 'PATH'),
  EDGES_HELP,
].join('\n\n');

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...READ_OPTIONS, ...valueOptions('out', 'format', 'edges', 'title') });
  if (positionals.length < 2) throw new UsageError(`expected two GRAPHs or more to merge, got ${positionals.length || 'none'}`);
  const out = values.out;
  if (out === undefined || out === '') throw new UsageError('--out PATH is required');
  const format = formatOf(values.format, out);
  const edges = edgesOption(values.edges);
  const read = readRequest(values.from, values['type-map']);

  // Every graph is read, so that one run names every file with problems.
  const groups = positionals.map(filesOf);
  const documents: (GraphDocument | null)[] = [];
  for (const group of groups) documents.push(await readGraphOrReport(group, io, read));
  if (documents.some((document) => document === null)) return EXIT.problem;

  const { document, report } = mergeDocuments(documents as GraphDocument[], values.title === undefined ? {} : { title: values.title });
  // Graphs each within the limits may pass them together.
  const checked = validateDocument(document);
  if (!checked.ok) {
    io.err(formatProblems('the merged graph', checked.problems));
    return EXIT.problem;
  }
  const written = toEdgeMode(document, edges);
  const files = dataFiles(written, format, out);
  const inputs = new Set(groups.flat().map((file) => resolve(file)));
  const clash = files.find((file) => inputs.has(resolve(file.name)));
  if (clash) {
    io.err(`actor-graph merge: ${clash.name} is one of the files read; name another --out`);
    return EXIT.problem;
  }
  for (const line of describeMerge(report, groups.map(filesLabel))) io.err(line);
  const back = openGraphFiles(files, { format });
  if (back.ok) {
    const lost = carriedOver(document, back.document);
    if (lost.length) io.err([`Not carried over into ${WRITE_LABELS[format]}:`, ...lost.map((line) => `  - ${line}`)].join('\n'));
  }
  writeFiles(files);
  io.out(`Wrote ${listed(files.map((f) => f.name))} (${WRITE_LABELS[format]}, ${contentLine(document, written, edges)}).`);
  return EXIT.ok;
}

/** The format named, or the one `out`'s name ends in; a folder takes CSV tables. */
function formatOf(named: string | undefined, out: string): WriteFormat {
  if (named !== undefined) {
    const format = WRITE_FORMATS.find((f) => f === named.toLowerCase());
    if (!format) throw new UsageError(`--format "${named}" is not one of ${WRITE_FORMATS.join(', ')}`);
    return format;
  }
  const name = out.toLowerCase();
  const format = WRITE_FORMATS.find((f) => name.endsWith(`.${f}`));
  if (format) return format;
  if (/[\\/]$/.test(out) || isFolder(out)) return 'csv';
  throw new UsageError(
    `--format is required (one of ${WRITE_FORMATS.join(', ')}) when --out does not end in .json, .gexf, .graphml or .csv`,
  );
}

/**
 * The files of one GRAPH argument: a folder's CSV tables, the tables export wrote beside a base
 * name (out/graph.csv or out/graph for out/graph.actors.csv…), or the file itself.
 */
function filesOf(arg: string): string[] {
  if (isFolder(arg)) {
    const tables = readdirSync(arg)
      .filter((name) => /\.(csv|tsv)$/i.test(name))
      .sort()
      .map((name) => join(arg, name));
    return tables.length ? tables : [arg];
  }
  if (exists(arg)) return [arg];
  const beside = Object.values(csvPaths(arg)).filter(exists);
  return beside.length ? beside : [arg];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

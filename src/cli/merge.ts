/**
 * `actor-graph merge A B… --out PATH`: several graphs as one, written in the format PATH ends in
 * (or `--format`), with what matched, what was added and what conflicts printed to standard
 * error. The first graph is the base: its title and its ids come first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EDGE_MODES } from '../io/edge-modes.ts';
import type { GraphDocument } from '../model/format.ts';
import { describeMerge, mergeDocuments } from '../model/merge.ts';
import { validateDocument } from '../model/validate.ts';
import { EXIT, formatProblems, type Io, parseOptions, UsageError, valueOptions } from './args.ts';
import { edgesOption } from './export.ts';
import { filesLabel, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';
import { csvPaths, EDGES_HELP, OUT_HELP, WRITE_FORMATS } from './write-data.ts';
import { isFolder, outputFormat, writeGraph, type OutNames } from './write-out.ts';

const NAMES: OutNames = { flag: '--format', out: '--out' };

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
  const format = outputFormat(values.format, out, NAMES);
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
  const inputs = groups.flat();
  const beforeWriting = () => describeMerge(report, groups.map(filesLabel)).forEach((line) => io.err(line));
  return writeGraph('merge', document, { format, out, edges, inputs, beforeWriting }, io, NAMES);
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

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `actor-graph merge A B… --out FILE`: several graph files as one, written in the format
 * `--out`'s name ends in (or `--format`), with what matched, what was added and what conflicts
 * printed to standard error. The first file is the base: its title and its ids come first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FORMATS, writeCsv, type FormatName } from '../io/index.ts';
import type { GraphDocument } from '../model/format.ts';
import { describeMerge, mergeDocuments } from '../model/merge.ts';
import { validateDocument } from '../model/validate.ts';
import { EXIT, formatProblems, type Io, parseOptions, UsageError, valueOptions } from './args.ts';
import { csvPaths } from './export.ts';
import { readGraphOrReport } from './read-file.ts';

export const usage = 'actor-graph merge FILE FILE… --out PATH [--format json|gexf|graphml|csv] [--title TEXT]';

const OUT_FORMATS = Object.keys(FORMATS) as FormatName[];

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, valueOptions('out', 'format', 'title'));
  if (positionals.length < 2)
    throw new UsageError(`expected two FILEs or more to merge, got ${positionals.length ? positionals.length : 'none'}`);
  const out = values.out;
  if (out === undefined || out === '') throw new UsageError('--out PATH is required');
  const format = formatOf(values.format, out);

  // Every file is read, so that one run names every file with problems.
  const documents: (GraphDocument | null)[] = [];
  for (const file of positionals) documents.push(await readGraphOrReport(file, io));
  if (documents.some((document) => document === null)) return EXIT.problem;

  const { document, report } = mergeDocuments(documents as GraphDocument[], values.title === undefined ? {} : { title: values.title });
  // Each file within the limits does not make their sum so.
  const checked = validateDocument(document);
  if (!checked.ok) {
    io.err(formatProblems('the merged graph', checked.problems));
    return EXIT.problem;
  }
  for (const line of describeMerge(report, positionals)) io.err(line);
  const written = write(document, format, out);
  io.out(`Wrote ${written} (${FORMATS[format].label}, ${document.actors.length} actors, ${document.relations.length} relations).`);
  return EXIT.ok;
}

/** The format named, or the one `out`'s name ends in. */
function formatOf(named: string | undefined, out: string): FormatName {
  if (named !== undefined) {
    const format = OUT_FORMATS.find((name) => name === named.toLowerCase());
    if (!format) throw new UsageError(`unknown format "${named}"; use one of ${OUT_FORMATS.join(', ')}`);
    return format;
  }
  const name = out.toLowerCase();
  const format = OUT_FORMATS.find((f) => FORMATS[f].extensions.some((ext) => name.endsWith(ext)));
  if (format) return format;
  throw new UsageError(`--format is required (one of ${OUT_FORMATS.join(', ')}) when --out does not end in one`);
}

/** Writes the document; the files written, as a person reads them. */
function write(document: GraphDocument, format: FormatName, out: string): string {
  if (format !== 'csv') {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, FORMATS[format].write(document) as string);
    return out;
  }
  const files = writeCsv(document);
  const written: string[] = [];
  for (const [table, path] of Object.entries(csvPaths(out))) {
    // A document without a sources list has no sources table.
    const text = files[`${table}.csv` as keyof typeof files];
    if (text === undefined) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  return `${written.slice(0, -1).join(', ')} and ${written.at(-1)}`;
}

/**
 * `actor-graph export FILE… --format F --out PATH …`: an image of the graph (png, jpg, svg) drawn
 * by the real `<actor-graph>` in headless Chromium, or the data in another format (json, gexf,
 * graphml, csv) written in Node, its edges as `--edges` says (see edge-modes.ts).
 *
 * `--types`, `--as-of`, `--possible` and `--known-on` filter both: images show only the
 * relations that pass, possible ones drawn apart (as the view does), data files hold only those
 * relations (every actor and source stays).
 *
 * CSV is three files (see write-data.ts). `--out DIR/` (an existing folder, or a path ending in `/`) writes
 * DIR/actors.csv, DIR/relations.csv and DIR/sources.csv; `--out out/graph.csv` (or `out/graph`)
 * writes out/graph.actors.csv, out/graph.relations.csv and out/graph.sources.csv.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EDGE_MODES, type EdgeMode, toEdgeMode } from '../io/edge-modes.ts';
import { FORMATS } from '../io/index.ts';
import { relationPasses, withSourceDates, type RelationFilter } from '../model/filter.ts';
import type { GraphDocument } from '../model/format.ts';
import { IMAGE_FORMATS, MAX_SCALE, MIN_SCALE, type ImageExportOptions, type ImageFormat } from '../view/export-options.ts';
import { EXIT, FILTER_OPTIONS, filterOption, flagOptions, type Io, parseOptions, UsageError, valueOptions } from './args.ts';
import { FILES_HELP, graphFiles, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';
import { findChromium, installHint } from './render.ts';
import { contentLine, dataFiles, EDGES_HELP, listed, OUT_HELP, writeFiles } from './write-data.ts';

/** Where CSV tables go, for the commands and tests that name them. */
export { csvPaths } from './write-data.ts';

/** What FILE…, --out and --edges mean, under the usage. */
export const help = [FILES_HELP, OUT_HELP, EDGES_HELP].join('\n\n');

export const usage =
  'actor-graph export FILE… --format png|jpg|svg|json|gexf|graphml|csv --out PATH [--scale N] [--width W] [--height H] [--full] ' +
  '[--no-legend] [--caption TEXT] [--background COLOUR] [--theme light|dark] [--types LIST] [--as-of DATE [--possible]] [--known-on DATE] ' +
  `[--edges ${EDGE_MODES.join('|')}] ${READ_USAGE}`;

const DATA_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
type DataFormat = (typeof DATA_FORMATS)[number];
const ALL_FORMATS: readonly string[] = [...IMAGE_FORMATS, ...DATA_FORMATS];
const IMAGE_ONLY = ['scale', 'width', 'height', 'full', 'no-legend', 'caption', 'background', 'theme'] as const;

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ...FILTER_OPTIONS,
    ...READ_OPTIONS,
    ...valueOptions('edges', 'format', 'out', 'scale', 'width', 'height', 'caption', 'background', 'theme'),
    ...flagOptions('full', 'no-legend'),
  });
  const files = graphFiles(positionals);
  const read = readRequest(values.from, values['type-map']);
  const out = values.out;
  if (out === undefined || out === '') throw new UsageError('--out PATH is required');
  const format = formatOf(values.format, out);
  const filter = filterOption(values);

  if (!(IMAGE_FORMATS as readonly string[]).includes(format)) {
    const misplaced = IMAGE_ONLY.filter((name) => values[name] !== undefined);
    if (misplaced.length) throw new UsageError(`--${misplaced[0]} applies to images (png, jpg, svg), not ${format}`);
  }
  const image = (IMAGE_FORMATS as readonly string[]).includes(format) ? imageOptions(values, format as ImageFormat) : null;
  if (image && values.edges !== undefined) throw new UsageError(`--edges applies to data (${DATA_FORMATS.join(', ')}), not ${format}`);
  const edges = edgesOption(values.edges);

  const document = await readGraphOrReport(files, io, read);
  if (!document) return EXIT.problem;

  if (!image) return writeData(filterDocument(document, filter), format as DataFormat, out, edges, io);

  const browser = findChromium();
  if (!browser.found) {
    io.err(`actor-graph export: ${installHint(browser.why)}`);
    return EXIT.missingBrowser;
  }
  const { renderImage } = await import('./render.ts');
  const result = await renderImage(document, {
    ...image,
    types: filter.types ? filter.types.join(',') : null,
    asOf: filter.asOf ?? null,
    knownOn: filter.knownOn ?? null,
    possible: filter.possible === true,
    chromium: browser.path,
    notice: (text) => io.err(`actor-graph export: ${text}`),
  });
  if (!result.ok) {
    io.err(`actor-graph export: ${result.message}`);
    return EXIT.problem;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.bytes);
  io.out(`Wrote ${out} (${format.toUpperCase()}, ${result.bytes.length} bytes).`);
  return EXIT.ok;
}

/** `--edges mixed|directed|undirected`: how the edges of a data file are directed; another value is a UsageError. */
export function edgesOption(value: string | undefined): EdgeMode {
  if (value === undefined) return 'mixed';
  const mode = EDGE_MODES.find((m) => m === value.toLowerCase());
  if (!mode) throw new UsageError(`--edges "${value}" is not one of ${EDGE_MODES.join(', ')}`);
  return mode;
}

/** The format named, or the one the output's name ends in. */
function formatOf(named: string | undefined, out: string): string {
  if (named !== undefined) {
    const format = named.toLowerCase() === 'jpeg' ? 'jpg' : named.toLowerCase();
    if (!ALL_FORMATS.includes(format)) throw new UsageError(`unknown format "${named}"; use one of ${ALL_FORMATS.join(', ')}`);
    return format;
  }
  const ending = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  const format = ending === 'jpeg' ? 'jpg' : ending;
  if (format && ALL_FORMATS.includes(format)) return format;
  throw new UsageError(`--format is required (one of ${ALL_FORMATS.join(', ')}) when --out does not end in one`);
}

function number(value: string | undefined, name: string, min: number, max: number, whole: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
    throw new UsageError(`${name} must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

function imageOptions(values: Record<string, string | boolean | undefined>, format: ImageFormat) {
  const scale = number(values.scale as string | undefined, '--scale', MIN_SCALE, MAX_SCALE, false);
  const width = number(values.width as string | undefined, '--width', 200, 8000, true) ?? 1200;
  const height = number(values.height as string | undefined, '--height', 150, 8000, true) ?? 800;
  const theme = (values.theme as string | undefined) ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new UsageError(`--theme must be light or dark, not "${theme}"`);
  const colorScheme: 'light' | 'dark' = theme;
  // The view at --width × --height, fitted: the image is that wide; --full crops the whole graph at zoom 1.
  const options: ImageExportOptions = { format, full: values.full === true, legend: values['no-legend'] !== true };
  if (scale !== undefined) options.scale = scale;
  if (values.caption !== undefined) options.caption = values.caption;
  if (values.background !== undefined) options.background = values.background as string;
  return { width, height, colorScheme, options };
}

/**
 * The document with only the relations that pass the filter, evidence without a date read by
 * its source's date; actors and sources all stay.
 */
export function filterDocument(document: GraphDocument, filter: RelationFilter): GraphDocument {
  if (!filter.types && filter.asOf === undefined && filter.knownOn === undefined) return document;
  const resolved = withSourceDates(filter, document.sources);
  return { ...document, relations: document.relations.filter((relation) => relationPasses(relation, resolved)) };
}

/** Writes the data file(s) and says what was written. */
function writeData(document: GraphDocument, format: DataFormat, out: string, edges: EdgeMode, io: Io): number {
  const written = toEdgeMode(document, edges);
  const files = dataFiles(written, format, out);
  writeFiles(files);
  const what = format === 'csv' ? '' : `${FORMATS[format].label}, `;
  io.out(`Wrote ${listed(files.map((f) => f.name))} (${what}${contentLine(document, written, edges)}).`);
  return EXIT.ok;
}

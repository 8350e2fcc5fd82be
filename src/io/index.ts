/**
 * The file formats actor-graph reads and writes, and a guess at which one a file is.
 * docs/formats.md describes how each one maps the data.
 */
import type { GraphDocument, ValidationResult } from '../model/format.ts';
import { csvMeta, csvTableOf, readCsv, writeCsv } from './csv.ts';
import type { CsvFiles, CsvTables } from './csv.ts';
import { looksLikeGexf, readGexf, writeGexf } from './gexf.ts';
import { looksLikeGraphml, readGraphml, writeGraphml } from './graphml.ts';
import { readJson, writeJson } from './json.ts';
import { OPEN_FORMATS, fileKind, openGraphFiles, parseTypeMap } from './open.ts';
import type { GraphFile, OpenFormat, OpenOptions, OpenResult, TypeValue } from './open.ts';

/** Every reader and writer, from one place. */
export { csvMeta, csvTableOf, readCsv, readGexf, readGraphml, readJson, writeCsv, writeGexf, writeGraphml, writeJson };
export type { CsvFiles, CsvTables };
/** The one entry that opens any set of files (see open.ts). */
export { OPEN_FORMATS, fileKind, openGraphFiles, parseTypeMap };
export type { GraphFile, OpenFormat, OpenOptions, OpenResult, TypeValue };

/** The name of a format in FORMATS. */
export type FormatName = 'json' | 'gexf' | 'graphml' | 'csv';

interface FormatBase {
  name: FormatName;
  /** What people call it. */
  label: string;
  /** File name endings, with the dot, the first being the one to write. */
  extensions: readonly string[];
  mediaType: string;
  /** Whether write → read gives back an equal document. */
  lossless: boolean;
}

/** A format of one file of text. */
export interface TextFormat extends FormatBase {
  files: 'one';
  write(document: GraphDocument): string;
  /** Reads a file; `title` names a document whose file has no title (JSON ignores it). Never throws. */
  read(text: string, options?: { title?: string }): ValidationResult;
}

/** CSV: several tables, plus the document-level fields given separately (see csvMeta). */
export interface TableFormat extends FormatBase {
  files: 'tables';
  write(document: GraphDocument): CsvFiles;
  read(tables: CsvTables, meta?: Record<string, unknown>): ValidationResult;
}

/** An entry of FORMATS. */
export type Format = TextFormat | TableFormat;

/** Every format, in the order a menu lists them. */
export const FORMATS: Readonly<Record<FormatName, Format>> = {
  json: {
    name: 'json',
    label: 'actor-graph JSON',
    extensions: ['.json'],
    mediaType: 'application/json',
    lossless: true,
    files: 'one',
    write: writeJson,
    read: (text) => readJson(text),
  },
  gexf: {
    name: 'gexf',
    label: 'GEXF (Gephi)',
    extensions: ['.gexf'],
    mediaType: 'application/gexf+xml',
    lossless: true,
    files: 'one',
    write: writeGexf,
    read: readGexf,
  },
  graphml: {
    name: 'graphml',
    label: 'GraphML',
    extensions: ['.graphml'],
    mediaType: 'application/graphml+xml',
    lossless: true,
    files: 'one',
    write: writeGraphml,
    read: readGraphml,
  },
  csv: {
    name: 'csv',
    label: 'CSV tables (spreadsheets)',
    extensions: ['.csv'],
    mediaType: 'text/csv',
    lossless: true,
    files: 'tables',
    write: (document) => writeCsv(document),
    read: readCsv,
  },
};

/**
 * The format of a file, from its name's ending, else from its first characters; undefined when
 * neither tells. For CSV, `csvTableOf` says which table a file is.
 */
export function detectFormat(fileName: string, text: string): FormatName | undefined {
  const name = fileName.toLowerCase();
  for (const format of Object.values(FORMATS)) if (format.extensions.some((ext) => name.endsWith(ext))) return format.name;
  // The start is enough, and copying all of a file that may be over the size limit is not.
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    if (looksLikeGexf(head)) return 'gexf';
    if (looksLikeGraphml(head)) return 'graphml';
    return undefined;
  }
  // A header row naming an id or the two ends of a relation.
  const header = head.split(/\r\n|\n|\r/, 1)[0]?.toLowerCase() ?? '';
  if (/[,;\t]/.test(header) && /(^|[,;\t])"?(id|source|target)"?([,;\t]|$)/.test(header)) return 'csv';
  return undefined;
}

/**
 * CSV, for spreadsheets: three tables, RFC 4180 quoting (papaparse), CRLF line ends, and a
 * UTF-8 byte order mark so that Excel reads accents and quotes right.
 *
 * - actors.csv: id, label, kind, description, aliases, x, y (only when some actor has a position), extra
 * - relations.csv: id, source, target, type, directed, label, start, end, startBound, endBound,
 *   note, extra, evidence_source, evidence_locator, evidence_quote, evidence_claimant,
 *   evidence_date, evidence_note, evidence_extra: one row per piece of evidence, the relation's columns repeated on each, so
 *   every quote sits in a cell of its own and rows can be sorted and filtered; a relation
 *   without evidence has one row with the evidence columns empty.
 * - sources.csv: id, title, author, publisher, date, url, text, extra
 *
 * An empty cell means the field is absent. `aliases` are joined with `|`; a `|` or `\` inside
 * an alias is escaped with `\`. `extra` holds, as a JSON object, the fields that have no column
 * and the values a cell cannot show: an empty text or an empty list.
 *
 * Formula neutralising: a cell whose text starts with `=`, `+`, `-`, `@`, tab or carriage return
 * (after any number of `'`) is written with one `'` in front, so a spreadsheet shows it as text
 * instead of running it; the reader removes exactly that one `'` again.
 *
 * The document's title, description, unknown fields and version (when it is not plain version 1;
 * see versions.ts) have no table: `csvMeta` gives them and `readCsv` takes them back.
 */
import Papa from 'papaparse';
import type { GraphDocument, Problem, ValidationResult } from '../model/format.ts';
import { jsonPath } from '../model/json.ts';
import { neutralize, parseTable, restore } from './csv-table.ts';
import type { Parsed, Row } from './csv-table.ts';
import {
  ACTOR_FIELDS,
  DOCUMENT_FIELDS,
  POSITION_FIELDS,
  EVIDENCE_FIELDS,
  RELATION_FIELDS,
  SOURCE_FIELDS,
  Cells,
  assemble,
  buildActor,
  buildPlain,
  buildRelation,
  cell,
  extraFields,
  guard,
  has,
  hasPositions,
  setField,
} from './fields.ts';
import type { Fields } from './fields.ts';
import { placed } from './json-values.ts';
import type { RelationTyping } from './relation-typing.ts';
import { statedVersion } from './versions.ts';

/**
 * The columns of each table, in writing order: the fields with a slot of their own, then `extra`
 * (the rest as JSON); a relation's row also carries one piece of its evidence, `evidence_*`.
 */
export const CSV_COLUMNS: Readonly<Record<'actors' | 'relations' | 'sources', readonly string[]>> = {
  actors: [...ACTOR_FIELDS, 'extra'],
  relations: [
    ...RELATION_FIELDS.filter((field) => field !== 'evidence'),
    'extra',
    ...[...EVIDENCE_FIELDS, 'extra'].map((field) => `evidence_${field}`),
  ],
  sources: [...SOURCE_FIELDS, 'extra'],
};

export { neutralize, restore };

/** The files `writeCsv` makes; sources.csv only for a document that has a sources list. */
export interface CsvFiles {
  'actors.csv': string;
  'relations.csv': string;
  'sources.csv'?: string;
}

/** The tables `readCsv` reads; without sources the document has none. */
export interface CsvTables {
  actors: string;
  relations: string;
  sources?: string;
}

/** Options of writeCsv. */
export interface CsvWriteOptions {
  /** Start each file with a UTF-8 byte order mark (default true; Excel needs it). */
  bom?: boolean;
}

/** Aliases in one cell: joined with `|`, with `|` and `\` inside a name escaped by `\`. */
export const joinAliases = (aliases: readonly string[]): string => aliases.map((a) => a.replace(/[\\|]/g, '\\$&')).join('|');

/** The names of an aliases cell. */
export function splitAliases(text: string): string[] {
  const names: string[] = [];
  let name = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) name += text[++i];
    else if (ch === '|') {
      names.push(name);
      name = '';
    } else name += ch;
  }
  names.push(name);
  return names;
}

/**
 * The cells of a record for `columns` (named `prefix` + field). A field a cell cannot show (an
 * empty text or list) and every field without a column go into the JSON of the `extra` column,
 * along with whatever the caller put in `extra` already.
 */
function cellsOf(record: object, columns: readonly string[], known: readonly string[], prefix = '', extra: Fields = {}): string[] {
  const fields = record as Fields;
  for (const [key, value] of Object.entries(extraFields(record, known) ?? {})) setField(extra, key, value);
  const cells = columns.map((column) => {
    const name = column.slice(prefix.length);
    if (name === 'extra' || !has(fields, name)) return '';
    const value = fields[name];
    const text = name === 'aliases' ? joinAliases(value as string[]) : String(value);
    if (text === '') setField(extra, name, value);
    return text;
  });
  const at = columns.indexOf(`${prefix}extra`);
  if (at >= 0 && Object.keys(extra).length > 0) cells[at] = JSON.stringify(extra);
  return cells;
}

function table(columns: readonly string[], rows: string[][], bom: boolean): string {
  const text = Papa.unparse({ fields: [...columns], data: rows.map((row) => row.map(neutralize)) }, { newline: '\r\n' });
  return (bom ? '\uFEFF' : '') + text + '\r\n';
}

/** The three CSV tables of the document; `readCsv` with `csvMeta(document)` reads them back to an equal document. */
export function writeCsv(document: GraphDocument, options: CsvWriteOptions = {}): CsvFiles {
  const bom = options.bom ?? true;
  const relationColumns = CSV_COLUMNS.relations.filter((c) => !c.startsWith('evidence_'));
  const evidenceColumns = CSV_COLUMNS.relations.filter((c) => c.startsWith('evidence_'));
  const positions = hasPositions(document.actors);
  const actorColumns = CSV_COLUMNS.actors.filter((column) => positions || !POSITION_FIELDS.includes(column));
  const relationRows = document.relations.flatMap((relation) => {
    // An empty evidence list has no rows to show it.
    const own = cellsOf(relation, relationColumns, RELATION_FIELDS, '', relation.evidence?.length === 0 ? { evidence: [] } : {});
    const evidence = relation.evidence ?? [];
    if (evidence.length === 0) return [[...own, ...evidenceColumns.map(() => '')]];
    return evidence.map((item) => [...own, ...cellsOf(item, evidenceColumns, EVIDENCE_FIELDS, 'evidence_')]);
  });
  const files: CsvFiles = {
    'actors.csv': table(
      actorColumns,
      document.actors.map((a) => cellsOf(a, actorColumns, ACTOR_FIELDS)),
      bom,
    ),
    'relations.csv': table(CSV_COLUMNS.relations, relationRows, bom),
  };
  // Written only when the document has the list, so that no list and an empty one stay apart.
  if (document.sources)
    files['sources.csv'] = table(
      CSV_COLUMNS.sources,
      document.sources.map((s) => cellsOf(s, CSV_COLUMNS.sources, SOURCE_FIELDS)),
      bom,
    );
  return files;
}

/** The document-level fields CSV tables have no place for: version (unless plain 1), title, description and unknown fields. */
export function csvMeta(document: GraphDocument): Fields {
  const version = statedVersion(document);
  const meta: Fields = version === undefined ? { title: document.title } : { version: document.version, title: document.title };
  if (document.description !== undefined) meta.description = document.description;
  return { ...meta, ...extraFields(document, DOCUMENT_FIELDS) };
}

function cellsFrom(kind: 'actor' | 'relation' | 'source' | 'evidence', pairs: Array<[string, string]>): Cells {
  const cells = new Cells(kind);
  for (const [name, text] of pairs) cells.add(name, cell(text));
  return cells;
}

const isEvidenceColumn = (name: string) => name.toLowerCase().startsWith('evidence_');

/**
 * Relations from rows. Rows with the same id are one relation with one piece of evidence each,
 * wherever they are (a sorted sheet still reads); a repeated row must leave the relation's cells
 * empty or equal to its first row's. Rows without an id are relations of their own.
 */
function relationsFrom(rows: Row[], problems: Problem[], file: string, typing?: RelationTyping): { relations: Fields[]; groups: Row[][] } {
  const byId = new Map<string, Row[]>();
  const groups: Row[][] = [];
  for (const row of rows) {
    const id = row.cells.find(([name]) => name.toLowerCase() === 'id')?.[1];
    const group = id === undefined ? undefined : byId.get(id);
    if (group !== undefined) group.push(row);
    else {
      groups.push([row]);
      if (id !== undefined) byId.set(id, groups[groups.length - 1]!);
    }
  }
  const own = (row: Row) => row.cells.filter(([name]) => !isEvidenceColumn(name));
  const relations = groups.map(([first, ...more], i) =>
    placed(jsonPath(['relations', i]), `${file} row ${first!.number}`, () => {
      const cells = new Map(own(first!));
      for (const row of more) {
        for (const [name, text] of own(row)) {
          if (cells.get(name) === text) continue;
          const message = `${file} row ${row.number} repeats the id of row ${first!.number} but its ${name} differs`;
          problems.push({ path: '$', message });
        }
      }
      const relation = buildRelation(cellsFrom('relation', own(first!)), { directed: false }, typing);
      const evidence = evidenceRows([first!, ...more]).map((row, j) => {
        const pairs = row.cells.filter(([name]) => isEvidenceColumn(name)).map(([name, text]): [string, string] => [name.slice(9), text]);
        return placed(jsonPath(['relations', i, 'evidence', j]), `${file} row ${row.number}`, () =>
          buildPlain(cellsFrom('evidence', pairs), EVIDENCE_FIELDS),
        );
      });
      if (evidence.length > 0) relation.evidence = evidence;
      return relation;
    }),
  );
  return { relations, groups };
}

/** The rows of a relation that hold a piece of evidence. */
const evidenceRows = (rows: Row[]) => rows.filter((row) => row.cells.some(([name]) => isEvidenceColumn(name)));

/** Options of readCsv beyond the document's own fields. */
export interface CsvReadOptions {
  /** The files' names as the user gave them, for problems (default `actors.csv` and so on). */
  names?: Partial<Record<keyof CsvTables, string>>;
  /** Relation types by the rules for files from elsewhere (see fields.ts ReadOptions). */
  typing?: RelationTyping;
}

/**
 * Reads the CSV tables into a checked document. `meta` gives the document's title (else
 * "Imported CSV graph"), description, unknown fields and version (else 1.1 when the tables use
 * its fields, 1 when not), as `csvMeta` returns them. Never
 * throws: CSV that does not parse is a problem naming its file, line and column; problems in
 * the document name their file and spreadsheet row.
 */
export function readCsv(files: CsvTables, meta: Fields = {}, options: CsvReadOptions = {}): ValidationResult {
  return guard('CSV', () => {
    const name = (table: keyof CsvTables) => options.names?.[table] ?? `${table}.csv`;
    const actorsTable = parseTable(files.actors, name('actors'), 'actors');
    const relationsTable = parseTable(files.relations, name('relations'), 'relations');
    const sourcesTable: Parsed =
      files.sources === undefined ? { ok: true, rows: [] } : parseTable(files.sources, name('sources'), 'sources');
    const problems = [actorsTable, relationsTable, sourcesTable].flatMap((t) => (t.ok ? [] : t.problems));
    if (!actorsTable.ok || !relationsTable.ok || !sourcesTable.ok) return { ok: false, problems };
    const actors = actorsTable.rows.map((row, i) =>
      placed(jsonPath(['actors', i]), `${name('actors')} row ${row.number}`, () =>
        buildActor(cellsFrom('actor', row.cells), (value) => splitAliases(value.text)),
      ),
    );
    const { relations, groups } = relationsFrom(relationsTable.rows, problems, name('relations'), options.typing);
    if (problems.length > 0) return { ok: false, problems };
    // A version in `meta` is checked like any other; without one, the relations decide (see versions.ts).
    const head: Fields = { title: 'Imported CSV graph' };
    for (const [key, value] of Object.entries(meta)) {
      if (!['sources', 'actors', 'relations'].includes(key)) setField(head, key, value);
    }
    if (files.sources !== undefined) {
      head.sources = sourcesTable.rows.map((row, i) =>
        placed(jsonPath(['sources', i]), `${name('sources')} row ${row.number}`, () =>
          buildPlain(cellsFrom('source', row.cells), SOURCE_FIELDS),
        ),
      );
    }
    const locate = (list: string, i: number, evidence?: number) => {
      const row =
        list === 'actors'
          ? actorsTable.rows[i]
          : list === 'sources'
            ? sourcesTable.rows[i]
            : evidence === undefined
              ? groups[i]?.[0]
              : evidenceRows(groups[i] ?? [])[evidence];
      return row === undefined ? undefined : `${name(list as keyof CsvTables)} row ${row.number}`;
    };
    return assemble(head, actors, relations, locate, options.typing);
  });
}

/** Which table a CSV text is, judged by its header: relations have source and target, sources a title. */
export function csvTableOf(text: string): keyof CsvTables {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = firstLine
    .toLowerCase()
    .split(/[,;\t]/)
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  if (header.includes('source') && header.includes('target')) return 'relations';
  if (header.includes('title') && !header.includes('label')) return 'sources';
  return 'actors';
}

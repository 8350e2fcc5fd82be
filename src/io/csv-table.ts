/**
 * Reading one CSV table as spreadsheets save it: the delimiter from the header row (`,`, `;` or
 * tab), RFC 4180 quoting (papaparse), row numbers as the spreadsheet shows them, and the one `'`
 * the writer puts before a cell a spreadsheet would run as a formula taken off again.
 */
import Papa from 'papaparse';
import type { Problem } from '../model/format.ts';
import { encodingProblem } from '../model/encoding.ts';
import { jsonPath, lineAndColumn } from '../model/json.ts';
import { LIMITS, passedLimitProblem, textLimitProblem } from '../model/limits.ts';

/** What a table's rows become. */
export type TableList = 'actors' | 'relations' | 'sources';

const FORMULA = /^'*[=+\-@\t\r]/;

/** A cell as written: text a spreadsheet could run as a formula gets one `'` in front. */
export const neutralize = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

/** A cell as read: the one `'` that neutralize added is removed. */
export const restore = (text: string): string => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

export interface Row {
  /** The row number a spreadsheet shows (the header is row 1). */
  number: number;
  /** Cells by trimmed header name, empty cells left out. */
  cells: Array<[string, string]>;
}

export type Parsed = { ok: true; rows: Row[] } | { ok: false; problems: Problem[] };

/**
 * Counts what a table's rows become as they are read: one actor or source a row, one relation
 * an id (rows of the same id are one relation), so that reading stops as soon as the limit is
 * passed instead of after the whole table is built.
 */
function counter(byId: boolean): (header: string[], cells: string[]) => number {
  if (!byId) {
    let rows = 0;
    return () => ++rows;
  }
  const ids = new Set<string>();
  let withoutId = 0;
  let column: number | undefined;
  return (header, cells) => {
    column ??= header.findIndex((name) => name.trim().toLowerCase() === 'id');
    const id = cells[column];
    if (id === undefined || id === '') withoutId++;
    else ids.add(restore(id));
    return ids.size + withoutId;
  };
}

/**
 * Parses one table; a CSV error is a problem with its line and column. `file` names the table in
 * problems; `list` is what its rows become, for the limits; `byId` counts rows of the same id as
 * one (a relation and its evidence rows).
 */
export function parseTable(text: string, file: string, list: TableList, byId = list === 'relations'): Parsed {
  const refuse = (message: string, path = '$'): Parsed => ({ ok: false, problems: [{ path, message }] });
  const tooLong = textLimitProblem(text.length, file);
  if (tooLong) return refuse(tooLong);
  const encoding = encodingProblem(text, file);
  if (encoding) return refuse(encoding);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, 65536).split(/\r\n|\n|\r/, 1)[0] ?? '';
  // The header decides the delimiter: European spreadsheets save with `;`.
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const data: string[][] = [];
  let fatal: Papa.ParseError | undefined;
  let passed = false;
  const count = counter(byId);
  // Blank lines are dropped below rather than by papaparse, so that row numbers stay those of the sheet.
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    step: (row, parser) => {
      fatal ??= row.errors[0];
      data.push(row.data);
      if (data.length === 1 || row.data.every((raw) => raw === '')) return;
      if (count(data[0]!, row.data) > LIMITS[list]) {
        passed = true;
        parser.abort();
      }
    },
  });
  if (passed) return refuse(`${passedLimitProblem(list)} (${file} row ${data.length})`, jsonPath([list]));
  if (fatal !== undefined) {
    const index = (fatal as { index?: number }).index;
    // papaparse points just past a field's opening quote; the quote itself is the place to look.
    const { line, column } = lineAndColumn(body, Math.max(0, (index ?? 0) - (fatal.type === 'Quotes' ? 1 : 0)));
    const where = index === undefined ? `row ${data.length}` : `line ${line}, column ${column}`;
    return refuse(`${file} does not parse at ${where}: ${fatal.message}`);
  }
  const [header, ...rest] = data;
  if (header === undefined || header.every((name) => name.trim() === '')) return refuse(`${file} is empty: it needs a header row`);
  const names = header.map((name) => name.trim());
  const problems: Problem[] = [];
  const rows = rest.flatMap((cells, i): Row[] => {
    if (cells.every((raw) => raw === '')) return [];
    // Cells past the header would be lost; empty ones (a trailing comma) do no harm.
    if (cells.slice(names.length).some((raw) => raw !== '')) {
      problems.push({ path: '$', message: `${file} row ${i + 2} has ${cells.length} cells but the header has ${names.length}` });
    }
    const pairs = cells.flatMap((raw, j): Array<[string, string]> => (raw === '' || j >= names.length ? [] : [[names[j]!, restore(raw)]]));
    return [{ number: i + 2, cells: pairs }];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

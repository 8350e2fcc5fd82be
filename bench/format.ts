/** How the benchmark writes its figures and tables, shared by the report, the goals and their causes. */

/** A figure: a number, or why there is none. */
export type Cell = number | { timeoutS: number } | { error: string } | { notRun: string };

export const isNumber = (cell: Cell | undefined): cell is number => typeof cell === 'number';

/** Three significant digits or so, with thousands separated: 0.351, 16.8, 258, 2,932. */
export function formatNumber(value: number): string {
  const digits = Math.abs(value) < 1 ? 3 : Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatCell(cell: Cell | undefined): string {
  if (cell === undefined) return '—';
  if (isNumber(cell)) return formatNumber(cell);
  if ('timeoutS' in cell) return `timeout after ${cell.timeoutS} s`;
  if ('notRun' in cell) return `not run: ${cell.notRun}`;
  return `error: ${cell.error.split('\n')[0]!.slice(0, 60)}`;
}

/** A Markdown table. */
export const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

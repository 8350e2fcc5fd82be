/**
 * The Drawing table and the drawing goals: how readable ours is, beside the layouts it is
 * compared with, graph by graph.
 */
import type { DrawingRow, Failure } from './drawing-bench.ts';
import { REFERENCES, type Measures, type ReferenceName } from './drawing-types.ts';
import type { Goal } from './report.ts';

const isMeasures = (value: unknown): value is Measures => typeof value === 'object' && value !== null && 'crossings' in value;

const fmt = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function failureText(failure: Failure | undefined): string {
  if (!failure) return '—';
  if ('timeoutS' in failure) return `timeout ${failure.timeoutS} s`;
  if ('notRun' in failure) return `not run (${failure.notRun})`;
  return `error: ${failure.error.slice(0, 50)}`;
}

/** One layout's figures in one cell: crossings · through actors · label overlaps · parallel gap · fill. */
function cell(measures: Measures | Failure | undefined): string {
  if (!isMeasures(measures)) return failureText(measures);
  const { crossings, relationsThroughActors, labelOverlaps, parallelMidpointGap, fill } = measures;
  if (labelOverlaps === null) return `${fmt(crossings)} · ${fmt(relationsThroughActors)}`;
  return `${fmt(crossings)} · ${fmt(relationsThroughActors)} · ${fmt(labelOverlaps)} · ${parallelMidpointGap === null ? '–' : fmt(parallelMidpointGap, 1)} · ${fmt(fill, 2)}`;
}

const referenceMeasures = (row: DrawingRow, name: ReferenceName): Measures | Failure | undefined => {
  const result = row.references[name];
  return result && 'measures' in result ? result.measures : result;
};

/** The fewest crossings among the references drawn for `row`, and which. */
export function bestReference(row: DrawingRow): { name: ReferenceName; crossings: number } | null {
  let best: { name: ReferenceName; crossings: number } | null = null;
  for (const name of REFERENCES) {
    const measures = referenceMeasures(row, name);
    if (isMeasures(measures) && (!best || measures.crossings < best.crossings)) best = { name, crossings: measures.crossings };
  }
  return best;
}

/** ours ÷ best reference crossings, as text ("0" over "0" is 1: as good). */
function ratioText(ours: number, best: number): string {
  if (best === 0) return ours === 0 ? '1.00' : '∞';
  return fmt(ours / best, 2);
}

export const DRAWING_LEGEND =
  "Each layout cell: crossings · relations through an actor they do not join · label overlaps · smallest gap between midpoints of parallel relations (px; – without parallels) · fill (share of the 1000 × 700 view the drawing's box covers), all at the fitted view. Graphs over 150 actors: crossings · relations through actors, ours only.";

/** The Drawing table, one row per graph. */
export function drawingTable(rows: DrawingRow[]): string {
  const head = [
    'graph',
    'actors / relations',
    'ours',
    'before',
    'fa2 (best of 10)',
    'stress',
    'networkx crossings',
    'ours ÷ best crossings',
    'ours: layout ms (connect → ready ms)',
    'longest task in layout (ms)',
    'positions identical',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const best = bestReference(row);
    const ours = row.ours;
    const networkx = row.networkx
      ? Object.entries(row.networkx)
          .map(([name, n]) => `${name} ${n}`)
          .join(', ')
      : '—';
    const ratio = isMeasures(ours) && best ? `${ratioText(ours.crossings, best.crossings)} (best: ${best.name} ${best.crossings})` : '—';
    const rerun = row.rerunIdentical === null ? '' : row.rerunIdentical ? ' + re-runs' : '; **re-run differs**';
    const identical =
      row.deterministic === null
        ? `not checked (${row.loads} load${row.loads === 1 ? '' : 's'})${rerun}`
        : `${row.deterministic ? 'yes' : '**no**'} (${row.loads} loads${rerun})`;
    lines.push(
      `| ${[
        row.label,
        `${row.actors} / ${row.relations}`,
        cell(ours),
        ...REFERENCES.map((name) => cell(referenceMeasures(row, name))),
        networkx,
        ratio,
        `${fmt(row.layoutMs)} (${fmt(row.readyMs)})`,
        fmt(row.longTaskInLayout),
        identical,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

const oursOf = (row: DrawingRow): Measures | null => (isMeasures(row.ours) ? row.ours : null);

/** A goal over several graphs: met when every graph checked passes; the figure lists each. */
function overGraphs(
  goal: string,
  rows: DrawingRow[],
  figure: (row: DrawingRow, ours: Measures) => [text: string, ok: boolean] | null,
): Goal {
  const parts: string[] = [];
  let checked = 0;
  let missed = 0;
  for (const row of rows) {
    const ours = oursOf(row);
    if (!ours) {
      parts.push(`${row.label}: not measured`);
      continue;
    }
    const result = figure(row, ours);
    if (!result) continue;
    checked++;
    if (!result[1]) missed++;
    parts.push(`${row.label}: ${result[0]}${result[1] ? '' : ' ✗'}`);
  }
  if (!checked) return { goal, figure: parts.join('; ') || 'no graph measured', status: 'not measured' };
  return { goal, figure: `${missed ? `${missed} of ${checked} missed — ` : ''}${parts.join('; ')}`, status: missed ? 'missed' : 'met' };
}

export function drawingGoals(rows: DrawingRow[]): Goal[] {
  const goals: Goal[] = [];
  const small = rows.filter((row) => row.actors <= 150);
  const rt = rows.find((row) => row.key === 'rt');
  const rtOurs = rt ? oursOf(rt) : null;
  goals.push(
    rtOurs
      ? {
          goal: 'crossings, Russia–Taliban ≤ 2',
          figure: `${rtOurs.crossings}`,
          status: rtOurs.crossings <= 2 ? 'met' : 'missed',
          ...(rtOurs.crossings > 2 ? { over: rtOurs.crossings / 2 } : {}),
        }
      : { goal: 'crossings, Russia–Taliban ≤ 2', figure: 'not measured', status: 'not measured' },
  );
  goals.push(
    overGraphs(
      'crossings, any planar graph of up to 30 actors ≤ 2',
      rows.filter((row) => row.planar && row.actors <= 30),
      (_, ours) => [`${ours.crossings}`, ours.crossings <= 2],
    ),
  );
  const middle = rows.filter((row) => row.actors >= 30 && row.actors <= 150);
  const ratios: number[] = [];
  const vsBest = overGraphs(
    'crossings, graphs of 30 to 150 actors ≤ the best reference (fa2, before, stress); aim ours ÷ best ≤ 0.8',
    middle,
    (row, ours) => {
      const best = bestReference(row);
      if (!best) return null;
      if (best.crossings > 0) ratios.push(ours.crossings / best.crossings);
      return [
        `${ours.crossings} vs ${best.name} ${best.crossings} (${ratioText(ours.crossings, best.crossings)})`,
        ours.crossings <= best.crossings,
      ];
    },
  );
  if (ratios.length)
    vsBest.figure += `; ours ÷ best, geometric mean ${fmt(Math.exp(ratios.reduce((sum, r) => sum + Math.log(Math.max(r, 1e-3)), 0) / ratios.length), 2)}, at most ${fmt(Math.max(...ratios), 2)}`;
  goals.push(vsBest);
  goals.push(
    overGraphs('relations through an actor they do not join = 0, up to 150 actors', small, (_, ours) => [
      `${ours.relationsThroughActors}`,
      ours.relationsThroughActors === 0,
    ]),
  );
  goals.push(
    overGraphs(
      'label overlaps at the fitted view (1000 × 700) = 0, up to 40 actors',
      small.filter((row) => row.actors <= 40),
      (_, ours) => (ours.labelOverlaps === null ? null : [`${ours.labelOverlaps}`, ours.labelOverlaps === 0]),
    ),
  );
  goals.push(
    overGraphs('midpoints of parallel relations ≥ 6 px apart at the fitted view', small, (_, ours) =>
      ours.parallelMidpointGap === null ? null : [`${fmt(ours.parallelMidpointGap, 1)} px`, ours.parallelMidpointGap >= 6],
    ),
  );
  goals.push(layoutTimeGoal('layout time, Russia–Taliban ≤ 150 ms', rt, 150));
  const n150 = rows.find((row) => row.key === '150');
  const big = layoutTimeGoal('layout time, 150 actors ≤ 1.5 s, longest task during it ≤ 100 ms', n150, 1500);
  if (n150 && n150.layoutMs !== null && n150.longTaskInLayout !== null) {
    big.figure += `; longest task during it ${fmt(n150.longTaskInLayout)} ms`;
    if (n150.longTaskInLayout > 100) big.status = 'missed';
  }
  goals.push(big);
  const checked = small.filter((row) => row.deterministic !== null || row.rerunIdentical !== null);
  const differ = checked.filter((row) => row.deterministic === false || row.rerunIdentical === false);
  goals.push({
    goal: 'drawing: positions identical over loads (and on re-running the layout), up to 150 actors',
    figure:
      checked.length === 0
        ? 'not checked'
        : differ.length
          ? `differ on ${differ.map((row) => row.label).join(', ')}`
          : `identical on all ${checked.length} graphs (${loadsText(Math.max(...checked.map((row) => row.loads)))} each)`,
    status: checked.length === 0 ? 'not measured' : differ.length ? 'missed' : 'met',
  });
  return goals;
}

const loadsText = (n: number) => `${n} load${n === 1 ? '' : 's'}`;

function layoutTimeGoal(goal: string, row: DrawingRow | undefined, limit: number): Goal {
  if (!row || row.layoutMs === null) {
    const how = row ? `not measured (connect → ready ${fmt(row.readyMs)} ms)` : 'not measured';
    return { goal, figure: how, status: 'not measured' };
  }
  const over = row.layoutMs > limit;
  const how = row.layoutHow === 'rerun' ? 'layOutDrawing re-run after ready, median of the loads' : `marks: ${row.layoutMarks.join(', ')}`;
  return {
    goal,
    figure: `${fmt(row.layoutMs)} ms (${how}; connect → ready ${fmt(row.readyMs)} ms)`,
    status: over ? 'missed' : 'met',
    ...(over ? { over: row.layoutMs / limit } : {}),
  };
}

/** The goals and the Drawing table, as Markdown lines (also part of latest.md). */
export function drawingSection(rows: DrawingRow[], goals: Goal[] | null): string[] {
  const out: string[] = [];
  if (goals) {
    out.push('## Drawing goals', '', '| goal | figure | status |', '|---|---|---|');
    for (const goal of goals) out.push(`| ${goal.goal} | ${goal.figure} | ${goal.status === 'missed' ? '**missed**' : goal.status} |`);
    out.push('');
  }
  out.push('## Drawing', '', DRAWING_LEGEND, '', drawingTable(rows), '');
  const errors = rows.flatMap((row) => (row.errors ?? []).map((error) => `- ${row.label}: ${error}`));
  if (errors.length) out.push('Errors:', '', ...errors, '');
  return out;
}

/** Prints the Drawing table and the goals to the terminal. */
export function printDrawing(rows: DrawingRow[], goals: Goal[]): void {
  console.log(`\n${DRAWING_LEGEND}\n\n${drawingTable(rows)}\n`);
  for (const goal of goals) console.log(`${goal.status.padEnd(12)} ${goal.goal}: ${goal.figure}`);
}

/**
 * The benchmark's results: their shape (what latest.json and partial.json hold) and the
 * Markdown of latest.md and partial.md, whose main table and goals are also what a run prints.
 * The goals themselves are in bench/goals.ts, where the time goes in bench/report-time.ts.
 */
import { placementSection, type PlacementFigures } from './placement-bench.ts';
import type { DrawingRow } from './drawing-bench.ts';
import { drawingSection } from './drawing-report.ts';
import { formatCell, formatNumber, isNumber, table, type Cell } from './format.ts';
import { DROPPED } from './goals.ts';
import type { Mark, Task } from './harness.ts';
import type { LibrarySize, ModelFigures } from './model.ts';
import type { ProfileSummary } from './profile.ts';
import { timeSection } from './report-time.ts';
import { PAGES, type PageName } from './serve.ts';

export type { Cell } from './format.ts';

export const FIGURES = [
  { key: 'ready', label: 'connect → drawn and laid out', unit: 'ms' },
  { key: 'painted', label: 'connect → painted (ready + 2 frames)', unit: 'ms' },
  { key: 'longTask', label: 'longest task, connect → settled', unit: 'ms' },
  { key: 'longTaskAfterFirstFrame', label: 'longest task after first frame', unit: 'ms' },
  { key: 'frameGap', label: 'longest frame gap, connect → settled', unit: 'ms' },
  { key: 'frameGapAfterFirstFrame', label: 'longest frame gap after first frame', unit: 'ms' },
  { key: 'panMedian', label: 'pan/zoom frame time, median', unit: 'ms' },
  { key: 'panP95', label: 'pan/zoom frame time, p95', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after load (after GC)', unit: 'MB' },
] as const;
export type FigureKey = (typeof FIGURES)[number]['key'];

export interface StackResult {
  /** Loads that completed, and loads tried. */
  runs: number;
  attempted: number;
  figures: Record<FigureKey, Cell>;
  /** Node positions identical over every completed load (null: fewer than 3 loads). */
  deterministic: boolean | null;
  /** The load whose `ready` is the median: its marks, ready, painted and longest tasks (ours only). */
  timeline?: { marks: Mark[]; ready: number; painted: number; tasks?: Task[] };
  errors?: string[];
}

export interface SizeInfo {
  key: string;
  label: string;
  actors: number;
  relations: number;
}

export interface Goal {
  goal: string;
  figure: string;
  status: 'met' | 'missed' | 'not measured';
  /** For a missed goal with a number: the figure over its limit. */
  over?: number;
  /** For a missed goal: why, from what the run measured, and what would close it. */
  cause?: string;
}

export interface Results {
  date: string;
  quick: boolean;
  /** A run of chosen sizes and stacks (`--sizes`, `--stacks`, `--loads`): no model, library or drawing measures. */
  partial?: { sizes: string[]; stacks: PageName[]; loads: number | null };
  durationS: number;
  machine: {
    os: string;
    cpu: string;
    cpus: number;
    memoryGB: number;
    node: string;
    chromium: string;
    /** The commit measured, and whether src/ had uncommitted changes (others edit it meanwhile). */
    commit: string;
    srcChanged: boolean;
    /** 1-minute load average at the start, over the loads (median, max) and at the end. */
    loadAverage: { start: number; median: number; max: number; end: number };
  };
  method: string[];
  sizes: SizeInfo[];
  browser: Record<string, Partial<Record<PageName, StackResult>>>;
  model: Record<string, ModelFigures>;
  /** Absent from partial runs. */
  library?: LibrarySize;
  profiles: Record<string, ProfileSummary>;
  /** The careful placement's time in a fresh worker, by graph (absent from runs before it was measured). */
  placement?: Record<string, PlacementFigures>;
  /** The measures of the drawing, a row per graph (absent from partial runs and runs before they existed). */
  drawing?: DrawingRow[];
  /** Issue 19's goals. */
  goals: Goal[];
  /** The goals kept from earlier issues (absent from runs before issue 19). */
  keptGoals?: Goal[];
}

/** Figures that a timeout bounds from below: a stack that timed out took at least that long. */
const BOUNDED: readonly FigureKey[] = ['ready', 'painted', 'longTask', 'frameGap'];

/** ours ÷ baseline; a baseline that timed out gives an upper bound on the ratio of a bounded figure. */
function ratio(ours: Cell | undefined, base: Cell | undefined, key: FigureKey): string {
  if (!isNumber(ours)) return '—';
  if (isNumber(base)) return base === 0 ? '—' : formatNumber(ours / base);
  if (typeof base === 'object' && 'timeoutS' in base && BOUNDED.includes(key) && ours > 0)
    return `< ${formatNumber(ours / (base.timeoutS * 1000))}`;
  return '—';
}

const RATIO_NAMES: Record<PageName, string> = {
  ours: 'ours',
  'cytoscape-cola': 'cytoscape',
  'sigma-fa2': 'sigma',
  'cytoscape-alone': 'alone',
};

/** The stacks a run loaded, in the usual order. */
export const stacksOf = (results: Pick<Results, 'partial'>): PageName[] => results.partial?.stacks ?? [...PAGES];

/** The main table: figure × size, the stacks run and, with ours, ours ÷ each other stack. */
export function mainTable(results: Pick<Results, 'sizes' | 'browser' | 'partial'>): string {
  const stacks = stacksOf(results);
  const others = stacks.includes('ours') ? stacks.filter((page) => page !== 'ours') : [];
  const rows: string[][] = [];
  for (const figure of FIGURES) {
    for (const size of results.sizes) {
      const measured = results.browser[size.key];
      if (!measured) continue;
      const cell = (page: PageName) => measured[page]?.figures[figure.key];
      rows.push([
        `${figure.label} (${figure.unit})`,
        size.label,
        ...stacks.map((page) => formatCell(cell(page))),
        ...others.map((page) => ratio(cell('ours'), cell(page), figure.key)),
      ]);
    }
  }
  const ratioHead = others.map((page) => `ours÷${RATIO_NAMES[page]}`);
  return table(['figure', 'size', ...stacks, ...ratioHead], rows);
}

const statusText = (goal: Goal) => (goal.status === 'missed' ? '**missed**' : goal.status);

/** A goal list as a table, then its misses with cause and remedy. */
function goalSection(goals: Goal[]): string[] {
  const out = [
    table(
      ['goal', 'figure', 'status'],
      goals.map((g) => [g.goal, g.figure, statusText(g)]),
    ),
    '',
  ];
  const misses = goals
    .filter((goal) => goal.status === 'missed')
    .map(
      (goal) =>
        `- **${goal.goal}**: ${goal.figure}${goal.over ? ` — ${formatNumber(goal.over)} × the goal` : ''}.${goal.cause ? ` ${goal.cause}` : ''}`,
    );
  if (misses.length) out.push('The misses: why, from what this run measured, and what would close them:', '', ...misses, '');
  return out;
}

/** The goals as the terminal shows them: a line each, the cause of a miss under it. */
export function goalLines(goals: Goal[]): string[] {
  return goals.flatMap((goal) => [
    `${goal.status.padEnd(12)} ${goal.goal}: ${goal.figure}`,
    ...(goal.status === 'missed' && goal.cause ? [`${' '.repeat(13)}↳ ${goal.cause}`] : []),
  ]);
}

function header(results: Results): string[] {
  const m = results.machine;
  const out: string[] = ['# actor-graph benchmark', ''];
  const partial = results.partial;
  const kind = partial
    ? ` — **partial run** (sizes ${partial.sizes.join(', ')}; stacks ${partial.stacks.join(', ')}; ${partial.loads ?? 'the usual'} load${partial.loads === 1 ? '' : 's'} each): the goals of these sizes only, no model, library or drawing measures`
    : results.quick
      ? ' — **quick run** (1 load each, no 5,000)'
      : '';
  out.push(`${results.date}${kind}; the run took ${formatNumber(results.durationS / 60)} min.`, '');
  out.push(
    `Machine: ${m.os}; ${m.cpus} × ${m.cpu}; ${formatNumber(m.memoryGB)} GB; Node ${m.node}; Chromium ${m.chromium} (headless).`,
    '',
  );
  out.push(
    `Code: commit ${m.commit}${m.srcChanged ? ', with uncommitted changes in src/' : ''} (the pages are built from src/ as it stood when the run began).`,
    '',
  );
  const load = m.loadAverage;
  out.push(
    `1-minute load average: ${formatNumber(load.start)} at the start, median ${formatNumber(load.median)} and at most ${formatNumber(load.max)} before the loads, ${formatNumber(load.end)} at the end${load.median > m.cpus ? ` — **more than the ${m.cpus} cores: other processes were competing, so times are inflated and vary from load to load**` : ''}. Each time goal compares stacks measured in this one run, one load at a time, so what competed slowed them alike; the profiles below say where ours spends its time whatever the load.`,
    '',
  );
  return out;
}

export function markdown(results: Results): string {
  const out = header(results);
  out.push("## Issue 19's goals", '', ...goalSection(results.goals));
  if (results.keptGoals?.length) out.push('## Goals kept from earlier issues', '', ...goalSection(results.keptGoals), DROPPED, '');
  out.push('## In the browser', '', 'Each figure is the median over the loads listed below the table (a fresh browser context each).', '');
  out.push(mainTable(results), '');
  const stacks = stacksOf(results);
  const runs = results.sizes.map((size) => {
    const measured = results.browser[size.key];
    return measured
      ? `${size.label}: ${stacks
          .filter((page) => measured[page])
          .map((page) => `${page} ${measured[page]!.runs}/${measured[page]!.attempted}`)
          .join(', ')}`
      : '';
  });
  out.push(`Loads completed/tried — ${runs.filter(Boolean).join('; ')}.`, '');
  out.push('Node positions identical over every load:', '');
  for (const size of results.sizes) {
    const measured = results.browser[size.key];
    if (!measured) continue;
    const say = (r: StackResult | undefined) =>
      r?.deterministic === null || r?.deterministic === undefined ? 'not checked' : r.deterministic ? 'yes' : 'no';
    out.push(`- ${size.label}: ${stacks.map((page) => `${page} ${say(measured[page])}`).join(', ')}`);
  }
  out.push('');
  const errors = results.sizes.flatMap((size) =>
    Object.entries(results.browser[size.key] ?? {}).flatMap(([page, r]) =>
      (r?.errors ?? []).map((e) => `- ${size.label}, ${page}: ${e.split('\n')[0]}`),
    ),
  );
  if (errors.length) out.push('Errors:', '', ...errors, '');
  out.push(...timeSection(results));
  out.push(...placementSection(results.sizes, results.placement));
  if (results.drawing) out.push(...drawingSection(results.drawing, null));
  const modelSizes = results.sizes.filter((s) => results.model[s.key]);
  if (modelSizes.length) {
    out.push('## The model, in Node', '');
    out.push(
      table(
        [
          'graph',
          'actors',
          'relations',
          'validate + load (ms)',
          'shortest path, median (p95) (ms)',
          'all paths ≤ 4 hops, limit 100, median (p95) (ms)',
        ],
        modelSizes.map((s) => {
          const f = results.model[s.key]!;
          return [
            s.label,
            String(s.actors),
            String(s.relations),
            formatNumber(f.loadMs),
            `${formatNumber(f.shortestMs)} (${formatNumber(f.shortestP95Ms)})`,
            `${formatNumber(f.allMs)} (${formatNumber(f.allP95Ms)})`,
          ];
        }),
      ),
      '',
    );
  }
  const lib = results.library;
  if (lib) {
    const chunks = lib.chunks.length
      ? ` Beside it, chunks it imports on demand: ${lib.chunks.map((c) => `${c.file} ${formatNumber(c.gzipBytes / 1000)} kB`).join(', ')} (gzipped).`
      : '';
    out.push(
      `Library file: ${lib.file}, ${formatNumber(lib.bytes / 1000)} kB, gzipped ${formatNumber(lib.gzipBytes / 1000)} kB (${formatNumber(lib.gzipBytes / 1024)} KiB). Source: ${lib.origin}.${chunks}`,
      '',
    );
  }
  out.push('## Method', '', ...results.method.map((line) => `- ${line}`), '');
  return out.join('\n');
}

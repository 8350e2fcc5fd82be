/**
 * The benchmark's results: their shape (what latest.json holds), the goals and whether each
 * is met, and the Markdown of latest.md (whose main table is also what the run prints).
 */
import type { DrawingRow } from './drawing-bench.ts';
import { drawingGoals, drawingSection } from './drawing-report.ts';
import type { Mark } from './harness.ts';
import type { LibrarySize, ModelFigures } from './model.ts';
import type { ProfileSummary } from './profile.ts';
import type { PageName } from './serve.ts';

/** A figure: a number, or why there is none. */
export type Cell = number | { timeoutS: number } | { error: string } | { notRun: string };

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
  /** Marks of the load whose `ready` is the median, with its own ready and painted (ours only). */
  timeline?: { marks: Mark[]; ready: number; painted: number };
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
}

export interface Results {
  date: string;
  quick: boolean;
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
  browser: Record<string, Record<PageName, StackResult>>;
  model: Record<string, ModelFigures>;
  library: LibrarySize;
  profiles: Record<string, ProfileSummary>;
  /** The measures of the drawing, a row per graph (absent from runs before they existed). */
  drawing?: DrawingRow[];
  goals: Goal[];
}

const isNumber = (cell: Cell | undefined): cell is number => typeof cell === 'number';

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

const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The main table: figure × size, the three stacks and the two ratios. */
export function mainTable(results: Pick<Results, 'sizes' | 'browser'>): string {
  const rows: string[][] = [];
  for (const figure of FIGURES) {
    for (const size of results.sizes) {
      const stacks = results.browser[size.key];
      if (!stacks) continue;
      const cell = (page: PageName) => stacks[page]?.figures[figure.key];
      rows.push([
        `${figure.label} (${figure.unit})`,
        size.label,
        formatCell(cell('ours')),
        formatCell(cell('cytoscape-cola')),
        formatCell(cell('sigma-fa2')),
        ratio(cell('ours'), cell('cytoscape-cola'), figure.key),
        ratio(cell('ours'), cell('sigma-fa2'), figure.key),
      ]);
    }
  }
  return table(['figure', 'size', 'ours', 'cytoscape-cola', 'sigma-fa2', 'ours÷cytoscape', 'ours÷sigma'], rows);
}

const get = (results: Results, size: string, page: PageName, key: FigureKey): Cell | undefined =>
  results.browser[size]?.[page]?.figures[key];

/** Checks `cell` against `limit` (at most); `text` describes the figure. */
function check(goal: string, cell: Cell | undefined, limit: number, unit: string, text = ''): Goal {
  if (!isNumber(cell))
    return { goal, figure: cell ? formatCell(cell) : 'not measured', status: cell && 'timeoutS' in cell ? 'missed' : 'not measured' };
  return {
    goal,
    figure: `${formatNumber(cell)} ${unit}${text}`,
    status: cell <= limit ? 'met' : 'missed',
    ...(cell > limit ? { over: cell / limit } : {}),
  };
}

/**
 * Why a goal is missed and what would close it, as far as the profiles of these runs show; keyed
 * by the start of the goal's text. Printed only for goals a run misses.
 */
const MISSES: [prefix: string, why: string][] = [
  [
    'Russia–Taliban connect',
    "Cola is most of it: some 150 ms of constraint projection (labels kept clear of each other) on 14 actors, then cytoscape's first style and fit. Closing it: fewer cola steps (a higher convergence threshold, at some cost to the picture) or starting cola from a better seed than the circle.",
  ],
  ['1,000 actors connect', 'See "Where the time goes" below: the layout worker and cytoscape\'s element creation and styling.'],
  [
    '1,000 actors ≤ 0.5',
    "The baseline's time is cola's own 4 s limit on small graphs; ours is the layout worker plus cytoscape's styling. See \"Where the time goes\" below.",
  ],
  ['5,000 actors / 20,000', 'See "Where the time goes" below: the layout worker and cytoscape\'s element creation and styling.'],
  [
    '5,000 actors: no baseline',
    'The faster baseline draws with WebGL and lays out on the main thread without the worker round trip; see "Where the time goes" below for ours.',
  ],
  [
    '5,000: longest main-thread task',
    "The task is the first frame after the layout: cytoscape's canvas renderer draws all 25,000 elements in one frame, drawing them into its layer cache and working out their rendered geometry (`renderFn`, `drawLayeredElements` in the profile below). Everything before it is done off that frame: the layout in a worker, styles and geometry in 25 ms slices. Closing it needs a renderer that draws progressively over several frames, which cytoscape cannot, or on the GPU: cytoscape's WebGL mode (3.31 on) measured no faster here, where WebGL runs on the CPU (SwiftShader), and draws no dash patterns, which our line styles need.",
  ],
  ['5,000: pan/zoom', 'Relations are left out while panning or zooming large graphs; frames over the limit redraw every actor.'],
  [
    'crossings',
    "The Drawing table below gives every graph's figures beside the references'; the graphs that miss are marked ✗ in the figure.",
  ],
  [
    'relations through',
    'Only the dense generated graphs miss (4 relations an actor, many between communities, drawn into a crowded middle): there a line often has an actor on each side of it close by, and no single bend no wider than half the line (src/view/untangle.ts, bendsAround) clears them all, while moving actors off the lines costs crossings. The real networks, the planar graphs and the Russia–Taliban graph have none. Closing it would take lines with two bends (an S around actors on both sides) or routing around actors.',
  ],
  ['label overlaps', 'The graphs marked ✗ in the figure; the Drawing table below has their other figures.'],
  [
    'midpoints of parallel',
    'Parallel relations fan out a fixed step at zoom 1; a graph fitted at a small zoom brings their middles closer. The graphs marked ✗ in the figure.',
  ],
  [
    'layout time',
    "The placement's effort grows with the graph (src/view/placement.ts); the Drawing table below gives the layout time of every graph.",
  ],
  [
    'drawing: positions',
    'A layout that differs from load to load uses something other than the graph to decide (time, Math.random, the order of a Set filled in another order).',
  ],
  ['library file', 'cytoscape alone is about 140 kB of it; what only some readers use already sits in on-demand chunks.'],
];

/** The misses of `goals`, by how much, why and what would close them, as Markdown lines. */
function missNotes(goals: Goal[]): string[] {
  return goals
    .filter((goal) => goal.status === 'missed')
    .map((goal) => {
      const why = MISSES.find(([prefix]) => goal.goal.startsWith(prefix))?.[1] ?? 'Not yet analysed.';
      const by = goal.over ? ` — ${formatNumber(goal.over)} × the goal` : '';
      return `- **${goal.goal}**: ${goal.figure}${by}. ${why}`;
    });
}

/** Whether any baseline got the graph of `size` ready sooner than ours (a timeout is slower). */
function noFasterBaseline(results: Results, size: string): Goal {
  const goal = '5,000 actors: no baseline faster to ready';
  const ours = get(results, size, 'ours', 'ready');
  if (!isNumber(ours)) return { goal, figure: 'not measured', status: 'not measured' };
  const others = (['cytoscape-cola', 'sigma-fa2'] as const).map((page) => [page, get(results, size, page, 'ready')] as const);
  const faster = others.filter(([, cell]) => isNumber(cell) && cell < ours);
  const figure = `ours ${formatNumber(ours)} ms; ${others.map(([page, cell]) => `${page} ${cell === undefined ? 'not measured' : isNumber(cell) ? `${formatNumber(cell)} ms` : formatCell(cell)}`).join(', ')}`;
  return { goal, figure, status: faster.length ? 'missed' : 'met' };
}

export function evaluateGoals(results: Results): Goal[] {
  const goals: Goal[] = [];
  goals.push(check('Russia–Taliban connect → graph-ready ≤ 300 ms', get(results, 'rt', 'ours', 'ready'), 300, 'ms'));
  goals.push(check('1,000 actors connect → graph-ready ≤ 2 s', get(results, '1000', 'ours', 'ready'), 2000, 'ms'));
  const ours = get(results, '1000', 'ours', 'ready');
  const cola = get(results, '1000', 'cytoscape-cola', 'ready');
  if (isNumber(ours) && isNumber(cola)) {
    goals.push(
      check('1,000 actors ≤ 0.5 × plain cytoscape-cola', ours / cola, 0.5, '×', ` (${formatNumber(ours)} ms vs ${formatNumber(cola)} ms)`),
    );
  } else if (isNumber(ours) && typeof cola === 'object' && 'timeoutS' in cola) {
    goals.push({
      goal: '1,000 actors ≤ 0.5 × plain cytoscape-cola',
      figure: `${formatNumber(ours)} ms vs timeout after ${cola.timeoutS} s`,
      status: ours <= 500 * cola.timeoutS ? 'met' : 'not measured',
    });
  } else goals.push({ goal: '1,000 actors ≤ 0.5 × plain cytoscape-cola', figure: 'not measured', status: 'not measured' });
  goals.push(check('5,000 actors / 20,000 relations connect → graph-ready ≤ 8 s', get(results, '5000', 'ours', 'ready'), 8000, 'ms'));
  goals.push(noFasterBaseline(results, '5000'));
  const gap = get(results, '5000', 'ours', 'frameGapAfterFirstFrame');
  const whole = get(results, '5000', 'ours', 'longTask');
  goals.push(
    check(
      '5,000: longest main-thread task after first frame ≤ 100 ms',
      get(results, '5000', 'ours', 'longTaskAfterFirstFrame'),
      100,
      'ms',
      `${isNumber(gap) ? `; longest frame gap after it ${formatNumber(gap)} ms` : ''}${isNumber(whole) ? `; longest task of the whole load ${formatNumber(whole)} ms` : ''}`,
    ),
  );
  goals.push(check('5,000: pan/zoom frame time ≤ 33 ms median', get(results, '5000', 'ours', 'panMedian'), 33, 'ms'));
  const model = results.model['5000'];
  goals.push(
    model
      ? check('5,000: shortest path ≤ 2 ms', model.shortestMs, 2, 'ms', ` median (p95 ${formatNumber(model.shortestP95Ms)} ms)`)
      : check('5,000: shortest path ≤ 2 ms', undefined, 2, 'ms'),
  );
  goals.push(
    model
      ? check('5,000: all paths ≤ 4 hops, limit 100 ≤ 20 ms', model.allMs, 20, 'ms', ` median (p95 ${formatNumber(model.allP95Ms)} ms)`)
      : check('5,000: all paths ≤ 20 ms', undefined, 20, 'ms'),
  );
  goals.push(check('5,000: JS heap ≤ 300 MB', get(results, '5000', 'ours', 'heapMB'), 300, 'MB'));
  const determinism = results.sizes.map((size) => [size.label, results.browser[size.key]?.ours.deterministic] as const);
  const checked = determinism.filter(([, same]) => same !== null && same !== undefined);
  goals.push({
    goal: 'identical positions over three loads',
    figure: checked.length
      ? determinism
          .map(([label, same]) => `${label}: ${same === null || same === undefined ? 'not checked' : same ? 'identical' : 'differ'}`)
          .join('; ')
      : 'not checked (fewer than 3 loads)',
    status: checked.length === 0 ? 'not measured' : checked.every(([, same]) => same) ? 'met' : 'missed',
  });
  const lib = results.library;
  goals.push({
    goal: 'library file gzipped ≤ 230 KB',
    figure: `${formatNumber(lib.gzipBytes / 1000)} kB = ${formatNumber(lib.gzipBytes / 1024)} KiB (${lib.file})`,
    // kB as Vite's build output prints it (1,000 bytes), the unit the team reads every day.
    status: lib.gzipBytes <= 230_000 ? 'met' : 'missed',
    ...(lib.gzipBytes > 230_000 ? { over: lib.gzipBytes / 230_000 } : {}),
  });
  if (results.drawing) goals.push(...drawingGoals(results.drawing));
  return goals;
}

/** The timeline of one load of ours, from the marks: every coarse cytoscape call, ms from connection. */
function marksTable(marks: Mark[], ready: number, painted: number): string {
  const all = [...marks];
  all.push({ name: '**graph-ready**', start: ready, end: ready });
  all.push({ name: 'first frame drawn (ready → painted)', start: ready, end: painted });
  const rows = all
    .sort((a, b) => a.start - b.start)
    .map((mark) => [mark.name, formatNumber(mark.start), formatNumber(mark.end - mark.start)]);
  return table(['call', 'starts at (ms)', 'takes (ms)'], rows);
}

/**
 * Connect → painted split into phases, from the marks. Every moment of connect → graph-ready
 * goes to one phase, the first that covers it in the order below, so the phases add up even
 * when the page works while a layout worker runs. Fitting is apart from layout because it
 * measures every element's bounding box (labels and edge curves included): style and render
 * preparation, also when the layout's own `fit: true` does it.
 */
export function phaseSplit(marks: Mark[], ready: number, painted: number): [string, number][] {
  const firstBatch = marks.find((mark) => mark.name === 'batch');
  const phases: [string, (mark: Mark) => boolean][] = [
    ['fitting (fit, in the layout or after it: bounding boxes of every element and label)', (mark) => mark.name === 'fit'],
    ['adding the elements (the first batch: add and their styles)', (mark) => mark === firstBatch],
    ['other batches (seed or laid-out positions, filter and highlight classes)', (mark) => mark.name === 'batch'],
    [
      'layout on the main thread (cytoscape layout constructor and run)',
      (mark) => mark.name === 'cy.layout()' || (mark.name.startsWith('layout ') && mark.name !== 'layout worker'),
    ],
    ['waiting for the layout worker (the main thread otherwise idle or drawing)', (mark) => mark.name === 'layout worker'],
  ];
  const totals = new Map<string, number>();
  const edges = [...new Set([0, ready, ...marks.flatMap((mark) => [mark.start, mark.end])])]
    .filter((t) => t >= 0 && t <= ready)
    .sort((a, b) => a - b);
  for (let i = 1; i < edges.length; i++) {
    const [a, b] = [edges[i - 1]!, edges[i]!];
    const covering = marks.filter((mark) => mark.start <= a && mark.end >= b);
    const phase =
      phases.find(([, test]) => covering.some(test))?.[0] ??
      (firstBatch && b <= firstBatch.start
        ? 'connect → first cytoscape batch (validate, loadGraph, toElements, Lit render, cytoscape created)'
        : 'the rest until graph-ready (on large graphs styles and geometry worked out in slices; view classes, legend, Lit update, events)');
    totals.set(phase, (totals.get(phase) ?? 0) + b - a);
  }
  const order = [
    'connect → first cytoscape batch (validate, loadGraph, toElements, Lit render, cytoscape created)',
    ...phases.map(([name]) => name),
    'the rest until graph-ready (on large graphs styles and geometry worked out in slices; view classes, legend, Lit update, events)',
  ];
  const rows: [string, number][] = order.filter((name) => totals.has(name)).map((name) => [name, totals.get(name)!]);
  rows.push(['first frame after graph-ready (render)', painted - ready]);
  return rows;
}

export function markdown(results: Results): string {
  const m = results.machine;
  const out: string[] = [];
  out.push('# actor-graph benchmark', '');
  out.push(
    `${results.date}${results.quick ? ' — **quick run** (1 load each, no 5,000)' : ''}; the run took ${formatNumber(results.durationS / 60)} min.`,
    '',
  );
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
    `1-minute load average: ${formatNumber(load.start)} at the start, median ${formatNumber(load.median)} and at most ${formatNumber(load.max)} before the loads, ${formatNumber(load.end)} at the end${load.median > m.cpus ? ` — **more than the ${m.cpus} cores: other processes were competing, so times are inflated and vary from load to load**` : ''}.`,
    '',
  );
  out.push(
    '## Goals',
    '',
    table(
      ['goal', 'figure', 'status'],
      results.goals.map((g) => [g.goal, g.figure, g.status === 'met' ? 'met' : g.status === 'missed' ? '**missed**' : g.status]),
    ),
    '',
  );
  const misses = missNotes(results.goals);
  if (misses.length) out.push('### The misses: by how much, why, and what would close them', '', ...misses, '');
  out.push('## In the browser', '', 'Each figure is the median over the loads listed below the table (a fresh browser context each).', '');
  out.push(mainTable(results), '');
  const runs = results.sizes.map((size) => {
    const stacks = results.browser[size.key];
    return stacks
      ? `${size.label}: ${Object.entries(stacks)
          .map(([page, r]) => `${page} ${r.runs}/${r.attempted}`)
          .join(', ')}`
      : '';
  });
  out.push(`Loads completed/tried — ${runs.filter(Boolean).join('; ')}.`, '');
  out.push('Node positions identical over every load:', '');
  for (const size of results.sizes) {
    const stacks = results.browser[size.key];
    if (!stacks) continue;
    const say = (r: StackResult | undefined) =>
      r?.deterministic === null || r?.deterministic === undefined ? 'not checked' : r.deterministic ? 'yes' : 'no';
    out.push(
      `- ${size.label}: ours ${say(stacks.ours)}, cytoscape-cola ${say(stacks['cytoscape-cola'])}, sigma-fa2 ${say(stacks['sigma-fa2'])}`,
    );
  }
  out.push('');
  const errors = results.sizes.flatMap((size) =>
    Object.entries(results.browser[size.key] ?? {}).flatMap(([page, r]) =>
      (r.errors ?? []).map((e) => `- ${size.label}, ${page}: ${e.split('\n')[0]}`),
    ),
  );
  if (errors.length) out.push('Errors:', '', ...errors, '');
  if (results.drawing) out.push(...drawingSection(results.drawing, null));
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
      results.sizes
        .filter((s) => results.model[s.key])
        .map((s) => {
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
  const lib = results.library;
  const chunks = lib.chunks.length
    ? ` Beside it, chunks it imports on demand: ${lib.chunks.map((c) => `${c.file} ${formatNumber(c.gzipBytes / 1000)} kB`).join(', ')} (gzipped).`
    : '';
  out.push(
    `Library file: ${lib.file}, ${formatNumber(lib.bytes / 1000)} kB, gzipped ${formatNumber(lib.gzipBytes / 1000)} kB (${formatNumber(lib.gzipBytes / 1024)} KiB). Source: ${lib.origin}.${chunks}`,
    '',
  );
  out.push('## Where the time goes in ours', '');
  for (const size of results.sizes) {
    const ours = results.browser[size.key]?.ours;
    const timeline = ours?.timeline;
    if (!timeline || size.actors < 100) continue;
    const { marks, ready, painted } = timeline;
    out.push(`### ${size.label}`, '', 'Connect → painted of the median load, by phase:', '');
    out.push(
      table(
        ['phase', 'ms', 'share'],
        phaseSplit(marks, ready, painted).map(([name, ms]) => [name, formatNumber(ms), `${formatNumber((100 * ms) / painted)} %`]),
      ),
      '',
    );
    out.push(
      'Its timeline (cytoscape calls, outermost of each name; a resize and fit after graph-ready come from the ResizeObserver):',
      '',
      marksTable(marks, ready, painted),
      '',
    );
    const profile = results.profiles[size.key];
    if (profile) {
      out.push(
        `CPU profile of the last load (sampled every 0.5 ms; ${formatNumber(profile.busyMs)} ms busy from connection to settled), self time by package:`,
        '',
      );
      out.push(
        table(
          ['package or module', 'ms', 'share'],
          profile.byPackage.map((p) => [p.name, formatNumber(p.ms), `${formatNumber((100 * p.ms) / profile.busyMs)} %`]),
        ),
        '',
      );
      out.push('Self time by function:', '');
      out.push(
        table(
          ['function', 'in', 'ms'],
          profile.byFunction.map((f) => [`\`${f.name}\``, f.where, formatNumber(f.ms)]),
        ),
        '',
      );
    }
  }
  out.push('## Method', '', ...results.method.map((line) => `- ${line}`), '');
  return out.join('\n');
}

/**
 * A load of ours split into phases from its marks (bench/marks.ts), and what would shorten
 * each phase: the ground on which a missed time goal is explained.
 */
import { formatNumber, table } from './format.ts';
import type { Mark, Task } from './harness.ts';

export type PhaseId = 'before' | 'fit' | 'add' | 'batches' | 'layout' | 'worker' | 'rest' | 'frame' | 'settling';

export interface Phase {
  id: PhaseId;
  /** A few words, for sentences. */
  name: string;
  /** What the phase holds, for tables. */
  label: string;
  /** What would make the phase shorter, or split it into tasks under 50 ms. */
  remedy: string;
}

export const PHASES: Record<PhaseId, Phase> = {
  before: {
    id: 'before',
    name: 'connect → elements added',
    label: 'connect → the elements added to cytoscape (validate, loadGraph, toElements, Lit render, cytoscape created)',
    remedy: 'less work before cytoscape gets its elements, or the part not needed for the first picture done after it',
  },
  fit: {
    id: 'fit',
    name: 'fitting',
    label: 'fitting (fit, in the layout or after it: bounding boxes of every element and label)',
    remedy: "fitting from the positions alone, without cytoscape measuring every element's and label's box",
  },
  add: {
    id: 'add',
    name: 'adding the elements',
    label: 'adding the elements (the batch around the first add: the elements and their styles)',
    remedy: 'fewer style properties worked out per element, or the elements added in slices over several frames',
  },
  batches: {
    id: 'batches',
    name: 'other batches',
    label: 'other batches (seed or laid-out positions, filter and highlight classes, styles in slices)',
    remedy: 'fewer batches after the first (positions and classes given with the elements)',
  },
  layout: {
    id: 'layout',
    name: 'layout on the main thread',
    label: 'layout on the main thread (cytoscape layout constructor and run)',
    remedy: "the layout moved to a worker (webcola's core and the placement need no DOM), or fewer iterations",
  },
  worker: {
    id: 'worker',
    name: 'waiting for the layout worker',
    label:
      'the layout worker running (main-thread work meanwhile that no cytoscape call marks is counted here: the longest tasks say what it was)',
    remedy: 'a quicker layout in the worker (fewer iterations, a better seed), or a first picture drawn while it runs',
  },
  rest: {
    id: 'rest',
    name: 'the rest until graph-ready',
    label:
      'the rest until graph-ready (on large graphs styles and geometry worked out in slices; view classes, legend, Lit update, events)',
    remedy: 'less work between the layout and graph-ready (styles and geometry, legend, Lit update)',
  },
  frame: {
    id: 'frame',
    name: 'the first frame after graph-ready',
    label: 'first frame after graph-ready (render)',
    remedy: 'a cheaper first frame: fewer elements drawn at once (relations added or drawn in slices over several frames)',
  },
  settling: {
    id: 'settling',
    name: 'after the first frame',
    label: 'after the first frame (settling: resize, fit, late work)',
    remedy: 'the work left after the first frame split into slices under 50 ms',
  },
};

/** Phases that marks cover, in the order they take precedence when several cover the same moment. */
const MARKED: [PhaseId, (mark: Mark, adding: Mark | undefined) => boolean][] = [
  ['fit', (mark) => mark.name === 'fit'],
  ['add', (mark, adding) => mark === adding],
  ['batches', (mark) => mark.name === 'batch'],
  ['layout', (mark) => mark.name === 'cy.layout()' || (mark.name.startsWith('layout ') && mark.name !== 'layout worker')],
  ['worker', (mark) => mark.name === 'layout worker'],
];

/**
 * The mark in which the elements are added: the batch around the first `add`, else that `add`,
 * else (a page that adds in its constructor) the first batch.
 */
function addingMark(marks: Mark[]): Mark | undefined {
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const add = byStart.find((mark) => mark.name === 'add');
  if (!add) return byStart.find((mark) => mark.name === 'batch');
  return byStart.find((mark) => mark.name === 'batch' && mark.start <= add.start && mark.end >= add.end) ?? add;
}

export interface Segment {
  from: number;
  to: number;
  phase: PhaseId;
}

/**
 * Connect → painted as consecutive segments, each in one phase. Every moment of connect →
 * graph-ready goes to the first phase in MARKED that covers it, so the phases add up even when
 * the page works while a layout worker runs. Fitting is apart from layout because it measures
 * every element's bounding box (labels and edge curves included): style and render
 * preparation, also when the layout's own `fit: true` does it.
 */
export function phaseSegments(marks: Mark[], ready: number, painted: number, { worker = true } = {}): Segment[] {
  const adding = addingMark(marks);
  const marked = worker ? MARKED : MARKED.filter(([id]) => id !== 'worker');
  const edges = [...new Set([0, ready, ...marks.flatMap((mark) => [mark.start, mark.end])])]
    .filter((t) => t >= 0 && t <= ready)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 1; i < edges.length; i++) {
    const [from, to] = [edges[i - 1]!, edges[i]!];
    const covering = marks.filter((mark) => mark.start <= from && mark.end >= to);
    const phase =
      marked.find(([, test]) => covering.some((mark) => test(mark, adding)))?.[0] ?? (adding && to <= adding.start ? 'before' : 'rest');
    segments.push({ from, to, phase });
  }
  segments.push({ from: ready, to: painted, phase: 'frame' });
  return segments;
}

/** Connect → painted by phase, ms, in the order the phases come. */
export function phaseSplit(marks: Mark[], ready: number, painted: number): { phase: Phase; ms: number }[] {
  const totals = new Map<PhaseId, number>();
  for (const { from, to, phase } of phaseSegments(marks, ready, painted)) totals.set(phase, (totals.get(phase) ?? 0) + to - from);
  const order: PhaseId[] = ['before', 'fit', 'add', 'batches', 'layout', 'worker', 'rest', 'frame'];
  return order.filter((id) => totals.has(id)).map((id) => ({ phase: PHASES[id], ms: totals.get(id)! }));
}

/**
 * The phase that most of `task` fell in; after painting, 'settling'. Never the wait for the
 * layout worker: a task is the main thread working, so it is charged to what the page did
 * meanwhile (unmarked work before the first batch, or after it).
 */
export function phaseOfTask(task: Task, marks: Mark[], ready: number, painted: number): Phase {
  const overlap = new Map<PhaseId, number>();
  const end = task.start + task.duration;
  for (const { from, to, phase } of phaseSegments(marks, ready, painted, { worker: false })) {
    const shared = Math.min(end, to) - Math.max(task.start, from);
    if (shared > 0) overlap.set(phase, (overlap.get(phase) ?? 0) + shared);
  }
  const after = end - Math.max(task.start, painted);
  if (after > 0) overlap.set('settling', after);
  const [best] = [...overlap].sort((a, b) => b[1] - a[1]);
  return PHASES[best?.[0] ?? 'settling'];
}

/** The names of the cytoscape calls `task` overlaps, each once, in the order they began (the worker's lifetime is no call). */
export function marksDuring(task: Task, marks: Mark[]): string[] {
  const end = task.start + task.duration;
  return [
    ...new Set(
      [...marks]
        .sort((a, b) => a.start - b.start)
        .filter((mark) => mark.name !== 'layout worker' && mark.start < end && mark.end > task.start)
        .map((mark) => mark.name),
    ),
  ];
}

/** The timeline of one load of ours, from the marks: every coarse cytoscape call, ms from connection. */
export function marksTable(marks: Mark[], ready: number, painted: number): string {
  const all = [...marks];
  all.push({ name: '**graph-ready**', start: ready, end: ready });
  all.push({ name: 'first frame drawn (ready → painted)', start: ready, end: painted });
  const rows = all
    .sort((a, b) => a.start - b.start)
    .map((mark) => [mark.name, formatNumber(mark.start), formatNumber(mark.end - mark.start)]);
  return table(['call', 'starts at (ms)', 'takes (ms)'], rows);
}

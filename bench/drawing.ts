/**
 * The drawing page: mounts `<actor-graph>` from src in a 1000 × 700 box, waits for graph-ready
 * and measures what is drawn at the element's fitted view (src/view/drawn-geometry.ts reads it,
 * src/view/drawing-measures.ts measures it). Then, on the same element, each reference layout:
 * its actors placed at the reference's positions (relations and labels drawn as the element
 * draws them), fitted, and measured the same way.
 *
 * Node (bench/drawing-bench.ts) calls `window.__drawing.run(request)` once per load, in a
 * fresh browser context.
 */
import type { Core } from 'cytoscape';
import '../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../src/components/actor-graph.ts';
import { layOutDrawing } from '../src/view/drawing.ts';
import { measureDrawing } from '../src/view/drawing-measures.ts';
import { readDrawing } from '../src/view/drawn-geometry.ts';
import { parseLayout } from '../src/view/layout.ts';
import { clearPlacementMarks } from '../src/view/small-layout.ts';
import { BEFORE_MAX_ACTORS, runBeforeLayout } from './before-layout.ts';
import type { DrawingLoad, DrawingRequest, Measures, ReferenceName, ReferenceResult } from './drawing-types.ts';
import type { BenchDocument, Mark } from './harness.ts';
import { installMarks, marks } from './marks.ts';
import { fa2Best, indexGraph, scaleToLength, stressReference, type IndexedGraph, type ReferenceLayout } from './reference-layouts.ts';

installMarks();

const longTasks: { start: number; end: number }[] = [];
const takeTasks = (entries: PerformanceEntryList) => {
  for (const entry of entries) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
};
let taskObserver: PerformanceObserver | null = null;
try {
  taskObserver = new PerformanceObserver((list) => takeTasks(list.getEntries()));
  taskObserver.observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the figures stay 0.
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Lets the task running now end, then takes in the long tasks reported meanwhile. */
async function settleTasks(): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  await nextFrame();
  if (taskObserver) takeTasks(taskObserver.takeRecords());
}

/**
 * The spans of marks named `layout…` (not `cy.layout()`, the constructor) from the first `add`
 * (cytoscape runs a grid layout of nothing when created) to `to`, merged where they overlap.
 */
function layoutSpans(all: Mark[], to: number): Mark[] {
  const from = all.find((mark) => mark.name === 'add')?.start ?? Infinity;
  const spans = all
    .filter((mark) => /^layout/i.test(mark.name) && mark.start >= from && mark.start <= to)
    .sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

const longestOver = (spans: { start: number; end: number }[]): number =>
  Math.max(
    0,
    ...longTasks
      .filter((task) => spans.some((span) => task.end >= span.start && task.start <= span.end))
      .map((task) => task.end - task.start),
  );

/** Measures what `cy` draws now; on large graphs only crossings and relations through actors are kept. */
function measure(cy: Core, large: boolean): Measures {
  const { actors, relations, view } = readDrawing(cy);
  const all = measureDrawing(actors, relations, view);
  return large
    ? {
        crossings: all.crossings,
        relationsThroughActors: all.relationsThroughActors,
        labelOverlaps: null,
        parallelMidpointGap: null,
        fill: null,
      }
    : all;
}

/** Places the actors at `positions` (by index in `graph.ids`), fits the view and measures. */
async function measureAt(element: ActorGraphElement, graph: IndexedGraph, layout: ReferenceLayout): Promise<ReferenceResult> {
  const cy = element.cy!;
  const { positions, factor } = scaleToLength(layout.positions, graph.pairs);
  const index = new Map(graph.ids.map((id, i) => [id, i]));
  cy.batch(() =>
    cy.nodes().positions((node) => {
      const i = index.get(node.id())!;
      return { x: positions[2 * i]!, y: positions[2 * i + 1]! };
    }),
  );
  element.fit();
  // A frame, so that whatever the element does on a move (none today) has happened.
  await nextFrame();
  return { measures: measure(cy, false), ms: layout.ms, scale: factor, ...(layout.note ? { note: layout.note } : {}) };
}

async function reference(
  name: ReferenceName,
  element: ActorGraphElement,
  graph: IndexedGraph,
): Promise<ReferenceResult | { error: string } | { notRun: string }> {
  try {
    // What our layout decided for its own positions (labels moved to a side, relations bent
    // around actors) is taken off: a reference is drawn as the element draws any relation and
    // label by default, labels below, parallel relations fanned.
    clearPlacementMarks(element.cy!);
    if (name === 'before') {
      if (graph.ids.length > BEFORE_MAX_ACTORS) return { notRun: `over ${BEFORE_MAX_ACTORS} actors` };
      const { positions, ms } = await runBeforeLayout(element.cy!);
      const flat = new Float64Array(graph.ids.length * 2);
      graph.ids.forEach((id, i) => {
        flat[2 * i] = positions.get(id)!.x;
        flat[2 * i + 1] = positions.get(id)!.y;
      });
      return await measureAt(element, graph, { positions: flat, ms });
    }
    return await measureAt(element, graph, name === 'fa2' ? fa2Best(graph) : stressReference(graph));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function run({ graph: url, mode }: DrawingRequest): Promise<DrawingLoad> {
  const doc = (await (await fetch(url)).json()) as BenchDocument;
  const box = document.getElementById('graph')!;
  box.replaceChildren();
  const element = document.createElement('actor-graph');
  element.style.height = '100%';
  const ready = new Promise<void>((resolve, reject) => {
    element.addEventListener('graph-ready', () => resolve(), { once: true });
    element.addEventListener('graph-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))), { once: true });
  });
  marks.length = 0;
  const t0 = performance.now();
  box.append(element);
  element.data = doc;
  await ready;
  const t1 = performance.now();
  await settleTasks();
  const spans = layoutSpans(marks, t1);
  const cy = element.cy!;
  const at = () => cy.nodes().map((node) => [node.id(), node.position().x, node.position().y] as [string, number, number]);
  const positions = at();
  // Measured at the view the element fitted: what a reader sees first.
  const measuring = performance.now();
  const ours = measure(cy, mode === 'large');
  const measureMs = performance.now() - measuring;
  const load: DrawingLoad = {
    actors: doc.actors.length,
    relations: doc.relations.length,
    readyMs: t1 - t0,
    layoutMs: spans.length ? spans.reduce((sum, span) => sum + span.end - span.start, 0) : null,
    layoutHow: 'marks',
    layoutMarks: [...new Set(spans.map((span) => span.name))],
    longTaskInLayout: longestOver(spans),
    longTaskToReady: longestOver([{ start: t0, end: t1 }]),
    positions,
    rerunIdentical: null,
    ours,
    measureMs,
    references: {},
  };
  if (mode !== 'large') {
    // The layout step timed on its own: the element's layOutDrawing, with the element's layout
    // (the default), run again on its drawing from the seed as in the load. Small graphs may be
    // placed on the main thread by a plain function call, which no mark sees.
    await nextFrame();
    const start = performance.now();
    await layOutDrawing(cy, parseLayout(element.layout));
    const end = performance.now();
    await settleTasks();
    load.layoutMs = end - start;
    load.layoutHow = 'rerun';
    load.longTaskInLayout = longestOver([{ start, end }]);
    load.rerunIdentical = JSON.stringify(at()) === JSON.stringify(positions);
  }
  if (mode === 'full') {
    const graph = indexGraph(doc);
    for (const name of ['before', 'fa2', 'stress'] as const) load.references[name] = await reference(name, element, graph);
  }
  return load;
}

window.__drawing = { run };

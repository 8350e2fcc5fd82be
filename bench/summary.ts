/** What a stack's loads add up to (a cell of the main table per figure), and how they were measured. */
import type { Measurement } from './browser.ts';
import type { RunFlags } from './flags.ts';
import type { Cell } from './format.ts';
import { median, quantile } from './model.ts';
import { FIGURES, type FigureKey, type StackResult } from './report.ts';

/** The median of each figure over the completed loads, the determinism check, the median load's marks and longest tasks. */
export function summariseRuns(done: Measurement[], attempted: number, timeout: Cell | null, errors: string[]): StackResult {
  const figures = {} as Record<FigureKey, Cell>;
  for (const { key } of FIGURES) {
    const values = done.map((m) => (key === 'panMedian' ? median(m.panFrames) : key === 'panP95' ? quantile(m.panFrames, 0.95) : m[key]));
    const usable = values.filter((v) => Number.isFinite(v));
    figures[key] = usable.length ? median(usable) : (timeout ?? { error: errors[0] ?? 'no completed load' });
  }
  const positions = done.map((m) => JSON.stringify(m.positions));
  const byReady = [...done].sort((a, b) => a.ready - b.ready);
  const middle = byReady[byReady.length >> 1];
  return {
    runs: done.length,
    attempted,
    figures,
    deterministic: done.length >= 3 ? positions.every((p) => p === positions[0]) : null,
    ...(middle && middle.marks.length
      ? { timeline: { marks: middle.marks, ready: middle.ready, painted: middle.painted, tasks: middle.tasks } }
      : {}),
    ...(errors.length ? { errors } : {}),
  };
}

/** How everything was measured, for latest.md and latest.json. */
export function methodNotes(flags: RunFlags, timeoutMs: number): string[] {
  const loads = flags.loads
    ? `${flags.loads} per graph and stack (--loads)`
    : flags.quick
      ? '1 per graph and stack (--quick)'
      : '5 for the small graphs (3 for cytoscape-cola, whose time there is its 4 s limit), 3 for 1,000 and 5,000 actors';
  return [
    'Graphs: bench/generate.ts (seed 1, 4 relations per actor: hubs, communities, all three relation types, parallel and directed relations) and graph/russia-taliban-2016.json.',
    "Pages: bench/pages/*.html built with Vite's build API (configFile: false, not minified: timing starts after scripts load) into a temporary directory, served by node:http on 127.0.0.1.",
    "Each page fetches and parses the graph file first (not timed); connection is then the creation of `<actor-graph>` (ours) or the start of the baseline's setup.",
    'Ready: ours at `graph-ready`; cytoscape-cola (cytoscape({container, elements, style, layout: {name: "cola"}}), cola defaults: animate, maxSimulationTime 4000 ms) at `layoutstop` plus one frame; cytoscape-alone (the floor: cytoscape with the positions ForceAtlas2 gives sigma-fa2, worked out before the run, nothing laid out) once its elements are added and fitted, its first frame to come, as ours; sigma-fa2 (graphology graph, seeded random start, forceAtlas2.assign with inferSettings and 100 iterations, new Sigma) when the Sigma constructor, which renders synchronously, returns. "Painted" adds two animation frames for every stack.',
    'Longest task: PerformanceObserver("longtask") from connection to 1 s after painting (the API reports only tasks over 50 ms: 0 means none). Frame gap: the longest interval between requestAnimationFrame callbacks over the same window, a finer figure. "After first frame": tasks that start after the first frame callback following connection (the task drawing that frame left out), and frame gaps from the next callback on.',
    'Pan/zoom: about 1 s of mouse drag (60 input events a second, starting on an empty point for cytoscape) then 1 s of wheel steps, 8 in and 8 out in turn; frame time is the interval between requestAnimationFrame callbacks meanwhile, median and p95 per load.',
    'Heap: Runtime.getHeapUsage (usedSize) through the DevTools protocol after two HeapProfiler.collectGarbage, once the load has settled.',
    `Loads: ${loads}, each in a fresh browser context at 1200 × 800; a load not settled within ${timeoutMs / 1000} s is stopped (Runtime.terminateExecution) and written as a timeout, and that stack is not tried on bigger graphs.`,
    'Chromium flags: --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --js-flags=--expose-gc --enable-unsafe-swiftshader (the last so that sigma gets WebGL without a GPU: SwiftShader, i.e. WebGL on the CPU). Without a GPU every stack draws on the CPU, but sigma suffers most: its paint and pan/zoom figures here are far from what it does on a GPU.',
    'Model (Node, tsx): validateDocument + loadGraph on a fresh JSON copy, median of 5 after a warm-up load; findPaths over 200 actor pairs from a seeded generator, after one warm-up query: shortest, and all paths up to 4 hops with limit 100.',
    "Where the time goes: cytoscape's add, batch, fit, resize, layout() and layout.run, and the Worker constructor (a layout worker is timed from creation to its answer), are wrapped in the page (bench/ours.ts). The last load of ours at every size runs under the DevTools CPU profiler (sampling every 0.5 ms; it costs that load a few per cent), from just before connection to the end of settling, and again, apart, over its pan and zoom. The profile is lined up with the page's clock by reading performance.now() on either side of the profiler's start, which places each long task of that load among the samples to within a few ms.",
    "Goals: issue 19 compares ours with sigma-fa2 measured in the same run; a missed goal's cause names the biggest phases of the median load (from the marks), the longest task of the profiled load with the phase and cytoscape calls it overlapped and the functions its samples fell in, and the profile's top self time. The drawing goal compares this run's Drawing table with bench/baseline-figures/drawing-issue-19.json.",
  ];
}

/**
 * `npm run bench -- --drawing`: the drawing measures alone, for tuning the layout. Graphs up to
 * 150 actors, one full load each (ours and the references) and two more of ours (positions
 * identical over three loads, layout time the median of three). Prints the Drawing table and
 * the drawing goals, and writes bench/results/drawing.md and drawing.json (latest.md and
 * latest.json, the full run's, are left as they are). `--graphs rt,karate,planar` measures only
 * the graphs named: keys rt, 10, 30, 100, 150 (and 1000, 5000, measured only when named), the
 * fixtures' file names or their start (karate, les…), grid-5x5, wheel-12, tree-30, ladder-2x10,
 * planar-30, or 'planar' for all five planar graphs. The last goal printed is issue 19's: no
 * graph measured worse than bench/baseline-figures/drawing-issue-19.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Driver } from './browser.ts';
import { drawingBaselineGoal, readDrawingBaseline } from './drawing-baseline.ts';
import { DRAWING_FULL_MAX, drawingGraphs, measureDrawings, type DrawingGraph, type DrawingRow } from './drawing-bench.ts';
import { drawingGoals, drawingSection, printDrawing } from './drawing-report.ts';
import { codeState, machineInfo } from './machine.ts';
import type { Goal, Results } from './report.ts';
import { BENCH_DIR, buildPages, serve } from './serve.ts';

export interface DrawingResults {
  date: string;
  durationS: number;
  machine: Results['machine'];
  method: string[];
  rows: DrawingRow[];
  goals: Goal[];
}

/** How the drawing measures are taken, for the Method sections. */
export function drawingMethod(): string[] {
  return [
    `Drawing: bench/pages/drawing.html mounts <actor-graph> (from src) in a 1000 × 700 box, waits for graph-ready and reads what is drawn at the element's fitted view (readDrawing, src/view/drawn-geometry.ts: rendered pixels, labels and curves included), measured by measureDrawing (src/view/drawing-measures.ts). Crossings are between straight segments joining distinct actor pairs.`,
    `References, drawn by the same element after ours (actors moved, relations and labels as the element draws them by default: the label sides and bent relations our layout chose for its own positions are taken off first; then element.fit()), each scaled first so that its median relation is 150 px: before = the seed circle + cytoscape-cola with the options of commit 452d153 (bench/before-layout.ts; up to ${DRAWING_FULL_MAX} actors, above which the element used ForceAtlas2 then as now); fa2 = graphology-layout-forceatlas2, inferSettings, 500 iterations, from 10 seeded random starts, the one with the fewest crossings kept; stress = stressLayout of src/view/stress.ts. networkx crossings: the layouts in bench/fixtures/NAME.positions.json, counted by countCrossings.`,
    'Graphs: graph/russia-taliban-2016.json; bench/generate.ts (seed 1, 4 relations per actor) at 10, 30, 100 and 150 actors (and 1,000 and 5,000 in the full run: ours only, crossings and relations through actors); the real social networks of bench/fixtures/; the planar graphs of bench/planar.ts (grid 5 × 5, wheel of 12, binary tree of 30, ladder 2 × 10, seeded random planar graph of 30 actors and 45 relations).',
    "Loads: up to 150 actors, one full load and two of ours alone per graph; ours's figures are the first load's (the three must be identical), layout and ready times the median of the three. Every load navigates one page, kept in one browser context, to the drawing page again: a fresh document (modules, element, drawing), but with the browser's compiled code warm, so connect → ready here is shorter than the cold first load of the main table.",
    "Layout time up to 150 actors: after graph-ready and ours measured, the page runs the element's own layOutDrawing(cy, its layout) (src/view/drawing.ts: seed, then the layout, in a worker or not as the element does it) again on the same drawing and times it (warm: the code is compiled by then, so a first load's layout may take somewhat longer); the re-run must put every actor where the load did. The longest task is the longest Long Tasks entry during that re-run. Above 150 actors: the layout worker's mark in the load.",
  ];
}

function drawingMarkdown(results: DrawingResults): string {
  const m = results.machine;
  const out = ['# actor-graph drawing measures', ''];
  out.push(
    `${results.date}; the run took ${(results.durationS / 60).toFixed(1)} min. Code: commit ${m.commit}${m.srcChanged ? ', with uncommitted changes in src/' : ''}.`,
    '',
  );
  out.push(
    `Machine: ${m.os}; ${m.cpus} × ${m.cpu}; Node ${m.node}; Chromium ${m.chromium} (headless). 1-minute load average ${m.loadAverage.start.toFixed(2)} at the start, at most ${m.loadAverage.max.toFixed(2)}.`,
    '',
  );
  out.push(...drawingSection(results.rows, results.goals));
  out.push('## Method', '', ...results.method.map((line) => `- ${line}`), '');
  return out.join('\n');
}

/** Whether `word` of `--graphs` names `graph`: its whole key, the start of a fixture's key, or 'planar' for every planar graph. */
function picks(word: string, graph: DrawingGraph): boolean {
  if (word === 'planar') return graph.planar;
  return graph.key === word || (!/^\d+$/.test(word) && graph.key.startsWith(word));
}

/** `only`: measure only the graphs these words name (`--graphs rt,karate,planar`; see `picks`). */
export async function runDrawingOnly(root: string, only: string[] | null = null): Promise<void> {
  const started = performance.now();
  const loadAverages = [os.loadavg()[0]!];
  const code = codeState(root);
  const temp = mkdtempSync(join(os.tmpdir(), 'actor-graph-drawing-'));
  const driver = new Driver();
  let server: Awaited<ReturnType<typeof serve>> | null = null;
  try {
    const site = join(temp, 'site');
    const graphDir = join(temp, 'graphs');
    mkdirSync(graphDir);
    console.error('[drawing] building the page…');
    const building = performance.now();
    await buildPages(site, ['drawing']);
    console.error(`[drawing] built in ${((performance.now() - building) / 1000).toFixed(1)} s`);
    server = await serve({ '/': site, '/drawing-graphs/': graphDir });
    await driver.launch();
    // 1,000 and 5,000 actors only when named.
    const largeSizes = [1000, 5000].filter((n) => only?.includes(String(n)));
    const graphs = drawingGraphs(root, { largeSizes }).filter((graph) => !only || only.some((word) => picks(word, graph)));
    if (!graphs.length) throw new Error(`--graphs ${only!.join(',')} names no graph`);
    // A minute is far more than any layout of up to 150 actors should take.
    const rows = await measureDrawings(driver, server.url, graphDir, graphs, {
      loads: 3,
      timeoutMs: 60_000,
      onLoad: () => loadAverages.push(os.loadavg()[0]!),
    });
    // Issue 19's drawing goal last: no graph worse than the baseline kept in bench/baseline-figures/.
    const goals = [...drawingGoals(rows), drawingBaselineGoal(rows, readDrawingBaseline(root))];
    const results: DrawingResults = {
      date: new Date().toISOString(),
      durationS: (performance.now() - started) / 1000,
      machine: machineInfo(code, driver.version, loadAverages),
      method: drawingMethod(),
      rows,
      goals,
    };
    const out = join(BENCH_DIR, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'drawing.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(out, 'drawing.md'), drawingMarkdown(results));
    printDrawing(rows, goals);
    console.log(
      `\nbench/results/drawing.md and drawing.json written; the run took ${(results.durationS / 60).toFixed(1)} min (commit ${code.commit}${code.srcChanged ? ' with uncommitted changes in src/' : ''}).`,
    );
  } finally {
    await driver.close();
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

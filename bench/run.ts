/**
 * `npm run bench [-- --quick]`: actor-graph against plain cytoscape + cytoscape-cola and
 * sigma.js + ForceAtlas2, in headless Chromium and in Node, then the measures of the drawing
 * (bench/drawing-bench.ts); writes bench/results/latest.md and latest.json. `--quick`: one load
 * each and no 5,000-actor graph, for a smoke run. `--drawing`: the drawing measures alone, up to
 * 150 actors (bench/drawing-run.ts; writes drawing.md and drawing.json). `--report`: measures
 * nothing, writes latest.md again from latest.json (after the report's wording or goals changed).
 * `--timings`: the time limits alone, each operation against the time it should stay under
 * (bench/timings.ts; writes timings.md and timings.json, exit 1 when one is missed); the full
 * run measures them first.
 * `--stats`: the `actor-graph stats` command alone, betweenness exact and estimated on 5,000 and
 * 20,000 actors (bench/stats.ts; writes stats.md and stats.json; some 5 minutes).
 *
 * Everything runs one thing at a time (a 2-core machine: a second load would steal the core
 * that Chromium's compositor or Node needs), and everything built or generated goes into a
 * temporary directory removed at the end.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { GraphDocument } from '../src/model/format.ts';
import { Driver, type Measurement } from './browser.ts';
import { drawingGraphs, measureDrawings } from './drawing-bench.ts';
import { printDrawing } from './drawing-report.ts';
import { drawingMethod, runDrawingOnly } from './drawing-run.ts';
import { generateGraph } from './generate.ts';
import { codeState, machineInfo } from './machine.ts';
import { benchModel, librarySize, median, quantile } from './model.ts';
import { summarise } from './profile.ts';
import { runStatsBench } from './stats.ts';
import {
  evaluateGoals,
  FIGURES,
  mainTable,
  markdown,
  type Cell,
  type FigureKey,
  type Results,
  type SizeInfo,
  type StackResult,
} from './report.ts';
import { BENCH_DIR, buildPages, PAGES, serve, type PageName } from './serve.ts';
import { runTimings } from './timings.ts';

const quick = process.argv.includes('--quick');
const ROOT = join(BENCH_DIR, '..');
if (process.argv.includes('--report')) {
  const file = join(BENCH_DIR, 'results', 'latest.json');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Results;
  saved.goals = evaluateGoals(saved);
  writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  writeFileSync(join(BENCH_DIR, 'results', 'latest.md'), markdown(saved));
  console.log('bench/results/latest.md written again from latest.json.');
  process.exit(0);
}
if (process.argv.includes('--timings')) {
  process.exit((await runTimings(ROOT)) ? 0 : 1);
}
if (process.argv.includes('--drawing')) {
  const at = process.argv.indexOf('--graphs');
  await runDrawingOnly(ROOT, at > 0 && process.argv[at + 1] ? process.argv[at + 1]!.split(',') : null);
  process.exit(0);
}
if (process.argv.includes('--stats')) {
  runStatsBench(ROOT, quick);
  process.exit(0);
}
const SEED = 1;
const TIMEOUT_MS = 120_000;
const log = (...parts: unknown[]) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...parts);
const started = performance.now();

/**
 * The graphs, and how many loads each gets: fewer where one load takes long, to stay near 15
 * minutes. cytoscape-cola gets at most 3 on the small graphs: its time there is its fixed
 * 4 s simulation limit, which varies little, and each load costs over 8 s.
 */
const graphs: { info: SizeInfo; doc: GraphDocument; loads: number }[] = [];
const seedGraph = JSON.parse(readFileSync(join(ROOT, 'graph/russia-taliban-2016.json'), 'utf8')) as GraphDocument;
const add = (key: string, label: string, doc: GraphDocument, loads: number) =>
  graphs.push({ info: { key, label, actors: doc.actors.length, relations: doc.relations.length }, doc, loads: quick ? 1 : loads });
add('rt', 'Russia–Taliban', seedGraph, 5);
for (const [n, loads] of [
  [10, 5],
  [100, 5],
  [1000, 3],
  [5000, 3],
] as const) {
  if (quick && n === 5000) continue;
  add(String(n), `${n.toLocaleString('en-US')} actors`, generateGraph({ actors: n, perActor: 4, seed: SEED }), loads);
}

const code = codeState(ROOT);
const temp = mkdtempSync(join(os.tmpdir(), 'actor-graph-bench-'));
/** The 1-minute load average before each load: on a shared machine, what else was running shows here. */
const loadAverages: number[] = [os.loadavg()[0]!];
const driver = new Driver();
let server: Awaited<ReturnType<typeof serve>> | null = null;

try {
  // The time limits first, before Chromium is up to compete for the cores.
  log('timings…');
  if (!(await runTimings(ROOT))) log('a timing missed its goal: see bench/results/timings.md');
  // The model next, in this process, likewise.
  const model: Results['model'] = {};
  for (const { info, doc } of graphs) {
    model[info.key] = benchModel(doc, { loads: quick ? 1 : 5, pairs: 200 });
    log(
      `model ${info.label}: load ${model[info.key]!.loadMs.toFixed(1)} ms, shortest ${model[info.key]!.shortestMs.toFixed(3)} ms, all ${model[info.key]!.allMs.toFixed(3)} ms`,
    );
  }
  log('library size (npm run build, else a lib build here)…');
  const library = await librarySize(ROOT, temp);
  log(`library: ${library.file}, ${(library.gzipBytes / 1000).toFixed(1)} kB gzipped`);

  const site = join(temp, 'site');
  const graphDir = join(temp, 'graphs');
  mkdirSync(graphDir);
  for (const { info, doc } of graphs) writeFileSync(join(graphDir, `${info.key}.json`), JSON.stringify(doc));
  log('building the pages…');
  await buildPages(site);
  const drawingDir = join(temp, 'drawing-graphs');
  mkdirSync(drawingDir);
  server = await serve({ '/': site, '/graphs/': graphDir, '/drawing-graphs/': drawingDir });
  await driver.launch();

  const browser: Results['browser'] = {};
  const profiles: Results['profiles'] = {};
  /** A stack that timed out is not tried again on a bigger graph. */
  const timedOutAt = new Map<PageName, string>();
  for (const { info, loads } of graphs) {
    browser[info.key] = {} as Record<PageName, StackResult>;
    for (const page of PAGES) {
      const url = `${server.url}/pages/${page}.html?graph=/graphs/${info.key}.json`;
      const done: Measurement[] = [];
      const errors: string[] = [];
      let timeout: Cell | null = null;
      let attempts = 0;
      if (timedOutAt.has(page)) timeout = { notRun: `timed out at ${timedOutAt.get(page)}` };
      const tries = page === 'cytoscape-cola' ? Math.min(loads, 3) : loads;
      for (let run = 0; run < tries && !timeout; run++) {
        attempts++;
        // The last load of ours from 100 actors up is profiled (sampling costs a few per cent): where the time goes.
        const profile = page === 'ours' && info.actors >= 100 && run === tries - 1;
        loadAverages.push(os.loadavg()[0]!);
        const outcome = await driver.measure(url, { timeoutMs: TIMEOUT_MS, profile });
        if (outcome.ok) {
          done.push(outcome.m);
          log(
            `${info.label} ${page} #${run + 1}: ready ${outcome.m.ready.toFixed(0)} ms, pan median ${median(outcome.m.panFrames).toFixed(1)} ms, heap ${outcome.m.heapMB.toFixed(1)} MB`,
          );
          if (outcome.m.profile) profiles[info.key] = summarise(outcome.m.profile, site);
        } else if ('timeoutS' in outcome) {
          timeout = { timeoutS: outcome.timeoutS };
          timedOutAt.set(page, info.label);
          log(`${info.label} ${page} #${run + 1}: timeout after ${outcome.timeoutS} s`);
        } else {
          errors.push(outcome.error);
          log(`${info.label} ${page} #${run + 1}: error ${outcome.error.split('\n')[0]}`);
        }
      }
      browser[info.key]![page] = summariseRuns(done, attempts, timeout, errors);
    }
  }

  // The measures of the drawing: up to 150 actors with the references, beyond that ours alone.
  const drawing = await measureDrawings(
    driver,
    server.url,
    drawingDir,
    drawingGraphs(ROOT, { largeSizes: quick ? [1000] : [1000, 5000] }),
    {
      loads: quick ? 1 : 3,
      timeoutMs: TIMEOUT_MS,
      onLoad: () => loadAverages.push(os.loadavg()[0]!),
    },
  );

  const chromium = driver.version;
  await driver.close();
  const results: Results = {
    date: new Date().toISOString(),
    quick,
    durationS: (performance.now() - started) / 1000,
    machine: machineInfo(code, chromium, loadAverages),
    method: [...methodNotes(), ...drawingMethod()],
    sizes: graphs.map((g) => g.info),
    browser,
    model,
    library,
    profiles,
    drawing,
    goals: [],
  };
  results.goals = evaluateGoals(results);
  const out = join(BENCH_DIR, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'latest.md'), markdown(results));
  console.log(mainTable(results));
  printDrawing(drawing, []);
  console.log('');
  for (const goal of results.goals) console.log(`${goal.status.padEnd(12)} ${goal.goal}: ${goal.figure}`);
  console.log(`\nbench/results/latest.md and latest.json written; the run took ${(results.durationS / 60).toFixed(1)} min.`);
} finally {
  await driver.close();
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
}

/** The median of each figure over the completed loads, the determinism check, the median load's marks. */
function summariseRuns(done: Measurement[], attempted: number, timeout: Cell | null, errors: string[]): StackResult {
  const figures = {} as Record<FigureKey, Cell>;
  for (const { key } of FIGURES) {
    const values = done.map((m) => (key === 'panMedian' ? median(m.panFrames) : key === 'panP95' ? quantile(m.panFrames, 0.95) : m[key]));
    const usable = values.filter((v) => Number.isFinite(v));
    figures[key] = usable.length ? median(usable) : (timeout ?? { error: errors[0] ?? 'no completed load' });
  }
  const positions = done.map((m) => JSON.stringify(m.positions));
  const byReady = [...done].sort((a, b) => a.ready - b.ready);
  return {
    runs: done.length,
    attempted,
    figures,
    deterministic: done.length >= 3 ? positions.every((p) => p === positions[0]) : null,
    ...(byReady.length && byReady[0]!.marks.length ? { timeline: pickTimeline(byReady[byReady.length >> 1]!) } : {}),
    ...(errors.length ? { errors } : {}),
  };
}

function pickTimeline({ marks, ready, painted }: Measurement) {
  return { marks, ready, painted };
}

/** How everything was measured, for latest.md and latest.json. */
function methodNotes(): string[] {
  return [
    'Graphs: bench/generate.ts (seed 1, 4 relations per actor: hubs, communities, all three relation types, parallel and directed relations) and graph/russia-taliban-2016.json.',
    "Pages: bench/pages/*.html built with Vite's build API (configFile: false, not minified: timing starts after scripts load) into a temporary directory, served by node:http on 127.0.0.1.",
    "Each page fetches and parses the graph file first (not timed); connection is then the creation of `<actor-graph>` (ours) or the start of the baseline's setup.",
    'Ready: ours at `graph-ready`; cytoscape-cola (cytoscape({container, elements, style, layout: {name: "cola"}}), cola defaults: animate, maxSimulationTime 4000 ms) at `layoutstop` plus one frame; sigma-fa2 (graphology graph, seeded random start, forceAtlas2.assign with inferSettings and 100 iterations, new Sigma) when the Sigma constructor, which renders synchronously, returns. "Painted" adds two animation frames for every stack.',
    'Longest task: PerformanceObserver("longtask") from connection to 1 s after painting (the API reports only tasks over 50 ms: 0 means none). Frame gap: the longest interval between requestAnimationFrame callbacks over the same window, a finer figure. "After first frame": tasks that start after the first frame callback following connection (the task drawing that frame left out), and frame gaps from the next callback on.',
    'Pan/zoom: about 1 s of mouse drag (60 input events a second, starting on an empty point for cytoscape) then 1 s of wheel steps, 8 in and 8 out in turn; frame time is the interval between requestAnimationFrame callbacks meanwhile, median and p95 per load.',
    'Heap: Runtime.getHeapUsage (usedSize) through the DevTools protocol after two HeapProfiler.collectGarbage, once the load has settled.',
    `Loads: ${quick ? '1 per graph and stack (--quick)' : '5 for the small graphs (3 for cytoscape-cola, whose time there is its 4 s limit), 3 for 1,000 and 5,000 actors'}, each in a fresh browser context at 1200 × 800; a load not settled within ${TIMEOUT_MS / 1000} s is stopped (Runtime.terminateExecution) and written as a timeout, and that stack is not tried on bigger graphs.`,
    'Chromium flags: --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --js-flags=--expose-gc --enable-unsafe-swiftshader (the last so that sigma gets WebGL without a GPU: SwiftShader, i.e. WebGL on the CPU). Without a GPU every stack draws on the CPU, but sigma suffers most: its paint and pan/zoom figures here are far from what it does on a GPU.',
    'Model (Node, tsx): validateDocument + loadGraph on a fresh JSON copy, median of 5 after a warm-up load; findPaths over 200 actor pairs from a seeded generator, after one warm-up query: shortest, and all paths up to 4 hops with limit 100.',
    "Where the time goes: cytoscape's add, batch, fit, resize, layout() and layout.run, and the Worker constructor (a layout worker is timed from creation to its answer), are wrapped in the page (bench/ours.ts); the last load of ours at 100, 1,000 and 5,000 actors runs under the DevTools CPU profiler (sampling every 0.5 ms).",
  ];
}

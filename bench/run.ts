/**
 * `npm run bench [-- --quick]`: actor-graph against plain cytoscape + cytoscape-cola and
 * sigma.js + ForceAtlas2, in headless Chromium and in Node, the careful placement alone in fresh
 * layout workers (bench/placement.ts), then the measures of the drawing (bench/drawing-bench.ts);
 * prints the main table and issue 19's goals, each met or missed with its cause and what would
 * close it (bench/goals.ts), and writes bench/results/latest.md and
 * latest.json, with the CPU profile's top items for every size. `--quick`: one load each and no
 * 5,000-actor graph, for a smoke run.
 *
 * A partial run, for iterating on speed: `--sizes rt,10,100,1000,5000` (any of them),
 * `--stacks ours,sigma-fa2,cytoscape-cola` (any of them) and `--loads N` (every stack, every
 * size; default as in the full run, or 1 with --quick), alone or together, e.g.
 *   npm run bench -- --sizes rt,100 --stacks ours,sigma-fa2 --loads 3
 * loads only those, skips the time limits, the model, the library size and the drawing measures,
 * prints the main table and the goals of those sizes, and writes bench/results/partial.md and
 * partial.json (ignored by git; latest.md is left as it is). Some 20 s a load at 100 actors.
 *
 * Other modes: `--drawing`: the drawing measures alone, up to 150 actors (bench/drawing-run.ts;
 * writes drawing.md and drawing.json; `--graphs rt,karate,planar` for some graphs only).
 * `--report [--partial]`: measures nothing, writes latest.md (partial.md) again from latest.json
 * (partial.json), its goals evaluated again (after the report's wording or the goals changed).
 * `--timings`: the time limits alone, each operation against the time it should stay under
 * (bench/timings.ts; writes timings.md and timings.json, exit 1 when one is missed); the full
 * run measures them first. `--stats`: the `actor-graph stats` command alone, betweenness exact
 * and estimated on 5,000 and 20,000 actors (bench/stats.ts; writes stats.md and stats.json;
 * some 5 minutes).
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
import { readDrawingBaseline } from './drawing-baseline.ts';
import { drawingGraphs, measureDrawings } from './drawing-bench.ts';
import { printDrawing } from './drawing-report.ts';
import { drawingMethod, runDrawingOnly } from './drawing-run.ts';
import { parseRunFlags, type RunFlags } from './flags.ts';
import type { Cell } from './format.ts';
import { generateGraph } from './generate.ts';
import { evaluateGoals } from './goals.ts';
import { codeState, machineInfo } from './machine.ts';
import { benchModel, librarySize } from './model.ts';
import { measurePlacements } from './placement-bench.ts';
import { summarise } from './profile.ts';
import { goalLines, mainTable, markdown, stacksOf, type Results, type SizeInfo, type StackResult } from './report.ts';
import { placedByForceAtlas2 } from './baselines/fa2-graph.ts';
import { BENCH_DIR, buildPages, PAGES, serve, type PageName } from './serve.ts';
import { runStatsBench } from './stats.ts';
import { methodNotes, summariseRuns } from './summary.ts';
import { runTimings } from './timings.ts';

const ROOT = join(BENCH_DIR, '..');
const RESULTS = join(BENCH_DIR, 'results');

/** Evaluates the goals of `results` (again) and writes its JSON and Markdown as `name`.json and .md. */
function writeResults(results: Results, name: 'latest' | 'partial'): void {
  const { goals, kept } = evaluateGoals(results, readDrawingBaseline(ROOT));
  results.goals = goals;
  results.keptGoals = kept;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(RESULTS, `${name}.md`), markdown(results));
}

if (process.argv.includes('--report')) {
  const name = process.argv.includes('--partial') ? 'partial' : 'latest';
  writeResults(JSON.parse(readFileSync(join(RESULTS, `${name}.json`), 'utf8')) as Results, name);
  console.log(`bench/results/${name}.md written again from ${name}.json.`);
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
  runStatsBench(ROOT, process.argv.includes('--quick'));
  process.exit(0);
}

let flags: RunFlags;
try {
  flags = parseRunFlags(process.argv);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const { quick, partial } = flags;
const SEED = 1;
const TIMEOUT_MS = 120_000;
const log = (...parts: unknown[]) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...parts);
const started = performance.now();
const stacks: PageName[] = flags.stacks ?? [...PAGES];

/**
 * The graphs, and how many loads each gets: fewer where one load takes long, to stay near 15
 * minutes. cytoscape-cola gets at most 3 on the small graphs: its time there is its fixed
 * 4 s simulation limit, which varies little, and each load costs over 8 s.
 */
const graphs: { info: SizeInfo; doc: GraphDocument; loads: number }[] = [];
const wanted = (key: string) => (flags.sizes ? flags.sizes.includes(key) : !(quick && key === '5000'));
const add = (key: string, label: string, doc: GraphDocument, loads: number) => {
  if (!wanted(key)) return;
  graphs.push({
    info: { key, label, actors: doc.actors.length, relations: doc.relations.length },
    doc,
    loads: flags.loads ?? (quick ? 1 : loads),
  });
};
add('rt', 'Russia–Taliban', JSON.parse(readFileSync(join(ROOT, 'graph/russia-taliban-2016.json'), 'utf8')) as GraphDocument, 5);
for (const [n, loads] of [
  [10, 5],
  [100, 5],
  [1000, 3],
  [5000, 3],
] as const) {
  if (wanted(String(n)))
    add(String(n), `${n.toLocaleString('en-US')} actors`, generateGraph({ actors: n, perActor: 4, seed: SEED }), loads);
}

const code = codeState(ROOT);
const temp = mkdtempSync(join(os.tmpdir(), 'actor-graph-bench-'));
/** The 1-minute load average before each load: on a shared machine, what else was running shows here. */
const loadAverages: number[] = [os.loadavg()[0]!];
const driver = new Driver();
let server: Awaited<ReturnType<typeof serve>> | null = null;

try {
  const model: Results['model'] = {};
  let library: Results['library'];
  if (!partial) {
    // The time limits first, before Chromium is up to compete for the cores.
    log('timings…');
    if (!(await runTimings(ROOT))) log('a timing missed its goal: see bench/results/timings.md');
    // The model next, in this process, likewise.
    for (const { info, doc } of graphs) {
      model[info.key] = benchModel(doc, { loads: quick ? 1 : 5, pairs: 200 });
      log(
        `model ${info.label}: load ${model[info.key]!.loadMs.toFixed(1)} ms, shortest ${model[info.key]!.shortestMs.toFixed(3)} ms, all ${model[info.key]!.allMs.toFixed(3)} ms`,
      );
    }
    log('library size (npm run build, else a lib build here)…');
    library = await librarySize(ROOT, temp);
    log(`library: ${library.file}, ${(library.gzipBytes / 1000).toFixed(1)} kB gzipped`);
  }

  const site = join(temp, 'site');
  const graphDir = join(temp, 'graphs');
  mkdirSync(graphDir);
  for (const { info, doc } of graphs) {
    writeFileSync(join(graphDir, `${info.key}.json`), JSON.stringify(doc));
    // The floor draws sigma-fa2's picture without laying anything out: its positions, worked out here.
    if (stacks.includes('cytoscape-alone'))
      writeFileSync(join(graphDir, `${info.key}-placed.json`), JSON.stringify(placedByForceAtlas2(doc)));
  }
  log('building the pages…');
  await buildPages(site, partial ? [...stacks, ...(stacks.includes('ours') ? ['placement'] : [])] : undefined);
  const drawingDir = join(temp, 'drawing-graphs');
  mkdirSync(drawingDir);
  server = await serve({ '/': site, '/graphs/': graphDir, '/drawing-graphs/': drawingDir });
  await driver.launch();

  const browser: Results['browser'] = {};
  const profiles: Results['profiles'] = {};
  /** A stack that timed out is not tried again on a bigger graph. */
  const timedOutAt = new Map<PageName, string>();
  for (const { info, loads } of graphs) {
    const measured: Partial<Record<PageName, StackResult>> = {};
    browser[info.key] = measured;
    for (const page of stacks) {
      const url = `${server.url}/pages/${page}.html?graph=/graphs/${info.key}${page === 'cytoscape-alone' ? '-placed' : ''}.json`;
      const done: Measurement[] = [];
      const errors: string[] = [];
      let timeout: Cell | null = null;
      let attempts = 0;
      if (timedOutAt.has(page)) timeout = { notRun: `timed out at ${timedOutAt.get(page)}` };
      const tries = page === 'cytoscape-cola' && !flags.loads ? Math.min(loads, 3) : loads;
      for (let run = 0; run < tries && !timeout; run++) {
        attempts++;
        // The last load of ours at every size is profiled (sampling costs a few per cent): where the time goes.
        const profile = page === 'ours' && run === tries - 1;
        loadAverages.push(os.loadavg()[0]!);
        const outcome = await driver.measure(url, { timeoutMs: TIMEOUT_MS, profile });
        if (outcome.ok) {
          const m = outcome.m;
          done.push(m);
          log(
            `${info.label} ${page} #${run + 1}: ready ${m.ready.toFixed(0)} ms, longest task ${m.longTask.toFixed(0)} ms, pan median ${m.panFrames.length ? [...m.panFrames].sort((a, b) => a - b)[m.panFrames.length >> 1]!.toFixed(1) : '—'} ms, heap ${m.heapMB.toFixed(1)} MB`,
          );
          if (m.profile) {
            profiles[info.key] = summarise(m.profile, site, {
              tasks: m.tasks,
              connectedAt: m.connectedAt,
              ...(m.profileStartedAt === undefined ? {} : { startedAt: m.profileStartedAt }),
              timeline: { marks: m.marks, ready: m.ready, painted: m.painted },
              ...(m.panProfile ? { pan: m.panProfile } : {}),
            });
          }
        } else if ('timeoutS' in outcome) {
          timeout = { timeoutS: outcome.timeoutS };
          timedOutAt.set(page, info.label);
          log(`${info.label} ${page} #${run + 1}: timeout after ${outcome.timeoutS} s`);
        } else {
          errors.push(outcome.error);
          log(`${info.label} ${page} #${run + 1}: error ${outcome.error.split('\n')[0]}`);
        }
      }
      measured[page] = summariseRuns(done, attempts, timeout, errors);
    }
  }

  // The careful placement alone, in fresh workers: what every load of ours pays before drawing.
  const placement = stacks.includes('ours')
    ? await measurePlacements(
        driver,
        (key) => `${server!.url}/pages/placement.html?graph=/graphs/${key}.json`,
        graphs.map(({ info, doc }) => ({ info, actors: doc.actors.length })),
        { loads: quick ? 1 : 3, timeoutMs: TIMEOUT_MS, log },
      )
    : {};

  // The measures of the drawing: up to 150 actors with the references, beyond that ours alone.
  const drawing = partial
    ? undefined
    : await measureDrawings(driver, server.url, drawingDir, drawingGraphs(ROOT, { largeSizes: quick ? [1000] : [1000, 5000] }), {
        loads: quick ? 1 : 3,
        timeoutMs: TIMEOUT_MS,
        onLoad: () => loadAverages.push(os.loadavg()[0]!),
      });

  const chromium = driver.version;
  await driver.close();
  const results: Results = {
    date: new Date().toISOString(),
    quick,
    ...(partial ? { partial: { sizes: graphs.map((g) => g.info.key), stacks, loads: flags.loads } } : {}),
    durationS: (performance.now() - started) / 1000,
    machine: machineInfo(code, chromium, loadAverages),
    method: [...methodNotes(flags, TIMEOUT_MS), ...(partial ? [] : drawingMethod())],
    sizes: graphs.map((g) => g.info),
    browser,
    model,
    ...(library ? { library } : {}),
    profiles,
    ...(Object.keys(placement).length ? { placement } : {}),
    ...(drawing ? { drawing } : {}),
    goals: [],
  };
  const name = partial ? 'partial' : 'latest';
  writeResults(results, name);
  console.log(mainTable(results));
  if (drawing) printDrawing(drawing, []);
  console.log(
    `\nIssue 19's goals${partial ? ` (${stacksOf(results).join(', ')} at ${results.sizes.map((s) => s.label).join(', ')})` : ''}:\n`,
  );
  for (const line of goalLines(results.goals)) console.log(line);
  if (results.keptGoals?.length) {
    console.log('\nKept from earlier issues:\n');
    for (const line of goalLines(results.keptGoals)) console.log(line);
  }
  console.log(`\nbench/results/${name}.md and ${name}.json written; the run took ${(results.durationS / 60).toFixed(1)} min.`);
} finally {
  await driver.close();
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
}

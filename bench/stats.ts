/**
 * `npm run bench -- --stats`: the `actor-graph stats` command on generated graphs of 5,000 and
 * 20,000 actors, betweenness worked out from every actor (`--exact`) against estimated from
 * 500 (`--approx 500`, the default past 5,000 actors), and how far the estimate's top five are
 * from the exact one's. Writes bench/results/stats.md and stats.json; `--quick` measures the
 * 5,000-actor graph alone, once each way.
 *
 * Timed as a user meets it: the command spawned in its own process, from start to exit, file
 * reading, validation and triads included. One thing at a time (a 2-core machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { generateGraph } from './generate.ts';
import { codeState, machineInfo } from './machine.ts';
import { median } from './model.ts';
import type { Results } from './report.ts';
import { BENCH_DIR } from './serve.ts';

interface Ranked {
  id: string;
  value: number;
  /** The estimate's standard error (estimated runs only). */
  error?: number;
}

interface Way {
  /** Wall time of the command, ms: the median of the runs. */
  ms: number;
  runs: number;
  top: Ranked[];
}

interface StatsRow {
  actors: number;
  relations: number;
  exact: Way;
  estimated: Way;
  /** Actors in both top fives. */
  shared: number;
  /** The largest gap between an actor's estimated and exact value, over the actors in both top fives. */
  largestError: number;
  /** Of those actors, how many have the exact value within two standard errors of the estimate. */
  withinTwoErrors: number;
}

interface StatsResults {
  date: string;
  quick: boolean;
  machine: Results['machine'];
  rows: StatsRow[];
}

const SIZES = [
  { actors: 5_000, perActor: 4 },
  // The largest graph the readers accept: 20,000 actors and 50,000 relations.
  { actors: 20_000, perActor: 2.5 },
];

/** Runs `stats` `runs` times with `args` and gives the median time and the ranking it printed. */
function time(root: string, file: string, args: string[], runs: number): { way: Way; all: Map<string, number> } {
  const times: number[] = [];
  let printed: { centrality: { betweenness: Ranked[] } } | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const done = spawnSync(process.execPath, ['bin/actor-graph.js', 'stats', file, ...args, '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    times.push(performance.now() - start);
    if (done.status !== 0) throw new Error(`stats ${args.join(' ')} failed: ${done.stderr}`);
    printed = JSON.parse(done.stdout) as typeof printed;
  }
  const top = printed!.centrality.betweenness;
  return { way: { ms: median(times), runs, top }, all: new Map(top.map((r) => [r.id, r.value])) };
}

/** Measures, writes stats.md and stats.json, and prints the table. */
export function runStatsBench(root: string, quick: boolean): void {
  const temp = mkdtempSync(join(os.tmpdir(), 'actor-graph-stats-bench-'));
  const loads = [os.loadavg()[0]!];
  const log = (text: string) => console.error(text);
  try {
    const rows: StatsRow[] = [];
    for (const { actors, perActor } of quick ? SIZES.slice(0, 1) : SIZES) {
      const doc = generateGraph({ actors, perActor, seed: 1 });
      const file = join(temp, `${actors}.json`);
      writeFileSync(file, JSON.stringify(doc));
      // The exact run on 20,000 actors takes minutes: once is enough to show it.
      const exactRuns = quick || actors > 5_000 ? 1 : 3;
      log(`stats on ${actors.toLocaleString('en-US')} actors, exact (${exactRuns} run${exactRuns === 1 ? '' : 's'})…`);
      const exact = time(root, file, ['--exact'], exactRuns);
      loads.push(os.loadavg()[0]!);
      log(`  ${(exact.way.ms / 1000).toFixed(1)} s; estimated from 500 actors…`);
      const estimated = time(root, file, ['--approx', '500'], quick ? 1 : 3);
      loads.push(os.loadavg()[0]!);
      log(`  ${(estimated.way.ms / 1000).toFixed(1)} s`);
      // The estimate's top five against the exact values of the same actors, where exact knows them.
      const exactAll = exact.all;
      const both = estimated.way.top.filter((r) => exactAll.has(r.id));
      const gap = (r: Ranked) => Math.abs(r.value - exactAll.get(r.id)!);
      rows.push({
        actors,
        relations: doc.relations.length,
        exact: exact.way,
        estimated: estimated.way,
        shared: both.length,
        largestError: Math.max(0, ...both.map(gap)),
        withinTwoErrors: both.filter((r) => gap(r) <= 2 * (r.error ?? 0)).length,
      });
    }
    const results: StatsResults = { date: new Date().toISOString(), quick, machine: machineInfo(codeState(root), 'not used', loads), rows };
    const out = join(BENCH_DIR, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'stats.json'), `${JSON.stringify(results, null, 2)}\n`);
    const text = statsMarkdown(results);
    writeFileSync(join(out, 'stats.md'), text);
    console.log(text);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** stats.md: the table and how it was measured. */
export function statsMarkdown({ date, quick, machine, rows }: StatsResults): string {
  const lines = [
    '# `actor-graph stats`: betweenness exact and estimated',
    '',
    `${date}${quick ? ' (quick run)' : ''}, commit ${machine.commit}${machine.srcChanged ? ' (src/ had uncommitted changes)' : ''}; ${machine.cpus} × ${machine.cpu}, Node ${machine.node}; 1-minute load average ${machine.loadAverage.start.toFixed(1)} at the start, at most ${machine.loadAverage.max.toFixed(1)}.`,
    '',
    '| actors | relations | `--exact` | `--approx 500` | top five shared | largest gap among those | exact within 2 standard errors |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.actors.toLocaleString('en-US')} | ${r.relations.toLocaleString('en-US')} | ${seconds(r.exact.ms)} (${r.exact.runs} run${r.exact.runs === 1 ? '' : 's'}) | ${seconds(r.estimated.ms)} (median of ${r.estimated.runs}) | ${r.shared} of 5 | ${r.largestError.toFixed(4)} | ${r.withinTwoErrors} of ${r.shared} |`,
    ),
    '',
    'Method: graphs from bench/generate.ts (seed 1; 4 relations per actor at 5,000 actors, 2.5 at 20,000, the readers\' limits), written to a temporary file; `node bin/actor-graph.js stats FILE --json` with `--exact` or `--approx 500` (seed 1), spawned and timed from start to exit (reading, validation, centrality and triads). "Top five shared": actors in both the exact and the estimated top five by betweenness; the gap is between the estimate and the exact value for those actors, and the last column counts those whose exact value lies within two of the standard errors the estimate printed.',
    '',
  ];
  return lines.join('\n');
}

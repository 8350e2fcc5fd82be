/**
 * Issue 19's drawing goal: a run's drawing measures, graph by graph, no worse than those the
 * readable-drawing issue left, kept in bench/baseline-figures/drawing-issue-19.json. Only ours
 * is compared; a graph the run did not measure is named, not counted against the goal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DrawingRow } from './drawing-bench.ts';
import type { Measures } from './drawing-types.ts';
import type { Goal } from './report.ts';

export const DRAWING_BASELINE_FILE = 'bench/baseline-figures/drawing-issue-19.json';

export interface BaselineMeasures {
  label: string;
  crossings: number;
  relationsThroughActors: number;
  labelOverlaps: number | null;
  parallelMidpointGap: number | null;
}

export interface DrawingBaseline {
  about: string;
  commit: string;
  graphs: Record<string, BaselineMeasures>;
}

export function readDrawingBaseline(root: string): DrawingBaseline {
  return JSON.parse(readFileSync(join(root, DRAWING_BASELINE_FILE), 'utf8')) as DrawingBaseline;
}

export const DRAWING_BASELINE_GOAL =
  'drawing measures no worse than the baseline (crossings, relations through actors, label overlaps, parallel gaps), graph by graph';

/** Parallel relations' midpoints this much closer than the baseline's count as worse; less is rounding. */
const GAP_TOLERANCE_PX = 0.1;

type Change = { graph: string; measure: string; now: number; was: number };

/** Each measure of `now` worse and better than `was`. */
function changes(label: string, now: Measures, was: BaselineMeasures): { worse: Change[]; better: Change[] } {
  const worse: Change[] = [];
  const better: Change[] = [];
  const fewerIsBetter = (measure: string, a: number | null, b: number | null) => {
    if (a === null || b === null || a === b) return;
    (a > b ? worse : better).push({ graph: label, measure, now: a, was: b });
  };
  fewerIsBetter('crossings', now.crossings, was.crossings);
  fewerIsBetter('relations through actors', now.relationsThroughActors, was.relationsThroughActors);
  fewerIsBetter('label overlaps', now.labelOverlaps, was.labelOverlaps);
  const [gap, gapWas] = [now.parallelMidpointGap, was.parallelMidpointGap];
  if (gap !== null && gapWas !== null && Math.abs(gap - gapWas) > GAP_TOLERANCE_PX)
    (gap < gapWas ? worse : better).push({ graph: label, measure: 'parallel gap (px)', now: gap, was: gapWas });
  return { worse, better };
}

const number = (value: number) => {
  const digits = Number.isInteger(value) ? 0 : 1;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};
const say = ({ graph, measure, now, was }: Change) => `${graph}: ${measure} ${number(now)} (was ${number(was)})`;

/** The drawing goal of issue 19 for `rows`, a run's Drawing table. */
export function drawingBaselineGoal(rows: DrawingRow[], baseline: DrawingBaseline): Goal {
  const worse: Change[] = [];
  const better: Change[] = [];
  const unmeasured: string[] = [];
  let compared = 0;
  const worseKeys: string[] = [];
  // In the run's order of graphs, then those it did not measure.
  const keys = [...rows.map((row) => row.key).filter((key) => key in baseline.graphs), ...Object.keys(baseline.graphs)];
  for (const key of new Set(keys)) {
    const was = baseline.graphs[key]!;
    const row = rows.find((r) => r.key === key);
    if (!row || !('crossings' in row.ours)) {
      unmeasured.push(was.label);
      continue;
    }
    compared++;
    const found = changes(was.label, row.ours, was);
    worse.push(...found.worse);
    better.push(...found.better);
    if (found.worse.length) worseKeys.push(key);
  }
  const total = Object.keys(baseline.graphs).length;
  if (!compared) return { goal: DRAWING_BASELINE_GOAL, figure: `none of the ${total} graphs measured`, status: 'not measured' };
  const worseGraphs = new Set(worse.map((change) => change.graph));
  const parts = [
    worse.length
      ? `${worseGraphs.size} of ${compared} graphs worse — ${worse.map((change) => `${say(change)} ✗`).join('; ')}`
      : `none of ${compared} graphs worse`,
  ];
  if (better.length) parts.push(`better: ${better.map(say).join('; ')}`);
  if (unmeasured.length) parts.push(`not measured: ${unmeasured.join(', ')}`);
  const goal: Goal = {
    goal: DRAWING_BASELINE_GOAL,
    figure: `${parts.join('; ')} (baseline: commit ${baseline.commit})`,
    status: worse.length ? 'missed' : 'met',
  };
  if (worse.length) {
    goal.cause = `The layout places ${[...worseGraphs].join(', ')} differently from the baseline's commit, to their cost in the measures named. What would close it: find the change since commit ${baseline.commit} that moved them (\`npm run bench -- --drawing --graphs ${worseKeys.join(',')}\` measures those graphs alone, in about a minute) and keep what it gained without the loss.`;
  }
  return goal;
}

/**
 * The Node side of the placement's time (bench/placement.ts): for each graph the careful
 * placement draws (up to COLA_MAX_ACTORS actors), a few fresh pages, each running it three
 * times in one fresh worker; and the table that reports it.
 */
import { COLA_MAX_ACTORS } from '../src/view/layout.ts';
import type { Driver } from './browser.ts';
import { formatNumber } from './format.ts';
import { median } from './model.ts';
import type { PlacementRun } from './placement.ts';
import type { SizeInfo } from './report.ts';

/** Medians over the fresh pages, ms: the first run in a fresh worker and the third, each part apart. */
export interface PlacementFigures {
  loads: number;
  first: { start: number; finish: number };
  /** From a fresh worker's creation to its first answer, on the page's clock: what a fresh page waits at least. */
  answer?: number;
  third: { start: number; finish: number };
}

/** The whole placement's time, ms (its two parts). */
export const placementMs = (part: { start: number; finish: number }) => part.start + part.finish;

/** Measures every graph of `graphs` small enough for the careful placement, `loads` fresh pages each. */
export async function measurePlacements(
  driver: Driver,
  pageUrl: (key: string) => string,
  graphs: { info: SizeInfo; actors: number }[],
  { loads, timeoutMs, log }: { loads: number; timeoutMs: number; log: (line: string) => void },
): Promise<Record<string, PlacementFigures>> {
  const out: Record<string, PlacementFigures> = {};
  for (const { info, actors } of graphs) {
    if (actors > COLA_MAX_ACTORS) continue;
    const runs: PlacementRun[][] = [];
    for (let load = 0; load < loads; load++) {
      const outcome = await driver.placement(pageUrl(info.key), timeoutMs);
      if (!outcome.ok) {
        log(`${info.label} placement #${load + 1}: error ${outcome.error}`);
        continue;
      }
      runs.push(outcome.runs);
      const [first, , third] = outcome.runs;
      log(
        `${info.label} placement #${load + 1}: first run ${(first!.startMs + first!.finishMs).toFixed(0)} ms, third ${(third!.startMs + third!.finishMs).toFixed(0)} ms`,
      );
    }
    if (!runs.length) continue;
    const at = (i: number, part: 'startMs' | 'finishMs') => median(runs.map((r) => r[i]![part]));
    out[info.key] = {
      loads: runs.length,
      first: { start: at(0, 'startMs'), finish: at(0, 'finishMs') },
      third: { start: at(2, 'startMs'), finish: at(2, 'finishMs') },
    };
    const answers = runs.map((r) => r[0]!.answerMs).filter((value): value is number => value !== undefined);
    if (answers.length) out[info.key]!.answer = median(answers);
  }
  return out;
}

/** The section of the results file: the placement's time, first run and third, by graph. */
export function placementSection(sizes: SizeInfo[], figures: Record<string, PlacementFigures> | undefined): string[] {
  const rows = sizes.filter((size) => figures?.[size.key]);
  if (!rows.length) return [];
  const cell = (value: number) => formatNumber(value);
  return [
    '### The careful placement alone, in a fresh layout worker',
    '',
    "What `<actor-graph>` works out in its layout worker for graphs of up to 150 actors (bench/placement.ts): its part that needs no label, then the part that does, timed inside the worker, three runs in one fresh worker; medians over fresh pages. Every load of a fresh page pays the first run: the engine has not yet optimised the code. The third shows what the same work costs once it has. The first answer is timed on the page, from the worker's creation: its start and script as well, what a fresh page waits at least for its first placement.",
    '',
    '| graph | first run (ms) | of which without labels | third run (ms) | first ÷ third | first answer, from creation (ms) | pages |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((size) => {
      const f = figures![size.key]!;
      return `| ${size.label} | ${cell(placementMs(f.first))} | ${cell(f.first.start)} | ${cell(placementMs(f.third))} | ${cell(placementMs(f.first) / placementMs(f.third))} | ${f.answer === undefined ? '—' : cell(f.answer)} | ${f.loads} |`;
    }),
    '',
  ];
}

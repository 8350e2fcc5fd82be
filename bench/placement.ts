/**
 * The placement page: the careful placement of the graph named by `?graph=` (what `<actor-graph>`
 * runs in its layout worker for up to COLA_MAX_ACTORS actors), three times over in one fresh
 * worker. The first run is the one every load of a fresh page pays, its code not yet optimised
 * by the engine; the third, once it is, shows what the same work costs warm. Labels are given
 * a size from their length (7 px a character, 15 px high), as no drawing measures them here:
 * the figure is the placement's time, not its drawing.
 *
 * Node (bench/browser.ts `placement`) calls `window.__placement.run()` once per fresh context.
 */
import { placementPlan } from '../src/view/small-layout.ts';
import type { BenchDocument } from './harness.ts';

/** One run's time in the worker, in ms: the part that needs no label, and the part that does. */
export interface PlacementRun {
  startMs: number;
  finishMs: number;
  /** The first run's only: on the page's clock, from the worker's creation to this answer (its start, script and messages too). */
  answerMs?: number;
}

const RUNS = 3;

async function run(): Promise<PlacementRun[]> {
  const url = new URLSearchParams(location.search).get('graph')!;
  const doc = (await (await fetch(url)).json()) as BenchDocument;
  const plan = placementPlan(
    doc.actors.map((actor) => actor.id),
    doc.relations,
  );
  const byId = new Map(doc.actors.map((actor) => [actor.id, actor.label]));
  const labels = plan.ids.map((id) => ({ width: 7 * (byId.get(id) ?? '').length, height: 15 }));
  const created = performance.now();
  const worker = new Worker(new URL('./placement-worker.ts', import.meta.url), { type: 'module' });
  const runs: PlacementRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.push(
        await new Promise<PlacementRun>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<PlacementRun>) =>
            resolve(i === 0 ? { ...event.data, answerMs: performance.now() - created } : event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage({ structure: plan.structure, labels });
        }),
      );
    }
  } finally {
    worker.terminate();
  }
  return runs;
}

declare global {
  interface Window {
    __placement: { run(): Promise<PlacementRun[]> };
  }
}

window.__placement = { run };

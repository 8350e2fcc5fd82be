/**
 * The careful placement's two parts (src/view/placement-job.ts, the code the layout worker
 * runs), each timed where it runs: the page's clock would add the worker's start and the
 * messages.
 */
import { finishPlacement, startPlacement } from '../src/view/placement-job.ts';
import type { PlacementInput, PlacementStructure } from '../src/view/placement.ts';
import type { PlacementRun } from './placement.ts';

self.onmessage = (event: MessageEvent<{ structure: PlacementStructure; labels: PlacementInput['labels'] }>) => {
  const { structure, labels } = event.data;
  const begun = performance.now();
  const start = startPlacement(structure);
  const started = performance.now();
  finishPlacement({ labels, pairs: structure.pairs, relations: structure.relations }, start);
  const run: PlacementRun = { startMs: started - begun, finishMs: performance.now() - started };
  (self as unknown as Worker).postMessage(run);
};

/**
 * Runs the large-graph layout in a Web Worker, or, where no worker may start (a page whose
 * Content-Security-Policy forbids it, an old browser), on the main thread in short slices
 * between frames. Both slice the work the same way, so they give the same positions.
 */
import type { ForceInput } from './force-layout.ts';
import { inWorkerElseHere } from './worker-run.ts';

async function inSlices(input: ForceInput, signal?: AbortSignal): Promise<Float64Array> {
  // Fetched only here: pages where the worker runs never load ForceAtlas2 on the main thread.
  const { forcePositions, startForce, stepForce } = await import('./force-layout.ts');
  const run = startForce(input);
  let more = true;
  while (more) {
    if (signal?.aborted) throw new DOMException('layout aborted', 'AbortError');
    // A few slices per task, then a yield so that the page can paint and take input.
    const until = performance.now() + 30;
    do more = stepForce(run);
    while (more && performance.now() < until);
    if (more) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return forcePositions(run);
}

/** Lays out `input`: in a worker when one can start, else in slices on this thread. */
export async function layOutLarge(input: ForceInput, signal?: AbortSignal): Promise<Float64Array> {
  const copy = { ...input, positions: input.positions.slice(), pairs: input.pairs.slice() };
  return inWorkerElseHere({ kind: 'force', input: copy }, () => inSlices(input, signal), { signal });
}

/**
 * Runs the large-graph layout in a Web Worker, or, where no worker may start (a page whose
 * Content-Security-Policy forbids it, an old browser), on the main thread in short slices
 * between frames. Both slice the work the same way, so they give the same positions.
 */
import type { ForceInput } from './force-layout.ts';

function inWorker(input: ForceInput, signal?: AbortSignal): Promise<Float64Array> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return new Promise((resolve, reject) => {
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('layout aborted', 'AbortError'));
    }, { once: true });
    worker.onmessage = (event: MessageEvent<Float64Array>) => {
      stop();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error('layout worker failed'));
    };
    worker.postMessage(input);
  });
}

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
  const work = typeof Worker === 'undefined' ? null : inWorker(copy, signal);
  if (work) {
    try {
      return await work;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') throw error;
      // The worker could not run (blocked by policy or failed to load): do it here instead.
    }
  }
  return inSlices(input, signal);
}


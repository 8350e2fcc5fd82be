/**
 * The layouts' Web Workers, kept ready while a drawing is on the page. Starting a worker and
 * fetching and compiling its script takes longer than the placement of a small graph, so one is
 * started as a load begins, while the file is fetched and checked and cytoscape is set up, and
 * it stays for the next layout until no drawing has been on the page for a moment. At most
 * MAX_WORKERS run at once; further jobs wait their turn, and one no longer wanted by then is
 * dropped.
 */
import type { ForceInput } from './force-layout.ts';
import type { Placement, PlacementInput } from './placement.ts';

/** What a layout worker is asked to work out (see layout.worker.ts). */
export type LayoutJob = { kind: 'placement'; input: PlacementInput } | { kind: 'force'; input: ForceInput };

/** What it answers, for each kind of job. */
export interface LayoutAnswers {
  placement: Placement;
  force: Float64Array;
}

/** Workers at most at once: a drawing's layout needs one; a second lets a new load start while an older one's still runs. */
const MAX_WORKERS = 2;

/** How long workers are kept after the last drawing left the page, in case it comes back (moved in the page), in ms. */
const KEEP_MS = 2000;

interface Pending {
  job: LayoutJob;
  /** False once the job is of no use: it is then dropped before it starts. */
  wanted: () => boolean;
  /** The answer; null for a job dropped. */
  resolve(value: unknown): void;
  /** The worker failed: the job is done on the page. */
  fail(): void;
}

/** A started worker and the job it is on, if any. */
interface Slot {
  worker: Worker;
  job: Pending | null;
}

/** Drawings on the page: workers are kept ready only while there is one. */
let holders = 0;
let endTimer: ReturnType<typeof setTimeout> | undefined;
const slots: Slot[] = [];
const queue: Pending[] = [];
/** Set once a worker failed to load or run: the jobs are then done on the page. */
let refused = false;

/** Starts a worker; null where none may start (a Content-Security-Policy that forbids it, an old browser). */
function start(): Slot | null {
  if (refused || typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const slot: Slot = { worker, job: null };
  slots.push(slot);
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const job = slot.job;
    slot.job = null;
    job?.resolve(event.data);
    next();
  };
  // A script that fails to load (blocked by policy, a network error) or a job that throws: the
  // job and those waiting are done on the page.
  worker.onerror = (event) => {
    event.preventDefault();
    end(slot);
    refused = true;
    for (const job of [...(slot.job ? [slot.job] : []), ...queue.splice(0)]) job.fail();
    slot.job = null;
  };
  return slot;
}

function end(slot: Slot): void {
  slot.worker.terminate();
  slots.splice(slots.indexOf(slot), 1);
}

/** Gives waiting jobs to free workers, starting workers up to MAX_WORKERS; ends idle ones when no drawing holds them. */
function next(): void {
  while (queue.length) {
    const job = queue[0]!;
    if (!job.wanted()) {
      queue.shift();
      job.resolve(null);
      continue;
    }
    const slot = slots.find((s) => !s.job) ?? (slots.length < MAX_WORKERS ? start() : null);
    if (!slot) {
      // No worker may start: the jobs are done on the page.
      if (slots.length === 0) for (const waiting of queue.splice(0)) waiting.fail();
      return;
    }
    queue.shift();
    slot.job = job;
    slot.worker.postMessage(job.job);
  }
  if (holders === 0 && endTimer === undefined) endIdle();
}

/** Ends the workers without a job. */
function endIdle(): void {
  for (const slot of slots.filter((s) => !s.job)) end(slot);
}

/**
 * Keeps layout workers while the caller's drawing is on the page; the function returned lets
 * go. Workers end a moment after the last drawing let go, unless one holds them again.
 */
export function holdLayoutWorkers(): () => void {
  holders++;
  clearTimeout(endTimer);
  endTimer = undefined;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--holders > 0) return;
    endTimer = setTimeout(() => {
      endTimer = undefined;
      endIdle();
    }, KEEP_MS);
  };
}

/** Starts a worker now, unless one is started already or no drawing holds them, so that a layout soon to come finds it ready. */
export function warmLayoutWorker(): void {
  if (holders > 0 && slots.length === 0) start();
}

/**
 * The job's answer from a layout worker, or from `here()` where no worker may start or the
 * worker failed (blocked by policy or failed to load); null when the job waited for a worker
 * and `wanted()` then said it was of no use any more.
 */
export function inWorkerElseHere<K extends LayoutJob['kind']>(
  job: Extract<LayoutJob, { kind: K }>,
  here: () => Promise<LayoutAnswers[K]>,
  wanted: () => boolean = () => true,
): Promise<LayoutAnswers[K] | null> {
  if (refused || typeof Worker === 'undefined') return here();
  return new Promise<LayoutAnswers[K] | null>((resolve) => {
    queue.push({ job, wanted, resolve: resolve, fail: () => resolve(here()) });
    next();
  });
}

/**
 * The layouts' Web Workers, kept ready while a drawing is on the page. Starting a worker and
 * fetching and compiling its script takes longer than the placement of a small graph, so one is
 * started as a load begins, while the file is fetched and checked and cytoscape is set up, and
 * it stays for the next layout until no drawing has been on the page for a moment. At most
 * MAX_WORKERS run at once; further jobs wait their turn, and one no longer wanted by then is
 * dropped.
 */
import type { ForceInput } from './force-layout.ts';
import type { Placement, PlacementInput, PlacementStructure } from './placement.ts';

/** What a layout worker is asked to work out (see layout.worker.ts). */
export type LayoutJob =
  | { kind: 'start'; input: PlacementStructure }
  | { kind: 'finish'; input: PlacementInput; start: Float64Array }
  | { kind: 'force'; input: ForceInput };

/** What it answers, for each kind of job. */
export interface LayoutAnswers {
  start: Float64Array;
  finish: Placement;
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
  resolve(value: unknown): void;
  reject(error: Error): void;
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
/** Set once a worker failed to start or load: the jobs are then done on the page. */
let refused = false;

const aborted = () => new DOMException('layout aborted', 'AbortError');

/** False where no layout worker may start (no Worker, or one failed to start or load here already). */
export const workersMayStart = (): boolean => !refused && typeof Worker !== 'undefined';

/** Starts a worker; null where none may start (a Content-Security-Policy that forbids it, an old browser). */
function start(): Slot | null {
  if (!workersMayStart()) return null;
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
    const failed = [...(slot.job ? [slot.job] : []), ...queue.splice(0)];
    slot.job = null;
    for (const job of failed) job.reject(new Error('layout worker failed'));
  };
  return slot;
}

function end(slot: Slot): void {
  slot.worker.terminate();
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
}

/** Gives waiting jobs to free workers, starting workers up to MAX_WORKERS. */
function next(): void {
  while (queue.length) {
    const job = queue[0]!;
    if (!job.wanted()) {
      queue.shift();
      job.reject(aborted());
      continue;
    }
    const slot = slots.find((s) => !s.job) ?? (slots.length < MAX_WORKERS ? start() : null);
    if (!slot) {
      // No worker may start: the jobs are done on the page.
      if (slots.length === 0) for (const waiting of queue.splice(0)) waiting.reject(new Error('no layout worker'));
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
    holders--;
    if (holders > 0) return;
    endTimer = setTimeout(() => {
      endTimer = undefined;
      endIdle();
    }, KEEP_MS);
  };
}

/**
 * Starts a worker now, unless one is started already or no drawing holds them, so that a layout
 * soon to come finds it ready; true when one was started.
 */
export function warmLayoutWorker(): boolean {
  return holders > 0 && slots.length === 0 && start() !== null;
}

export interface JobOptions {
  /** Ends the job (and its worker, if it runs) with an AbortError. */
  signal?: AbortSignal;
  /** Asked before a waiting job starts: false drops it with an AbortError. */
  wanted?: () => boolean;
}

/**
 * Posts `job` to a layout worker and resolves with its answer; null when no worker may start
 * here, so that the caller can do the work itself. Rejects with an AbortError when `signal`
 * aborts, or when the job waited for a worker and was no longer wanted.
 */
export function runInWorker<K extends LayoutJob['kind']>(
  job: Extract<LayoutJob, { kind: K }>,
  { signal, wanted = () => true }: JobOptions = {},
): Promise<LayoutAnswers[K]> | null {
  if (!workersMayStart()) return null;
  return new Promise<LayoutAnswers[K]>((resolve, reject) => {
    const pending: Pending = { job, wanted: () => wanted() && !signal?.aborted, resolve: resolve, reject };
    signal?.addEventListener(
      'abort',
      () => {
        const at = queue.indexOf(pending);
        if (at >= 0) queue.splice(at, 1);
        const slot = slots.find((s) => s.job === pending);
        // Its work is of no use: the worker ends rather than finish it.
        if (slot) {
          slot.job = null;
          end(slot);
          next();
        }
        reject(aborted());
      },
      { once: true },
    );
    queue.push(pending);
    next();
  });
}

/** True for the error of an aborted or dropped job, which callers pass on rather than work around. */
export const isAbort = (error: unknown): boolean => (error as DOMException | null)?.name === 'AbortError';

/**
 * The job's answer from a layout worker, or from `here()` where no worker may start or the
 * worker failed (blocked by policy or failed to load). An abort is passed on.
 */
export async function inWorkerElseHere<K extends LayoutJob['kind']>(
  job: Extract<LayoutJob, { kind: K }>,
  here: () => Promise<LayoutAnswers[K]>,
  options: JobOptions = {},
): Promise<LayoutAnswers[K]> {
  const work = runInWorker(job, options);
  if (work) {
    try {
      return await work;
    } catch (error) {
      if (isAbort(error)) throw error;
    }
  }
  return here();
}

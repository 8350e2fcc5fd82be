/**
 * One job in a Web Worker of its own: the worker gets one message and answers with one, then
 * ends. Shared by the layouts that run off the page's main thread.
 */

/**
 * Posts `message` to a worker made by `create` and resolves with its answer; null when no
 * worker may start here (a Content-Security-Policy that forbids it, an old browser), so that
 * the caller can do the work itself. Rejects with an AbortError when `signal` aborts.
 */
export function runInWorker<T>(create: () => Worker, message: unknown, signal?: AbortSignal): Promise<T> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return null;
  }
  return new Promise<T>((resolve, reject) => {
    const stop = () => worker.terminate();
    signal?.addEventListener(
      'abort',
      () => {
        stop();
        reject(new DOMException('layout aborted', 'AbortError'));
      },
      { once: true },
    );
    worker.onmessage = (event: MessageEvent<T>) => {
      stop();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error('layout worker failed'));
    };
    worker.postMessage(message);
  });
}

/** True for the error of an aborted job, which callers pass on rather than work around. */
const isAbort = (error: unknown): boolean => (error as DOMException | null)?.name === 'AbortError';

/**
 * The job's answer from a worker made by `create`, or from `here()` where no worker may start
 * or the worker failed (blocked by policy or failed to load). An abort is passed on.
 */
export async function inWorkerElseHere<T>(
  create: () => Worker,
  message: unknown,
  here: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const work = runInWorker<T>(create, message, signal);
  if (work) {
    try {
      return await work;
    } catch (error) {
      if (isAbort(error)) throw error;
    }
  }
  return here();
}

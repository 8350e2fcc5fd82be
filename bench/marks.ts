/**
 * Marks where the element's time goes without touching src: the cytoscape core's prototype
 * (the same module instance the element uses: one bundle) is wrapped so that `add`, `batch`,
 * `fit`, `resize`, every layout's `run` and a layout worker's lifetime leave a mark. Wrapping
 * costs a function call per call of these coarse methods, nothing per element. Not `style`:
 * cytoscape calls `cy.style()` internally for every style lookup, and a wrapper there costs
 * some 0.3 s at 1,000 actors.
 *
 * Also taken in: `performance.measure` entries whose name starts with "layout", should the
 * element's code time its layout itself (a layout computed outside cytoscape's `layout()`).
 */
import cytoscape from 'cytoscape';
import type { Mark } from './harness.ts';

/** Every mark since the page loaded (or since the caller emptied it), ms on performance.now(). */
export const marks: Mark[] = [];

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces `target[name]` by a version that marks each outermost call (nested calls of the same name are inside it). */
function wrap(target: Record<string, unknown>, name: string, label = name): void {
  const original = target[name] as Method | undefined;
  if (typeof original !== 'function') return;
  let depth = 0;
  target[name] = function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    depth++;
    try {
      return original.apply(this, args);
    } finally {
      depth--;
      if (depth === 0) marks.push({ name: label, start, end: performance.now() });
    }
  };
}

let installed = false;

export function installMarks(): void {
  if (installed) return;
  installed = true;
  const core = Object.getPrototypeOf(cytoscape({ headless: true, styleEnabled: false })) as Record<string, unknown>;
  for (const name of ['add', 'batch', 'fit', 'resize']) wrap(core, name);
  const makeLayout = core.layout as Method;
  core.layout = function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    const layout = makeLayout.apply(this, args) as Record<string, unknown>;
    marks.push({ name: 'cy.layout()', start, end: performance.now() });
    const options = args[0] as { name?: string } | undefined;
    // Layouts run synchronously here (animate: false), so the run call spans the whole layout.
    wrap(layout, 'run', `layout ${options?.name ?? '?'}`);
    return layout;
  };

  // A layout run in a Web Worker (the element's large-graph layout) is marked from the worker's
  // creation to its first message reaching the page: the worker's time, as the page waits for it.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const start = performance.now();
      // Listening before the element sets `onmessage`, so this runs first.
      this.addEventListener('message', () => marks.push({ name: 'layout worker', start, end: performance.now() }), { once: true });
    }
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (/^layout/i.test(entry.name)) marks.push({ name: entry.name, start: entry.startTime, end: entry.startTime + entry.duration });
      }
    }).observe({ type: 'measure', buffered: true });
  } catch {
    // No User Timing observer: cytoscape's marks remain.
  }
}

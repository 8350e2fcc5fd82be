/**
 * Our stack: an `<actor-graph>` from src, given the document through its `data` property.
 * Connection is the moment the element is created; ready is its `graph-ready` event.
 *
 * To see where the time goes without touching src, the cytoscape core's prototype (the same
 * module instance the element uses: one bundle) is wrapped so that `add`, `batch`,
 * `fit`, `resize`, every layout's `run` and a layout worker's lifetime leave a mark. Wrapping costs a function call per
 * call of these coarse methods, nothing per element. Not `style`: cytoscape calls `cy.style()`
 * internally for every style lookup, and a wrapper there costs some 0.3 s at 1,000 actors.
 */
import cytoscape from 'cytoscape';
import '../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../src/components/actor-graph.ts';
import { emptyPoint, runBench, type Mark } from './harness.ts';

const marks: Mark[] = [];

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces `target[name]` by a version that marks each outermost call (nested calls of the same name are inside it). */
function mark(target: Record<string, unknown>, name: string, label = name): void {
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

const core = Object.getPrototypeOf(cytoscape({ headless: true, styleEnabled: false })) as Record<string, unknown>;
for (const name of ['add', 'batch', 'fit', 'resize']) mark(core, name);
const makeLayout = core.layout as Method;
core.layout = function (this: unknown, ...args: unknown[]) {
  const start = performance.now();
  const layout = makeLayout.apply(this, args) as Record<string, unknown>;
  marks.push({ name: 'cy.layout()', start, end: performance.now() });
  const options = args[0] as { name?: string } | undefined;
  // Layouts run synchronously here (animate: false), so the run call spans the whole layout.
  mark(layout, 'run', `layout ${options?.name ?? '?'}`);
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

runBench(async (doc, container) => {
  marks.length = 0;
  const element = document.createElement('actor-graph') as ActorGraphElement;
  element.style.height = '100%';
  const ready = new Promise<void>((resolve, reject) => {
    element.addEventListener('graph-ready', () => resolve(), { once: true });
    element.addEventListener('graph-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))), { once: true });
  });
  container.append(element);
  element.data = doc;
  await ready;
  return {
    positions: () => element.cy!.nodes().map((node) => [node.id(), node.position().x, node.position().y] as [string, number, number]),
    marks: () => marks.slice(),
    emptyPoint: () => emptyPoint(element.cy!.container()!.getBoundingClientRect(), element.cy!.nodes().map((node) => node.renderedBoundingBox())),
  };
});

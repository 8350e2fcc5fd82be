/**
 * The careful placement of small graphs runs in a layout worker: the same positions, label
 * sides and bends as on the page, where no worker may start; its longer part begins as soon as
 * the file is checked, before the drawing has its elements, and runs once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import { seedDocument } from '../seed.ts';

afterEach(() => document.body.replaceChildren());

/** Each actor's position and classes, and each bent relation's bend, as drawn. */
async function drawingOf(doc: unknown): Promise<string> {
  const el = document.createElement('actor-graph');
  el.style.height = '400px';
  document.body.append(el);
  el.data = doc;
  expect(await el.ready).toMatchObject({ ok: true });
  const cy = el.cy!;
  const out = JSON.stringify({
    actors: cy.nodes().map((n) => [n.id(), n.position(), n.classes()]),
    bends: cy.edges('.ag-bent').map((e) => [e.id(), e.data('bend')]),
  });
  el.remove();
  return out;
}

describe('graphs laid out with care', () => {
  it('are placed the same in a layout worker and on the page, where no worker may start', async () => {
    const original = globalThis.Worker;
    let started = 0;
    let live = 0;
    globalThis.Worker = class extends original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started++;
        live++;
      }
      override terminate(): void {
        live--;
        super.terminate();
      }
    };
    const inWorker = await drawingOf(seedDocument());
    expect(started).toBe(1);
    // The worker kept for the next layout ends soon after the last drawing left.
    await expect.poll(() => live).toBe(0);
    (globalThis as { Worker?: unknown }).Worker = class {
      constructor() {
        throw new DOMException('blocked by policy', 'SecurityError');
      }
    };
    try {
      expect(await drawingOf(seedDocument())).toBe(inWorker);
    } finally {
      globalThis.Worker = original;
    }
    // The seed graph's actors each stand apart, some labels beside them rather than below.
    const { actors } = JSON.parse(inWorker) as { actors: [string, { x: number; y: number }, string[]][] };
    expect(new Set(actors.map(([, p]) => `${p.x},${p.y}`)).size).toBe(14);
  });

  it('begins its untangling in the worker before the drawing has its elements, and asks for it once', async () => {
    const post = Worker.prototype.postMessage;
    const el = document.createElement('actor-graph');
    const jobs: string[] = [];
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      jobs.push(`${(message as { kind: string }).kind} with ${el.cy?.elements().length ?? 0} elements drawn`);
      post.call(this, message, ...rest);
    } as typeof post;
    try {
      el.style.height = '400px';
      document.body.append(el);
      el.data = seedDocument();
      expect(await el.ready).toMatchObject({ ok: true, actors: 14 });
      expect(jobs).toEqual(['start with 0 elements drawn', `finish with ${14 + 37} elements drawn`]);
    } finally {
      Worker.prototype.postMessage = post;
    }
  });
});

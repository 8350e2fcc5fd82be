import { afterEach, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate.ts';
import '../../src/components/actor-graph.ts';
import { forceSteps } from '../../src/view/force-layout.ts';
import { layOutLarge } from '../../src/view/force-runner.ts';

afterEach(() => document.body.replaceChildren());

async function positionsOf(doc: unknown, el = document.createElement('actor-graph')): Promise<string> {
  el.style.height = '400px';
  document.body.append(el);
  el.data = doc;
  expect(await el.ready).toMatchObject({ ok: true });
  const out = JSON.stringify(el.cy!.nodes().map((n) => [n.id(), n.position()]));
  el.remove();
  return out;
}

describe('graphs too large for cola', () => {
  it('are laid out the same way on every load', async () => {
    const doc = generateGraph({ actors: 400, seed: 5 });
    const first = await positionsOf(doc);
    expect(await positionsOf(structuredClone(doc))).toBe(first);
    expect(new Set(JSON.parse(first).map((p: [string, { x: number; y: number }]) => `${p[1].x},${p[1].y}`)).size).toBeGreaterThan(390);
  });

  it('of over 2,500 relations are drawn in straight lines, arrows midway, every actor in view', async () => {
    const doc = generateGraph({ actors: 700, seed: 5 });
    expect(doc.relations.length).toBeGreaterThan(2500);
    const el = document.createElement('actor-graph');
    el.style.height = '400px';
    el.style.width = '600px';
    document.body.append(el);
    el.data = doc;
    expect(await el.ready).toMatchObject({ ok: true, actors: 700 });
    const cy = el.cy!;
    expect(new Set(cy.edges().map((edge) => edge.style('curve-style')))).toEqual(new Set(['haystack']));
    const directed = cy.edges().filter((edge) => edge.data('directed'));
    expect(directed.length).toBeGreaterThan(0);
    expect(directed[0]!.style('mid-target-arrow-shape')).toBe('triangle');
    // While the view moves, relations are left out and a picture of the actors, taken at the
    // screen's scale as the move began, is moved instead of 700 actors drawn anew each frame.
    const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    expect([renderer['hideEdgesOnViewport'], renderer['textureOnViewport'], renderer['textureMult']]).toEqual([true, true, 1]);
    // Fitted from positions: every actor's centre inside the view, the drawing filling one side.
    const centres = cy.nodes().map((node) => node.renderedPosition());
    for (const { x, y } of centres) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(cy.width());
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(cy.height());
    }
    const spanX = Math.max(...centres.map((p) => p.x)) - Math.min(...centres.map((p) => p.x));
    const spanY = Math.max(...centres.map((p) => p.y)) - Math.min(...centres.map((p) => p.y));
    expect(Math.max(spanX / cy.width(), spanY / cy.height())).toBeGreaterThan(0.6);
  });

  it('give the same positions in a worker and on the page, where no worker may start', async () => {
    const n = 300;
    const positions = new Float64Array(2 * n).map((_, i) => Math.round(500 + 300 * Math.sin(i * 1.3)));
    const pairs = new Uint32Array(4 * n).map((_, i) => (i * 37 + 11) % n);
    const input = { positions, pairs, steps: forceSteps(n) };
    const inWorker = await layOutLarge(input);
    const original = globalThis.Worker;
    (globalThis as { Worker?: unknown }).Worker = class {
      constructor() {
        throw new DOMException('blocked by policy', 'SecurityError');
      }
    };
    try {
      expect(await layOutLarge(input)).toEqual(inWorker);
    } finally {
      globalThis.Worker = original;
    }
  });

  it('begin in the worker as soon as the file is checked, once, and place actors as the page would without a worker', async () => {
    const doc = generateGraph({ actors: 400, seed: 5 });
    const post = Worker.prototype.postMessage;
    const jobs: string[] = [];
    let el = document.createElement('actor-graph');
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      jobs.push(`${(message as { kind: string }).kind} with ${el.cy?.elements().length ?? 0} elements drawn`);
      post.call(this, message, ...rest);
    } as typeof post;
    let early: string;
    try {
      early = await positionsOf(doc, el);
    } finally {
      Worker.prototype.postMessage = post;
    }
    expect(jobs).toEqual(['force with 0 elements drawn']);
    const original = globalThis.Worker;
    (globalThis as { Worker?: unknown }).Worker = class {
      constructor() {
        throw new DOMException('blocked by policy', 'SecurityError');
      }
    };
    try {
      el = document.createElement('actor-graph');
      expect(await positionsOf(structuredClone(doc), el)).toBe(early);
    } finally {
      globalThis.Worker = original;
    }
  });
});

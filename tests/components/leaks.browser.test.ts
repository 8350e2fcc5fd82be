/**
 * Nothing grows when elements come and go: `<actor-graph>` created, loaded and removed 200
 * times, and `<actor-graph-explorer>` 20 times, leave the page with as many listeners on the
 * window, the document and media queries, observers, workers, intervals and canvases as before,
 * no animation frames still requested, and every removed element garbage-collected.
 * See tests/support/resources.ts for how each is counted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { generateGraph } from '../../bench/generate.ts';
import { COLA_MAX_ACTORS } from '../../src/view/layout.ts';
import { seedDocument } from '../seed.ts';
import { track, type Tracker } from '../support/resources.ts';

let tracker: Tracker | null = null;
afterEach(() => {
  tracker?.restore();
  tracker = null;
  document.body.replaceChildren();
});

function tiny(i: number): GraphDocument {
  return {
    version: 1, title: `tiny ${i}`, sources: [],
    actors: [{ id: 'a', label: `A${i}`, kind: 'person' }, { id: 'b', label: 'B', kind: 'state' }, { id: 'c', label: 'C' }],
    relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility' }, { id: 'b-c', source: 'b', target: 'c', type: 'cooperation', directed: true }],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets pending loads, layouts and debounced resizes end. */
async function settleDown(): Promise<void> {
  await sleep(300);
}

/**
 * One `<actor-graph>` created, loaded and removed. A function of its own, so that the test's own
 * frame holds no reference to it (a suspended async function keeps its last values alive).
 */
async function graphRoundTrip(tracker: Tracker, i: number): Promise<void> {
  const el = document.createElement('actor-graph') as ActorGraphElement;
  el.style.height = '200px';
  // Once a graph too large for cola (laid out in a worker), every 50th the seed graph, every 7th
  // from a URL, else a small document.
  const what = i === 100 ? 'large' : i % 50 === 0 ? 'seed' : i % 7 === 0 ? 'src' : 'tiny';
  if (what === 'large') el.data = generateGraph({ actors: COLA_MAX_ACTORS + 20, seed: 3 });
  else if (what === 'seed') el.data = seedDocument();
  else if (what === 'src') el.src = '/embed-example.json';
  else el.data = tiny(i);
  document.body.append(el);
  // Removed once drawn every other time, else in the middle of loading.
  const drawn = i % 2 === 0;
  tracker.watch(el, `${i} ${what} ${drawn ? 'drawn' : 'loading'}`);
  if (drawn) expect((await el.ready).ok).toBe(true);
  else await Promise.resolve();
  el.remove();
}

/** One `<actor-graph-explorer>` created, loaded, used and removed. */
async function explorerRoundTrip(tracker: Tracker, i: number): Promise<void> {
  const el = document.createElement('actor-graph-explorer');
  el.style.height = '700px';
  if (i % 2) el.src = '/graph/russia-taliban-2016.json';
  else el.data = seedDocument();
  document.body.append(el);
  tracker.watch(el, String(i));
  await el.updateComplete;
  if (i % 4 < 2) expect((await el.graphView!.ready).ok).toBe(true);
  // Its panels used: a selection and a path query.
  el.state = { selected: 'russia', from: 'Russia', to: 'India' };
  await el.updateComplete;
  el.remove();
}

describe('leaks', () => {
  it('<actor-graph> created, loaded and removed 200 times leaves nothing growing', async () => {
    tracker = track();
    await settleDown();
    const idleFrames = await tracker.framesDuring(200);
    const before = tracker.snapshot();

    // One stays on the page throughout, as an embedding page has one.
    const resident = document.createElement('actor-graph');
    resident.data = tiny(0);
    document.body.append(resident);
    expect((await resident.ready).ok).toBe(true);
    const withOne = tracker.snapshot();
    expect(withOne.canvases).toBeGreaterThan(0);
    // The element's own: cytoscape's watchers of its container are stopped (the element resizes it).
    expect(withOne.observers.ResizeObserver).toBe(1);
    expect(withOne.mediaQueryListeners).toBe(before.mediaQueryListeners + 1);

    for (let i = 0; i < 200; i++) await graphRoundTrip(tracker, i);
    // The large graph was laid out in a worker, terminated since (see `workers` below).
    expect(tracker.workersStarted()).toBe(1);
    await settleDown();
    expect(tracker.snapshot()).toEqual(withOne);
    resident.remove();
    await settleDown();
    const after = tracker.snapshot();
    expect(after).toEqual(before);
    // No drawing loop keeps running for a removed element.
    // A frame already asked for may still come; a loop would keep asking, past two seconds.
    await expect.poll(() => tracker!.framesDuring(200), { timeout: 2_000, interval: 0 }).toBeLessThanOrEqual(idleFrames);
    expect(await tracker.survivors()).toEqual([]);
  }, 120_000);

  it('<actor-graph-explorer> created, loaded and removed 20 times leaves nothing growing', async () => {
    tracker = track();
    await settleDown();
    const idleFrames = await tracker.framesDuring(200);
    const before = tracker.snapshot();
    for (let i = 0; i < 20; i++) await explorerRoundTrip(tracker, i);
    await settleDown();
    expect(tracker.snapshot()).toEqual(before);
    // A frame already asked for may still come; a loop would keep asking, past two seconds.
    await expect.poll(() => tracker!.framesDuring(200), { timeout: 2_000, interval: 0 }).toBeLessThanOrEqual(idleFrames);
    expect(await tracker.survivors()).toEqual([]);
  }, 120_000);
});

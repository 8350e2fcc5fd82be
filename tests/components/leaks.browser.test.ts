/**
 * Nothing grows when elements come and go: `<actor-graph>` created, loaded and removed 200
 * times, and `<actor-graph-explorer>` 20 times, leave the page with as many listeners on the
 * window, the document and media queries, observers, workers, intervals and canvases as before,
 * no animation frames still requested, and every removed element garbage-collected, those
 * removed while their src was still being fetched included.
 * See tests/support/resources.ts for how each is counted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../../src/components/actor-graph-explorer.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { generateGraph } from '../../bench/generate.ts';
import { COLA_MAX_ACTORS } from '../../src/view/layout.ts';
import { seedDocument } from '../seed.ts';
import { abortedBy, receivedBy } from '../support/fault-log.ts';
import { track, type Tracker } from '../support/resources.ts';

let tracker: Tracker | null = null;
afterEach(() => {
  tracker?.restore();
  tracker = null;
  document.body.replaceChildren();
});

function tiny(i: number): GraphDocument {
  return {
    version: 1,
    title: `tiny ${i}`,
    sources: [],
    actors: [
      { id: 'a', label: `A${i}`, kind: 'person' },
      { id: 'b', label: 'B', kind: 'state' },
      { id: 'c', label: 'C' },
    ],
    relations: [
      { id: 'a-b', source: 'a', target: 'b', type: 'hostility' },
      { id: 'b-c', source: 'b', target: 'c', type: 'cooperation', directed: true },
    ],
  };
}

/**
 * Checks that every element watched was garbage-collected; where one was not, the failure says
 * what held it: the chains of references that keep such elements alive.
 */
async function expectAllCollected(tracker: Tracker): Promise<void> {
  const survivors = await tracker.survivors();
  const holders = survivors?.length ? await commands.heapRetainers(['actor-graph', 'actor-graph-explorer']) : [];
  expect(survivors, `held by:\n${holders.join('\n\n')}`).toEqual([]);
}

/** Frames over which a drawing loop would show: it asks for one each frame. */
const FRAMES = 12;

/**
 * One `<actor-graph>` created, loaded and removed. A function of its own, so that the test's own
 * frame holds no reference to it (a suspended async function keeps its last values alive).
 */
async function graphRoundTrip(tracker: Tracker, i: number): Promise<void> {
  const el = document.createElement('actor-graph');
  el.style.height = '200px';
  // Removed once drawn every other time, else in the middle of loading.
  const drawn = i % 2 === 0;
  // Once a graph too large for cola (laid out in a worker), every 50th the seed graph, every 7th
  // from a URL (one the server holds while the element is removed, when not drawn), else a small document.
  const what = i === 100 ? 'large' : i % 50 === 0 ? 'seed' : i % 7 === 0 ? 'src' : 'tiny';
  if (what === 'large') el.data = generateGraph({ actors: COLA_MAX_ACTORS + 20, seed: 3 });
  else if (what === 'seed') el.data = seedDocument();
  else if (what === 'src') el.src = drawn ? '/embed-example.json' : `/__faults/held?id=${heldId(i)}`;
  else el.data = tiny(i);
  document.body.append(el);
  tracker.watch(el, `${i} ${what} ${drawn ? 'drawn' : 'loading'}`);
  if (drawn) expect((await el.ready).ok).toBe(true);
  else if (what === 'src') await receivedBy(heldId(i));
  else await Promise.resolve();
  el.remove();
}

/** The id of round trip `i`'s request, which the server holds until the element gives it up. */
const heldId = (i: number) => `leak-${i}`;

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
    const idleFrames = await tracker.framesOver(FRAMES);
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
    await expect.poll(() => tracker!.snapshot()).toEqual(withOne);
    resident.remove();
    await expect.poll(() => tracker!.snapshot()).toEqual(before);
    // No drawing loop keeps running for a removed element.
    // A frame already asked for may still come; a loop would keep asking, frame after frame.
    await expect.poll(() => tracker!.framesOver(FRAMES), { interval: 0 }).toBeLessThanOrEqual(idleFrames);
    // Those removed while the server held their request included: it is never answered.
    await expectAllCollected(tracker);
    // Each gave its request up as it left.
    for (let i = 7; i < 200; i += 14) await abortedBy(heldId(i));
  }, 240_000);

  it('<actor-graph-explorer> created, loaded and removed 20 times leaves nothing growing', async () => {
    tracker = track();
    const idleFrames = await tracker.framesOver(FRAMES);
    const before = tracker.snapshot();
    for (let i = 0; i < 20; i++) await explorerRoundTrip(tracker, i);
    await expect.poll(() => tracker!.snapshot()).toEqual(before);
    // A frame already asked for may still come; a loop would keep asking, frame after frame.
    await expect.poll(() => tracker!.framesOver(FRAMES), { interval: 0 }).toBeLessThanOrEqual(idleFrames);
    await expectAllCollected(tracker);
  }, 240_000);
});

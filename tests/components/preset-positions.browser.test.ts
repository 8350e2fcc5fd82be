import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { seedPositions } from '../../src/view/layout.ts';

/** Three actors a file placed in a triangle, as networkx writes positions (units of 1), and one it did not place. */
function placed(): GraphDocument {
  return {
    version: 1.1,
    title: 'placed',
    sources: [],
    actors: [
      { id: 'a', label: 'Alpha', x: -1, y: -0.5 },
      { id: 'b', label: 'Bravo', x: 1, y: 0.5 },
      { id: 'c', label: 'Charlie', x: 0, y: 0 },
      { id: 'd', label: 'Delta' },
    ],
    relations: [
      { id: 'a-b', source: 'a', target: 'b', type: 'cooperation' },
      { id: 'b-c', source: 'b', target: 'c', type: 'hostility' },
    ],
  };
}

async function drawn(document: GraphDocument, layout: string): Promise<ActorGraphElement> {
  const el = window.document.createElement('actor-graph');
  el.style.width = '800px';
  el.style.height = '500px';
  el.layout = layout;
  el.data = document;
  window.document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  return el;
}

const positions = (el: ActorGraphElement) => Object.fromEntries(el.cy!.nodes().map((node) => [node.id(), node.position()]));

describe('<actor-graph layout="preset">', () => {
  afterEach(() => window.document.querySelectorAll('actor-graph').forEach((el) => el.remove()));

  it('draws actors where their file placed them, scaled to the layout box, and those it did not place in a row beneath', async () => {
    const el = await drawn(placed(), 'preset');
    expect(positions(el)).toEqual({
      a: { x: 0, y: 150 },
      b: { x: 1000, y: 650 },
      c: { x: 500, y: 400 },
      d: { x: 500, y: 880 },
    });
  });

  it('keeps the seed circle for a graph whose file placed no actor', async () => {
    const document = placed();
    document.actors = document.actors.map(({ id, label }) => ({ id, label }));
    const el = await drawn(document, 'preset');
    expect(positions(el)).toEqual(Object.fromEntries(seedPositions(['a', 'b', 'c', 'd'])));
  });

  it('moves placed actors to their places when the layout becomes preset', async () => {
    const el = await drawn(placed(), 'grid');
    expect(positions(el).c).not.toEqual({ x: 500, y: 400 });
    el.layout = 'preset';
    await el.ready;
    expect(positions(el).c).toEqual({ x: 500, y: 400 });
  });
});

/**
 * A label of thousands of characters is cut on the canvas, so the drawing keeps its size, and
 * stays whole where it is read: the selection's announcement.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { DRAWN_LABEL_MAX } from '../../src/view/elements.ts';

const LONG = 'The committee for the coordination of '.repeat(270);

function documentWith(label: string): GraphDocument {
  return {
    version: 1,
    title: 'Labels',
    sources: [],
    actors: [
      { id: 'a', label },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ],
    relations: [
      { id: 'a-b', source: 'a', target: 'b', type: 'cooperation' },
      { id: 'b-c', source: 'b', target: 'c', type: 'hostility' },
    ],
  };
}

async function drawn(document_: GraphDocument): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '800px';
  el.style.height = '500px';
  el.data = document_;
  document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('a very long label', () => {
  it('is cut on the canvas, and the drawing stays about the size it has with short labels', async () => {
    expect(LONG.length).toBeGreaterThan(10_000);
    const short = await drawn(documentWith('A'));
    const zoomShort = short.cy!.zoom();
    const long = await drawn(documentWith(LONG));
    const label = long.cy!.getElementById('a').data('label') as string;
    expect(label.endsWith('…')).toBe(true);
    expect(Array.from(label).length).toBeLessThanOrEqual(DRAWN_LABEL_MAX);
    expect(long.cy!.zoom()).toBeGreaterThan(zoomShort / 2);
  });

  it('is announced whole when its actor is selected', async () => {
    const el = await drawn(documentWith(LONG));
    el.selected = 'a';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#status')!.textContent).toContain(LONG.trim());
  });
});

/**
 * When `<actor-graph>` creates its cytoscape drawing: in a task after the one that first rendered
 * the element (together they made a small graph's longest task), and before `updateComplete`
 * settles, so that `cy` is there for a page that waited for it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import { seedDocument } from '../seed.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const create = () => {
  const el = document.createElement('actor-graph');
  el.style.height = '300px';
  return el;
};

/** Settles once the microtasks queued so far have run, in the same task. */
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the drawing of <actor-graph>', () => {
  it('is created in a task after the first render, and is there once updateComplete settles', async () => {
    const el = create();
    document.body.append(el);
    for (let i = 0; i < 5; i++) await microtasks();
    expect([el.hasUpdated, el.shadowRoot!.querySelector('.drawing') !== null, el.cy]).toEqual([true, true, null]);
    await el.updateComplete;
    expect(el.cy).not.toBeNull();
    expect(el.shadowRoot!.querySelectorAll('.drawing canvas').length).toBeGreaterThan(0);
  });

  it('is not created for an element removed before that task, whose updateComplete still settles', async () => {
    const el = create();
    document.body.append(el);
    for (let i = 0; i < 5; i++) await microtasks();
    el.remove();
    await el.updateComplete;
    expect([el.cy, el.shadowRoot!.querySelectorAll('canvas').length]).toEqual([null, 0]);
    document.body.append(el);
    await el.updateComplete;
    expect(el.cy).not.toBeNull();
  });

  it('draws data given before it was created, once', async () => {
    const el = create();
    el.data = seedDocument();
    document.body.append(el);
    const result = await el.ready;
    expect(result.ok).toBe(true);
    expect([el.cy!.nodes().length, el.cy!.edges().length]).toEqual([seedDocument().actors.length, seedDocument().relations.length]);
    expect(el.shadowRoot!.querySelectorAll('.drawing > div').length).toBe(1);
  });
});

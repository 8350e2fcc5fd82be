/**
 * `<actor-graph>` on a page that scrolls: a click still picks what is under the pointer after
 * the page, or a scrolling box around the element, has moved it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import seed from '../../graph/russia-taliban-2016.json';

/** A page with room above and below the element, so that it scrolls; the element drawn. */
async function onTallPage(parent: HTMLElement = document.body): Promise<ActorGraphElement> {
  const above = document.createElement('div');
  above.style.height = '200px';
  const el = document.createElement('actor-graph');
  el.style.height = '500px';
  el.style.width = '800px';
  el.data = structuredClone(seed);
  const below = document.createElement('div');
  below.style.height = '2000px';
  parent.append(above, el, below);
  expect((await el.ready).ok).toBe(true);
  return el;
}

/** Clicks the middle of an actor as drawn now, and gives the id `actor-select` names. */
async function clickActor(el: ActorGraphElement, id: string): Promise<string> {
  const seen: string[] = [];
  const record = (event: Event) => seen.push((event as CustomEvent<{ id: string }>).detail.id);
  el.addEventListener('actor-select', record);
  try {
    const point = el.cy!.getElementById(id).renderedPosition();
    const host = el.getBoundingClientRect();
    const drawing = el.cy!.container()!.getBoundingClientRect();
    await userEvent.click(el, { position: { x: drawing.left - host.left + point.x, y: drawing.top - host.top + point.y } });
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    return seen[0]!;
  } finally {
    el.removeEventListener('actor-select', record);
  }
}

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

describe('<actor-graph> on a scrolling page', () => {
  it('picks the actor under the pointer after the page scrolled by 150 px', async () => {
    const el = await onTallPage();
    // A first click: cytoscape now knows where its container is.
    expect(await clickActor(el, 'india')).toBe('india');
    window.scrollBy(0, 150);
    await expect.poll(() => window.scrollY).toBe(150);
    expect(await clickActor(el, 'russia')).toBe('russia');
    expect(await clickActor(el, 'taliban')).toBe('taliban');
  });

  it('picks the actor under the pointer after a scrolling box around it scrolled', async () => {
    const box = document.createElement('div');
    box.style.height = '600px';
    box.style.overflow = 'auto';
    document.body.append(box);
    const el = await onTallPage(box);
    expect(await clickActor(el, 'india')).toBe('india');
    box.scrollTop = 120;
    await expect.poll(() => box.scrollTop).toBe(120);
    expect(await clickActor(el, 'china')).toBe('china');
  });
});

/**
 * The mouse wheel over `<actor-graph>`: by default it leaves the page to scroll and says how to
 * zoom; with Ctrl (or ⌘), once the drawing has focus, or with `wheel="zoom"`, it zooms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import { wheelHint } from '../../src/view/wheel.ts';
import seed from '../../graph/russia-taliban-2016.json';

async function drawn(wheel?: string): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  if (wheel) el.setAttribute('wheel', wheel);
  el.style.height = '500px';
  el.data = structuredClone(seed);
  document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  return el;
}

/** Turns the wheel once over the middle of the drawing; true when the page's default (scrolling) was left alone. */
function turn(el: ActorGraphElement, init: WheelEventInit = {}): boolean {
  const container = el.cy!.container()!;
  const box = container.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    deltaY: -120,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  container.dispatchEvent(event);
  return !event.defaultPrevented;
}

const hint = (el: ActorGraphElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!;

afterEach(() => document.body.replaceChildren());

describe('the wheel over <actor-graph>', () => {
  it('scrolls the page, not the graph, by default, and says how to zoom', async () => {
    const el = await drawn();
    expect(el.wheel).toBe('cooperative');
    const zoom = el.cy!.zoom();
    expect(hint(el).hidden).toBe(true);
    expect(turn(el)).toBe(true);
    expect(el.cy!.zoom()).toBe(zoom);
    await expect.poll(() => hint(el).hidden).toBe(false);
    expect(hint(el).textContent).toBe(wheelHint());
    // The hint goes again by itself.
    await expect.poll(() => hint(el).hidden, { timeout: 5000 }).toBe(true);
  });

  it('zooms with Ctrl or ⌘ held, keeping the page where it is', async () => {
    const el = await drawn();
    const zoom = el.cy!.zoom();
    expect(turn(el, { ctrlKey: true })).toBe(false);
    expect(el.cy!.zoom()).toBeGreaterThan(zoom);
    const zoomed = el.cy!.zoom();
    expect(turn(el, { metaKey: true })).toBe(false);
    expect(el.cy!.zoom()).toBeGreaterThan(zoomed);
    expect(hint(el).hidden).toBe(true);
  });

  it('zooms once the drawing has focus', async () => {
    const el = await drawn();
    el.focus();
    await expect.poll(() => el.matches(':focus-within')).toBe(true);
    const zoom = el.cy!.zoom();
    expect(turn(el)).toBe(false);
    expect(el.cy!.zoom()).toBeGreaterThan(zoom);
  });

  it('zooms at once with wheel="zoom"', async () => {
    const el = await drawn('zoom');
    const zoom = el.cy!.zoom();
    expect(turn(el)).toBe(false);
    expect(el.cy!.zoom()).toBeGreaterThan(zoom);
    expect(hint(el).hidden).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-search.ts';
import type { ActorGraphSearch } from '../../src/components/actor-graph-search.ts';
import type { ActorSelectDetail } from '../../src/components/events.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

async function make(): Promise<ActorGraphSearch> {
  const el = document.createElement('actor-graph-search');
  el.graph = graph;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function input(el: ActorGraphSearch): HTMLInputElement {
  return el.shadowRoot!.querySelector('input')!;
}

async function type(el: ActorGraphSearch, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function key(el: ActorGraphSearch, name: string): Promise<void> {
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

function options(el: ActorGraphSearch): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-search>', () => {
  it('is a labelled combobox, collapsed at first', async () => {
    const el = await make();
    const field = input(el);
    expect(field.getAttribute('role')).toBe('combobox');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.textContent).toBe('Find an actor');
    expect(label.htmlFor).toBe(field.id);
    const listbox = el.shadowRoot!.getElementById(field.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
  });

  it('offers Russia for "kremlin", showing the alias that matched', async () => {
    const el = await make();
    await type(el, 'kremlin');
    expect(input(el).getAttribute('aria-expanded')).toBe('true');
    const shown = options(el);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.querySelector('.label')!.textContent).toBe('Russia');
    expect(shown[0]!.querySelector('.kind')!.textContent).toBe('state');
    expect(shown[0]!.querySelector('.alias')!.textContent).toBe('also “the Kremlin”');
  });

  it('picks with ArrowDown and Enter, firing actor-select { id: "russia", actor } as <actor-graph> does', async () => {
    const el = await make();
    const events: CustomEvent<ActorSelectDetail>[] = [];
    document.addEventListener('actor-select', (e) => events.push(e), { once: true });
    await type(el, 'kremlin');
    await key(el, 'ArrowDown');
    const field = input(el);
    const active = options(el)[0]!;
    expect(field.getAttribute('aria-activedescendant')).toBe(active.id);
    expect(active.getAttribute('aria-selected')).toBe('true');
    await key(el, 'Enter');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ id: 'russia', actor: graph.getNodeAttributes('russia') });
    expect(events[0]!.detail.actor.label).toBe('Russia');
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(field.value).toBe('Russia');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('moves with the arrows, wrapping, and shows no alias when the label matched', async () => {
    const el = await make();
    await type(el, 'afghan');
    expect(options(el).map((o) => o.querySelector('.label')!.textContent)).toEqual(['Afghan government', 'Taliban']);
    expect(options(el)[0]!.querySelector('.alias')).toBeNull();
    await key(el, 'ArrowUp');
    expect(input(el).getAttribute('aria-activedescendant')).toBe(options(el)[1]!.id);
    await key(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-activedescendant')).toBe(options(el)[0]!.id);
    const picked: string[] = [];
    el.addEventListener('actor-select', (e) => picked.push(e.detail.id));
    await key(el, 'ArrowDown');
    await key(el, 'Enter');
    expect(picked).toEqual(['taliban']);
  });

  it('closes with Escape, then clears', async () => {
    const el = await make();
    await type(el, 'iran');
    await key(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    expect(input(el).value).toBe('iran');
    await key(el, 'Escape');
    expect(input(el).value).toBe('');
  });

  it('works with real keystrokes', async () => {
    const el = await make();
    const picked: string[] = [];
    el.addEventListener('actor-select', (e) => picked.push(e.detail.id));
    input(el).focus();
    await userEvent.keyboard('kremlin');
    await el.updateComplete;
    expect(options(el).map((o) => o.querySelector('.label')!.textContent)).toEqual(['Russia']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await el.updateComplete;
    expect(picked).toEqual(['russia']);
    expect(input(el).value).toBe('Russia');
  });

  it('picks with the mouse', async () => {
    const el = await make();
    const picked: string[] = [];
    el.addEventListener('actor-select', (e) => picked.push(e.detail.id));
    await type(el, 'us');
    options(el)[1]!.click();
    expect(picked).toEqual(['russia']);
  });

  it('says when nothing matches, and uses the placeholder', async () => {
    const el = await make();
    el.placeholder = 'e.g. Moscow';
    await type(el, 'zzz');
    expect(input(el).placeholder).toBe('e.g. Moscow');
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).toBe('No actor matches “zzz”.');
  });
});

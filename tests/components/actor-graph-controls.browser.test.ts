import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';

/** Four actors; D's only relation ended in 1999, so as of 2003 it has none. */
function fourActors(): GraphDocument {
  return {
    version: 1,
    title: 'four actors',
    sources: [],
    actors: [
      { id: 'a', label: 'Alpha', kind: 'state' },
      { id: 'b', label: 'Bravo', kind: 'state' },
      { id: 'c', label: 'Charlie', kind: 'state' },
      { id: 'd', label: 'Delta', kind: 'person' },
    ],
    relations: [
      { id: 'a-b', source: 'a', target: 'b', type: 'cooperation', label: 'Trade pact', start: '2001', end: '2005' },
      { id: 'b-c', source: 'b', target: 'c', type: 'hostility', start: '2010' },
      { id: 'a-c', source: 'a', target: 'c', type: 'contested', directed: true },
      { id: 'a-d', source: 'a', target: 'd', type: 'hostility', start: '1990', end: '1999' },
    ],
  };
}

async function loaded(setup: (el: ActorGraphElement) => void = () => {}): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '800px';
  el.style.height = '600px';
  el.data = fourActors();
  setup(el);
  document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  await el.updateComplete;
  return el;
}

const inside = <E extends Element>(el: ActorGraphElement, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const controls = (el: ActorGraphElement) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
const tooltip = (el: ActorGraphElement) => inside(el, '[role="tooltip"]');
/** The tooltip's lines, heading first; [] when none is shown. */
const tipLines = (el: ActorGraphElement) => [...(tooltip(el)?.children ?? [])].map(text);
const canvas = (el: ActorGraphElement) => inside<HTMLElement>(el, '[part="canvas"]')!;

afterEach(() => document.body.replaceChildren());

describe('<actor-graph> drawing controls', () => {
  it('zooms in and out by a quarter with its buttons, and Fit restores the fitted view', async () => {
    const el = await loaded();
    const cy = el.cy!;
    expect(controls(el).map((b) => b.getAttribute('aria-label') ?? text(b))).toEqual(['Zoom in', 'Zoom out', 'Fit']);
    const fitted = { zoom: cy.zoom(), pan: { ...cy.pan() } };

    await userEvent.click(controls(el)[0]!);
    expect(cy.zoom()).toBeCloseTo(fitted.zoom * 1.25, 6);
    await userEvent.click(controls(el)[1]!);
    await userEvent.click(controls(el)[1]!);
    expect(cy.zoom()).toBeCloseTo(fitted.zoom / 1.25, 6);

    await userEvent.click(controls(el)[2]!);
    expect(cy.zoom()).toBeCloseTo(fitted.zoom, 6);
    expect(cy.pan().x).toBeCloseTo(fitted.pan.x, 6);
    expect(cy.pan().y).toBeCloseTo(fitted.pan.y, 6);
  });

  it('reaches the buttons by keyboard, after the drawing', async () => {
    const el = await loaded();
    const zoom = el.cy!.zoom();
    canvas(el).focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(controls(el)[0]);
    await userEvent.keyboard('{Enter}');
    expect(el.cy!.zoom()).toBeCloseTo(zoom * 1.25, 6);
  });

  it('leaves the buttons out with controls="none"', async () => {
    const el = await loaded((el) => el.setAttribute('controls', 'none'));
    expect(controls(el)).toEqual([]);
  });
});

describe('<actor-graph> relation tooltip', () => {
  it('shows a relation’s ends, label, type and dates under the pointer, and Escape hides it', async () => {
    const el = await loaded();
    const edge = el.cy!.getElementById('a-b');
    const middle = edge.renderedMidpoint();
    const box = canvas(el).getBoundingClientRect();
    const host = el.getBoundingClientRect();
    await userEvent.hover(el, { position: { x: box.left - host.left + middle.x, y: box.top - host.top + middle.y } });
    await expect.poll(() => tipLines(el)).toEqual(['Alpha – Bravo', 'Trade pact', 'Type: cooperation', 'Dates: 2001 – 2005']);
    // Placed at the middle of the relation (the tooltip's own offset moves it above).
    const tip = tooltip(el) as HTMLElement;
    expect([tip.style.left, tip.style.top]).toEqual([`${Math.round(middle.x)}px`, `${Math.round(middle.y)}px`]);

    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(tooltip(el)).toBeNull();
  });

  it('shows the selected relation’s tooltip while the drawing has keyboard focus', async () => {
    const el = await loaded();
    el.selected = 'a-c';
    await el.updateComplete;
    expect(tooltip(el)).toBeNull();
    canvas(el).focus({ focusVisible: true } as FocusOptions);
    await expect.poll(() => tipLines(el)).toEqual(['Alpha → Charlie', 'Type: contested', 'Dates: dates not given']);

    // Escape clears the selection, and the tooltip with it.
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.selected).toBeNull();
    expect(tooltip(el)).toBeNull();
  });
});

describe('<actor-graph> emphasis', () => {
  it('draws the selected relation wider than its type’s line, with a halo', async () => {
    const el = await loaded();
    const cy = el.cy!;
    expect(cy.getElementById('b-c').numericStyle('width')).toBe(5);
    expect(cy.getElementById('a-b').numericStyle('width')).toBe(2.5);
    el.selected = 'b-c';
    await el.updateComplete;
    expect(cy.getElementById('b-c').numericStyle('width')).toBe(8);
    expect(cy.getElementById('b-c').numericStyle('underlay-opacity')).toBe(0.5);
    expect(cy.getElementById('a-d').numericStyle('width')).toBe(5);
    el.selected = 'a-b';
    await el.updateComplete;
    expect(cy.getElementById('a-b').numericStyle('width')).toBe(5.5);
    expect(cy.getElementById('b-c').numericStyle('width')).toBe(5);
  });

  it('fades the actors with no relation at the date, and says so when one is selected', async () => {
    const el = await loaded();
    const cy = el.cy!;
    const opacities = () => cy.nodes().map((node) => [node.id(), node.numericStyle('opacity')]);
    expect(opacities()).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 1],
    ]);
    el.asOf = '2003';
    await el.updateComplete;
    expect(opacities()).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 0.35],
    ]);
    el.selected = 'd';
    await el.updateComplete;
    expect(text(inside(el, '#status'))).toBe('Selected actor: Delta (person), no relation as of 2003');

    el.asOf = '1995';
    await el.updateComplete;
    expect(opacities()).toEqual([
      ['a', 1],
      ['b', 0.35],
      ['c', 1],
      ['d', 1],
    ]);
    expect(text(inside(el, '#status'))).toBe('Selected actor: Delta (person)');
  });

  it('draws relations as wide as the paths using them, with their count, when given weights', async () => {
    const el = await loaded();
    const cy = el.cy!;
    el.highlight({ actors: ['a', 'b', 'c'], relations: ['a-b', 'b-c', 'a-c'], weights: { 'a-b': 1, 'b-c': 1, 'a-c': 3 } });
    const look = (id: string) => [cy.getElementById(id).numericStyle('width'), cy.getElementById(id).style('label')];
    expect(look('a-c')).toEqual([12, '3']);
    expect(look('a-b')).toEqual([3, '1']);
    expect(look('a-d')).toEqual([5, '']);

    // findPaths with all weights every path it shows; clearing leaves the lines as drawn before.
    el.findPaths('Bravo', 'Charlie', { all: true });
    expect(look('b-c')).toEqual([3, '1']);
    expect(look('a-c')).toEqual([3, '1']);
    el.clearHighlight();
    expect(look('a-c')).toEqual([2.5, '']);
    expect(look('b-c')).toEqual([5, '']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { ActorGraphLegend } from '../../src/components/actor-graph-legend.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { findPaths } from '../../src/model/paths.ts';
import { SEED_IN_2001 } from '../seed.ts';
import { validateDocument } from '../../src/model/validate.ts';
import seed from '../../graph/russia-taliban-2016.json';

const SEED_URL = '/graph/russia-taliban-2016.json';
const MARKUP = '<img src=x onerror=alert(1)>';

async function mount(setup: (el: ActorGraphElement) => void = () => {}): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '900px';
  el.style.height = '640px';
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function next<T>(el: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => el.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

async function loaded(setup: (el: ActorGraphElement) => void = (el) => (el.data = structuredClone(seed))): Promise<ActorGraphElement> {
  const el = await mount(setup);
  const result = await el.ready;
  expect(result.ok).toBe(true);
  await el.updateComplete;
  return el;
}

/** Ids of what cytoscape draws (`style()` brings the lazily computed style up to date, unlike `:visible`). */
const visibleIds = (el: ActorGraphElement, group: 'nodes' | 'edges') =>
  el
    .cy!.elements()
    .filter((e) => e.group() === group && e.style('display') !== 'none')
    .map((e) => e.id())
    .sort();

const positions = (el: ActorGraphElement) => Object.fromEntries(el.cy!.nodes().map((n) => [n.id(), { ...n.position() }]));

const canvas = (el: ActorGraphElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="canvas"]')!;
const legend = (el: ActorGraphElement) => el.shadowRoot!.querySelector<ActorGraphLegend>('actor-graph-legend')!;

/** Clicks with real (CDP) mouse events at a point given in the canvas's pixels. */
async function clickCanvasAt(el: ActorGraphElement, point: { x: number; y: number }): Promise<void> {
  const host = el.getBoundingClientRect();
  const box = canvas(el).getBoundingClientRect();
  await userEvent.click(el, { position: { x: box.left - host.left + point.x, y: box.top - host.top + point.y } });
}

function tiny(label = 'A'): GraphDocument {
  return {
    version: 1,
    title: 'tiny',
    sources: [],
    actors: [
      { id: 'a', label, kind: 'person' },
      { id: 'b', label: 'B', kind: 'state' },
    ],
    relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility' }],
  };
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph>', () => {
  it('fetches src and draws every actor and relation of the seed graph', async () => {
    const el = await mount();
    const ready = next<{ actors: number; relations: number }>(el, 'graph-ready');
    el.src = SEED_URL;
    const event = await ready;
    expect(event.detail).toEqual({ actors: 14, relations: 37 });
    expect(event.bubbles && event.composed).toBe(true);
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(el.cy!.nodes().length).toBe(14);
    expect(el.cy!.edges().length).toBe(37);
    expect(visibleIds(el, 'edges')).toHaveLength(37);
    expect(el.graph!.order).toBe(14);
    expect(el.getAttribute('src')).toBe(SEED_URL);
    await el.updateComplete;
    expect(canvas(el).getAttribute('aria-label')).toBe('Graph: 14 actors, 37 relations shown');
    expect(canvas(el).getAttribute('role')).toBe('application');
    expect(canvas(el).tabIndex).toBe(0);
  });

  it('fires actor-select and relation-select for clicks through the shadow root', async () => {
    const el = await loaded();
    const cy = el.cy!;
    const india = cy.getElementById('india');
    const actorSelect = next<{ id: string; actor: { label: string } }>(el, 'actor-select');
    await clickCanvasAt(el, india.renderedPosition());
    const actor = await actorSelect;
    expect(actor.detail.id).toBe('india');
    expect(actor.detail.actor.label).toBe('India');
    await el.updateComplete;
    expect(el.selected).toBe('india');
    expect(el.getAttribute('selected')).toBe('india');
    expect(india.hasClass('ag-selected')).toBe(true);

    // A relation whose midpoint is clear of every node and label, so the click can only mean it.
    const clear = cy.edges().filter((edge) => {
      const m = edge.renderedMidpoint();
      return cy.nodes().every((node) => {
        const b = node.renderedBoundingBox({ includeLabels: true });
        return m.x < b.x1 - 8 || m.x > b.x2 + 8 || m.y < b.y1 - 8 || m.y > b.y2 + 8;
      });
    });
    expect(clear.length).toBeGreaterThan(0);
    const edge = clear[0]!;
    const relationSelect = next<{ id: string; relation: { type: string } }>(el, 'relation-select');
    await clickCanvasAt(el, edge.renderedMidpoint());
    const relation = await relationSelect;
    expect(relation.detail.id).toBe(edge.id());
    expect(relation.detail.relation.type).toBe(edge.data('type'));
    await el.updateComplete;
    expect(el.selected).toBe(edge.id());
    expect(edge.hasClass('ag-selected')).toBe(true);
    expect(india.hasClass('ag-selected')).toBe(false);
  });

  it('loads once per src attribute set and reflects its other attributes', async () => {
    const el = await mount();
    let readies = 0;
    el.addEventListener('graph-ready', () => readies++);
    const fetch = vi.spyOn(window, 'fetch');
    el.setAttribute('src', SEED_URL);
    expect((await el.ready).ok).toBe(true);
    // Reflecting the attribute back, in the update, must not start a second load: `ready` would be its.
    await el.updateComplete;
    expect((await el.ready).ok).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    fetch.mockRestore();
    expect(readies).toBe(1);
    expect(el.layout).toBe('auto');
    el.asOf = '2016';
    el.types = 'hostility,contested';
    el.selected = 'russia';
    await el.updateComplete;
    expect(el.getAttribute('as-of')).toBe('2016');
    expect(el.getAttribute('types')).toBe('hostility,contested');
    expect(el.getAttribute('selected')).toBe('russia');
    expect(readies).toBe(1);
  });

  it('gets cytoscape hover events through the shadow root (cytoscape.js #3273)', async () => {
    const el = await loaded();
    const over = new Promise<string>((resolve) => el.cy!.on('mouseover', 'node', (event) => resolve(event.target.id())));
    const host = el.getBoundingClientRect();
    const box = canvas(el).getBoundingClientRect();
    const point = el.cy!.getElementById('iran').renderedPosition();
    await userEvent.hover(el, { position: { x: box.left - host.left + point.x, y: box.top - host.top + point.y } });
    expect(await over).toBe('iran');
  });

  it('types="cooperation" hides exactly the other relations and keeps every actor', async () => {
    const el = await loaded((el) => {
      el.setAttribute('types', 'cooperation');
      el.data = structuredClone(seed);
    });
    expect(visibleIds(el, 'edges')).toEqual(
      [
        'taliban-chechen-rebels',
        'taliban-central-asian-networks',
        'russia-taliban-hostages-1996',
        'russia-united-states-2001',
        'russia-taliban-since-2007',
        'russia-taliban-counterterrorism',
        'russia-syrian-government',
        'russia-afghan-government-counterterrorism',
        'united-states-afghan-government',
        'russia-china',
        'russia-iran',
        'china-taliban',
        'iran-taliban',
        'russia-india',
        'nato-afghan-government',
        'taliban-drug-traffickers',
      ].sort(),
    );
    expect(visibleIds(el, 'nodes')).toHaveLength(14);
    expect(legend(el).relations.map((r) => r.type)).toEqual(['cooperation']);
    el.types = null;
    await el.updateComplete;
    expect(visibleIds(el, 'edges')).toHaveLength(37);
    expect(legend(el).relations.map((r) => r.type)).toEqual(['cooperation', 'hostility', 'contested']);
  });

  it('as-of="2001" shows exactly the relations that hold in 2001', async () => {
    const el = await loaded((el) => {
      el.setAttribute('as-of', '2001');
      el.data = structuredClone(seed);
    });
    expect(el.asOf).toBe('2001');
    expect(visibleIds(el, 'edges')).toEqual([...SEED_IN_2001].sort());
    expect(visibleIds(el, 'nodes')).toHaveLength(14);
    expect(canvas(el).getAttribute('aria-label')).toBe('Graph: 14 actors, 20 relations shown');
  });

  it('findPaths returns the model result, highlights the path and fires path-change', async () => {
    const el = await loaded();
    const checked = validateDocument(structuredClone(seed));
    if (!checked.ok) throw new Error('seed does not validate');
    const expected = findPaths(loadGraph(checked.document), 'Russia', 'India');
    const change = next<{ from: string; to: string; result: unknown }>(el, 'path-change');
    const result = el.findPaths('Russia', 'India');
    expect(result).toEqual(expected);
    expect((await change).detail).toEqual({ from: 'Russia', to: 'India', result: expected });
    if (!result.ok) throw new Error('no path');
    const path = result.paths[0]!;
    for (const id of [...path.actors, ...path.relations]) expect(el.cy!.getElementById(id).hasClass('ag-path')).toBe(true);
    expect(el.cy!.getElementById('taliban').hasClass('ag-dimmed')).toBe(true);
    el.clearHighlight();
    expect(el.cy!.elements('.ag-path, .ag-dimmed')).toHaveLength(0);
  });

  it('findPaths obeys the view filter', async () => {
    const el = await loaded((el) => {
      el.types = 'hostility';
      el.data = structuredClone(seed);
    });
    const result = el.findPaths('russia', 'india');
    expect(result.ok && result.paths).toEqual([]);
  });

  it('focusOn shows only the neighbourhood, clearHighlight shows everything again', async () => {
    const el = await loaded();
    el.focusOn('syrian-government', 1);
    expect(visibleIds(el, 'nodes')).toEqual(['isis', 'russia', 'syrian-government']);
    expect(visibleIds(el, 'edges')).toEqual(['russia-isis', 'russia-syrian-government', 'syrian-government-isis']);
    el.focusOn('Syrian government', 2);
    // Two steps out: Russia's neighbours, the drug traffickers it struggles against among them.
    expect(visibleIds(el, 'nodes')).toHaveLength(13);
    expect(visibleIds(el, 'nodes')).toContain('drug-traffickers');
    expect(visibleIds(el, 'nodes')).not.toContain('central-asian-networks');
    el.focusOn('syrian-government', 3);
    expect(visibleIds(el, 'nodes')).toHaveLength(14);
    expect(visibleIds(el, 'edges')).toHaveLength(37);
    el.focusOn('syrian-government', 1);
    el.clearHighlight();
    expect(visibleIds(el, 'edges')).toHaveLength(37);
  });

  it('still focuses a neighbourhood with the deprecated focus(actor, depth), warning once; focus() moves keyboard focus to the drawing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const el = await loaded();
      el.focus('syrian-government', 1);
      expect(visibleIds(el, 'nodes')).toEqual(['isis', 'russia', 'syrian-government']);
      el.focus('Syrian government', 2);
      expect(visibleIds(el, 'nodes')).toHaveLength(13);
      expect(warn.mock.calls).toEqual([
        ['<actor-graph>: focus(actor, depth) is deprecated and will be removed in the next minor version; use focusOn(actor, depth).'],
      ]);
      el.clearHighlight();
      el.focus();
      expect(document.activeElement).toBe(el);
      expect(el.shadowRoot!.activeElement).toBe(canvas(el));
      expect(visibleIds(el, 'nodes')).toHaveLength(14);
      canvas(el).blur();
      el.focus({ preventScroll: true });
      expect(el.shadowRoot!.activeElement).toBe(canvas(el));
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('leaves its defaults off its attributes, and takes them back when an attribute is removed', async () => {
    const el = await mount();
    expect(el.getAttributeNames().filter((name) => name !== 'style')).toEqual([]);
    expect([el.wheel, el.layout]).toEqual(['cooperative', 'auto']);
    el.setAttribute('wheel', 'zoom');
    el.setAttribute('layout', 'grid');
    expect([el.wheel, el.layout]).toEqual(['zoom', 'grid']);
    el.removeAttribute('wheel');
    el.removeAttribute('layout');
    expect([el.wheel, el.layout]).toEqual(['cooperative', 'auto']);
    el.wheel = 'zoom';
    await el.updateComplete;
    expect(el.getAttribute('wheel')).toBe('zoom');
  });

  it('shows labels holding markup as text, never as elements', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const el = await loaded((el) => {
      const doc = tiny(MARKUP);
      doc.actors[0]!.kind = MARKUP;
      el.data = doc;
    });
    const node = el.cy!.getElementById('a');
    expect(node.data('label')).toBe(MARKUP);
    expect(node.style('label')).toBe(MARKUP);
    el.selected = 'a';
    await el.updateComplete;
    await legend(el).updateComplete;
    expect(el.shadowRoot!.textContent).toContain(`Selected actor: ${MARKUP}`);
    expect(legend(el).shadowRoot!.textContent).toContain(`Other: ${MARKUP}`);

    el.data = { ...tiny(), relations: [{ id: 'r', source: MARKUP, target: 'b', type: 'cooperation' }] };
    await el.ready;
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).toContain(MARKUP);
    for (const root of [el.shadowRoot!, legend(el).shadowRoot!]) expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('fires graph-error for invalid data and keeps the previous graph', async () => {
    const el = await loaded();
    const graph = el.graph;
    const bad = { ...structuredClone(seed), relations: [{ id: 'x', source: 'russia', target: 'nowhere', type: 'friendship' }] };
    const expected = validateDocument(bad);
    expect(expected.ok).toBe(false);
    const error = next<{ problems: unknown[] }>(el, 'graph-error');
    el.data = bad;
    expect((await error).detail.problems).toEqual(!expected.ok && expected.problems);
    expect((await el.ready).ok).toBe(false);
    await el.updateComplete;
    expect(el.graph).toBe(graph);
    expect(el.cy!.nodes()).toHaveLength(14);
    expect(el.cy!.edges()).toHaveLength(37);
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('previous graph is still shown');
    expect(box.textContent).toContain('$.relations[0].target');
  });

  it('fires graph-error for a src answering 404 and keeps the previous graph', async () => {
    const el = await loaded();
    const error = next<{ problems: { path: string; message: string }[] }>(el, 'graph-error');
    el.src = '/graph/no-such-file.json';
    const { problems } = (await error).detail;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/404/);
    expect(el.cy!.nodes()).toHaveLength(14);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).toContain('404');
  });

  it('lets the last src or data set win, whatever finishes first', async () => {
    const el = await mount();
    const fetch = vi.spyOn(window, 'fetch');
    el.src = SEED_URL;
    el.data = tiny();
    expect(await el.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    // The src gave way before it was asked for: no answer can come later.
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
    expect(el.cy!.nodes()).toHaveLength(2);

    el.data = tiny();
    const superseded = el.ready;
    el.src = SEED_URL;
    // A superseded load's promise follows the load that replaced it.
    expect(await superseded).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(el.cy!.nodes()).toHaveLength(14);
  });

  it('lays out the same data at the same positions every time', async () => {
    const one = await loaded();
    const first = positions(one);
    one.data = structuredClone(seed);
    await one.ready;
    expect(positions(one)).toEqual(first);
    const two = await loaded((el) => (el.src = SEED_URL));
    expect(positions(two)).toEqual(first);
    // Positions are spread out: no two actors share a place.
    const keys = new Set(Object.values(first).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(14);
  });

  it('moves the selection with arrow keys, fires actor-select on Enter and clears on Escape', async () => {
    const el = await loaded();
    canvas(el).focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.selected).toBe('afghan-government');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.selected).toBe('central-asian-networks');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await el.updateComplete;
    expect(el.selected).toBe('united-states');
    const select = next<{ id: string }>(el, 'actor-select');
    await userEvent.keyboard('{Enter}');
    expect((await select).detail.id).toBe('united-states');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.selected).toBeNull();
    expect(el.hasAttribute('selected')).toBe(false);
  });

  it('lists only what is on screen in the legend', async () => {
    const el = await loaded((el) => {
      el.types = 'contested';
      el.data = structuredClone(seed);
    });
    const items = legend(el);
    expect(items.getAttribute('part')).toBe('legend');
    expect(items.relations.map((r) => r.type)).toEqual(['contested']);
    expect(items.kinds.map((k) => k.kind)).toEqual(['state', 'government', 'non-state armed group', 'organization', 'other']);
    el.focusOn('india');
    await el.updateComplete;
    expect(legend(el).kinds.map((k) => k.kind)).toEqual(['state']);
    expect(legend(el).relations).toEqual([]);
    await legend(el).updateComplete;
    const lines = legend(el).shadowRoot!.querySelectorAll('line');
    expect(lines).toHaveLength(0);
  });

  it('draws with the --actor-graph-* colours of its page', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('--actor-graph-hostility', 'rgb(1, 2, 3)');
    document.body.append(wrapper);
    const el = document.createElement('actor-graph');
    el.data = tiny();
    wrapper.append(el);
    await el.ready;
    const edge = el.cy!.getElementById('a-b');
    expect(edge.style('line-color')).toBe('rgb(1,2,3)');
    expect(edge.style('line-style')).toBe('dashed');
  });

  it('follows prefers-color-scheme for its default colours', async () => {
    const el = await loaded((el) => (el.data = tiny()));
    const line = () => el.cy!.getElementById('a-b').style('line-color');
    expect(line()).toBe('rgb(213,94,0)');
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      await expect.poll(line).toBe('rgb(240,122,42)');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
    await expect.poll(line).toBe('rgb(213,94,0)');
  });

  it('switches layouts and comes back to the same positions', async () => {
    const el = await loaded();
    const auto = positions(el);
    el.layout = 'grid';
    expect((await el.ready).ok).toBe(true);
    expect(el.getAttribute('layout')).toBe('grid');
    expect(positions(el)).not.toEqual(auto);
    el.layout = 'auto';
    await el.ready;
    expect(positions(el)).toEqual(auto);
  });

  it('highlights every path with all, and reports bad names without highlighting', async () => {
    const el = await loaded();
    const result = el.findPaths('india', 'isis', { all: true, maxHops: 3 });
    if (!result.ok) throw new Error('expected paths');
    expect(result.paths.length).toBeGreaterThan(1);
    for (const id of result.paths.flatMap((p) => p.relations)) expect(el.cy!.getElementById(id).hasClass('ag-path')).toBe(true);
    const change = next<{ result: { ok: boolean } }>(el, 'path-change');
    const bad = el.findPaths('Atlantis', 'india');
    expect(bad.ok).toBe(false);
    expect((await change).detail.result.ok).toBe(false);
    expect(el.cy!.elements('.ag-path')).toHaveLength(0);
  });

  it('fires graph-error for data that is not a document', async () => {
    const el = await mount();
    const error = next<{ problems: { path: string; message: string }[] }>(el, 'graph-error');
    el.data = 42;
    expect((await error).detail.problems).toEqual([{ path: '$', message: 'a graph file must be a JSON object' }]);
    expect(el.graph).toBeNull();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).not.toContain('previous graph');
  });

  it('reads text given to data as a file, and fires graph-error for text that is no graph file', async () => {
    const el = await mount();
    el.data = 'source,target,type\nRussia,Taliban,ally\n';
    expect(await el.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    expect(el.graph!.getEdgeAttribute('relation-1', 'type')).toBe('cooperation');
    const error = next<{ problems: { path: string; message: string }[] }>(el, 'graph-error');
    // Text that is none of the formats gets the JSON reader's words for what is wrong.
    el.data = 'not a graph';
    expect((await error).detail.problems).toEqual([{ path: '$', message: 'JSON does not parse at line 1, column 2: unexpected "o"' }]);
    expect(el.graph!.order).toBe(2);
  });

  it('releases cytoscape when disconnected and draws again when reconnected', async () => {
    const el = await loaded();
    const first = positions(el);
    el.remove();
    expect(el.cy).toBeNull();
    document.body.append(el);
    expect((await el.ready).ok).toBe(true);
    expect(el.cy!.nodes()).toHaveLength(14);
    expect(positions(el)).toEqual(first);
  });
});

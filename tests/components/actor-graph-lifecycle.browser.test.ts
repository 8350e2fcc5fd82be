/**
 * `<actor-graph>` as a page embeds it: created before its definition loads, two on one page,
 * removed and added again, given a new source while a load is under way, defined twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { seedDocument } from '../seed.ts';

const SEED_URL = '/graph/russia-taliban-2016.json';

function tiny(): GraphDocument {
  return {
    version: 1,
    title: 'tiny',
    sources: [],
    actors: [
      { id: 'a', label: 'A', kind: 'person' },
      { id: 'b', label: 'B', kind: 'state' },
    ],
    relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility' }],
  };
}

function create(tag = 'actor-graph'): ActorGraphElement {
  const el = document.createElement(tag) as ActorGraphElement;
  // As a page might style it: a block (the element itself is a flex column) of a given size.
  el.style.display = 'block';
  el.style.width = '600px';
  el.style.height = '400px';
  return el;
}

const counts = (el: ActorGraphElement) => (el.cy ? `${el.cy.nodes().length}/${el.cy.edges().length}` : 'not drawn');
const canvases = (el: ActorGraphElement) => el.shadowRoot!.querySelectorAll('[part="canvas"] canvas').length;

/**
 * Records the URLs `window.fetch` is asked for and the signal of each, until `stop()`;
 * `asked` settles as the first request is made.
 */
function watchFetches(): { urls: string[]; signals: AbortSignal[]; asked: Promise<void>; stop(): void } {
  const native = window.fetch;
  let asked!: () => void;
  const seen = {
    urls: [] as string[],
    signals: [] as AbortSignal[],
    asked: new Promise<void>((resolve) => (asked = resolve)),
    stop: () => (window.fetch = native),
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    seen.urls.push(input instanceof Request ? input.url : String(input));
    if (init?.signal) seen.signals.push(init.signal);
    asked();
    return native(input, init);
  };
  return seen;
}

/** A fresh tag for each definition made in a test: a tag is defined once per page. */
let defined = 0;
/** A fresh query for each copy of a module imported again. */
let copies = 0;
const lateTag = () => `actor-graph-late-${++defined}`;

afterEach(() => document.body.replaceChildren());

describe('<actor-graph> created before its definition', () => {
  it('picks up data set on the element before it was upgraded', async () => {
    const tag = lateTag();
    const el = create(tag);
    (el as unknown as { data: unknown }).data = seedDocument();
    document.body.append(el);
    expect(el).not.toBeInstanceOf(ActorGraphElement);
    customElements.define(tag, class extends ActorGraphElement {});
    expect(el).toBeInstanceOf(ActorGraphElement);
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(counts(el)).toBe('14/37');
  });

  it('picks up src, as-of and selected set before it was upgraded', async () => {
    const tag = lateTag();
    const el = create(tag);
    Object.assign(el, { src: SEED_URL, asOf: '2001', selected: 'russia' });
    document.body.append(el);
    customElements.define(tag, class extends ActorGraphElement {});
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    await el.updateComplete;
    expect(el.getAttribute('src')).toBe(SEED_URL);
    expect(el.getAttribute('as-of')).toBe('2001');
    expect(el.cy!.getElementById('russia').hasClass('ag-selected')).toBe(true);
    expect(el.cy!.edges().filter((edge) => !edge.hasClass('ag-filtered'))).toHaveLength(20);
  });

  it('reads attributes written in the markup before it was upgraded', async () => {
    const tag = lateTag();
    document.body.innerHTML = `<${tag} src="${SEED_URL}" types="hostility" style="display:block;width:600px;height:400px"></${tag}>`;
    customElements.define(tag, class extends ActorGraphElement {});
    const el = document.querySelector(tag) as ActorGraphElement;
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(el.cy!.edges().filter((edge) => !edge.hasClass('ag-filtered'))).toHaveLength(16);
  });
});

describe('two <actor-graph> elements on one page', () => {
  it('draw their own data, select independently and keep their own theme', async () => {
    const light = create();
    const dark = create();
    dark.style.setProperty('--actor-graph-background', '#101418');
    dark.style.setProperty('--actor-graph-hostility', '#ff8800');
    light.src = SEED_URL;
    dark.data = tiny();
    document.body.append(light, dark);
    expect((await light.ready).ok && (await dark.ready).ok).toBe(true);
    expect([counts(light), counts(dark)]).toEqual(['14/37', '2/1']);

    const selects: string[] = [];
    document.body.addEventListener('actor-select', (event) =>
      selects.push(`${(event.target as Element).tagName}:${(event as CustomEvent<{ id: string }>).detail.id}`),
    );
    light.cy!.getElementById('india').emit('tap');
    await light.updateComplete;
    expect(light.selected).toBe('india');
    expect(dark.selected).toBeNull();
    expect(dark.cy!.elements('.ag-selected')).toHaveLength(0);
    dark.cy!.getElementById('a').emit('tap');
    expect(light.selected).toBe('india');
    expect(selects).toEqual(['ACTOR-GRAPH:india', 'ACTOR-GRAPH:a']);

    expect(dark.cy!.getElementById('a-b').style('line-color')).toBe('rgb(255,136,0)');
    expect(light.cy!.edges('[type = "hostility"]').first().style('line-color')).not.toBe('rgb(255,136,0)');

    light.findPaths('Russia', 'India');
    expect(light.cy!.elements('.ag-path').length).toBeGreaterThan(0);
    expect(dark.cy!.elements('.ag-path, .ag-dimmed')).toHaveLength(0);
  });
});

describe('<actor-graph> removed and added again', () => {
  it('leaves one cytoscape drawing and no growing observers or listeners after 200 round trips', async () => {
    const observing = new Set<ResizeObserver>();
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      override observe(target: Element, options?: ResizeObserverOptions): void {
        observing.add(this);
        super.observe(target, options);
      }
      override disconnect(): void {
        observing.delete(this);
        super.disconnect();
      }
    };
    // Listeners on window, by type and function (cytoscape also probes with a null listener, which adds none).
    const listening = new Set<string>();
    const ids = new WeakMap<object, number>();
    let lastId = 0;
    const key = (type: string, listener: unknown) => {
      if (!listener || (typeof listener !== 'object' && typeof listener !== 'function')) return null;
      if (!ids.has(listener)) ids.set(listener, ++lastId);
      return `${type}:${ids.get(listener)}`;
    };
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
      const k = key(args[0], args[1]);
      if (k) listening.add(k);
      return add.apply(this, args);
    } as typeof add;
    window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
      const k = key(args[0], args[1]);
      if (k) listening.delete(k);
      return remove.apply(this, args);
    } as typeof remove;
    let schemeListeners = 0;
    const mqlAdd = MediaQueryList.prototype.addEventListener;
    const mqlRemove = MediaQueryList.prototype.removeEventListener;
    MediaQueryList.prototype.addEventListener = function (this: MediaQueryList, ...args: Parameters<typeof mqlAdd>) {
      schemeListeners++;
      return mqlAdd.apply(this, args);
    } as typeof mqlAdd;
    MediaQueryList.prototype.removeEventListener = function (this: MediaQueryList, ...args: Parameters<typeof mqlRemove>) {
      schemeListeners--;
      return mqlRemove.apply(this, args);
    } as typeof mqlRemove;
    try {
      const before = { observers: observing.size, windowListeners: listening.size, schemeListeners };
      const one = create();
      const two = create();
      one.data = seedDocument();
      two.data = tiny();
      document.body.append(one, two);
      await Promise.all([one.ready, two.ready]);
      const baseline = {
        observers: observing.size,
        windowListeners: listening.size,
        schemeListeners,
        canvases: [canvases(one), canvases(two)],
      };
      // Ours and cytoscape's, for each element.
      expect(baseline.observers).toBeGreaterThanOrEqual(2);
      expect(baseline.canvases[0]).toBeGreaterThan(0);
      expect(baseline.schemeListeners).toBe(2);

      for (let i = 0; i < 200; i++) {
        one.remove();
        two.remove();
        expect(one.cy).toBeNull();
        expect(observing.size).toBe(0);
        document.body.append(one, two);
        // Every other time, without waiting for the drawing to finish.
        if (i % 2) await Promise.all([one.ready, two.ready]);
      }
      expect(await one.ready).toEqual({ ok: true, actors: 14, relations: 37 });
      expect(await two.ready).toEqual({ ok: true, actors: 2, relations: 1 });
      expect([counts(one), counts(two)]).toEqual(['14/37', '2/1']);
      expect(
        JSON.stringify({
          observers: observing.size,
          windowListeners: listening.size,
          schemeListeners,
          canvases: [canvases(one), canvases(two)],
        }),
      ).toBe(JSON.stringify(baseline));
      one.remove();
      two.remove();
      expect({ observers: observing.size, windowListeners: listening.size, schemeListeners }).toEqual(before);
    } finally {
      window.ResizeObserver = Native;
      window.addEventListener = add;
      window.removeEventListener = remove;
      MediaQueryList.prototype.addEventListener = mqlAdd;
      MediaQueryList.prototype.removeEventListener = mqlRemove;
    }
  });

  it('draws when added again while a load was under way', async () => {
    const el = create();
    document.body.append(el);
    await el.updateComplete;
    const fetches = watchFetches();
    try {
      el.src = SEED_URL;
      el.remove();
      // Off the page, it asks for nothing.
      await el.updateComplete;
      expect(fetches.urls).toEqual([]);
      document.body.append(el);
      expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    } finally {
      fetches.stop();
    }
    expect(fetches.urls).toEqual([SEED_URL]);
    expect(counts(el)).toBe('14/37');
  });

  it('cancels a fetch under way when removed, and fetches again when added back', async () => {
    const el = create();
    document.body.append(el);
    await el.updateComplete;
    const fetches = watchFetches();
    try {
      el.src = SEED_URL;
      await fetches.asked;
      // Removed in the same task as the request was made, before any answer can have come.
      el.remove();
      expect(fetches.signals.map((signal) => signal.aborted)).toEqual([true]);
      document.body.append(el);
      expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    } finally {
      fetches.stop();
    }
    expect(fetches.urls).toEqual([SEED_URL, SEED_URL]);
    expect(fetches.signals.map((signal) => signal.aborted)).toEqual([true, false]);
    expect(counts(el)).toBe('14/37');
  });

  it('draws on the new cytoscape when moved at any point of a load', async () => {
    // Moved (removed and added at once) after 0, 1, 2… microtasks: somewhere in the middle of drawing.
    for (let ticks = 0; ticks < 40; ticks++) {
      const el = create();
      el.data = tiny();
      document.body.append(el);
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      document.body.append(el);
      expect(await el.ready, `after ${ticks} microtasks`).toEqual({ ok: true, actors: 2, relations: 1 });
      expect(counts(el), `after ${ticks} microtasks`).toBe('2/1');
      el.remove();
    }
  });
});

describe('<actor-graph> sizing', () => {
  it('follows its box', async () => {
    const el = create();
    el.data = seedDocument();
    document.body.append(el);
    await el.ready;
    const canvasBox = () => el.shadowRoot!.querySelector('[part="canvas"]')!.getBoundingClientRect();
    expect(el.cy!.width()).toBe(Math.round(canvasBox().width));
    el.style.width = '900px';
    el.style.height = '700px';
    await expect.poll(() => el.cy!.width()).toBe(Math.round(canvasBox().width));
    expect(el.cy!.height()).toBe(Math.round(canvasBox().height));
    expect(canvasBox().width).toBeGreaterThan(800);
    // Fitted again: every actor is inside the view.
    await expect
      .poll(() => {
        const box = el.cy!.nodes().renderedBoundingBox();
        return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= el.cy!.width() && box.y2 <= el.cy!.height();
      })
      .toBe(true);
  });
});

describe('<actor-graph> given a new source while loading', () => {
  it('src then data at once: data wins, and the src is never fetched', async () => {
    const el = create();
    document.body.append(el);
    let readies = 0;
    el.addEventListener('graph-ready', () => readies++);
    const fetches = watchFetches();
    try {
      el.src = SEED_URL;
      el.data = tiny();
      expect(await el.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    } finally {
      fetches.stop();
    }
    // Nothing was asked for that could arrive later.
    expect(fetches.urls).toEqual([]);
    expect(counts(el)).toBe('2/1');
    expect(el.graph!.order).toBe(2);
    expect(readies).toBe(1);
  });

  it('does not reload when given the object it shows again, but does after a src', async () => {
    const el = create();
    document.body.append(el);
    let readies = 0;
    el.addEventListener('graph-ready', () => readies++);
    const doc = tiny();
    el.data = doc;
    await el.ready;
    el.data = doc;
    // A reload would have made `ready` a new load's, settled after its graph-ready.
    expect(await el.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    expect(readies).toBe(1);
    el.src = SEED_URL;
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    el.data = doc;
    expect(await el.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    expect(readies).toBe(3);
  });

  it('data then src at once: src wins', async () => {
    const el = create();
    document.body.append(el);
    let readies = 0;
    el.addEventListener('graph-ready', () => readies++);
    el.data = tiny();
    el.src = SEED_URL;
    // The data's load gave way within the set, long before the fetch ended.
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(counts(el)).toBe('14/37');
    expect(readies).toBe(1);
  });

  it('a second src while the first is fetched: the second wins', async () => {
    const el = create();
    document.body.append(el);
    el.src = SEED_URL;
    el.src = '/embed-example.json';
    el.src = SEED_URL.replace('.json', '.json?again');
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(el.getAttribute('src')).toBe(`${SEED_URL}?again`);
  });
});

describe('the element definitions', () => {
  it('are guarded, so a second copy of the library on the page does not throw', async () => {
    const modules = import.meta.glob('../../src/components/*.ts');
    const components = Object.keys(modules).filter((path) => !path.endsWith('.styles.ts'));
    for (const path of components) await modules[path]!();
    for (const tag of [
      'actor-graph',
      'actor-graph-legend',
      'actor-graph-explorer',
      'actor-graph-search',
      'actor-graph-filters',
      'actor-graph-details',
      'actor-graph-path-finder',
      'actor-graph-balance',
      'actor-graph-table',
    ]) {
      expect(customElements.get(tag), tag).toBeDefined();
    }
    // Evaluating a module again (a second copy of the library) must skip taken tags, not throw.
    const failures: string[] = [];
    for (const path of components) {
      try {
        await import(/* @vite-ignore */ `${new URL(path, import.meta.url).pathname}?copy=${++copies}`);
      } catch (error) {
        failures.push(`${path}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/**
 * A graph from another site says so: `<actor-graph-explorer src>` on the server at 127.0.0.2
 * (another origin, answering with CORS headers) shows a notice under the title naming its host,
 * and with `allowed-sources` not listing that origin it fetches nothing and says why.
 */
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import { mountExplorer, SEED_URL, settle, text } from '../support/explorer.ts';

const CORS = inject('corsOrigin');
const OTHER = `${CORS}/open`;
const HOST = new URL(CORS).host;

const notice = (el: ActorGraphExplorer) => el.shadowRoot!.querySelector<HTMLElement>('[part="origin"]');
const heading = (el: ActorGraphExplorer) => text(el.shadowRoot!.querySelector('header h1'));
const problems = (el: ActorGraphExplorer) => el.shadowRoot!.querySelector<HTMLElement>('[part="problems"]')!;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<actor-graph-explorer> and where its graph comes from', () => {
  it('names the host of a graph from another origin under the title, on screen and in the status line', async () => {
    const { el } = await mountExplorer((e) => (e.src = OTHER));
    expect(heading(el)).toBe('Russia and the Taliban, 2016');
    const shown = notice(el)!;
    expect(text(shown)).toBe(`Graph loaded from ${HOST} — not from this site`);
    expect(shown.getAttribute('role')).toBe('note');
    // Right under the header, as wide, and drawn in a colour of its own.
    const header = el.shadowRoot!.querySelector('header')!.getBoundingClientRect();
    const box = shown.getBoundingClientRect();
    expect(box.top).toBe(header.bottom);
    expect(box.width).toBe(header.width);
    expect(getComputedStyle(shown).backgroundColor).toBe('rgb(255, 244, 206)');
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).toBe(
      `Loaded Russia and the Taliban, 2016: 14 actors, 37 relations. Graph loaded from ${HOST} — not from this site.`,
    );
  });

  it('says where the graph came from under the caption of an exported image', async () => {
    const { el } = await mountExplorer((e) => (e.src = OTHER));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:test/${blobs.push(blob as Blob)}`);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await el.shadowRoot!.querySelector('actor-graph-export-menu')!.export('svg');
    const svg = new DOMParser().parseFromString(await blobs[0]!.text(), 'image/svg+xml');
    expect(svg.querySelector('title')!.textContent).toBe(
      '\u2068Russia and the Taliban, 2016\u2069 — Source: \u2068Samuel Ramani\u2069, \u2068Russia and the Taliban: A Closer Look\u2069, \u20682016\u2069' +
        ` — Graph loaded from ${HOST}`,
    );
  });

  it('shows no notice for its own origin, and drops it when a graph from its own origin or a file replaces the other', async () => {
    const { el, view } = await mountExplorer((e) => (e.src = SEED_URL));
    expect(notice(el)).toBeNull();

    el.src = OTHER;
    await expect.poll(() => text(notice(el))).toBe(`Graph loaded from ${HOST} — not from this site`);
    el.src = `${location.origin}${SEED_URL}`;
    await el.updateComplete;
    expect((await view.ready).ok).toBe(true);
    await settle(el);
    expect(notice(el)).toBeNull();

    el.src = OTHER;
    await expect.poll(() => text(notice(el))).toBe(`Graph loaded from ${HOST} — not from this site`);
    const file = { version: 1, title: 'Mine', actors: [{ id: 'a', label: 'A' }], relations: [] };
    expect(await el.openFile(new File([JSON.stringify(file)], 'mine.json'))).toEqual([]);
    await el.updateComplete;
    expect((await view.ready).ok).toBe(true);
    await settle(el);
    expect(heading(el)).toBe('Mine');
    expect(notice(el)).toBeNull();
  });

  it('fetches nothing from an origin that allowed-sources does not list, and names the origin and the setting', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const el = document.createElement('actor-graph-explorer');
    el.style.height = '800px';
    el.setAttribute('allowed-sources', 'https://a.example https://b.example');
    el.src = OTHER;
    document.body.append(el);
    await settle(el);
    expect(text(problems(el))).toBe(
      `${OTHER} was not loaded (1 problem). src: graphs from ${CORS} are not opened here: the page's allowed-sources setting lists only https://a.example, https://b.example. Dismiss`,
    );
    expect(problems(el).hidden).toBe(false);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).toBe(`${OTHER} was not loaded: 1 problem.`);
    expect(heading(el)).toBe('actor-graph');
    expect(notice(el)).toBeNull();
    expect(el.graphView!.graph).toBeNull();
    expect(fetches).not.toHaveBeenCalled();

    // Its own origin stays open; listing the other origin opens it.
    el.src = SEED_URL;
    await el.updateComplete;
    expect(await el.graphView!.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    await settle(el);
    expect(problems(el).hidden).toBe(true);
    expect(notice(el)).toBeNull();
    el.src = OTHER;
    await settle(el);
    expect(text(problems(el))).toContain(`src: graphs from ${CORS} are not opened here`);
    expect(heading(el)).toBe('Russia and the Taliban, 2016');
    el.setAttribute('allowed-sources', `https://a.example ${CORS}`);
    await expect.poll(() => text(notice(el))).toBe(`Graph loaded from ${HOST} — not from this site`);
    expect(problems(el).hidden).toBe(true);
    expect(fetches.mock.calls.map(([url]) => (url instanceof Request ? url.url : String(url)))).toEqual([SEED_URL, OTHER]);
  });

  it('with an empty allowed-sources, opens only graphs of its own origin', async () => {
    const el = document.createElement('actor-graph-explorer');
    el.style.height = '800px';
    el.setAttribute('allowed-sources', '');
    el.src = OTHER;
    document.body.append(el);
    await settle(el);
    expect(text(problems(el).querySelector('li'))).toBe(
      `src: graphs from ${CORS} are not opened here: the page's allowed-sources setting lists no other site.`,
    );
  });
});

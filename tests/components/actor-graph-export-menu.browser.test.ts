import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import '../../src/components/actor-graph-export-menu.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { ActorGraphExportMenu } from '../../src/components/actor-graph-export-menu.ts';
import type { ExportDoneDetail } from '../../src/components/events.ts';
import { readCsv, readJson } from '../../src/io/index.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { openGraphFiles } from '../../src/io/open.ts';
import seed from '../../graph/russia-taliban-2016.json';

async function setup(
  data: GraphDocument = seed as GraphDocument,
): Promise<{ menu: ActorGraphExportMenu; view: ActorGraphElement; downloads: { blob: Blob; name: string }[] }> {
  const view = document.createElement('actor-graph');
  view.style.width = '800px';
  view.style.height = '560px';
  view.data = structuredClone(data);
  const menu = document.createElement('actor-graph-export-menu');
  menu.view = view;
  document.body.append(menu, view);
  expect((await view.ready).ok).toBe(true);
  await menu.updateComplete;
  // Downloads are caught: the blob handed to an object URL and the name of the link clicked.
  const downloads: { blob: Blob; name: string }[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ blob: blobs[blobs.length - 1]!, name: this.download });
  });
  return { menu, view, downloads };
}

const button = (menu: ActorGraphExportMenu) => menu.shadowRoot!.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')!;
const items = (menu: ActorGraphExportMenu) => [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const edgeChoices = (menu: ActorGraphExportMenu) => [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
const focused = (menu: ActorGraphExportMenu) => menu.shadowRoot!.activeElement?.textContent?.trim();

function next<T>(el: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => el.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<actor-graph-export-menu>', () => {
  it('is a menu button operated with the keyboard', async () => {
    const { menu } = await setup();
    const trigger = button(menu);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.getAttribute('aria-controls')).toBe('menu');
    expect(menu.shadowRoot!.querySelector('[role="menu"]')!.hasAttribute('hidden')).toBe(true);
    expect(items(menu).map((item) => item.textContent.trim())).toEqual([
      'PNG image',
      'JPG image',
      'SVG image (vector)',
      'actor-graph JSON',
      'GEXF (Gephi)',
      'GraphML',
      'CSV: actors',
      'CSV: relations',
      'CSV: sources',
    ]);

    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    await menu.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(focused(menu)).toBe('PNG image');
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(menu)).toBe('All undirected');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(menu)).toBe('PNG image');
    await userEvent.keyboard('{End}');
    expect(focused(menu)).toBe('All undirected');
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(focused(menu)).toBe('JPG image');
    await userEvent.keyboard('g');
    expect(focused(menu)).toBe('GEXF (Gephi)');
    await userEvent.keyboard('{Escape}');
    await menu.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(menu.shadowRoot!.activeElement).toBe(trigger);

    await userEvent.keyboard('{ArrowUp}');
    await menu.updateComplete;
    expect(focused(menu)).toBe('All undirected');
    await userEvent.keyboard('{Escape}');
  });

  it('offers the edges of GEXF and GraphML as a group of three choices, checked from the keyboard with the menu left open', async () => {
    const { menu } = await setup();
    expect(menu.shadowRoot!.querySelector('[role="menuitemradio"]')!.closest('[role="group"]')!.getAttribute('aria-label')).toBe(
      'Edges in GEXF and GraphML',
    );
    const checked = () => edgeChoices(menu).map((item) => `${item.textContent.trim()}: ${item.getAttribute('aria-checked')}`);
    expect(checked()).toEqual(['Mixed (Gephi): true', 'All directed: false', 'All undirected: false']);
    button(menu).focus();
    await userEvent.keyboard('{ArrowUp}');
    await menu.updateComplete;
    expect(focused(menu)).toBe('All undirected');
    await userEvent.keyboard('{Enter}');
    await menu.updateComplete;
    expect(checked()).toEqual(['Mixed (Gephi): false', 'All directed: false', 'All undirected: true']);
    expect(menu.edgeMode).toBe('undirected');
    expect(menu.getAttribute('edge-mode')).toBe('undirected');
    expect(button(menu).getAttribute('aria-expanded')).toBe('true');
    expect(focused(menu)).toBe('All undirected');
    expect(menu.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('GEXF and GraphML: all undirected edges');
    await userEvent.keyboard('{Escape}');
  });

  it('downloads an image chosen with Enter and fires export-done', async () => {
    const { menu, downloads } = await setup();
    button(menu).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focused(menu)).toBe('SVG image (vector)');
    const done = next<ExportDoneDetail>(menu, 'export-done');
    await userEvent.keyboard('{Enter}');
    const event = await done;
    expect(event.detail).toEqual({ format: 'svg', filename: 'russia-and-the-taliban-2016.svg' });
    expect(event.bubbles && event.composed).toBe(true);
    expect(button(menu).getAttribute('aria-expanded')).toBe('false');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('russia-and-the-taliban-2016.svg');
    expect(downloads[0]!.blob.type).toBe('image/svg+xml');
    expect(await downloads[0]!.blob.text()).toContain('<text');

    const png = next<ExportDoneDetail>(menu, 'export-done');
    await menu.export('png');
    expect((await png).detail.filename).toBe('russia-and-the-taliban-2016.png');
    expect(downloads[1]!.blob.type).toBe('image/png');
  });

  it('downloads the data in each format, readable back', async () => {
    const { menu, downloads } = await setup();
    items(menu)[3]!.click();
    await expect.poll(() => downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('russia-and-the-taliban-2016.json');
    const json = readJson(await downloads[0]!.blob.text());
    expect(json.ok && json.document).toEqual(seed);

    for (const format of ['gexf', 'graphml', 'csv-actors', 'csv-relations', 'csv-sources'] as const) await menu.export(format);
    expect(downloads.map((d) => d.name)).toEqual([
      'russia-and-the-taliban-2016.json',
      'russia-and-the-taliban-2016.gexf',
      'russia-and-the-taliban-2016.graphml',
      'russia-and-the-taliban-2016.actors.csv',
      'russia-and-the-taliban-2016.relations.csv',
      'russia-and-the-taliban-2016.sources.csv',
    ]);
    const [actors, relations, sources] = await Promise.all(downloads.slice(3).map((d) => d.blob.text()));
    const csv = readCsv(
      { actors: actors!, relations: relations!, sources: sources! },
      { title: seed.title, description: seed.description },
    );
    expect(csv.ok && csv.document).toEqual(seed);
  });

  it('writes GEXF and GraphML with no directed edge in "All undirected", each read back as the graph it came from', async () => {
    const { menu, downloads } = await setup();
    edgeChoices(menu)[2]!.click();
    await menu.export('gexf');
    await menu.export('graphml');
    const [gexf, graphml] = await Promise.all(downloads.map((d) => d.blob.text()));
    const gexfEdges = new DOMParser().parseFromString(gexf!, 'application/xml').querySelectorAll('edge');
    expect(gexfEdges).toHaveLength(37);
    expect(new DOMParser().parseFromString(gexf!, 'application/xml').querySelector('graph')!.getAttribute('defaultedgetype')).toBe(
      'undirected',
    );
    expect([...gexfEdges].filter((edge) => edge.getAttribute('type') === 'directed')).toEqual([]);
    const graphmlDoc = new DOMParser().parseFromString(graphml!, 'application/xml');
    expect(graphmlDoc.querySelector('graph')!.getAttribute('edgedefault')).toBe('undirected');
    expect(graphmlDoc.querySelectorAll('edge')).toHaveLength(37);
    expect([...graphmlDoc.querySelectorAll('edge')].filter((edge) => edge.getAttribute('directed') === 'true')).toEqual([]);
    for (const [name, text] of [
      ['g.gexf', gexf!],
      ['g.graphml', graphml!],
    ] as const) {
      const read = openGraphFiles([{ name, text }]);
      expect(read.ok && read.document).toEqual(seed);
    }

    // All directed: each of the 23 undirected relations is written twice.
    edgeChoices(menu)[1]!.click();
    await menu.export('gexf');
    const directed = new DOMParser().parseFromString(await downloads[2]!.blob.text(), 'application/xml');
    expect(directed.querySelector('graph')!.getAttribute('defaultedgetype')).toBe('directed');
    expect(directed.querySelectorAll('edge')).toHaveLength(60);
  });

  it('keeps top-level fields it does not know in the JSON', async () => {
    const { title, description, sources, actors, relations } = seed as GraphDocument;
    const doc = {
      version: 1,
      title,
      description,
      license: 'CC-BY-4.0',
      curator: { name: 'A. Editor', reviewed: ['2016-12', null, 3] },
      sources,
      actors,
      relations,
    } as GraphDocument;
    const { menu, downloads } = await setup(doc);
    await menu.export('json');
    const text = await downloads[0]!.blob.text();
    expect(JSON.parse(text)).toEqual(doc);
    expect(text).toContain('\n  "license": "CC-BY-4.0",\n');
  });

  it('is disabled without a view and reports a failed export', async () => {
    const menu = document.createElement('actor-graph-export-menu');
    document.body.append(menu);
    await menu.updateComplete;
    expect(button(menu).disabled).toBe(true);
    const failed = next<{ format: string; message: string }>(menu, 'export-error');
    await menu.export('json');
    expect((await failed).detail).toEqual({ format: 'json', message: 'There is no graph to export' });
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('Export failed: There is no graph to export');
  });
});

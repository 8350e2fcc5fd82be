/**
 * Text from the data never runs. A document whose every text field (ids, labels, kinds,
 * descriptions, aliases, titles, quotes, claimants, locators, notes, authors, publishers) holds
 * `<img src=x onerror="window.__pwned=1">` or `=HYPERLINK("http://x")` is loaded in the explorer
 * and shown every way it can be — the canvas, details of every actor and relation, search, path
 * finder, balance, table, legend, problems, status — then exported as SVG, PNG, JSON, GEXF,
 * GraphML and CSV through the export menu. After each step every shadow root is walked: no img,
 * script, iframe or other active element is created, no `on…` attribute is set, no link leaves
 * http(s) or lacks rel="noopener noreferrer", and `window.__pwned` stays undefined. Exports hold
 * the text as text; CSV cells that a spreadsheet would run as a formula start with `'`.
 */
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphExportMenu, ExportFormat } from '../../src/components/actor-graph-export-menu.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import { readGexf, readGraphml, readJson } from '../../src/io/index.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { watchUncaught } from '../support/uncaught.ts';
import { settle, text, inRoot, allInRoot, allRoots } from '../support/explorer.ts';

const IMG = '<img src=x onerror="window.__pwned=1">';
const FORMULA = '=HYPERLINK("http://x")';
/** Elements that load or run something; none may come from data. */
const ACTIVE =
  'img, script, iframe, frame, object, embed, link, meta, base, form[action], video, audio, source, foreignObject, use, image, animate, set';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

function hostileDocument(): GraphDocument {
  const evidence = (source: string, a: string, b: string) => ({ source, locator: a, quote: a, claimant: b, note: a });
  return {
    version: 1,
    title: IMG,
    description: FORMULA,
    sources: [
      {
        id: IMG,
        title: IMG,
        author: FORMULA,
        publisher: IMG,
        date: '2016',
        url: `https://example.org/"><img src=x onerror="window.__pwned=1">`,
      },
      { id: FORMULA, title: FORMULA, author: IMG, publisher: FORMULA, url: 'http://example.org/?q==HYPERLINK("http://x")' },
    ],
    actors: [
      { id: IMG, label: IMG, kind: IMG, description: IMG, aliases: [IMG, FORMULA] },
      { id: FORMULA, label: FORMULA, kind: FORMULA, description: FORMULA, aliases: ['@SUM(1+1)'] },
      { id: '-2+3', label: `+${IMG}`, kind: 'state', description: `-${FORMULA}` },
    ],
    relations: [
      {
        id: `r${IMG}`,
        source: IMG,
        target: FORMULA,
        type: 'hostility',
        label: IMG,
        note: FORMULA,
        start: '2001',
        evidence: [evidence(IMG, IMG, FORMULA), evidence(FORMULA, FORMULA, IMG)],
      },
      {
        id: `r${FORMULA}`,
        source: FORMULA,
        target: '-2+3',
        type: 'cooperation',
        directed: true,
        label: FORMULA,
        note: IMG,
        evidence: [evidence(FORMULA, FORMULA, IMG)],
      },
      { id: '@r3', source: '-2+3', target: IMG, type: 'contested', label: `@${IMG}`, evidence: [evidence(IMG, IMG, FORMULA)] },
    ],
  };
}

/** Fails if anything in the page (any shadow root) could run or load something from the data. */
function expectInert(step: string): void {
  const roots = allRoots();
  expect(roots.length, step).toBeGreaterThan(8);
  // In the document, only the body: the head holds the test page's own scripts.
  const ours = roots.flatMap((root) => [...(root === document ? document.body : root).querySelectorAll('*')]);
  expect(
    ours.filter((e) => e.matches(ACTIVE)).map((e) => e.outerHTML),
    step,
  ).toEqual([]);
  const handlers = ours.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName} ${a.name}`));
  expect(handlers, step).toEqual([]);
  for (const link of ours.filter((e): e is HTMLAnchorElement => e instanceof HTMLAnchorElement && e.hasAttribute('href'))) {
    expect(['http:', 'https:'], `${step}: ${link.href}`).toContain(new URL(link.href).protocol);
    expect(link.rel, step).toBe('noopener noreferrer');
    expect(link.target, step).toBe('_blank');
  }
  expect(window.__pwned, step).toBeUndefined();
}

let stopWatching: () => string[];
beforeEach(() => {
  delete window.__pwned;
  stopWatching = watchUncaught();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  expect(stopWatching()).toEqual([]);
  expect(window.__pwned).toBeUndefined();
});

describe('hostile text in every field', () => {
  it('is literal text everywhere the explorer shows it, and runs nothing', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const doc = hostileDocument();
    const el = document.createElement('actor-graph-explorer');
    el.style.height = '800px';
    el.data = doc;
    document.body.append(el);
    await el.updateComplete;
    const view: ActorGraphElement = el.graphView!;
    expect(await view.ready).toEqual({ ok: true, actors: 3, relations: 3 });
    await settle(el);
    expectInert('loaded');

    // Header, status, canvas labels.
    expect(text(inRoot(el, 'header h1'))).toBe(IMG);
    expect(text(inRoot(el, '[role="status"]'))).toBe(`Loaded ${IMG}: 3 actors, 3 relations.`);
    for (const actor of doc.actors) expect(view.cy!.getElementById(actor.id).style('label')).toBe(actor.label);
    const legend = inRoot(view, 'actor-graph-legend');
    await (legend as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(legend.shadowRoot!.querySelector('[part="kinds"]'))).toContain(`Other: ${IMG}`);

    // Details of every actor and relation, with their evidence and sources.
    const details = inRoot(el, 'actor-graph-details');
    for (const actor of doc.actors) {
      el.state = { selected: actor.id };
      await settle(el);
      expect(text(inRoot(details, 'h2'))).toBe(actor.label);
      expect(text(inRoot(details, '.description'))).toBe(actor.description);
      expect(text(inRoot(view, '#status'))).toContain(actor.label);
      expectInert(`details of ${actor.id}`);
    }
    for (const relation of doc.relations) {
      el.state = { selected: relation.id };
      await settle(el);
      expect(text(inRoot(details, 'h2'))).toBe(relation.label);
      expect(allInRoot(details, 'blockquote').map(text)).toEqual(relation.evidence!.map((e) => e.quote));
      expect(allInRoot(details, '.claimant').map(text)).toEqual(relation.evidence!.map((e) => `— ${e.claimant}`));
      expectInert(`details of ${relation.id}`);
    }
    // Source links: http(s) only, the markup in the address encoded.
    el.state = { selected: `r${IMG}` };
    await settle(el);
    const links = allInRoot<HTMLAnchorElement>(details, 'a[href]');
    expect(links.map((a) => a.href)).toEqual([
      'https://example.org/%22%3E%3Cimg%20src=x%20onerror=%22window.__pwned=1%22%3E',
      'http://example.org/?q==HYPERLINK(%22http://x%22)',
    ]);
    expect(links.map(text)).toEqual([IMG, FORMULA]);

    // Search for the markup, pick it from the list.
    const search = inRoot(el, 'actor-graph-search');
    inRoot<HTMLInputElement>(search, 'input').focus();
    await userEvent.keyboard('img src');
    await settle(el);
    expect(allInRoot(search, '[role="option"] .label').map(text).sort()).toEqual([IMG, `+${IMG}`].sort());
    expectInert('search');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect([IMG, '-2+3']).toContain(el.state.selected);

    // A path between the two hostile actors, its steps and evidence open.
    el.state = { from: IMG, to: '-2+3', all: true };
    await settle(el);
    const finder = inRoot(el, 'actor-graph-path-finder');
    expect(text(inRoot(finder, '[part="status"]'))).toMatch(/^2 paths found/);
    for (const d of allInRoot<HTMLDetailsElement>(finder, 'details')) d.open = true;
    expect(text(inRoot(finder, '.paths'))).toContain(IMG);
    expectInert('paths');

    // Balance (the camps name the actors), the table view.
    expect(text(inRoot(el, 'actor-graph-balance').shadowRoot!.querySelector('[part="camps"]'))).toContain(IMG);
    el.state = { view: 'table' };
    await settle(el);
    const rows = allInRoot<HTMLTableRowElement>(inRoot(el, 'actor-graph-table'), 'tbody tr[data-id]');
    expect(rows.map((row) => row.dataset.id)).toEqual(doc.relations.map((r) => r.id));
    expect(text(rows[0]!.cells[0])).toBe(IMG);
    expect(text(rows[0]!.cells[4])).toBe(IMG);
    expectInert('table');

    // A refused file whose problems quote the markup.
    const broken = { ...doc, relations: [{ id: 'x', source: IMG, target: `${IMG}!`, type: 'hostility' }] };
    await el.openFile(new File([JSON.stringify(broken)], `${IMG}.json`));
    await settle(el);
    expect(text(inRoot(el, '[part="problems"] li'))).toContain(`unknown actor "${IMG}!"`);
    expect(text(inRoot(el, '[part="problems"] strong'))).toContain(`${IMG}.json was not loaded`);
    expectInert('problems');
    // Tooltips (title attributes), like every text, hold the data as written: never escaped twice.
    const attributes = allRoots()
      .flatMap((root) => [...(root === document ? document.body : root).querySelectorAll('*')])
      .flatMap((e) => [...e.attributes].map((a) => a.value));
    expect(attributes.filter((value) => /&(lt|gt|quot|amp);/.test(value))).toEqual([]);
    const texts = allRoots().map((root) => (root === document ? document.body : root).textContent ?? '');
    expect(texts.filter((t) => /&(lt|gt|quot|amp);/.test(t))).toEqual([]);
    expect(alert).not.toHaveBeenCalled();
  });

  it('stays text in every export of the menu: SVG, PNG, JSON, GEXF, GraphML and CSV with formulas neutralised', async () => {
    const doc = hostileDocument();
    const el = document.createElement('actor-graph-explorer');
    el.style.height = '800px';
    el.data = doc;
    document.body.append(el);
    await el.updateComplete;
    expect((await el.graphView!.ready).ok).toBe(true);
    await settle(el);
    const menu = inRoot<ActorGraphExportMenu>(el, 'actor-graph-export-menu');
    await menu.updateComplete;

    // Downloads caught: the blob given an object URL and the name of the link clicked.
    const blobs: Blob[] = [];
    const downloads = new Map<ExportFormat, { blob: Blob; name: string }>();
    let format: ExportFormat | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.set(format!, { blob: blobs.at(-1)!, name: this.download });
    });
    const formats: ExportFormat[] = ['svg', 'png', 'json', 'gexf', 'graphml', 'csv-actors', 'csv-relations', 'csv-sources'];
    for (format of formats) await menu.export(format);
    expect([...downloads.keys()]).toEqual(formats);
    expectInert('exports');
    // File names are made from the title: no markup, no path.
    for (const { name } of downloads.values()) expect(name).not.toMatch(/[<>"/\\]/);

    const svgText = await downloads.get('svg')!.blob.text();
    expect(svgText).not.toContain('<img');
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect([...svg.querySelectorAll('*')].filter((e) => e.matches(ACTIVE)).map((e) => e.localName)).toEqual([]);
    expect([...svg.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name))).toEqual(
      [],
    );
    const labels = [...svg.querySelectorAll('g.labels text')].map((t) => t.textContent);
    for (const actor of doc.actors) expect(labels.join('\n')).toContain(actor.label.slice(0, 12));
    expect(svg.querySelector('title')!.textContent).toContain(IMG);

    expect((await downloads.get('png')!.blob.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    // Data files read back to the same document; XML ones hold no element from the data.
    expect(readJson(await downloads.get('json')!.blob.text())).toEqual({ ok: true, document: doc });
    for (const name of ['gexf', 'graphml'] as const) {
      const xml = await downloads.get(name)!.blob.text();
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect(parsed.querySelector('parsererror'), name).toBeNull();
      expect([...parsed.getElementsByTagName('*')].filter((e) => /^(img|script|iframe)$/i.test(e.localName)).length, name).toBe(0);
      expect((name === 'gexf' ? readGexf : readGraphml)(xml), name).toEqual({ ok: true, document: doc });
    }

    // CSV: no cell starts as a formula would; the hostile ones carry one ' in front.
    const cells: string[] = [];
    for (const table of ['csv-actors', 'csv-relations', 'csv-sources'] as const) {
      const csv = (await downloads.get(table)!.blob.text()).replace(/^\uFEFF/, '');
      const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
      expect(parsed.errors, table).toEqual([]);
      cells.push(...parsed.data.flat());
    }
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).toContain(`'+${IMG}`);
    expect(cells).toContain(`'@SUM(1+1)`);
    expect(cells).toContain(`'-2+3`);
    expect(cells).toContain(IMG);
  });
});

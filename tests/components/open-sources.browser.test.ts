/**
 * Graph files reaching the explorer other than through its file dialog: dropped (several at
 * once), named by `src` (as `?src=` does) in any format, and given to `<actor-graph>` as `src` or as text in `data`.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import { writeCsv } from '../../src/io/index.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import seedText from '../../graph/russia-taliban-2016.json?raw';
import networkxGraphml from '../fixtures/foreign/networkx.graphml?raw';
import signedEdges from '../fixtures/foreign/signed-edges.csv?raw';
import { inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

const FOREIGN = '/tests/fixtures/foreign';
const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));
const notices = (el: ActorGraphExplorer) => [...inRoot(el, '[part="notices"]').querySelectorAll('li')].map(text);

afterEach(() => document.body.replaceChildren());

describe('files reaching the explorer', () => {
  it('opens the files dropped on it together, as the file dialog does', async () => {
    const { el, changes } = await mountExplorer();
    const tables = writeCsv(JSON.parse(seedText) as GraphDocument);
    const transfer = new DataTransfer();
    transfer.items.add(new File([tables['relations.csv']], 'brief.relations.csv'));
    transfer.items.add(new File([tables['actors.csv']], 'brief.actors.csv'));
    transfer.items.add(new File([tables['sources.csv']!], 'brief.sources.csv'));
    // Settles with the counts drawn, or with the problems of files refused.
    const drawn = new Promise<unknown>((resolve) => {
      el.addEventListener('graph-ready', (event) => resolve(event.detail), { once: true });
      el.addEventListener('file-problems', (event) => resolve(event.detail), { once: true });
    });
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(el.hasAttribute('dragging')).toBe(true);
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(el.hasAttribute('dragging')).toBe(false);
    expect(await drawn).toEqual({ actors: 14, relations: 37 });
    await settle(el);
    expect(status(el)).toBe('Loaded brief.relations: 14 actors, 37 relations.');
    expect(changes).toEqual([]);
  });

  it('opens a GEXF named by src, drawn at the places Gephi gave, and says so until dismissed', async () => {
    const { el, view } = await mountExplorer((el) => (el.src = `${FOREIGN}/gephi-1.3.gexf`));
    // The layout changed once the file was read: its drawing is ready once laid out again.
    expect(await view.ready).toEqual({ ok: true, actors: 3, relations: 3 });
    await settle(el);
    expect(view.getAttribute('src')).toBe(`${FOREIGN}/gephi-1.3.gexf`);
    expect(view.layout).toBe('preset');
    // Russia is up and left of the Taliban as Gephi placed them, (245.5, 182.25) apart in its units.
    const russia = view.cy!.getElementById('0').position();
    const taliban = view.cy!.getElementById('1').position();
    expect(Math.round(((taliban.y - russia.y) / (taliban.x - russia.x)) * 245.5 * 100) / 100).toBe(182.25);
    expect(status(el)).toBe('Loaded Afghanistan, 2016: 3 actors, 3 relations.');
    expect(text(inRoot(el, '[part="notices"] strong'))).toBe(`Opened ${FOREIGN}/gephi-1.3.gexf.`);
    expect(notices(el)).toEqual(['Every actor is drawn where the file places it (the preset layout).']);
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);

    const dismiss = [...inRoot(el, '[part="notices"]').querySelectorAll('button')].find((b) => text(b) === 'Dismiss')!;
    dismiss.click();
    await settle(el);
    expect(notices(el)).toEqual([]);
    expect(inRoot(el, '[part="notices"]').getBoundingClientRect().height).toBe(0);
  });

  it('lists the values of a file named by src that no reader knows, and keeps the graph shown', async () => {
    const { el, view } = await mountExplorer();
    el.src = `${FOREIGN}/typed-edges.csv`;
    await el.updateComplete;
    expect(await view.ready).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringContaining('"rumour" (2 relations)') as unknown })],
    });
    await settle(el);
    expect(text(inRoot(el, '[part="problems"] strong'))).toBe(
      `${FOREIGN}/typed-edges.csv was not loaded (1 problem); the previous graph is kept.`,
    );
    expect(view.cy!.nodes()).toHaveLength(14);
  });
});

describe('<actor-graph> on its own', () => {
  it('reads src in any format by the ending of its path, and a string given to data as a file’s text', async () => {
    const view = document.createElement('actor-graph');
    view.style.height = '400px';
    view.src = `${FOREIGN}/yed.graphml`;
    document.body.append(view);
    expect(await view.ready).toEqual({ ok: true, actors: 3, relations: 2 });

    view.data = networkxGraphml;
    expect(await view.ready).toEqual({ ok: true, actors: 4, relations: 4 });
    expect(view.graph!.getAttribute('title')).toBe('Signed alliances');

    // An edge list: its actors are its ends; named by nothing, it is titled so.
    view.data = signedEdges;
    expect(await view.ready).toEqual({ ok: true, actors: 4, relations: 4 });
    expect(view.graph!.getAttribute('title')).toBe('Untitled graph');
  });
});

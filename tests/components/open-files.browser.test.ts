/**
 * Every kind of graph file, as other tools write it (tests/fixtures/foreign), opened through the
 * explorer's Open file as a user picks it: the counts the explorer shows, how it says the file
 * was read, and a file that places every actor drawn at those places.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import { writeCsv } from '../../src/io/index.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import seedText from '../../graph/russia-taliban-2016.json?raw';
import gephi12 from '../fixtures/foreign/gephi-1.2.gexf?raw';
import gephi13 from '../fixtures/foreign/gephi-1.3.gexf?raw';
import kumuConnections from '../fixtures/foreign/kumu-connections.csv?raw';
import kumuElements from '../fixtures/foreign/kumu-elements.csv?raw';
import networkxGexf from '../fixtures/foreign/networkx.gexf?raw';
import networkxGraphml from '../fixtures/foreign/networkx.graphml?raw';
import signedEdges from '../fixtures/foreign/signed-edges.csv?raw';
import yed from '../fixtures/foreign/yed.graphml?raw';
import { inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

/** Picks `files` with the explorer's Open file input, as the file dialog hands them over. */
function pick(el: ActorGraphExplorer, files: File[]): void {
  const input = inRoot<HTMLInputElement>(el, '#open-file');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens `files` on the seed graph's explorer; settles once the new graph is drawn. */
async function open(files: [name: string, text: string][]) {
  const mounted = await mountExplorer();
  const drawn = new Promise<{ actors: number; relations: number }>((resolve) =>
    mounted.el.addEventListener('graph-ready', (event) => resolve(event.detail), { once: true }),
  );
  pick(
    mounted.el,
    files.map(([name, body]) => new File([body], name)),
  );
  const counts = await drawn;
  await settle(mounted.el);
  return { ...mounted, counts };
}

const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));
const title = (el: ActorGraphExplorer) => text(inRoot(el, 'header h1'));
const notices = (el: ActorGraphExplorer) => [...inRoot(el, '[part="notices"]').querySelectorAll('li')].map(text);

const PLACED = 'Every actor is drawn where the file places it (the preset layout).';

afterEach(() => document.body.replaceChildren());

describe('Open file', () => {
  it('opens actor-graph JSON', async () => {
    const { el, counts } = await open([['russia-taliban-2016.json', seedText]]);
    expect(counts).toEqual({ actors: 14, relations: 37 });
    expect(status(el)).toBe('Loaded Russia and the Taliban, 2016: 14 actors, 37 relations.');
    expect(notices(el)).toEqual([]);
  });

  it('opens the three CSV tables picked at once', async () => {
    const tables = writeCsv(JSON.parse(seedText) as GraphDocument);
    const { el, view, counts } = await open([
      ['russia.actors.csv', tables['actors.csv']],
      ['russia.relations.csv', tables['relations.csv']],
      ['russia.sources.csv', tables['sources.csv']!],
    ]);
    expect(counts).toEqual({ actors: 14, relations: 37 });
    expect(title(el)).toBe('russia.actors');
    expect(status(el)).toBe('Loaded russia.actors: 14 actors, 37 relations.');
    expect(view.graph!.getAttribute('sources')).toHaveLength(1);
  });

  it('opens a plain edge list, typed by the sign of its weights', async () => {
    const { el, view, counts } = await open([['signed-edges.csv', signedEdges]]);
    expect(counts).toEqual({ actors: 4, relations: 4 });
    expect(status(el)).toBe('Loaded signed-edges: 4 actors, 4 relations.');
    expect(view.cy!.edges().map((edge) => `${edge.data('source')}-${edge.data('target')} ${edge.data('type')}`)).toEqual([
      'russia-taliban cooperation',
      'russia-isis hostility',
      'taliban-isis hostility',
      'russia-india cooperation',
    ]);
    expect(notices(el)).toEqual([
      '4 relations are typed by the sign of a weight or sign value: 2 positive as cooperation, 2 negative as hostility',
    ]);
  });

  it('opens Kumu’s elements and connections picked together', async () => {
    const { el, counts } = await open([
      ['kumu-elements.csv', kumuElements],
      ['kumu-connections.csv', kumuConnections],
    ]);
    expect(counts).toEqual({ actors: 5, relations: 5 });
    expect(status(el)).toBe('Loaded kumu-elements: 5 actors, 5 relations.');
    expect(notices(el)).toEqual([
      '1 actor is named in kumu-connections.csv but not in kumu-elements.csv, and added: Pakistan',
      'Relation types read from the file\'s words: "Support" as cooperation (2 relations), "Alleged" as contested (1 relation), ' +
        '"Rivalry" as hostility (1 relation), "enemy" as hostility (1 relation)',
    ]);
  });

  it('opens GEXF and GraphML written by networkx', async () => {
    for (const [name, body] of [
      ['networkx.gexf', networkxGexf],
      ['networkx.graphml', networkxGraphml],
    ] as const) {
      const { el, view, counts } = await open([[name, body]]);
      expect(counts, name).toEqual({ actors: 4, relations: 4 });
      expect(status(el), name).toBe('Loaded Signed alliances: 4 actors, 4 relations.');
      const words =
        'Relation types read from the file\'s words: "alleged" as contested (1 relation), "ally" as cooperation (1 relation), ' +
        '"enemy" as hostility (1 relation), "war" as hostility (1 relation)';
      // networkx writes positions in GEXF only.
      expect(notices(el), name).toEqual(name.endsWith('.gexf') ? [words, PLACED] : [words]);
      expect(view.layout, name).toBe(name.endsWith('.gexf') ? 'preset' : 'auto');
      document.body.replaceChildren();
    }
  });

  it('opens GraphML from yEd, labels from its node labels, drawn where yEd placed them', async () => {
    const { el, view, counts } = await open([['yed.graphml', yed]]);
    expect(counts).toEqual({ actors: 3, relations: 2 });
    expect(status(el)).toBe('Loaded yed: 3 actors, 2 relations.');
    expect(view.cy!.nodes().map((node) => node.data('label') as string)).toEqual(['Russia', 'Taliban', 'India']);
    expect(notices(el)).toEqual([
      'Relation types read from the file\'s words: "support" as cooperation (1 relation)',
      '1 relation has no type in the file and is read as cooperation',
      PLACED,
    ]);
    expect(view.layout).toBe('preset');
  });

  // Two actors apart as Gephi placed them (its y axis pointing up, the page's down), and a third for the shape.
  for (const [version, body, title, [a, b, c, ab, ac], typed] of [
    [
      '1.2',
      gephi12,
      'gephi-1.2',
      ['iran', 'saudi', 'hezbollah', [92.5, 0], [-47.5, 75]],
      '3 relations are typed by the sign of a weight or sign value: 1 positive as cooperation, 2 negative as hostility',
    ],
    [
      '1.3',
      gephi13,
      'Afghanistan, 2016',
      ['0', '1', '2', [-245.5, -182.25], [-450.5, -118.25]],
      'Relation types read from the file\'s words: "Enemies" as hostility (1 relation), "alliance" as cooperation (1 relation), "conflict" as hostility (1 relation)',
    ],
  ] as const) {
    it(`opens GEXF ${version} from Gephi 0.10, drawn where Gephi placed its actors`, async () => {
      const { el, view, counts } = await open([[`gephi-${version}.gexf`, body]]);
      expect(counts).toEqual({ actors: 3, relations: 3 });
      expect(status(el)).toBe(`Loaded ${title}: 3 actors, 3 relations.`);
      expect(notices(el)).toEqual([typed, PLACED]);
      expect(view.layout).toBe('preset');
      // The drawing keeps the file's shape, scaled alike on both axes to the layout's box.
      const at = (id: string) => view.cy!.getElementById(id).position();
      const scale = (at(a).x - at(b).x) / ab[0];
      expect(scale).toBeGreaterThan(1);
      expect(
        [at(a).x - at(b).x, at(a).y - at(b).y, at(a).x - at(c).x, at(a).y - at(c).y].map((d) => Math.round((d / scale) * 100) / 100),
      ).toEqual([...ab, ...ac]);
    });
  }
});

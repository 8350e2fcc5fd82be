import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import { readState, writeState } from '../../src/app/url-state.ts';
import type { ExplorerState } from '../../src/components/explorer-state.ts';
import { SEED_IN_2001 } from '../seed.ts';
import { SEED_URL, settle, mountExplorer, text, inRoot, allInRoot, panel } from '../support/explorer.ts';

/** The 13 hostility relations of the seed, by hand from the JSON. */
const mount = mountExplorer;

const HOSTILITY = [
  'afghan-government-isis',
  'nato-isis',
  'nato-taliban',
  'russia-afghan-government-strain',
  'russia-chechen-rebels',
  'russia-drug-traffickers',
  'russia-isis',
  'russia-taliban-1990s',
  'russia-taliban-2001',
  'russia-taliban-arms-embargo',
  'syrian-government-isis',
  'taliban-afghan-government',
  'taliban-drug-sales-to-russia',
  'taliban-isis',
  'united-states-russia',
  'united-states-taliban',
];

const details = (el: ActorGraphExplorer) => panel(el, 'actor-graph-details');
const tableRows = (el: ActorGraphExplorer) => allInRoot<HTMLTableRowElement>(panel(el, 'actor-graph-table'), 'tbody tr[data-id]');

/** Ids cytoscape draws (`style()` brings the lazily computed style up to date). */
const shown = (view: ActorGraphElement, group: 'nodes' | 'edges') =>
  view
    .cy!.elements()
    .filter((e) => e.group() === group && e.style('display') !== 'none')
    .map((e) => e.id())
    .sort();
const hidden = (view: ActorGraphElement, group: 'nodes' | 'edges') =>
  view
    .cy!.elements()
    .filter((e) => e.group() === group && e.style('display') === 'none')
    .map((e) => e.id())
    .sort();

/** Clicks with real mouse events at a point given in the canvas's own pixels. */
async function clickCanvasAt(view: ActorGraphElement, point: { x: number; y: number }): Promise<void> {
  const host = view.getBoundingClientRect();
  const box = inRoot(view, '[part="canvas"]').getBoundingClientRect();
  await userEvent.click(view, { position: { x: box.left - host.left + point.x, y: box.top - host.top + point.y } });
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-explorer>', () => {
  it('loads src and draws 14 actors and 37 relations under the graph’s title', async () => {
    const { el, view, changes } = await mount();
    expect(view.getAttribute('src')).toBe(SEED_URL);
    expect(view.cy!.nodes()).toHaveLength(14);
    expect(view.cy!.edges()).toHaveLength(37);
    expect(shown(view, 'nodes')).toHaveLength(14);
    expect(shown(view, 'edges')).toHaveLength(37);
    expect(text(inRoot(el, 'header h1'))).toBe('Russia and the Taliban, 2016');
    expect(text(inRoot(el, '[role="status"]'))).toBe('Loaded Russia and the Taliban, 2016: 14 actors, 37 relations.');
    expect(tableRows(el)).toHaveLength(37);
    expect(inRoot(el, '[part="problems"]').hidden).toBe(true);
    // Loading is not a user's change: nothing for the page to push into its history.
    expect(changes).toEqual([]);
  });

  it('shows the details of an actor and a relation clicked on the canvas, and fires state-change', async () => {
    const { el, view, changes } = await mount();
    await clickCanvasAt(view, view.cy!.getElementById('russia').renderedPosition());
    await settle(el);
    expect(changes).toEqual([{ selected: 'russia' }]);
    expect(el.state).toEqual({ selected: 'russia' });
    expect(text(inRoot(details(el), 'h2'))).toBe('Russia');
    expect(view.cy!.getElementById('russia').hasClass('ag-selected')).toBe(true);

    const arms = view.cy!.getElementById('russia-taliban-arms');
    await clickCanvasAt(view, arms.renderedMidpoint());
    await settle(el);
    expect(changes.at(-1)).toEqual({ selected: 'russia-taliban-arms' });
    const d = details(el);
    expect(text(inRoot(d, 'h2'))).toBe('arms shipments to the Taliban, if true');
    const first = inRoot(d, '.evidence > li');
    expect(text(first.querySelector('.claimant'))).toBe('— a high-level Taliban official, via The Daily Beast');
    expect(text(first.querySelector('.locator'))).toBe('At ¶14');
    expect(arms.hasClass('ag-selected')).toBe(true);
    expect(inRoot(panel(el, 'actor-graph-table'), 'tr[aria-current="true"]').dataset.id).toBe('russia-taliban-arms');
  });

  it('answers a path query from the state and highlights russia → india on the graph', async () => {
    const { el, view, changes } = await mount((el) => {
      el.state = { from: 'Russia', to: 'India' };
      el.src = SEED_URL;
    });
    const finder = panel(el, 'actor-graph-path-finder');
    expect(text(inRoot(finder, '[part="status"]'))).toBe('1 path found');
    expect(allInRoot(finder, '[part="path"] .head button').map(text)).toEqual(['Russia', 'India']);
    const cy = view.cy!;
    expect(
      cy
        .elements('.ag-path')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['india', 'russia', 'russia-india']);
    expect(cy.edges('.ag-dimmed')).toHaveLength(36);
    expect(cy.nodes('.ag-dimmed')).toHaveLength(12);
    // The query came from the page (a link), not from the user: no new history entry.
    expect(changes).toEqual([]);
    expect(el.state).toEqual({ from: 'Russia', to: 'India' });
  });

  it('lets the type filter and the as-of date govern the canvas and the table', async () => {
    const { el, view, changes } = await mount();
    const filters = panel(el, 'actor-graph-filters');
    const box = (type: string) => inRoot<HTMLInputElement>(filters, `input[name="type"][value="${type}"]`);
    const summary = () => text(inRoot(panel(el, 'actor-graph-table'), '.summary'));

    await userEvent.click(box('hostility'));
    await settle(el);
    expect(changes).toEqual([{ types: ['cooperation', 'contested'] }]);
    expect(view.getAttribute('types')).toBe('cooperation,contested');
    expect(hidden(view, 'edges')).toEqual(HOSTILITY);
    expect(shown(view, 'edges')).toHaveLength(21);
    expect(tableRows(el)).toHaveLength(21);
    expect(tableRows(el).filter((row) => HOSTILITY.includes(row.dataset.id!))).toEqual([]);
    expect(summary()).toBe('21 of 37 relations shown.');

    const date = inRoot<HTMLInputElement>(filters, 'input[part="date"]');
    await userEvent.fill(date, '2001');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(changes.at(-1)).toEqual({ types: ['cooperation', 'contested'], asOf: '2001' });
    // Of the 20 relations holding in 2001, 7 are hostility.
    expect(shown(view, 'edges')).toHaveLength(13);
    expect(summary()).toBe('13 of 37 relations shown.');

    await userEvent.click(box('hostility'));
    await settle(el);
    expect(changes.at(-1)).toEqual({ asOf: '2001' });
    expect(shown(view, 'edges')).toEqual([...SEED_IN_2001].sort());
    expect(
      tableRows(el)
        .map((row) => row.dataset.id)
        .sort(),
    ).toEqual([...SEED_IN_2001].sort());
    expect(summary()).toBe('20 of 37 relations shown.');

    // A mistyped date stays, with its explanation, while the user does something else.
    await userEvent.fill(date, '20x');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const error = '“20x” is not a date. Type a year (2001), a month (2001-10) or a day (2001-10-07).';
    expect(text(inRoot(filters, '.error'))).toBe(error);
    await clickCanvasAt(view, view.cy!.getElementById('india').renderedPosition());
    await settle(el);
    expect(changes.at(-1)).toEqual({ asOf: '2001', selected: 'india' });
    expect(text(inRoot(filters, '.error'))).toBe(error);
    expect(date.value).toBe('20x');
  });

  it('shows every part of a state set as a link would, and keeps its state-change round-trippable', async () => {
    const state: ExplorerState = {
      types: ['cooperation', 'contested'],
      asOf: '2016',
      selected: 'russia-taliban-arms',
      from: 'Russia',
      to: 'India',
      focus: 'india',
      depth: 2,
      view: 'table',
    };
    const { el, view, changes } = await mount((el) => {
      el.state = structuredClone(state);
      el.src = SEED_URL;
    });
    // The table is in front.
    const tabs = allInRoot(el, '[role="tab"]');
    expect(tabs.map((tab) => [text(tab), tab.getAttribute('aria-selected')])).toEqual([
      ['Graph', 'false'],
      ['Table', 'true'],
    ]);
    expect(inRoot(el, '#panel-table').hidden).toBe(false);
    expect(inRoot(el, '#panel-graph').hidden).toBe(true);
    // Cooperation and contested relations holding in 2016: 12 + 5.
    expect(text(inRoot(panel(el, 'actor-graph-table'), '.summary'))).toBe('17 of 37 relations shown.');
    expect(inRoot(panel(el, 'actor-graph-table'), 'tr[aria-current="true"]').dataset.id).toBe('russia-taliban-arms');
    // The filters say so.
    const filters = panel(el, 'actor-graph-filters');
    expect(allInRoot<HTMLInputElement>(filters, 'input[name="type"]').map((b) => b.checked)).toEqual([true, false, true]);
    expect(inRoot<HTMLInputElement>(filters, 'input[part="date"]').value).toBe('2016');
    // The selection is described.
    expect(text(inRoot(details(el), 'h2'))).toBe('arms shipments to the Taliban, if true');
    // The path is found and lit.
    expect(text(inRoot(panel(el, 'actor-graph-path-finder'), '[part="status"]'))).toBe('1 path found');
    expect(view.cy!.getElementById('russia-india').hasClass('ag-path')).toBe(true);
    // Two steps around India: Russia, then Russia's partners and rivals in contest in 2016.
    expect(shown(view, 'nodes')).toEqual([
      'afghan-government',
      'china',
      'india',
      'iran',
      'russia',
      'syrian-government',
      'tajikistan',
      'taliban',
    ]);
    expect(hidden(view, 'nodes')).toEqual([
      'central-asian-networks',
      'chechen-rebels',
      'drug-traffickers',
      'isis',
      'nato',
      'united-states',
    ]);
    expect(shown(view, 'edges')).toHaveLength(13);
    expect(changes).toEqual([]);

    // A user action: the Graph tab.
    await userEvent.click(tabs[0]!);
    await settle(el);
    const { view: _, ...rest } = state;
    expect(changes).toEqual([rest]);
    expect(readState(writeState(changes[0]!))).toEqual(changes[0]);
    expect(inRoot(el, '#panel-graph').hidden).toBe(false);
    expect(shown(view, 'nodes')).toHaveLength(8);
  });

  it('keeps the path lit when the focus is cleared, and follows Escape on the graph', async () => {
    const { el, view, changes } = await mount((el) => {
      el.state = { from: 'Russia', to: 'India', focus: 'india', selected: 'india' };
      el.src = SEED_URL;
    });
    const russiaIndia = view.cy!.getElementById('russia-india');
    expect(shown(view, 'nodes')).toEqual(['india', 'russia']);
    expect(russiaIndia.hasClass('ag-path')).toBe(true);

    await userEvent.click(allInRoot(details(el), 'button').find((b) => text(b) === 'Clear focus')!);
    await settle(el);
    expect(changes).toEqual([{ from: 'Russia', to: 'India', selected: 'india' }]);
    expect(shown(view, 'nodes')).toHaveLength(14);
    expect(russiaIndia.hasClass('ag-path')).toBe(true);

    // A link (back and forward) sets the focus and takes it away again.
    el.state = { from: 'Russia', to: 'India', focus: 'india', depth: 1 };
    await settle(el);
    expect(shown(view, 'nodes')).toEqual(['india', 'russia']);
    el.state = { from: 'Russia', to: 'India' };
    await settle(el);
    expect(shown(view, 'nodes')).toHaveLength(14);
    expect(russiaIndia.hasClass('ag-path')).toBe(true);

    el.state = { from: 'Russia', to: 'India', selected: 'india', focus: 'india' };
    await settle(el);
    inRoot(view, '[part="canvas"]').focus();
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(changes.at(-1)).toEqual({ from: 'Russia', to: 'India' });
    expect(text(inRoot(details(el), '.hint'))).toBe(
      'Select an actor or a relation, on the graph, in the table or by name, to see its details and evidence.',
    );
    expect(view.hasAttribute('selected')).toBe(false);
    expect(shown(view, 'nodes')).toHaveLength(14);
  });

  it('lists the problems of a bad file, keeps the graph, and loads a good one', async () => {
    const { el, view, changes } = await mount();
    const refused: string[] = [];
    el.addEventListener('file-problems', (e) => refused.push((e as CustomEvent<{ name: string }>).detail.name));
    const problems = inRoot(el, '[part="problems"]');

    const found = await el.openFile(new File(['{"version": 2}'], 'bad.json'));
    await settle(el);
    const expected = [
      '$.actors: actors is required',
      '$.relations: relations is required',
      '$.title: title is required',
      '$.version: unsupported version 2; this reader knows versions 1 and 1.1',
    ];
    expect(found.map((p) => `${p.path}: ${p.message}`)).toEqual(expected);
    // A region named by its heading; the status line announces the failure once.
    expect(problems.getAttribute('aria-labelledby')).toBe('problems-heading');
    expect(text(inRoot(el, '[role="status"]'))).toBe('bad.json was not loaded: 4 problems. The previous graph is kept.');
    expect(problems.hidden).toBe(false);
    expect(text(problems.querySelector('strong'))).toBe('bad.json was not loaded (4 problems); the previous graph is kept.');
    expect([...problems.querySelectorAll('li')].map(text)).toEqual(expected);
    expect(refused).toEqual(['bad.json']);
    expect(view.cy!.nodes()).toHaveLength(14);
    expect(text(inRoot(el, 'header h1'))).toBe('Russia and the Taliban, 2016');

    await el.openFile(new File(['{\n  "version": 1,\n  "title": }'], 'broken.json'));
    await settle(el);
    expect(text(problems.querySelector('strong'))).toBe('broken.json was not loaded (1 problem); the previous graph is kept.');
    expect([...problems.querySelectorAll('li')].map(text)).toEqual(['$: JSON does not parse at line 3, column 12: unexpected "}"']);
    expect(view.cy!.nodes()).toHaveLength(14);

    const small = {
      version: 1,
      title: 'Two rivals',
      sources: [],
      actors: [
        { id: 'a', label: 'Alpha' },
        { id: 'b', label: 'Beta' },
      ],
      relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility' }],
    };
    expect(await el.openFile(new File([JSON.stringify(small)], 'small.json'))).toEqual([]);
    await el.updateComplete;
    expect(await view.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    await settle(el);
    expect(problems.hidden).toBe(true);
    expect(text(inRoot(el, 'header h1'))).toBe('Two rivals');
    expect(
      view
        .cy!.nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'b']);
    expect(tableRows(el).map((row) => row.dataset.id)).toEqual(['a-b']);
    expect(refused).toEqual(['bad.json', 'broken.json']);
    expect(changes).toEqual([]);
  });
});

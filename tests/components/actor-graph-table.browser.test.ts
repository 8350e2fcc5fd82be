import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-table.ts';
import type { ActorGraphTable } from '../../src/components/actor-graph-table.ts';
import type { RelationSelectDetail } from '../../src/components/events.ts';
import type { RelationFilter } from '../../src/model/filter.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../../src/model/graph.ts';
import { generateGraph } from '../../bench/generate.ts';
import { SEED_IN_2001, seedGraph } from '../seed.ts';

const graph = seedGraph();

const IN_2001 = SEED_IN_2001;

async function make(filter: RelationFilter = {}, g: ActorGraph = graph): Promise<ActorGraphTable> {
  const el = document.createElement('actor-graph-table');
  el.graph = g;
  el.filter = filter;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const rows = (el: ActorGraphTable) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
const ids = (el: ActorGraphTable) => rows(el).map((r) => r.dataset.id);
const cells = (row: HTMLTableRowElement) => [...row.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim());
const header = (el: ActorGraphTable, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')].find((th) => th.textContent.trim().startsWith(name))!;

async function sortBy(el: ActorGraphTable, name: string): Promise<void> {
  header(el, name).querySelector('button')!.click();
  await el.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-table>', () => {
  it('is a table captioned "Relations" with a row for each of the 37 relations', async () => {
    const el = await make();
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.caption!.textContent).toBe('Relations');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent.trim())).toEqual([
      'From',
      'Type',
      'To',
      'Direction',
      'Label',
      'Start',
      'End',
      'Evidence',
      'Claimants',
    ]);
    expect(rows(el)).toHaveLength(37);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).toBe('37 of 37 relations shown.');
  });

  it('fills the columns of a row', async () => {
    const el = await make();
    const row = rows(el).find((r) => r.dataset.id === 'russia-taliban-arms')!;
    expect(cells(row)).toEqual([
      'Russia',
      'contested',
      'Taliban',
      'one way',
      'arms shipments to the Taliban, if true',
      '2015-10',
      '—open', // a dash to see, “open” for screen readers
      '2',
      'a high-level Taliban official, via The Daily Beast; Samuel Ramani, the article’s author',
    ]);
  });

  it('lists exactly the relations holding in 2001', async () => {
    const el = await make({ asOf: '2001' });
    expect(ids(el)).toEqual(IN_2001);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).toBe('20 of 37 relations shown.');
    el.filter = { asOf: '2001', types: ['contested'] };
    await el.updateComplete;
    expect(ids(el)).toEqual(['russia-afghan-government-undermining', 'afghan-government-drug-traffickers']);
  });

  it('sorts by start, then reverses, marking the column with aria-sort', async () => {
    const el = await make({ asOf: '2001' });
    expect(header(el, 'Start').hasAttribute('aria-sort')).toBe(false);
    await sortBy(el, 'Start');
    expect(header(el, 'Start').getAttribute('aria-sort')).toBe('ascending');
    // The three dated rows all start in 2001, so they keep graph order; open starts follow in graph order.
    expect(ids(el)).toEqual(IN_2001);
    await sortBy(el, 'End');
    expect(header(el, 'Start').hasAttribute('aria-sort')).toBe(false);
    expect(ids(el).slice(0, 3)).toEqual(['russia-united-states-2001', 'russia-taliban-2001', 'united-states-taliban']);

    const all = await make();
    await sortBy(all, 'Start');
    expect(ids(all).slice(0, 20)).toEqual([
      'russia-taliban-1990s',
      'taliban-chechen-rebels',
      'russia-chechen-rebels',
      'taliban-central-asian-networks',
      'russia-taliban-hostages-1996',
      'russia-united-states-2001',
      'russia-taliban-2001',
      'united-states-taliban',
      'russia-taliban-since-2007',
      // "No later than 2015" sorts by its first day, before October 2015.
      'russia-drug-traffickers',
      'russia-taliban-arms',
      'russia-tajikistan-arms',
      'tajikistan-taliban-arms',
      'russia-taliban-arms-embargo',
      'russia-taliban-counterterrorism',
      'taliban-isis',
      'russia-isis',
      'syrian-government-isis',
      'nato-isis',
      'afghan-government-isis',
    ]);
    // Open starts follow, in graph order.
    expect(ids(all)[20]).toBe('united-states-russia');
    await sortBy(all, 'Start');
    expect(header(all, 'Start').getAttribute('aria-sort')).toBe('descending');
    expect(ids(all).slice(0, 4)).toEqual([
      'nato-isis',
      'afghan-government-isis',
      'syrian-government-isis',
      'russia-taliban-counterterrorism',
    ]);
    expect(ids(all)[20]).toBe('united-states-russia');
  });

  it('sorts by evidence count', async () => {
    const el = await make();
    await sortBy(el, 'Evidence');
    await sortBy(el, 'Evidence');
    expect(ids(el).slice(0, 3)).toEqual(['russia-taliban-since-2007', 'russia-taliban-counterterrorism', 'united-states-taliban']);
  });

  it('fires relation-select from a row’s button and marks the selected row', async () => {
    const el = await make();
    expect(el.selected).toBeNull();
    expect(el.shadowRoot!.querySelectorAll('tr.selected')).toHaveLength(0);
    const picked: RelationSelectDetail[] = [];
    el.addEventListener('relation-select', (e) => {
      expect(e.bubbles && e.composed).toBe(true);
      picked.push(e.detail);
    });
    const button = rows(el)[2]!.querySelector('button')!;
    expect(button.textContent.trim()).toBe('at odds over the Chechen rebels the Taliban sponsored');
    button.click();
    expect(picked).toEqual([{ id: 'russia-chechen-rebels', relation: graph.getEdgeAttributes('russia-chechen-rebels') }]);
    expect(picked[0]!.relation.type).toBe('hostility');
    el.selected = 'russia-chechen-rebels';
    await el.updateComplete;
    const marked = el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr.selected');
    expect([...marked].map((r) => r.dataset.id)).toEqual(['russia-chechen-rebels']);
    expect(marked[0]!.getAttribute('aria-current')).toBe('true');
    el.selected = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tr.selected, tr[aria-current]')).toHaveLength(0);
  });

  it('fires relation-select when Enter is pressed on a row’s button', async () => {
    const el = await make({ asOf: '2001' });
    const picked: RelationSelectDetail[] = [];
    el.addEventListener('relation-select', (e) => picked.push(e.detail));
    rows(el)[1]!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([{ id: 'russia-taliban-2001', relation: graph.getEdgeAttributes('russia-taliban-2001') }]);
  });

  it('shows markup in data as literal text', async () => {
    const doc: GraphDocument = {
      version: 1,
      title: 't',
      sources: [],
      actors: [
        { id: 'x', label: '<img src=x onerror=alert(1)>' },
        { id: 'y', label: 'Y' },
      ],
      relations: [{ id: 'r', source: 'x', target: 'y', type: 'cooperation', label: '<b>bold</b>' }],
    };
    const el = await make({}, loadGraph(doc));
    expect(cells(rows(el)[0]!).slice(0, 5)).toEqual(['<img src=x onerror=alert(1)>', 'cooperation', 'Y', 'both ways', '<b>bold</b>']);
    expect(el.shadowRoot!.querySelector('img, tbody b')).toBeNull();
  });

  it('says when no relation passes', async () => {
    const el = await make({ types: [] });
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).toBe('No relation passes the current filters.');
  });

  it('lists a large graph 200 relations at a time, the selected one always among them', async () => {
    const big = loadGraph(generateGraph({ actors: 1000, seed: 6 }));
    const el = await make({}, big);
    expect(rows(el)).toHaveLength(200);
    const summary = () => el.shadowRoot!.querySelector('.summary')!.textContent;
    expect(summary()).toBe(
      `${big.size.toLocaleString('en-US')} of ${big.size.toLocaleString('en-US')} relations shown. The first 200 are listed.`,
    );
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
    expect(more()!.textContent.replace(/\s+/g, ' ').trim()).toBe(
      `List 200 more of the ${(big.size - 200).toLocaleString('en-US')} not listed`,
    );
    more()!.click();
    await el.updateComplete;
    expect(rows(el)).toHaveLength(400);
    expect(ids(el).slice(0, 3)).toEqual(big.edges().slice(0, 3));
    el.selected = big.edges()[1234]!;
    await el.updateComplete;
    expect(rows(el)).toHaveLength(1400);
    expect(el.shadowRoot!.querySelector('tr[aria-current="true"]')!.getAttribute('data-id')).toBe(big.edges()[1234]);
  });
});

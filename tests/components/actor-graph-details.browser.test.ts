import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph-details.ts';
import type { ActorGraphDetails } from '../../src/components/actor-graph-details.ts';
import type { RelationFilter } from '../../src/model/filter.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../../src/model/graph.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

const HOSTILE = '<img src=x onerror=alert(1)>';
const tricky: GraphDocument = {
  version: 1,
  title: 'tricky',
  sources: [
    { id: 'bad', title: 'Bad link', url: 'javascript:alert(1)' },
    { id: 'good', title: 'Good link', author: 'A. Writer', date: '2020-02', url: 'https://example.org/a?b=1' },
  ],
  actors: [
    { id: 'x', label: HOSTILE, aliases: [HOSTILE] },
    { id: 'y', label: 'Y' },
  ],
  relations: [
    {
      id: 'xy',
      source: 'x',
      target: 'y',
      type: 'hostility',
      label: HOSTILE,
      evidence: [{ source: 'bad', quote: HOSTILE, claimant: 'C1' }, { source: 'good', locator: 'p. 3' }, { source: 'missing' }],
    },
  ],
};

async function make(selected: string | null, g: ActorGraph = graph, filter: RelationFilter = {}): Promise<ActorGraphDetails> {
  const el = document.createElement('actor-graph-details');
  el.graph = g;
  el.filter = filter;
  el.selected = selected;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function listen(el: Element, name: string): unknown[] {
  const details: unknown[] = [];
  el.addEventListener(name, (e) => {
    const event = e as CustomEvent;
    expect(event.bubbles && event.composed).toBe(true);
    details.push(event.detail);
  });
  return details;
}

const $ = (el: ActorGraphDetails, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ActorGraphDetails, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-details>', () => {
  it("gives a hint when nothing is selected (null, the default, or the former ''), and says when an id is unknown", async () => {
    const hint = 'Select an actor or a relation, on the graph, in the table or by name, to see its details and evidence.';
    const el = await make(null);
    expect(el.selected).toBeNull();
    expect(text($(el, '.hint'))).toBe(hint);
    el.selected = 'atlantis';
    await el.updateComplete;
    expect(text($(el, '.hint'))).toBe('No actor or relation has the id “atlantis”.');
    el.selected = '';
    await el.updateComplete;
    expect(text($(el, '.hint'))).toBe(hint);
    expect(document.createElement('actor-graph-details').selected).toBeNull();
  });

  it('shows relation russia-taliban-arms with its quote, claimant and locator', async () => {
    const el = await make('russia-taliban-arms');
    expect(text($(el, 'h2'))).toBe('arms shipments to the Taliban, if true');
    expect(text($(el, '.type'))).toBe('contested');
    expect($(el, '.type svg.swatch.contested')).not.toBeNull();
    expect(text($(el, '.direction'))).toBe('one way');
    expect(text($(el, '.period'))).toBe('since no later than October 2015');
    expect(text($(el, '.reading'))).toBe(
      'Russia has a contested relation with Taliban (one way, arms shipments to the Taliban, if true) since no later than October 2015.',
    );
    expect(text($(el, '.note'))).toBe(
      'Dated by The Daily Beast’s report of October 2015: the shipments, if they happened, began no later than then.',
    );
    const items = $$(el, '.evidence > li');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(text(first.querySelector('blockquote'))).toBe(
      'Moscow also encouraged Tajik intelligence operatives to facilitate the shipment of Russian arms to the Taliban',
    );
    expect(text(first.querySelector('.claimant'))).toBe('— a high-level Taliban official, via The Daily Beast');
    expect(text(first.querySelector('.locator'))).toBe('At ¶14');
    expect(text(first.querySelector('.evidence-note'))).toBe(
      'Note: The article says “if true”: it would contradict Russia’s pledge to uphold the international arms embargo against the Taliban.',
    );
    expect(text(first.querySelector('.source'))).toBe('Source: Russia and the Taliban: A Closer Look, Samuel Ramani, 2016-12-31');
    expect(first.querySelector('a')).toBeNull();
  });

  it('says when each piece of evidence was reported, where it gives a date', async () => {
    const el = await make('russia-taliban-counterterrorism');
    expect(text($(el, '.period'))).toBe('since no later than December 2015');
    const items = $$(el, '.evidence > li');
    expect(items.map((item) => text(item.querySelector('.locator')))).toEqual(['At ¶12', 'At ¶13', 'At ¶15', 'At ¶16']);
    expect(items.map((item) => item.querySelector('.reported')?.textContent?.trim() ?? null)).toEqual([
      'Reported 2015-12',
      null,
      null,
      null,
    ]);
  });

  it('words periods', async () => {
    const el = await make('russia-taliban-1990s');
    expect(text($(el, '.period'))).toBe('1990 – 1999');
    expect(text($(el, '.direction'))).toBe('both ways');
    el.selected = 'russia-china';
    await el.updateComplete;
    expect(text($(el, '.period'))).toBe('dates not given');
  });

  it('fires actor-select for the two actors of a relation', async () => {
    const el = await make('russia-taliban-arms');
    const picked = listen(el, 'actor-select');
    const buttons = $$(el, 'button.actor');
    expect(buttons.map(text)).toEqual(['Russia', 'Taliban']);
    buttons[0]!.click();
    buttons[1]!.click();
    expect(picked).toEqual([
      { id: 'russia', actor: graph.getNodeAttributes('russia') },
      { id: 'taliban', actor: graph.getNodeAttributes('taliban') },
    ]);
  });

  it('notes when the filter hides the selected relation', async () => {
    const el = await make('russia-taliban-arms', graph, { asOf: '2001' });
    expect(text($(el, '.notice'))).toBe('The current filters hide this relation.');
    el.filter = { asOf: '2016' };
    await el.updateComplete;
    expect($(el, '.notice')).toBeNull();
  });

  it('shows an actor with its relations passing the filter, each firing relation-select', async () => {
    const el = await make('tajikistan', graph, { asOf: '2016' });
    expect(text($(el, 'h2'))).toBe('Tajikistan');
    expect(text($(el, '.kind'))).toBe('state');
    expect(text($(el, '.description'))).toBe(
      'Tajikistan, whose intelligence operatives are named in a report of arms shipments to the Taliban. Background, not from the article: Afghanistan’s northern neighbour.',
    );
    expect($$(el, '.aliases li').map(text)).toEqual(['Tajik intelligence', 'Dushanbe']);
    const buttons = $$(el, '.relations button');
    expect(buttons.map(text)).toEqual([
      'Russia has a contested relation with Tajikistan (one way, encouraged Tajik intelligence to facilitate arms shipments, if true) since no later than October 2015.',
      'Tajikistan has a contested relation with Taliban (one way, encouraged by Moscow to facilitate arms shipments, if true) since no later than October 2015.',
    ]);
    const picked = listen(el, 'relation-select');
    buttons[1]!.click();
    expect(picked).toEqual([{ id: 'tajikistan-taliban-arms', relation: graph.getEdgeAttributes('tajikistan-taliban-arms') }]);
    el.filter = { asOf: '2001' };
    await el.updateComplete;
    expect($$(el, '.relations button')).toHaveLength(0);
    expect(text($(el, 'h3:nth-of-type(2)'))).toBe('Relations (0)');
  });

  it('fires focus-change with the chosen depth, and clears it with a null id', async () => {
    const el = await make('russia');
    const focus = listen(el, 'focus-change');
    const select = $(el, '.focus select') as HTMLSelectElement;
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $(el, 'button.focus-on')!.click();
    $(el, 'button.clear-focus')!.click();
    expect(focus).toEqual([
      { id: 'russia', depth: 3 },
      { id: null, depth: 0 },
    ]);
  });

  it('links only http(s) sources, in a new tab without opener', async () => {
    const el = await make('xy', loadGraph(tricky));
    const sources = $$(el, '.source');
    expect(sources.map(text)).toEqual([
      'Source: Bad link',
      'Source: Good link, A. Writer, 2020-02',
      'Source: “missing”, not listed in this graph',
    ]);
    expect(sources[0]!.querySelector('a')).toBeNull();
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).toBeNull();
    const link = sources[1]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/a?b=1');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect($$(el, 'a')).toHaveLength(1);
  });

  it('shows markup in data as literal text', async () => {
    const el = await make('xy', loadGraph(tricky));
    expect(text($(el, 'h2'))).toBe(HOSTILE);
    expect(text($(el, 'blockquote'))).toBe(HOSTILE);
    expect(text($(el, 'button.actor'))).toBe(HOSTILE);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    el.selected = 'x';
    await el.updateComplete;
    expect(text($(el, 'h2'))).toBe(HOSTILE);
    expect(text($(el, '.aliases li'))).toBe(HOSTILE);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });
});

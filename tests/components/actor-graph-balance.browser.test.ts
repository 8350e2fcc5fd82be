import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-balance.ts';
import type { ActorGraphBalance } from '../../src/components/actor-graph-balance.ts';
import type { ActorSelectDetail, RelationSelectDetail, TriadHighlightDetail } from '../../src/components/events.ts';
import { balanceReport } from '../../src/model/balance.ts';
import { splitIntoCamps } from '../../src/model/camps.ts';
import { topActors } from '../../src/model/centrality.ts';
import type { RelationFilter } from '../../src/model/filter.ts';
import { loadGraph, type ActorGraph } from '../../src/model/graph.ts';
import { generateGraph } from '../../bench/generate.ts';
import { seedGraph } from '../seed.ts';
import { listen, mountPanel } from '../support/panels.ts';

const mount = (graph: ActorGraph | null, filter: RelationFilter = {}) =>
  mountPanel<ActorGraphBalance>('actor-graph-balance', graph, filter);

const $ = (el: ActorGraphBalance, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: ActorGraphBalance, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summary = (el: ActorGraphBalance) => text($(el, '[part="summary"]'));
const unbalancedButtons = (el: ActorGraphBalance) => $$(el, 'li.triad.unbalanced [part="triad-button"]');

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-balance>', () => {
  it('counts the triads as balanceReport does at the filter', async () => {
    const graph = seedGraph();
    for (const filter of [{}, { asOf: '2001' }, { asOf: '2016' }, { types: ['hostility'] }] as RelationFilter[]) {
      const el = await mount(graph, filter);
      const report = balanceReport(graph, filter);
      expect(summary(el)).toBe(`${report.triads.length} triads: ${report.balanced} balanced, ${report.unbalanced} unbalanced`);
      expect(unbalancedButtons(el)).toHaveLength(report.unbalanced);
      expect($$(el, 'li.triad.balanced')).toHaveLength(report.balanced);
      el.remove();
    }
  });

  it('fires triad-highlight with the exact ids of a clicked unbalanced triad', async () => {
    const graph = seedGraph();
    const el = await mount(graph, { asOf: '2001' });
    const highlights = listen<TriadHighlightDetail>(el, 'triad-highlight');
    const button = unbalancedButtons(el).find((b) => text(b).startsWith('Iran, Russia, Taliban'))!;
    expect(text(button)).toBe('Iran, Russia, Taliban: 1 hostility — unbalanced');
    // The three relations' readings are listed with the triad.
    expect(text(button.closest('li'))).toContain('Russia is hostile to Taliban');
    await userEvent.click(button);
    // By hand: in 2001 the Russia–Taliban tie is the hostility of that year.
    const expected = { actors: ['iran', 'russia', 'taliban'], relations: ['russia-iran', 'iran-taliban', 'russia-taliban-2001'] };
    expect(highlights).toEqual([expected]);
    const triad = balanceReport(graph, { asOf: '2001' }).triads.find((t) => t.actors.join() === expected.actors.join())!;
    expect({ actors: triad.actors, relations: triad.relations }).toEqual(expected);
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('true');

    // Clicking it again clears the highlight.
    await userEvent.click(button);
    expect(highlights[1]).toEqual({ actors: [], relations: [] });
  });

  it('changes its numbers when the filter changes, clearing a triad that left it', async () => {
    const graph = seedGraph();
    const el = await mount(graph, { asOf: '2001' });
    const highlights = listen<TriadHighlightDetail>(el, 'triad-highlight');
    expect(summary(el)).toBe('5 triads: 3 balanced, 2 unbalanced');
    // In 2016 Iran, Russia and the Taliban are a triad of other relations, so this one leaves.
    await userEvent.click(unbalancedButtons(el).find((b) => text(b).startsWith('Iran, Russia, Taliban'))!);

    el.filter = { asOf: '2016' };
    await el.updateComplete;
    expect(summary(el)).toBe('11 triads: 8 balanced, 3 unbalanced');
    expect(unbalancedButtons(el).map(text)).toEqual([
      'Afghan government, ISIS, Taliban: 3 hostilities — unbalanced',
      'Opium traffickers, Russia, Taliban: 1 hostility — unbalanced',
      'ISIS, NATO countries, Taliban: 3 hostilities — unbalanced',
    ]);
    expect(highlights.at(-1)).toEqual({ actors: [], relations: [] });
  });

  it('lists the camps, the contradicting relations and whether the split is exact', async () => {
    const graph = seedGraph();
    const el = await mount(graph, { asOf: '2016' });
    const relations = listen<RelationSelectDetail>(el, 'relation-select');
    const actors = listen<ActorSelectDetail>(el, 'actor-select');
    const split = splitIntoCamps(graph, { asOf: '2016' });
    const camps = $$(el, '.camps > section').map((s) => [...s.querySelectorAll('button')].map((b) => b.dataset.id));
    expect(camps).toEqual(split.camps);
    expect(text($(el, '.exact'))).toContain(split.exact ? 'exact' : 'found by search');
    const contradictions = $$(el, '.contradictions button');
    expect(contradictions.map((b) => b.dataset.id)).toEqual(split.contradictions.map((c) => c.relation));
    await userEvent.click(contradictions[0]!);
    const contradicting = split.contradictions[0]!.relation;
    expect(relations).toEqual([{ id: contradicting, relation: graph.getEdgeAttributes(contradicting) }]);
    await userEvent.click($(el, '.camps button'));
    const first = split.camps[0][0]!;
    expect(actors).toEqual([{ id: first, actor: graph.getNodeAttributes(first) }]);
  });

  it('tables the top five actors by degree and by betweenness', async () => {
    const graph = seedGraph();
    const el = await mount(graph, { asOf: '2016' });
    const rows = $$(el, '[part="centrality"] tbody tr');
    expect(rows).toHaveLength(5);
    const column = (n: number) => rows.map((r) => r.querySelectorAll('td button')[n]!.getAttribute('data-id'));
    expect(column(0)).toEqual(topActors(graph, { asOf: '2016' }, 'degree', 5).map((a) => a.id));
    expect(column(1)).toEqual(topActors(graph, { asOf: '2016' }, 'betweenness', 5).map((a) => a.id));
    expect([...rows[0]!.children].map(text)).toEqual(['1', 'Russia', '16', 'Russia', '0.314']);
  });

  it('works out betweenness of a large graph without holding the page, then tables it; long lists say how many more', async () => {
    const graph = loadGraph(generateGraph({ actors: 1500, seed: 4 }));
    const el = await mount(graph);
    const status = () => el.shadowRoot!.querySelector('[part="centrality"]')!.previousElementSibling;
    expect(text(status())).toBe('Working out betweenness over 1,500 actors…');
    expect($$(el, '[part="centrality"] tbody tr td:nth-of-type(3) button')).toHaveLength(0);
    await expect.poll(() => $$(el, '[part="centrality"] tbody tr td:nth-of-type(3) button').length, { timeout: 30_000 }).toBe(5);
    const column = $$(el, '[part="centrality"] tbody tr').map((r) => r.querySelectorAll('td button')[1]!.getAttribute('data-id'));
    expect(column).toEqual(topActors(graph, {}, 'betweenness', 5).map((a) => a.id));
    expect(el.shadowRoot!.querySelector('[part="centrality"]')!.getAttribute('aria-busy')).toBe('false');
    // Camps of hundreds list 50 actors each, then a count of the rest.
    const camp = el.shadowRoot!.querySelector('[part="camps"] .camps section')!;
    expect(camp.querySelectorAll('li')).toHaveLength(50);
    expect(text(camp.querySelector('p.note'))).toMatch(/^…and [\d,]+ more\.$/);
  });

  it('is usable from the keyboard alone', async () => {
    const el = await mount(seedGraph());
    const highlights = listen<TriadHighlightDetail>(el, 'triad-highlight');
    unbalancedButtons(el)[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(highlights).toHaveLength(1);
    expect(highlights[0]!.actors).toEqual(['afghan-government', 'isis', 'taliban']);
  });
});

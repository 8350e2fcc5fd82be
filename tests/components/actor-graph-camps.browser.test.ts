import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import '../../src/components/actor-graph-balance.ts';
import '../../src/components/actor-graph-table.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { ActorGraphBalance } from '../../src/components/actor-graph-balance.ts';
import type { ActorGraphLegend } from '../../src/components/actor-graph-legend.ts';
import { centrality } from '../../src/model/centrality.ts';
import { splitIntoCamps } from '../../src/model/camps.ts';
import { SIZE_RANGE } from '../../src/model/actor-sizes.ts';
import { campLook } from '../../src/view/camp-style.ts';
import { LIGHT_THEME } from '../../src/view/theme.ts';
import seed from '../../graph/russia-taliban-2016.json';
import { seedGraph } from '../seed.ts';
import { listen } from '../support/panels.ts';
import type { PairChoiceDetail } from '../../src/components/events.ts';
import { pairKey } from '../../src/model/balance.ts';
import { campsFor } from '../../src/model/camp-modes.ts';

async function loaded(attributes: Record<string, string>): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '900px';
  el.style.height = '640px';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = structuredClone(seed);
  document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  await el.updateComplete;
  return el;
}

async function balancePanel(asOf: string): Promise<ActorGraphBalance> {
  const panel = document.createElement('actor-graph-balance');
  panel.graph = seedGraph();
  panel.filter = { asOf };
  document.body.append(panel);
  await panel.updateComplete;
  return panel;
}

/** The actors drawn in each camp, by the camp number each carries, in camp order. */
function drawnCamps(el: ActorGraphElement): string[][] {
  const camps: string[][] = [];
  el.cy!.nodes().forEach((node) => {
    const camp = node.data('camp') as number | undefined;
    if (camp !== undefined) (camps[camp - 1] ??= []).push(node.id());
  });
  return camps.map((camp) => camp.sort());
}

/** The actors the balance panel lists in each camp of a section. */
const panelCamps = (panel: ActorGraphBalance, selector: string) =>
  [...panel.shadowRoot!.querySelectorAll(`${selector} > section`)].map((section) =>
    [...section.querySelectorAll('button')].map((button) => button.dataset.id!),
  );

const legend = (el: ActorGraphElement) => el.shadowRoot!.querySelector<ActorGraphLegend>('actor-graph-legend')!;
const legendTexts = async (el: ActorGraphElement, part: string) => {
  await legend(el).updateComplete;
  return [...legend(el).shadowRoot!.querySelectorAll(`[part="${part}"] li > span`)].map((span) => span.textContent.trim());
};
const status = (el: ActorGraphElement) => el.shadowRoot!.querySelector('#status')!.textContent.trim();
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('<actor-graph> camps', () => {
  it('with camps="two", fills each actor as the balance panel splits them on the Russia–Taliban graph at 2016', async () => {
    const el = await loaded({ 'as-of': '2016', camps: 'two' });
    const panel = await balancePanel('2016');
    const split = splitIntoCamps(seedGraph(), { asOf: '2016' });
    expect(panelCamps(panel, '.camps')).toEqual(split.camps);
    expect(drawnCamps(el)).toEqual(split.camps);
    expect(drawnCamps(el)).toEqual([
      ['afghan-government', 'isis', 'nato', 'united-states'],
      ['china', 'drug-traffickers', 'india', 'iran', 'russia', 'syrian-government', 'taliban'],
    ]);
    // Actors no signed relation places carry no camp and keep the usual look.
    expect(el.cy!.getElementById('tajikistan').data('camp')).toBeUndefined();
    // Each camp has its fill and its outline pattern, so it is told without colour too.
    const isis = el.cy!.getElementById('isis');
    const russia = el.cy!.getElementById('russia');
    expect(isis.style('background-color')).toBe(rgb(campLook(1).fill));
    expect(isis.style('border-style')).toBe('dashed');
    expect(russia.style('background-color')).toBe(rgb(campLook(2).fill));
    expect(russia.style('border-style')).toBe('dotted');
    expect(await legendTexts(el, 'camps')).toEqual(['Camp 1 (4 actors)', 'Camp 2 (7 actors)', 'Contradicts the camps']);

    el.camps = 'none';
    await el.updateComplete;
    expect(drawnCamps(el)).toEqual([]);
    expect(isis.style('background-color')).toBe(rgb(LIGHT_THEME.nodeFill));
    expect(isis.style('border-style')).toBe('solid');
    expect(el.cy!.edges('.ag-contradicts')).toHaveLength(0);
    expect(await legendTexts(el, 'camps')).toEqual([]);
  });

  it('with camps="many", draws the camps that fit best, ISIS in a camp of its own, as the panel lists them', async () => {
    const el = await loaded({ 'as-of': '2016', camps: 'many' });
    const panel = await balancePanel('2016');
    const expected = [
      ['afghan-government', 'nato', 'united-states'],
      ['china', 'drug-traffickers', 'india', 'iran', 'russia', 'syrian-government', 'taliban'],
      ['isis'],
    ];
    expect(drawnCamps(el)).toEqual(expected);
    expect(panelCamps(panel, '.camps-k')).toEqual(expected);
    const fits = [...panel.shadowRoot!.querySelectorAll('ol.fits li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(fits).toEqual([
      '1 camp: 10 relations contradict it',
      '2 camps: 3 relations contradict them',
      '3 camps: 1 relation contradicts them — fits best',
    ]);
    expect(el.cy!.getElementById('isis').style('border-style')).toBe('double');
  });

  it('marks the relations that contradict the camps with ×, and only those', async () => {
    const el = await loaded({ 'as-of': '2016', camps: 'two' });
    const split = splitIntoCamps(seedGraph(), { asOf: '2016' });
    const marked = el
      .cy!.edges('.ag-contradicts')
      .map((edge) => edge.id())
      .sort();
    expect(marked).toEqual(split.contradictions.map((c) => c.relation).sort());
    expect(marked).toEqual(['afghan-government-isis', 'nato-isis', 'russia-drug-traffickers']);
    expect(el.cy!.getElementById('nato-isis').style('label')).toBe('×');
    expect(el.cy!.getElementById('russia-taliban-counterterrorism').style('label')).toBe('');

    el.camps = 'many';
    await el.updateComplete;
    expect(el.cy!.edges('.ag-contradicts').map((edge) => edge.id())).toEqual(['russia-drug-traffickers']);
  });

  it('says the camp of the selected actor, and the table names the camp of each end', async () => {
    const el = await loaded({ 'as-of': '2016', camps: 'many', selected: 'isis' });
    expect(status(el)).toBe('Selected actor: ISIS (non-state armed group), camp 3 of 3');
    el.selected = 'tajikistan';
    await el.updateComplete;
    expect(status(el)).toBe('Selected actor: Tajikistan (state), in no camp');
    el.camps = 'none';
    await el.updateComplete;
    expect(status(el)).toBe('Selected actor: Tajikistan (state)');

    const table = document.createElement('actor-graph-table');
    table.graph = seedGraph();
    table.filter = { asOf: '2016' };
    table.camps = 'many';
    document.body.append(table);
    await table.updateComplete;
    const headings = [...table.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent.replace(/\s+/g, ' ').trim());
    expect(headings.slice(0, 4)).toEqual(['From', 'Type', 'To', 'Camps']);
    const cell = (id: string) => table.shadowRoot!.querySelector(`tr[data-id="${id}"] td.camps`)!.textContent.replace(/\s+/g, ' ').trim();
    expect(cell('russia-drug-traffickers')).toBe('camp 2 – camp 2, contradicts them');
    expect(cell('nato-isis')).toBe('camp 1 – camp 3');
    table.camps = 'none';
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('td.camps')).toBeNull();
  });
});

describe('torn pairs', () => {
  const PAIR = pairKey('afghan-government', 'russia');
  const WORKING_TOGETHER = 'russia-afghan-government-counterterrorism';

  it('lists Afghan government and Russia with both relations; choosing one fires pair-choice and counts it', async () => {
    const panel = await balancePanel('2016');
    const choices = listen<PairChoiceDetail>(panel, 'pair-choice');
    const legendText = () => panel.shadowRoot!.querySelector('[part="ambivalent"] legend')!.textContent.trim();
    expect(legendText()).toBe('Afghan government and Russia: cooperation and hostility at once — left out');
    const radios = [...panel.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="ambivalent"] input[type="radio"]')];
    expect(radios.map((r) => r.value)).toEqual(['', 'russia-afghan-government-strain', WORKING_TOGETHER]);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
    await userEvent.click(radios[2]!);
    expect(choices).toEqual([{ pair: PAIR, relation: WORKING_TOGETHER }]);
    expect(panel.choose).toEqual({ [PAIR]: WORKING_TOGETHER });
    await panel.updateComplete;
    expect(legendText()).toBe('Afghan government and Russia: cooperation and hostility at once — counted as cooperation');
    // The camps now count that cooperation, as the model does with the same choice.
    const chosen = campsFor(seedGraph(), 'many', { asOf: '2016', choose: { [PAIR]: WORKING_TOGETHER } })!;
    expect(panelCamps(panel, '.camps-k')).toEqual(chosen.camps);
    const kContradictions = [...panel.shadowRoot!.querySelectorAll<HTMLElement>('.contradictions-k button')].map((b) => b.dataset.id);
    expect(kContradictions).toEqual(chosen.contradictions.map((c) => c.relation));

    // The drawing given the same choice draws the same camps.
    const el = await loaded({ 'as-of': '2016', camps: 'many' });
    el.choose = { [PAIR]: WORKING_TOGETHER };
    await el.updateComplete;
    expect(drawnCamps(el)).toEqual(chosen.camps);

    await userEvent.click(radios[0]!);
    expect(choices[1]).toEqual({ pair: PAIR, relation: null });
    expect(panel.choose).toEqual({});
  });
});

describe('<actor-graph> size-by', () => {
  it('with size-by="degree", draws actors sized in the order of their degrees at 2016, the scale in the legend', async () => {
    const el = await loaded({ 'as-of': '2016', 'size-by': 'degree' });
    const degrees = centrality(seedGraph(), { asOf: '2016' });
    const width = (id: string) => el.cy!.getElementById(id).width();
    // Russia has the most relations at 2016 and the Chechen rebels none.
    expect(width('russia')).toBe(SIZE_RANGE.max);
    expect(width('chechen-rebels')).toBe(SIZE_RANGE.min);
    expect(width('russia')).toBe(52);
    expect(width('chechen-rebels')).toBe(20);
    for (const p of degrees) {
      for (const q of degrees) {
        if (p.degree < q.degree) expect(width(p.id), `${p.id} against ${q.id}`).toBeLessThan(width(q.id));
        if (p.degree === q.degree) expect(width(p.id)).toBe(width(q.id));
      }
    }
    const values = degrees.map((d) => d.degree);
    expect(await legendTexts(el, 'size')).toEqual([String(Math.min(...values)), String(Math.max(...values))]);
    const heading = legend(el).shadowRoot!.querySelector('#size')!.textContent.trim();
    expect(heading).toBe('Size by degree');

    el.sizeBy = 'none';
    await el.updateComplete;
    expect(width('russia')).toBe(30);
    expect(await legendTexts(el, 'size')).toEqual([]);
  });

  it('follows the date: sizes change when as-of does, without a new layout', async () => {
    const el = await loaded({ 'as-of': '2016', 'size-by': 'degree' });
    const before = el.cy!.getElementById('chechen-rebels').position();
    el.asOf = '1995';
    await el.updateComplete;
    const degrees = new Map(centrality(seedGraph(), { asOf: '1995' }).map((c) => [c.id, c.degree]));
    expect(degrees.get('chechen-rebels')).toBeGreaterThan(0);
    expect(el.cy!.getElementById('chechen-rebels').width()).toBeGreaterThan(SIZE_RANGE.min);
    expect(el.cy!.getElementById('chechen-rebels').position()).toEqual(before);
  });
});

describe('<actor-graph> camps with prefers-reduced-motion: reduce', () => {
  it('shows camps and sizes at once, animating nothing', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const el = await loaded({ 'as-of': '2016' });
    const cy = el.cy!;
    const animations = vi.spyOn(Object.getPrototypeOf(cy) as { animate(...args: unknown[]): unknown }, 'animate');
    el.camps = 'many';
    el.sizeBy = 'betweenness';
    await el.updateComplete;
    expect(drawnCamps(el)[2]).toEqual(['isis']);
    expect(cy.getElementById('russia').width()).toBe(SIZE_RANGE.max);
    expect(cy.getElementById('russia').style('transition-duration')).toBe('0ms');
    expect(animations).not.toHaveBeenCalled();
  });
});

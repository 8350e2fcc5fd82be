import { describe, expect, it } from 'vitest';
import { balanceReport, pairKey } from '../../src/model/balance.ts';
import {
  BETWEENNESS_AT_ONCE,
  ambivalentView,
  balanceSummary,
  balanceView,
  betweennessRows,
  count,
  triadTitle,
  triadView,
} from '../../src/model/balance-report.ts';
import { centrality } from '../../src/model/centrality.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { generateGraph } from '../../bench/generate.ts';
import { splitIntoCamps } from '../../src/model/camps.ts';
import { seedGraph } from '../seed.ts';

describe('balance report', () => {
  const graph = seedGraph();

  it('words counts and summaries', () => {
    expect(count(1, 'triad', 'triads')).toBe('1 triad');
    expect(count(0, 'triad', 'triads')).toBe('0 triads');
    expect(balanceSummary({ triads: [], balanced: 0, unbalanced: 0 })).toBe('0 triads: 0 balanced, 0 unbalanced');
    expect(balanceSummary(balanceReport(graph))).toBe('10 triads: 7 balanced, 3 unbalanced');
  });

  it('titles a triad by its actors’ labels and its hostilities', () => {
    // With no date set the 1990s relations never held together with Russia's counterterrorism with the Taliban.
    expect(balanceReport(graph).triads.find((t) => t.actors.join() === 'chechen-rebels,russia,taliban')).toBeUndefined();
    const triad = balanceReport(graph, { asOf: '1998' }).triads.find((t) => t.actors.join() === 'chechen-rebels,russia,taliban')!;
    expect(triadTitle(graph, triad)).toBe('Chechen rebels, Russia, Taliban: 2 hostilities — balanced');
  });

  it('gathers everything at a filter, in the model’s order', () => {
    const filter = { asOf: '2016' };
    const view = balanceView(graph, filter);
    const report = balanceReport(graph, filter);
    expect(view.summary).toBe('11 triads: 8 balanced, 3 unbalanced');
    expect(view.unbalanced.map((t) => t.relations)).toEqual(report.triads.filter((t) => !t.balanced).map((t) => t.relations));
    expect(view.unbalanced[0]!.readings).toHaveLength(3);
    const split = splitIntoCamps(graph, filter);
    expect(view.camps.map((c) => c.map((a) => a.id))).toEqual(split.camps);
    expect(view.contradictions.map((c) => c.relation)).toEqual(split.contradictions.map((c) => c.relation));
    expect(view.byDegree).toHaveLength(5);
    expect(view.byDegree[0]).toEqual({ id: 'russia', label: 'Russia', value: 16, text: '16' });
    expect(view.byBetweenness?.[0]?.text).toBe('0.314');
  });

  it('says when a triad’s relations held together', () => {
    const views = balanceView(graph).balanced.map((t) => [t.title, t.holds]);
    expect(views).toEqual([
      ['Afghan government, ISIS, NATO countries: 2 hostilities — balanced', 'holds from 2016-12, with an undated relation'],
      ['Afghan government, NATO countries, Taliban: 2 hostilities — balanced', 'dates not given'],
      ['Afghan government, Taliban, United States: 2 hostilities — balanced', 'holds from 2001, with 2 undated relations'],
      ['China, Russia, Taliban: 0 hostilities — balanced', 'holds from 2015-12, with 2 undated relations'],
      ['Iran, Russia, Taliban: 0 hostilities — balanced', 'holds from 2015-12, with 2 undated relations'],
      ['ISIS, Russia, Syrian government: 2 hostilities — balanced', 'holds from 2016, with an undated relation'],
      ['ISIS, Russia, Taliban: 2 hostilities — balanced', 'holds from 2015-12'],
    ]);
    const chechen = balanceReport(graph, { asOf: '1998' }).triads.find((t) => t.actors.includes('chechen-rebels'))!;
    expect(triadView(graph, chechen).holds).toBe('holds 1990 – 1999');
  });

  it('shows the ambivalent pair with both relations and the choice made', () => {
    const key = pairKey('russia', 'afghan-government');
    const relations = [
      {
        relation: 'russia-afghan-government-strain',
        type: 'hostility',
        reading: 'Russia is hostile to Afghan government (relationship strained by Russia’s Taliban engagement).',
      },
      {
        relation: 'russia-afghan-government-counterterrorism',
        type: 'cooperation',
        reading: 'Russia cooperates with Afghan government (counterterrorism cooperation).',
      },
    ];
    const actors = [
      { id: 'afghan-government', label: 'Afghan government' },
      { id: 'russia', label: 'Russia' },
    ];
    expect(balanceView(graph, { asOf: '2016' }).ambivalent).toEqual([
      { key, actors, title: 'Afghan government and Russia: cooperation and hostility at once — left out', relations, chosen: null },
    ]);
    const chosen = balanceReport(graph, { choose: { [key]: 'russia-afghan-government-counterterrorism' } }).ambivalent[0]!;
    expect(ambivalentView(graph, chosen)).toEqual({
      key,
      actors,
      title: 'Afghan government and Russia: cooperation and hostility at once — counted as cooperation',
      relations,
      chosen: 'russia-afghan-government-counterterrorism',
    });
  });

  it('leaves betweenness of a large graph to be worked out later, with degrees at once', () => {
    const large = loadGraph(generateGraph({ actors: 800, seed: 2 }));
    expect(large.order * large.size).toBeGreaterThan(BETWEENNESS_AT_ONCE);
    const view = balanceView(large);
    expect(view.byBetweenness).toBeNull();
    expect(view.byDegree).toHaveLength(5);
    const later = betweennessRows(large, centrality(large));
    expect(later).toHaveLength(5);
    expect(later.map((row) => row.value)).toEqual([...later.map((row) => row.value)].sort((a, b) => b - a));
    expect(later[0]!.value).toBeGreaterThan(0);
  });
});

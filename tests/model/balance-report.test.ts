import { describe, expect, it } from 'vitest';
import { balanceReport } from '../../src/model/balance.ts';
import { BETWEENNESS_AT_ONCE, balanceSummary, balanceView, betweennessRows, count, triadTitle } from '../../src/model/balance-report.ts';
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
    expect(balanceSummary(balanceReport(graph))).toBe('11 triads: 7 balanced, 4 unbalanced');
  });

  it('titles a triad by its actors’ labels and its hostilities', () => {
    const triad = balanceReport(graph).triads.find((t) => t.actors.join() === 'chechen-rebels,russia,taliban')!;
    expect(triadTitle(graph, triad)).toBe('Chechen rebels, Russia, Taliban: 1 hostility — unbalanced');
  });

  it('gathers everything at a filter, in the model’s order', () => {
    const filter = { asOf: '2016' };
    const view = balanceView(graph, filter);
    const report = balanceReport(graph, filter);
    expect(view.summary).toBe('10 triads: 8 balanced, 2 unbalanced');
    expect(view.unbalanced.map((t) => t.relations)).toEqual(report.triads.filter((t) => !t.balanced).map((t) => t.relations));
    expect(view.unbalanced[0]!.readings).toHaveLength(3);
    const split = splitIntoCamps(graph, filter);
    expect(view.camps.map((c) => c.map((a) => a.id))).toEqual(split.camps);
    expect(view.contradictions.map((c) => c.relation)).toEqual(split.contradictions.map((c) => c.relation));
    expect(view.byDegree).toHaveLength(5);
    expect(view.byDegree[0]).toEqual({ id: 'russia', label: 'Russia', value: 13, text: '13' });
    expect(view.byBetweenness?.[0]?.text).toBe('0.280');
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

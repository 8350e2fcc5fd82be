import { describe, expect, it } from 'vitest';
import { CentralityRun, centrality } from '../../src/model/centrality.ts';
import { seedGraph } from '../seed.ts';
import { graphOf } from '../support/graphs.ts';

const round = (x: number) => Math.round(x * 1e9) / 1e9;
const betweenness = (entries: ReturnType<typeof centrality>) => Object.fromEntries(entries.map((e) => [e.id, round(e.betweenness)]));

/**
 * a–b held in the 1990s and b–c from 2010, so a–b–c never held at once; a–d and d–c give no date.
 * Pairs are (a,c), (b,d) and the adjacent ones; normalized by the 3 pairs of other actors.
 */
const square = graphOf(
  ['a', 'b', 'c', 'd'],
  [
    ['a-b', 'a', 'b', 'hostility', { start: '1990', end: '1999' }],
    ['b-c', 'b', 'c', 'cooperation', { start: '2010' }],
    ['a-d', 'a', 'd', 'cooperation'],
    ['d-c', 'd', 'c', 'cooperation'],
  ],
);

describe('betweenness over paths that held together', () => {
  it('leaves out a shortest path whose relations never held at once', () => {
    // a to c only by d (a–b–c never held); b to d by a or by c, undated steps joining dated ones.
    expect(betweenness(centrality(square))).toEqual({ a: round(1 / 6), b: 0, c: round(1 / 6), d: round(1 / 3) });
  });

  it('keeps undated relations apart when asked: then b reaches d by no path at all', () => {
    expect(betweenness(centrality(square, { undated: 'apart' }))).toEqual({ a: 0, b: 0, c: 0, d: round(1 / 3) });
  });

  it('judges one day by the relations holding then, as before', () => {
    // 1995: b–a–d–c is a line; a and d each sit between two pairs of three.
    expect(betweenness(centrality(square, { asOf: '1995-06-01' }))).toEqual({ a: round(2 / 3), b: 0, c: 0, d: round(2 / 3) });
  });

  it('lets a pair use either of two parallel relations, counting the actors’ path once', () => {
    // A second a–b relation from 2010 makes a–b–c hold from 2010: two shortest paths from a to c.
    const graph = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a-b', 'a', 'b', 'hostility', { start: '1990', end: '1999' }],
        ['a-b-again', 'a', 'b', 'cooperation', { start: '2010' }],
        ['b-c', 'b', 'c', 'cooperation', { start: '2010' }],
        ['a-d', 'a', 'd', 'cooperation'],
        ['d-c', 'd', 'c', 'cooperation'],
      ],
    );
    expect(betweenness(centrality(graph))).toEqual({ a: round(1 / 6), b: round(1 / 6), c: round(1 / 6), d: round(1 / 6) });
  });

  it('prefers a longer path that held together to a shorter one that never did', () => {
    // a–b–c never held; a–x–y–c did (all from 2010): x and y each carry the whole pair (a,c).
    const graph = graphOf(
      ['a', 'b', 'c', 'x', 'y'],
      [
        ['a-b', 'a', 'b', 'cooperation', { start: '1990', end: '1999' }],
        ['b-c', 'b', 'c', 'cooperation', { start: '2010' }],
        ['a-x', 'a', 'x', 'cooperation', { start: '2010' }],
        ['x-y', 'x', 'y', 'cooperation', { start: '2010' }],
        ['y-c', 'y', 'c', 'cooperation', { start: '2010' }],
      ],
    );
    const scores = betweenness(centrality(graph));
    // Normalized by the 6 pairs of other actors. b reaches x and y only through c (b–a–x never
    // held). x: (a,c) by a–x–y–c and (a,y); y: (a,c), (x,c) and (b,x) by b–c–y–x; c: (b,y) and
    // (b,x); a and b: none.
    expect(scores).toEqual({ a: 0, b: 0, c: round(2 / 6), x: round(2 / 6), y: round(3 / 6) });
  });

  it('ranks the seed graph’s actors with no date set as the held-together paths give them', () => {
    const graph = seedGraph();
    const top = centrality(graph)
      .sort((p, q) => q.betweenness - p.betweenness)
      .slice(0, 3)
      .map((e) => e.id);
    expect(top).toEqual(['russia', 'taliban', 'afghan-government']);
    // The same figures a few actors at a time, and from every actor drawn.
    const run = new CentralityRun(graph, {}, { sources: 14, seed: 1 });
    while (!run.step(3));
    expect(run.result()).toEqual(centrality(graph));
  });
});

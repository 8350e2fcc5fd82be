import { describe, expect, it } from 'vitest';
import { signedTies } from '../../src/model/balance.ts';
import { splitIntoCamps } from '../../src/model/camps.ts';
import type { ActorGraph } from '../../src/model/graph.ts';
import { EXACT_K_CAMP_LIMIT, bestCampCount, splitIntoKCamps } from '../../src/model/k-camps.ts';
import { seededRandom } from '../../src/model/random.ts';
import { seedGraph } from '../seed.ts';
import { graphOf, type Row } from '../support/graphs.ts';

/** The fewest contradictions of any split into up to k camps, by trying every assignment. */
function bruteForceMinimum(graph: ActorGraph, k: number): number {
  const ties = signedTies(graph);
  const ids = [...new Set(ties.flatMap((t) => [t.a, t.b]))];
  let best = Infinity;
  for (let code = 0; code < k ** ids.length; code++) {
    const camp = new Map(ids.map((id, i) => [id, Math.floor(code / k ** i) % k]));
    const bad = ties.filter((t) => t.sign > 0 !== (camp.get(t.a) === camp.get(t.b))).length;
    best = Math.min(best, bad);
  }
  return best;
}

/**
 * Three groups, each cooperating inside and hostile to the others: {a, b, c}, {d, e, f} and
 * {g, h}. One cooperation, c–f, goes across; i has only a contested relation and j none.
 */
function threeGroups(): ActorGraph {
  const rows: Row[] = [
    ['ab', 'a', 'b', 'cooperation'],
    ['bc', 'b', 'c', 'cooperation'],
    ['ac', 'a', 'c', 'cooperation'],
    ['de', 'd', 'e', 'cooperation'],
    ['ef', 'e', 'f', 'cooperation'],
    ['df', 'd', 'f', 'cooperation'],
    ['gh', 'g', 'h', 'cooperation'],
    ['ad', 'a', 'd', 'hostility'],
    ['be', 'b', 'e', 'hostility'],
    ['cg', 'c', 'g', 'hostility'],
    ['ah', 'a', 'h', 'hostility'],
    ['fh', 'f', 'h', 'hostility'],
    ['dg', 'd', 'g', 'hostility'],
    ['cf', 'c', 'f', 'cooperation'],
    ['ia', 'i', 'a', 'contested'],
  ];
  return graphOf(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], rows);
}

describe('splitIntoKCamps', () => {
  it('finds the three groups of a hand-made graph, with the one cooperation across them', () => {
    expect(splitIntoKCamps(threeGroups(), 3)).toEqual({
      k: 3,
      camps: [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
        ['g', 'h'],
      ],
      contradictions: [{ relation: 'cf', a: 'c', b: 'f', sign: 1 }],
      exact: true,
      unattached: ['i', 'j'],
    });
  });

  it('reaches the fewest contradictions an exhaustive search finds, for each k', () => {
    const graph = threeGroups();
    const found = [1, 2, 3, 4].map((k) => splitIntoKCamps(graph, k).contradictions.length);
    expect(found).toEqual([1, 2, 3, 4].map((k) => bruteForceMinimum(graph, k)));
    expect(found).toEqual([6, 2, 1, 1]);
  });

  it('with one camp contradicts every hostility, and reads k below 1 as 1', () => {
    const split = splitIntoKCamps(threeGroups(), 0);
    expect(split.k).toBe(1);
    expect(split.camps).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
    expect(split.contradictions.map((c) => c.relation)).toEqual(['ad', 'ah', 'be', 'cg', 'dg', 'fh']);
  });

  it('with two camps contradicts as few relations as the two-camp split', () => {
    const graph = seedGraph();
    for (const asOf of ['2001', '2016']) {
      expect(splitIntoKCamps(graph, 2, { asOf }).contradictions.length).toBe(splitIntoCamps(graph, { asOf }).contradictions.length);
    }
  });
});

describe('bestCampCount', () => {
  it('names the smallest k with the fewest contradictions, and how each k up to it fits', () => {
    const best = bestCampCount(threeGroups());
    expect(best.best).toBe(3);
    expect(best.exact).toBe(true);
    expect(best.fits).toEqual([
      { k: 1, contradictions: 6, exact: true },
      { k: 2, contradictions: 2, exact: true },
      { k: 3, contradictions: 1, exact: true },
    ]);
    expect(best.split.camps).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('gives ISIS a camp of its own on the Russia–Taliban graph at 2016', () => {
    const best = bestCampCount(seedGraph(), { asOf: '2016' });
    expect(best.best).toBe(3);
    expect(best.fits.map((f) => f.contradictions)).toEqual([10, 3, 1]);
    expect(best.split.camps).toEqual([
      ['afghan-government', 'nato', 'united-states'],
      ['china', 'drug-traffickers', 'india', 'iran', 'russia', 'syrian-government', 'taliban'],
      ['isis'],
    ]);
    expect(best.split.contradictions.map((c) => c.relation)).toEqual(['russia-drug-traffickers']);
    expect(best.split.unattached).toEqual(['central-asian-networks', 'chechen-rebels', 'tajikistan']);
  });

  it('on a graph with no signed tie is one empty camp with nothing contradicted', () => {
    const best = bestCampCount(graphOf(['a', 'b'], [['ab', 'a', 'b', 'contested']]));
    expect(best).toEqual({
      best: 1,
      split: { k: 1, camps: [], contradictions: [], exact: true, unattached: ['a', 'b'] },
      fits: [{ k: 1, contradictions: 0, exact: true }],
      exact: true,
    });
  });
});

/**
 * 30 actors planted in three groups of 10 (p0–p9, q0–q9, r0–r9); each pair is tied with
 * probability 0.3, cooperating inside a group and hostile across, and one tie in 20 has its sign
 * turned. Seeded, so the same graph every run.
 */
function plantedGraph(): { graph: ActorGraph; turned: string[] } {
  const next = seededRandom(42);
  const ids = ['p', 'q', 'r'].flatMap((g) => Array.from({ length: 10 }, (_, i) => `${g}${i}`));
  const rows: Row[] = [];
  const turned: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (next() >= 0.3) continue;
      const [a, b] = [ids[i]!, ids[j]!];
      const same = a[0] === b[0];
      const turn = next() < 0.05;
      if (turn) turned.push(`${a}-${b}`);
      rows.push([`${a}-${b}`, a, b, same !== turn ? 'cooperation' : 'hostility']);
    }
  }
  return { graph: graphOf(ids, rows), turned };
}

describe('k camps beyond the exact limit', () => {
  it('finds the planted groups by local search, says it is not proven, and gives the same answer every run', () => {
    const { graph, turned } = plantedGraph();
    expect(graph.order).toBeGreaterThan(EXACT_K_CAMP_LIMIT);
    const split = splitIntoKCamps(graph, 3);
    expect(split.exact).toBe(false);
    const group = (g: string) => Array.from({ length: 10 }, (_, i) => `${g}${i}`);
    expect(split.camps).toEqual([group('p'), group('q'), group('r')]);
    expect(split.contradictions.map((c) => c.relation).sort()).toEqual([...turned].sort());
    expect(splitIntoKCamps(plantedGraph().graph, 3)).toEqual(split);
  });

  it('names the best k by search too, without claiming it proven', () => {
    const { graph, turned } = plantedGraph();
    const best = bestCampCount(graph);
    expect(best.exact).toBe(false);
    // p7 and r0 are tied only by a turned cooperation: a fourth camp of their own saves it.
    expect(turned).toEqual(['p3-q6', 'p6-r3', 'p7-r0', 'q1-r6', 'q4-r8']);
    expect(best.best).toBe(4);
    expect(best.fits.map((f) => f.contradictions)).toEqual([88, 25, 5, 4]);
    expect(best.split.camps).toEqual([
      ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p8', 'p9'],
      ['p7', 'r0'],
      ['q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'],
      ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'],
    ]);
    expect(bestCampCount(plantedGraph().graph)).toEqual(best);
  });
});

import { describe, expect, it } from 'vitest';
import { signedTies } from '../../src/model/balance.ts';
import { EXACT_CAMP_LIMIT, splitIntoCamps } from '../../src/model/camps.ts';
import type { ActorGraph } from '../../src/model/graph.ts';
import { graphOf, type Row } from '../support/graphs.ts';

/** The fewest contradictions any split can have, by trying them all. */
function bruteForceMinimum(graph: ActorGraph): number {
  const ties = signedTies(graph);
  const ids = [...new Set(ties.flatMap((t) => [t.a, t.b]))];
  let best = Infinity;
  for (let mask = 0; mask < 2 ** ids.length; mask++) {
    const side = new Map(ids.map((id, i) => [id, (mask >> i) & 1]));
    const bad = ties.filter((t) => t.sign > 0 !== (side.get(t.a) === side.get(t.b))).length;
    best = Math.min(best, bad);
  }
  return best;
}

describe('splitIntoCamps', () => {
  it('finds the one split with a single contradiction, and lists the unattached', () => {
    // {a, b, c} against {d, e}; only the cooperation c–e goes against it. Moving c costs 3, moving e 2.
    const graph = graphOf(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'cooperation'],
        ['ac', 'a', 'c', 'cooperation'],
        ['de', 'd', 'e', 'cooperation'],
        ['ad', 'a', 'd', 'hostility'],
        ['be', 'b', 'e', 'hostility'],
        ['cd', 'c', 'd', 'hostility'],
        ['ce', 'c', 'e', 'cooperation'],
        ['fa', 'f', 'a', 'contested'],
      ],
    );
    expect(splitIntoCamps(graph)).toEqual({
      camps: [
        ['a', 'b', 'c'],
        ['d', 'e'],
      ],
      contradictions: [{ relation: 'ce', a: 'c', b: 'e', sign: 1 }],
      exact: true,
      unattached: ['f', 'g'],
    });
    expect(bruteForceMinimum(graph)).toBe(1);
  });

  it('orients each connected group so its alphabetically first actor is in the first camp', () => {
    const graph = graphOf(
      ['z', 'a', 'b', 'c', 'y'],
      [
        ['ab', 'b', 'a', 'hostility'],
        ['cy', 'c', 'y', 'hostility'],
        ['yz', 'y', 'z', 'cooperation'],
      ],
    );
    expect(splitIntoCamps(graph)).toEqual({
      camps: [
        ['a', 'c'],
        ['b', 'y', 'z'],
      ],
      contradictions: [],
      exact: true,
      unattached: [],
    });
  });

  it('counts one contradiction for an unbalanced triangle', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'hostility'],
        ['bc', 'b', 'c', 'hostility'],
        ['ac', 'a', 'c', 'hostility'],
      ],
    );
    const split = splitIntoCamps(graph);
    expect(split.contradictions).toHaveLength(1);
    expect(split.exact).toBe(true);
    expect(split.camps[0]).toContain('a');
  });

  it('follows the filter: as-of dates and types change the ties', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab-old', 'a', 'b', 'cooperation', { end: '2005' }],
        ['ab-new', 'a', 'b', 'hostility', { start: '2006' }],
        ['bc', 'b', 'c', 'cooperation'],
      ],
    );
    expect(splitIntoCamps(graph, { asOf: '2004' }).camps).toEqual([['a', 'b', 'c'], []]);
    expect(splitIntoCamps(graph, { asOf: '2010' }).camps).toEqual([['a'], ['b', 'c']]);
    expect(splitIntoCamps(graph, { types: ['hostility'] })).toEqual({
      camps: [['a'], ['b']],
      contradictions: [],
      exact: true,
      unattached: ['c'],
    });
  });

  it('matches brute force on small random graphs', () => {
    let state = 99;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let round = 0; round < 30; round++) {
      const ids = Array.from({ length: 9 }, (_, i) => `n${i}`);
      const rows: Row[] = Array.from({ length: 18 }, (_, k) => [
        `r${k}`,
        ids[Math.floor(next() * ids.length)]!,
        ids[Math.floor(next() * ids.length)]!,
        next() < 0.5 ? 'cooperation' : 'hostility',
      ]);
      const graph = graphOf(ids, rows);
      const split = splitIntoCamps(graph);
      expect(split.exact).toBe(true);
      expect(split.contradictions.length).toBe(bruteForceMinimum(graph));
      const placed = [...split.camps[0], ...split.camps[1], ...split.unattached].sort();
      expect(placed).toEqual([...ids].sort());
    }
  });

  it('answers an empty graph with empty camps', () => {
    expect(splitIntoCamps(graphOf([], []))).toEqual({ camps: [[], []], contradictions: [], exact: true, unattached: [] });
    expect(splitIntoCamps(graphOf(['solo'], []))).toEqual({
      camps: [[], []],
      contradictions: [],
      exact: true,
      unattached: ['solo'],
    });
  });

  describe('beyond the exact limit', () => {
    // Two camps of 15: a ring of cooperation with chords inside each, hostility across.
    const p = Array.from({ length: 15 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const q = Array.from({ length: 15 }, (_, i) => `q${String(i).padStart(2, '0')}`);
    const rows: Row[] = [];
    for (const camp of [p, q]) {
      camp.forEach((id, i) => {
        rows.push([`${id}-ring`, id, camp[(i + 1) % 15]!, 'cooperation']);
        rows.push([`${id}-chord`, id, camp[(i + 4) % 15]!, 'cooperation']);
      });
    }
    // Hostility from q to p, oddly interleaved so BFS order is no help.
    p.forEach((id, i) => {
      rows.push([`${id}-x1`, q[(i * 7) % 15]!, id, 'hostility']);
      rows.push([`${id}-x2`, q[(i * 11 + 3) % 15]!, id, 'hostility']);
    });
    const actors = [...q, ...p];

    it('finds two perfectly balanced camps of 15 with no contradiction', () => {
      expect(p.length + q.length).toBeGreaterThan(EXACT_CAMP_LIMIT);
      expect(splitIntoCamps(graphOf(actors, rows))).toEqual({
        camps: [p, q],
        contradictions: [],
        exact: false,
        unattached: [],
      });
    });

    it('keeps the camps and reports the one planted contradiction', () => {
      const noisy = graphOf(actors, [...rows, ['noise', 'p03', 'q09', 'cooperation']]);
      const split = splitIntoCamps(noisy);
      expect(split.camps).toEqual([p, q]);
      expect(split.contradictions).toEqual([{ relation: 'noise', a: 'p03', b: 'q09', sign: 1 }]);
      expect(split.exact).toBe(false);
    });

    it('recovers from a misleading tie at the root of the search', () => {
      // p00 is the first actor, where a BFS start begins; the trap puts q01 in its camp.
      const noisy = graphOf(actors, [['trap', 'p00', 'q01', 'cooperation'], ...rows]);
      const split = splitIntoCamps(noisy);
      expect(split.camps).toEqual([p, q]);
      expect(split.contradictions.map((c) => c.relation)).toEqual(['trap']);
    });
  });
});

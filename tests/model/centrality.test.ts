import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { CentralityRun, centrality, topActors } from '../../src/model/centrality.ts';
import { generateGraph } from '../../bench/generate.ts';
import { loadGraph } from '../../src/model/graph.ts';
import type { RelationType } from '../../src/model/format.ts';
import { graphOf, type Row } from '../support/graphs.ts';

/** Betweenness by id, rounded so hand-computed fractions compare exactly. */
function betweennessOf(entries: ReturnType<typeof centrality>): Record<string, number> {
  return Object.fromEntries(entries.map((e) => [e.id, Math.round(e.betweenness * 1e9) / 1e9]));
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

describe('centrality', () => {
  it('puts a star’s hub on every shortest path between leaves', () => {
    const graph = graphOf(
      ['hub', 'l1', 'l2', 'l3', 'l4'],
      [
        ['r1', 'hub', 'l1', 'cooperation'],
        ['r2', 'l2', 'hub', 'hostility', { directed: true }],
        ['r3', 'hub', 'l3', 'contested'],
        ['r4', 'hub', 'l4', 'cooperation'],
      ],
    );
    expect(centrality(graph)).toEqual([
      { id: 'hub', degree: 4, betweenness: 1 },
      { id: 'l1', degree: 1, betweenness: 0 },
      { id: 'l2', degree: 1, betweenness: 0 },
      { id: 'l3', degree: 1, betweenness: 0 },
      { id: 'l4', degree: 1, betweenness: 0 },
    ]);
  });

  it('gives the inner actors of a path of four 2/3 each', () => {
    // Pairs other than b: (a,c), (a,d), (c,d); b is on the first two, out of 3 pairs.
    const graph = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'cooperation'],
        ['cd', 'c', 'd', 'hostility'],
      ],
    );
    expect(betweennessOf(centrality(graph))).toEqual({ a: 0, b: round(2 / 3), c: round(2 / 3), d: 0 });
  });

  it('splits credit between equal shortest paths round a square', () => {
    // a–c has two shortest paths, via b and via d: each gets 1/2 of one pair out of 3.
    const graph = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'cooperation'],
        ['cd', 'c', 'd', 'cooperation'],
        ['da', 'd', 'a', 'cooperation'],
      ],
    );
    expect(betweennessOf(centrality(graph))).toEqual({ a: round(1 / 6), b: round(1 / 6), c: round(1 / 6), d: round(1 / 6) });
  });

  it('counts parallel relations in degree but not in betweenness, and a self-loop once', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab1', 'a', 'b', 'cooperation'],
        ['ab2', 'b', 'a', 'hostility', { directed: true }],
        ['ab3', 'a', 'b', 'contested'],
        ['bc', 'b', 'c', 'cooperation'],
        ['cc', 'c', 'c', 'cooperation'],
      ],
    );
    expect(centrality(graph)).toEqual([
      { id: 'a', degree: 3, betweenness: 0 },
      { id: 'b', degree: 4, betweenness: 1 },
      { id: 'c', degree: 2, betweenness: 0 },
    ]);
  });

  it('keeps filtered-out actors, with zeros, in the normalization', () => {
    // Path a–b–c plus z cut off by the filter: n = 4, so b's one pair counts 1 of 3.
    const graph = graphOf(
      ['a', 'b', 'c', 'z'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'cooperation', { start: '2000' }],
        ['cz', 'c', 'z', 'hostility', { end: '1999' }],
      ],
    );
    expect(betweennessOf(centrality(graph, { asOf: '2005' }))).toEqual({ a: 0, b: round(1 / 3), c: 0, z: 0 });
    expect(centrality(graph, { asOf: '2005' }).map((e) => e.degree)).toEqual([1, 2, 1, 0]);
    // Without the date the line is a–b–c–z, but b–c (from 2000) and c–z (to 1999) never held at
    // once: no path reaches z from a or b, and b still lies on 1 of 3 pairs.
    expect(betweennessOf(centrality(graph))).toEqual({ a: 0, b: round(1 / 3), c: 0, z: 0 });
    expect(centrality(graph, { types: ['hostility'] }).map((e) => [e.degree, e.betweenness])).toEqual([
      [0, 0],
      [0, 0],
      [1, 0],
      [1, 0],
    ]);
  });

  it('agrees with graphology-metrics on 200 random graphs, parallel, directed and looping relations included', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const types: RelationType[] = ['cooperation', 'hostility', 'contested'];
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 14);
      const actors = Array.from({ length: n }, (_, i) => `a${i}`);
      const rows: Row[] = Array.from({ length: Math.floor(random() * 2.5 * n) }, (_, k) => [
        `r${k}`,
        actors[Math.floor(random() * n)]!,
        actors[Math.floor(random() * n)]!,
        types[k % 3]!,
        { directed: random() < 0.3 },
      ]);
      const reference = new UndirectedGraph();
      actors.forEach((id) => reference.addNode(id));
      for (const [, source, target] of rows) if (source !== target) reference.mergeEdge(source, target);
      const expected = betweennessCentrality(reference, { getEdgeWeight: null });
      const got = centrality(graphOf(actors, rows));
      for (const entry of got) expect(entry.betweenness).toBeCloseTo(expected[entry.id] ?? 0, 12);
    }
  });

  it('comes out the same worked out a few actors at a time as at once', () => {
    const graph = loadGraph(generateGraph({ actors: 120, seed: 3 }));
    const run = new CentralityRun(graph, { asOf: '2005' });
    let steps = 0;
    while (!run.step(7)) steps++;
    expect(steps).toBe(Math.ceil(120 / 7) - 1);
    expect(run.done).toBe(true);
    expect(run.result()).toEqual(centrality(graph, { asOf: '2005' }));
  });

  it('answers an empty graph with an empty list', () => {
    expect(centrality(graphOf([], []))).toEqual([]);
    expect(topActors(graphOf([], []), {}, 'degree')).toEqual([]);
    expect(centrality(graphOf(['a'], []))).toEqual([{ id: 'a', degree: 0, betweenness: 0 }]);
  });
});

describe('betweenness estimated from a sample of actors', () => {
  // Ten actors in a ring of triangles and squares: no two actors alike.
  const ids = 'abcdefghij'.split('');
  const sampleGraph = graphOf(
    ids,
    'ab ac bc bd ce de df eg fg fh gi hi ij hj'.split(' ').map((e): Row => [e, e[0]!, e[1]!, 'cooperation']),
  );

  it('comes out exact when every actor is drawn', () => {
    const graph = loadGraph(generateGraph({ actors: 120, seed: 3 }));
    for (const sources of [120, 500]) {
      const run = new CentralityRun(graph, { asOf: '2005' }, { sources, seed: 9 });
      run.step(Infinity);
      expect(run.exact).toBe(true);
      expect(run.result()).toEqual(centrality(graph, { asOf: '2005' }));
    }
  });

  it('draws the same actors for the same seed, as NetworkX 3.6 scales their searches', () => {
    const run = new CentralityRun(sampleGraph, {}, { sources: 4, seed: 1 });
    expect(run.exact).toBe(false);
    expect(run.searches).toBe(4);
    run.step(Infinity);
    expect(run.sourceIds).toEqual(['g', 'b', 'a', 'j']);
    // networkx.betweenness_centrality(G, k=4, seed=r) 3.6.1, r a random.Random whose sample()
    // returns [g, b, a, j]: the fractions its figures round to.
    expect(betweennessOf(run.result())).toEqual({
      a: 0,
      b: round(1 / 6),
      c: round(77 / 384),
      d: round(115 / 384),
      e: round(25 / 96),
      f: round(49 / 192),
      g: round(19 / 96),
      h: round(21 / 128),
      i: round(11 / 64),
      j: 0,
    });
    expect(betweennessOf(centrality(sampleGraph, {}, { sample: { sources: 4, seed: 1 } }))).toEqual(betweennessOf(run.result()));
    const other = new CentralityRun(sampleGraph, {}, { sources: 4, seed: 2 });
    expect(other.sourceIds).toEqual(['h', 'd', 'e', 'g']);
  });

  it('gives a star’s hub 1, with no error, and its leaves 0 whichever actors are drawn', () => {
    const leaves = Array.from({ length: 7 }, (_, i) => `l${i}`);
    const star = graphOf(
      ['hub', ...leaves],
      leaves.map((l): Row => [`r-${l}`, 'hub', l, 'cooperation']),
    );
    for (let seed = 1; seed <= 20; seed++) {
      for (let sources = 2; sources < 8; sources++) {
        const run = new CentralityRun(star, {}, { sources, seed });
        run.step(Infinity);
        const estimate = run.result();
        const got = betweennessOf(estimate);
        expect({ seed, sources, got }).toEqual({ seed, sources, got: { hub: 1, ...Object.fromEntries(leaves.map((l) => [l, 0])) } });
        // Every search from a leaf says the same of the hub: its estimate is sure, once two tell of it.
        const searchesOfHub = run.sourceIds.includes('hub') ? sources - 1 : sources;
        expect(estimate[0]!.betweennessError).toBe(searchesOfHub < 2 ? NaN : 0);
      }
    }
  });

  it('gives each estimate its standard error, from how much the searches drawn differ', () => {
    // Path a–b–c–d; seed 4 draws d and b. c was not drawn: d's search puts a and b beyond it
    // (2), b's puts d (1), so 1.5 a search, 0.75 once divided by n - 2 = 2, with a spread of
    // √0.5 over the 2 searches out of the 3 other actors: √(0.5 / 2 × (1 − 2/3)) / 2 = √(1/12) / 2.
    // b was drawn, so only d's search tells of it (a beyond it: 1): 0.5, and no spread to judge.
    const path = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'cooperation'],
        ['cd', 'c', 'd', 'cooperation'],
      ],
    );
    const run = new CentralityRun(path, {}, { sources: 2, seed: 4 });
    run.step(Infinity);
    expect(run.sourceIds).toEqual(['d', 'b']);
    expect(run.result().map((e) => [e.id, round(e.betweenness), round(e.betweennessError!)])).toEqual([
      ['a', 0, 0],
      ['b', 0.5, NaN],
      ['c', 0.75, round(Math.sqrt(1 / 12) / 2)],
      ['d', 0, NaN],
    ]);
    // Exact results carry no error.
    expect(centrality(path).every((e) => !('betweennessError' in e))).toBe(true);
  });

  it('draws at least 2 actors: one says nothing of itself', () => {
    expect(new CentralityRun(sampleGraph, {}, { sources: 1, seed: 1 }).searches).toBe(2);
    expect(new CentralityRun(sampleGraph, {}, { sources: 0, seed: 1 }).searches).toBe(2);
  });

  it('tells how far it has come after each search', () => {
    const seen: [number, number][] = [];
    centrality(sampleGraph, {}, { sample: { sources: 3, seed: 5 }, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    seen.length = 0;
    centrality(graphOf(['a', 'b'], []), {}, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe('topActors', () => {
  const graph = graphOf(
    [
      ['x', 'Zulu'],
      ['y', 'Alpha'],
      ['hub', 'Hub'],
      ['w', 'Alpha'],
      ['v', 'Victor'],
      ['u', 'Uniform'],
    ],
    [
      ['r1', 'hub', 'x', 'cooperation'],
      ['r2', 'hub', 'y', 'cooperation'],
      ['r3', 'hub', 'w', 'hostility'],
      ['r4', 'x', 'v', 'cooperation'],
      ['r5', 'x', 'u', 'cooperation', { start: '2010' }],
    ],
  );

  it('ranks by degree, equal values by label then id', () => {
    expect(topActors(graph, {}, 'degree').map((e) => [e.id, e.degree])).toEqual([
      ['hub', 3],
      ['x', 3],
      ['w', 1],
      ['y', 1],
      ['u', 1],
    ]);
    expect(topActors(graph, { asOf: '2005' }, 'degree', 2).map((e) => e.id)).toEqual(['hub', 'x']);
    expect(topActors(graph, { asOf: '2005' }, 'degree', 2).map((e) => e.degree)).toEqual([3, 2]);
  });

  it('ranks by betweenness', () => {
    // Tree: hub–{x, y, w}, x–{v, u}. n = 6, 10 pairs of others each.
    // hub separates {y}, {w} and {x, v, u}: 1 + 3 + 3 = 7 pairs. x separates {v}, {u}, {hub, y, w}: 1 + 3 + 3 = 7.
    const top = topActors(graph, {}, 'betweenness', 3);
    expect(top.map((e) => [e.id, round(e.betweenness)])).toEqual([
      ['hub', 0.7],
      ['x', 0.7],
      ['w', 0],
    ]);
    expect(topActors(graph, {}, 'betweenness', 0)).toEqual([]);
  });
});

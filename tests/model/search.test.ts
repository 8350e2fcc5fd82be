import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { normalizeName, searchActors } from '../../src/model/search.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

const small: GraphDocument = {
  version: 1,
  title: 'small',
  sources: [],
  actors: [
    { id: 'a', label: 'Zeta Front', aliases: ['Front'] },
    { id: 'b', label: 'Frontier Guard', kind: 'militia' },
    { id: 'c', label: 'Popular Front', kind: 'party' },
    { id: 'd', label: 'Confrontation Bloc' },
    { id: 'e', label: 'Ősi Párt', aliases: ['Old Party'] },
    { id: 'front', label: 'Eastern Army' },
    { id: 'g', label: 'Alpha Front' },
  ],
  relations: [],
};
const smallGraph = loadGraph(small);

describe('searchActors', () => {
  it('finds Russia through the alias "the Kremlin"', () => {
    expect(searchActors(graph, 'kremlin')).toEqual([{ id: 'russia', label: 'Russia', matched: 'the Kremlin', kind: 'state' }]);
  });

  it('ranks exact, then prefix, then word-prefix, then substring, ties by label', () => {
    expect(searchActors(smallGraph, 'front').map((m) => [m.id, m.matched])).toEqual([
      ['front', 'Eastern Army'], // exact id, shown by its label; ties by label: Eastern < Zeta
      ['a', 'Front'], // exact alias
      ['b', 'Frontier Guard'], // prefix
      ['g', 'Alpha Front'], // word-prefix, ties by label: Alpha < Popular
      ['c', 'Popular Front'],
      ['d', 'Confrontation Bloc'], // substring
    ]);
  });

  it('keeps the best name of each actor, preferring the label on a tie', () => {
    expect(searchActors(smallGraph, 'zeta')).toEqual([{ id: 'a', label: 'Zeta Front', matched: 'Zeta Front' }]);
    // Zeta Front matches as a prefix through its alias, and ranks with Frontier Guard by label.
    expect(searchActors(smallGraph, 'fro', 2)).toEqual([
      { id: 'b', label: 'Frontier Guard', matched: 'Frontier Guard', kind: 'militia' },
      { id: 'a', label: 'Zeta Front', matched: 'Front' },
    ]);
  });

  it('ignores case, accents and curly apostrophes', () => {
    expect(searchActors(smallGraph, 'OSI PART')).toEqual([{ id: 'e', label: 'Ősi Párt', matched: 'Ősi Párt' }]);
    expect(searchActors(smallGraph, 'párt')).toEqual([{ id: 'e', label: 'Ősi Párt', matched: 'Ősi Párt' }]);
    expect(searchActors(graph, "people's")).toEqual([
      { id: 'china', label: 'China', matched: 'People’s Republic of China', kind: 'state' },
    ]);
    expect(normalizeName('  Ősi\u00a0 PÁRT ')).toBe('osi part');
  });

  it('ranks the seed graph for "taliban" and "us"', () => {
    expect(searchActors(graph, 'taliban').map((m) => [m.id, m.matched])).toEqual([['taliban', 'Taliban']]);
    expect(searchActors(graph, 'us').map((m) => [m.id, m.matched])).toEqual([
      ['united-states', 'US'], // exact alias
      ['russia', 'Russia'], // substrings: rUSsia, DamascUS, DUShanbe
      ['syrian-government', 'Damascus'],
      ['tajikistan', 'Dushanbe'],
    ]);
    expect(searchActors(graph, 'afghan').map((m) => [m.id, m.matched])).toEqual([
      ['afghan-government', 'Afghan government'],
      ['taliban', 'Afghan Taliban'],
    ]);
  });

  it('matches ids exactly only', () => {
    expect(searchActors(graph, 'drug-traffickers')).toEqual([
      { id: 'drug-traffickers', label: 'Opium traffickers', matched: 'Opium traffickers', kind: 'non-state group' },
    ]);
    expect(searchActors(graph, 'united-sta')).toEqual([]);
  });

  it('finds nothing for an empty query or a zero limit, and honours the limit', () => {
    expect(searchActors(graph, '')).toEqual([]);
    expect(searchActors(graph, '   ')).toEqual([]);
    expect(searchActors(graph, 'a', 0)).toEqual([]);
    expect(searchActors(graph, 'a')).toHaveLength(10);
    expect(searchActors(graph, 'a', 3)).toHaveLength(3);
  });
});

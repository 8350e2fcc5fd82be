import { describe, expect, it } from 'vitest';
import { filterGraph } from '../../src/model/filter.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph, toDocument } from '../../src/model/graph.ts';

const doc = (version: 1 | 1.1, relation: Record<string, unknown> = {}): GraphDocument => ({
  version,
  title: 'T',
  actors: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  relations: [{ id: 'r', source: 'a', target: 'b', type: 'cooperation', ...relation }],
});

describe('toDocument keeps the format version', () => {
  it('gives back the version the document had', () => {
    expect(toDocument(loadGraph(doc(1.1))).version).toBe(1.1);
    expect(toDocument(loadGraph(doc(1))).version).toBe(1);
  });

  it('says 1.1 for a copy whose relations use uncertain bounds or dated evidence, else 1', () => {
    const bounded = loadGraph(doc(1.1, { start: '2015-12', startBound: 'no-later-than' }));
    expect(toDocument(filterGraph(bounded, { types: ['cooperation'] })).version).toBe(1.1);
    const dated = loadGraph(doc(1.1, { evidence: [{ source: 's', date: '2015' }] }));
    expect(toDocument(filterGraph(dated, { types: ['cooperation'] })).version).toBe(1.1);
    expect(toDocument(filterGraph(loadGraph(doc(1.1)), { types: ['cooperation'] })).version).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { retainingChains } from './heap-retainers.ts';

/**
 * A heap of six nodes in V8's snapshot format: the root holds a Holder, which holds an
 * `<actor-graph>` strongly; it holds a WeakHolder too, whose `<actor-graph>` it holds only
 * weakly; and an `<actor-graph-explorer>`.
 */
function heap() {
  const types = ['synthetic', 'object', 'native', 'string'];
  const edgeTypes = ['element', 'property', 'weak', 'internal', 'hidden', 'context'];
  const strings = [
    '',
    'Holder',
    'kept',
    '<actor-graph style="height: 200px;">',
    'WeakHolder',
    'ref',
    '<actor-graph>',
    '<actor-graph-explorer>',
  ];
  // type, name, id, self_size, edge_count
  const nodes = [
    [0, 0, 1, 0, 3],
    [1, 1, 3, 16, 1],
    [2, 3, 5, 100, 0],
    [1, 4, 7, 16, 1],
    [2, 6, 9, 100, 0],
    [2, 7, 11, 100, 0],
  ];
  const F = 5;
  // type, name_or_index, to_node (an index into nodes, times the node's field count)
  const edges = [
    [0, 1, 1 * F],
    [0, 2, 3 * F],
    [0, 3, 5 * F],
    [1, 2, 2 * F],
    [2, 5, 4 * F],
  ];
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [types] as [string[]],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [edgeTypes] as [string[]],
      },
    },
    nodes: nodes.flat(),
    edges: edges.flat(),
    strings,
  };
}

describe('what holds a leaked element', () => {
  it('gives the chain of strong references from the roots to each element of the tag, and says where there is none', () => {
    expect(retainingChains(heap(), ['actor-graph'])).toEqual([
      ['synthetic  -[element 1]->', 'object Holder -[property kept]->', 'native <actor-graph style="height: 200px;">'],
      ['native <actor-graph>: no chain of strong references from the roots'],
    ]);
  });

  it('tells tags apart that begin alike, and finds nothing for a tag with no element alive', () => {
    expect(retainingChains(heap(), ['actor-graph-explorer'])).toEqual([['synthetic  -[element 3]->', 'native <actor-graph-explorer>']]);
    expect(retainingChains(heap(), ['actor-graph-table'])).toEqual([]);
  });
});

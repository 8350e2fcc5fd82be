/**
 * The graph's adjacency in flat typed arrays, built once per graph and cached, for searches
 * that walk many relations per query (paths) without copying or sorting the graph each time.
 */
import { byCodeUnits } from './compare.ts';
import type { ActorGraph } from './graph.ts';

// How a half-edge's relation meets its actor: undirected, or as a directed relation's source or target.
export const UNDIRECTED = 0;
export const OUT = 1;
export const IN = 2;

/**
 * The graph's adjacency in flat arrays. Actors and relations are numbered in id order and each
 * actor's half-edges sorted by (neighbour, relation), so walking them in array order visits
 * paths in the documented tie order without sorting anything per query.
 */
export interface Adjacency {
  ids: string[];
  index: Map<string, number>;
  relationIds: string[];
  /** Actor `i`'s half-edges are at positions `offsets[i]` to `offsets[i + 1] - 1`. */
  offsets: Int32Array;
  other: Int32Array;
  relation: Int32Array;
  way: Uint8Array;
}

/** `items` reordered by `key` (0 to `buckets - 1`), keeping their order within a key. */
function stableOrder(items: Int32Array, key: (item: number) => number, buckets: number): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (const item of items) starts[key(item) + 1]!++;
  for (let k = 0; k < buckets; k++) starts[k + 1]! += starts[k]!;
  const ordered = new Int32Array(items.length);
  for (const item of items) ordered[starts[key(item)]!++] = item;
  return ordered;
}

function buildAdjacency(graph: ActorGraph): Adjacency {
  const ids = graph.nodes().sort(byCodeUnits);
  const index = new Map(ids.map((id, i) => [id, i]));
  const relationIds = graph.edges().sort(byCodeUnits);
  const rank = new Map(relationIds.map((id, r) => [id, r]));
  // Half-edge 2r is relation r seen from its source, 2r + 1 from its target.
  const ends = new Int32Array(2 * relationIds.length);
  const undirected = new Uint8Array(relationIds.length);
  let loops = 0;
  graph.forEachEdge((id, _relation, source, target, _sa, _ta, isUndirected) => {
    const r = rank.get(id)!;
    ends[2 * r] = index.get(source)!;
    ends[2 * r + 1] = index.get(target)!;
    undirected[r] = isUndirected ? 1 : 0;
    if (source === target) loops++;
  });
  // A self-loop can never be a step of a simple path, so it gets no half-edges.
  const halves = new Int32Array(ends.length - 2 * loops);
  let at = 0;
  for (let h = 0; h < ends.length; h++) if (ends[h] !== ends[h ^ 1]) halves[at++] = h;
  const owner = (h: number) => ends[h]!;
  const far = (h: number) => ends[h ^ 1]!;
  // Relations come in id order; two stable passes leave them sorted by (owner, neighbour, relation).
  const sorted = stableOrder(stableOrder(halves, far, ids.length), owner, ids.length);
  const adj: Adjacency = {
    ids,
    index,
    relationIds,
    offsets: new Int32Array(ids.length + 1),
    other: new Int32Array(sorted.length),
    relation: new Int32Array(sorted.length),
    way: new Uint8Array(sorted.length),
  };
  sorted.forEach((h, at) => {
    adj.offsets[owner(h) + 1]!++;
    adj.other[at] = far(h);
    adj.relation[at] = h >> 1;
    adj.way[at] = undirected[h >> 1] === 1 ? UNDIRECTED : h & 1 ? IN : OUT;
  });
  for (let i = 0; i < ids.length; i++) adj.offsets[i + 1]! += adj.offsets[i]!;
  return adj;
}

const adjacencies = new WeakMap<ActorGraph, Adjacency>();
const watched = new WeakSet<ActorGraph>();

/**
 * The graph's adjacency, built once and reused until actors or relations are added or dropped.
 * Relation attributes are not cached: they are read at query time, so edits to them count.
 */
export function adjacency(graph: ActorGraph): Adjacency {
  let adj = adjacencies.get(graph);
  if (adj) return adj;
  if (!watched.has(graph)) {
    watched.add(graph);
    const forget = () => adjacencies.delete(graph);
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const) {
      graph.on(event, forget);
    }
  }
  adj = buildAdjacency(graph);
  adjacencies.set(graph, adj);
  return adj;
}

/**
 * Small planar graphs for the drawing measures: a graph that can be drawn without a crossing
 * should be drawn (nearly) so. Each generator returns a valid graph document; the same call
 * always gives the same document.
 *
 * - grid: rows × columns, each actor joined to its right and lower neighbour.
 * - wheel: a hub joined to every actor of a rim cycle (`actors` counts the hub).
 * - binary tree: actor i's parent is ⌊(i − 1) / 2⌋.
 * - ladder: two rails of `rungs` actors, each rail a path, each rung joining the pair facing it.
 * - random planar: seeded points, joined greedily by the shortest segments that cross none
 *   already drawn (a greedy triangulation, planar because the drawing of it that the
 *   construction makes has no crossing), then thinned to a number of relations, keeping a
 *   spanning tree so that it stays connected (a subgraph of a planar graph is planar).
 */
import type { Actor, GraphDocument, Relation, RelationType } from '../src/model/format.ts';
import { seededRandom } from './generate.ts';

const TYPES: RelationType[] = ['cooperation', 'cooperation', 'hostility', 'contested'];

/** A document of `n` actors (ids a0…) and the given pairs, types in a fixed rotation. */
function documentOf(title: string, n: number, pairs: [number, number][], label = (i: number) => `Actor ${i}`): GraphDocument {
  const actors: Actor[] = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: label(i), kind: 'organization' }));
  const relations: Relation[] = pairs.map(([s, t], k) => ({
    id: `r${k}`,
    source: `a${s}`,
    target: `a${t}`,
    type: TYPES[k % TYPES.length]!,
    evidence: [{ source: 'generated', quote: 'generated planar graph' }],
  }));
  return { version: 1, title, sources: [{ id: 'generated', title: 'Planar benchmark generator' }], actors, relations };
}

export function gridGraph(rows: number, columns: number): GraphDocument {
  const at = (r: number, c: number) => r * columns + c;
  const pairs: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns) pairs.push([at(r, c), at(r, c + 1)]);
      if (r + 1 < rows) pairs.push([at(r, c), at(r + 1, c)]);
    }
  }
  return documentOf(`Grid ${rows} × ${columns}`, rows * columns, pairs, (i) => `R${Math.floor(i / columns) + 1} C${(i % columns) + 1}`);
}

/** A wheel of `actors` actors: a0 is the hub, a1…a(actors − 1) the rim. */
export function wheelGraph(actors: number): GraphDocument {
  const rim = actors - 1;
  const pairs: [number, number][] = [];
  for (let i = 1; i <= rim; i++) pairs.push([0, i], [i, (i % rim) + 1]);
  return documentOf(`Wheel of ${actors}`, actors, pairs, (i) => (i === 0 ? 'Hub' : `Rim ${i}`));
}

export function binaryTree(actors: number): GraphDocument {
  const pairs: [number, number][] = [];
  for (let i = 1; i < actors; i++) pairs.push([Math.floor((i - 1) / 2), i]);
  return documentOf(`Binary tree of ${actors}`, actors, pairs, (i) => `Node ${i}`);
}

/** Rails a0…a(rungs − 1) and a(rungs)…a(2 rungs − 1). */
export function ladderGraph(rungs: number): GraphDocument {
  const pairs: [number, number][] = [];
  for (let i = 0; i < rungs; i++) {
    pairs.push([i, rungs + i]);
    if (i + 1 < rungs) pairs.push([i, i + 1], [rungs + i, rungs + i + 1]);
  }
  return documentOf(`Ladder 2 × ${rungs}`, 2 * rungs, pairs, (i) => `${i < rungs ? 'Left' : 'Right'} ${(i % rungs) + 1}`);
}

type P = [number, number];

/** Sign of the turn a → b → c, exact on integers. */
const orient = (a: P, b: P, c: P): number => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

const onSegment = (a: P, b: P, p: P): boolean =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/**
 * Whether segments ab and cd meet anywhere other than at an endpoint they share (touching,
 * overlapping and passing through an endpoint of the other all count): exact on integers.
 */
export function segmentsConflict(a: P, b: P, c: P, d: P): boolean {
  const same = (p: P, q: P) => p[0] === q[0] && p[1] === q[1];
  const ends: [P, P, P][] = [];
  if (same(a, c)) ends.push([a, b, d]);
  if (same(a, d)) ends.push([a, b, c]);
  if (same(b, c)) ends.push([b, a, d]);
  if (same(b, d)) ends.push([b, a, c]);
  if (ends.length > 1) return true; // the same segment
  if (ends.length === 1) {
    // One common endpoint s: they overlap only if the other ends lie on one ray from s.
    const [s, q, r] = ends[0]!;
    return orient(s, q, r) === 0 && (q[0] - s[0]) * (r[0] - s[0]) + (q[1] - s[1]) * (r[1] - s[1]) > 0;
  }
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

export interface PlanarConstruction {
  doc: GraphDocument;
  /** Integer points of the construction, by actor index: a drawing of the graph without crossings. */
  points: P[];
  pairs: [number, number][];
}

/**
 * A random planar graph of `actors` actors and `relations` relations (at most what the greedy
 * triangulation has), from `seed`. Points are distinct integers in a 1000 × 1000 square.
 */
export function randomPlanar(actors: number, relations: number, seed: number): PlanarConstruction {
  const random = seededRandom(seed);
  const points: P[] = [];
  const taken = new Set<string>();
  while (points.length < actors) {
    const p: P = [Math.floor(random() * 1000), Math.floor(random() * 1000)];
    if (taken.has(p.join())) continue;
    taken.add(p.join());
    points.push(p);
  }
  // Every pair, shortest first (ties by index): added when it conflicts with none drawn.
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < actors; i++) {
    for (let j = i + 1; j < actors; j++)
      candidates.push([(points[i]![0] - points[j]![0]) ** 2 + (points[i]![1] - points[j]![1]) ** 2, i, j]);
  }
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const drawn: [number, number][] = [];
  for (const [, i, j] of candidates) {
    const clear = drawn.every(([u, v]) => !segmentsConflict(points[i]!, points[j]!, points[u]!, points[v]!));
    // Segments through a third point are conflicts too: no point may lie on a relation it does not end.
    const throughPoint = points.some(
      (p, k) => k !== i && k !== j && orient(points[i]!, points[j]!, p) === 0 && onSegment(points[i]!, points[j]!, p),
    );
    if (clear && !throughPoint) drawn.push([i, j]);
  }
  // Thinning: a spanning tree first (union–find over the triangulation, shortest first), then
  // the other relations in a seeded random order until there are enough.
  const parent = Array.from({ length: actors }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const tree: [number, number][] = [];
  const rest: [number, number][] = [];
  for (const pair of drawn) {
    const [a, b] = [root(pair[0]), root(pair[1])];
    if (a !== b) {
      parent[a] = b;
      tree.push(pair);
    } else rest.push(pair);
  }
  for (let k = rest.length - 1; k > 0; k--) {
    const m = Math.floor(random() * (k + 1));
    [rest[k], rest[m]] = [rest[m]!, rest[k]!];
  }
  const pairs = [...tree, ...rest.slice(0, Math.max(0, relations - tree.length))];
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { doc: documentOf(`Random planar graph of ${actors} (seed ${seed})`, actors, pairs), points, pairs };
}

/** The planar graphs the drawing measures use, by key. */
export function planarGraphs(): { key: string; label: string; doc: GraphDocument }[] {
  return [
    { key: 'grid-5x5', label: 'planar: grid 5 × 5', doc: gridGraph(5, 5) },
    { key: 'wheel-12', label: 'planar: wheel of 12', doc: wheelGraph(12) },
    { key: 'tree-30', label: 'planar: binary tree of 30', doc: binaryTree(30) },
    { key: 'ladder-2x10', label: 'planar: ladder 2 × 10', doc: ladderGraph(10) },
    { key: 'planar-30', label: 'planar: random, 30 actors', doc: randomPlanar(30, 45, 7).doc },
  ];
}

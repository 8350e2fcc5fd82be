/**
 * Structural balance: the one signed tie each pair of actors has under a filter, and the triads they close.
 */
import { byCodeUnits } from './compare.ts';
import { firstDay } from './dates.ts';
import { relationPasses, type RelationFilter } from './filter.ts';
import type { Relation } from './format.ts';
import type { ActorGraph } from './graph.ts';

/** What balance, camps and centrality are asked under: the same filter the screen obeys. */
export type AnalysisOptions = RelationFilter;

/** +1 for cooperation, -1 for hostility. */
export type Sign = 1 | -1;

/** The signed tie between two distinct actors, `a < b`, and the relation it comes from. */
export interface SignedTie {
  a: string;
  b: string;
  sign: Sign;
  relation: string;
}

/** Three actors all tied to each other, and whether their signs balance. */
export interface Triad {
  /** The three actor ids, sorted. */
  actors: [string, string, string];
  /** The ties' relation ids, in pair order: actors 0–1, 0–2, 1–2. */
  relations: [string, string, string];
  /** How many of the three ties are hostile (0–3). */
  hostilities: number;
  /** True with 0 or 2 hostilities: the product of the signs is positive. */
  balanced: boolean;
}

/** Every triad under a filter, and how many balance. */
export interface BalanceReport {
  triads: Triad[];
  balanced: number;
  unbalanced: number;
  /** Balanced triads over all triads; absent when there are none, since 0/0 says nothing. */
  ratio?: number;
}

/** A missing or unreadable start is open-ended, so it sorts before every dated start. */
function startDay(relation: Relation): number {
  if (relation.start === undefined) return -Infinity;
  return firstDay(relation.start) ?? -Infinity;
}

/** The latest-starting relation of a pair so far, with its edge id. */
interface Latest {
  day: number;
  relation: Relation;
  id: string;
}

/**
 * The one signed tie of each pair of distinct actors under the filter, sorted by `a` then `b`.
 *
 * Of a pair's relations that pass the filter, direction ignored, the latest-starting one counts
 * (a missing start is earliest); on equal starts the one later in graph order (document order
 * for a loaded graph) wins, since a later entry reads as the newer word. When that relation is
 * `contested` the pair has no tie: balance only speaks of clear cooperation or hostility.
 * Self-loops are ignored.
 */
export function signedTies(graph: ActorGraph, options: AnalysisOptions = {}): SignedTie[] {
  // Keyed by the smaller id, then the larger: ids may hold any character, so no joined key is safe.
  const latest = new Map<string, Map<string, Latest>>();
  graph.forEachEdge((id, relation, source, target) => {
    if (source === target || !relationPasses(relation, options)) return;
    const [a, b] = byCodeUnits(source, target) < 0 ? [source, target] : [target, source];
    let row = latest.get(a);
    if (!row) latest.set(a, (row = new Map<string, Latest>()));
    const day = startDay(relation);
    const held = row.get(b);
    if (!held || day >= held.day) row.set(b, { day, relation, id });
  });
  const ties: SignedTie[] = [];
  for (const a of [...latest.keys()].sort(byCodeUnits)) {
    const row = latest.get(a)!;
    for (const b of [...row.keys()].sort(byCodeUnits)) {
      const { relation, id } = row.get(b)!;
      if (relation.type === 'contested') continue;
      ties.push({ a, b, sign: relation.type === 'hostility' ? -1 : 1, relation: id });
    }
  }
  return ties;
}

/** Signed ties over dense indices: the actors sorted, and each actor's ties to the others. */
export interface TieIndex {
  /** Actor ids with at least one tie, sorted. */
  ids: string[];
  /** For each index, its ties as `[other index, sign, position in ties]`. */
  adjacency: [number, Sign, number][][];
  ties: SignedTie[];
}

/** Indexes signed ties so camps and triads can work on numbers rather than strings. */
export function indexTies(ties: SignedTie[]): TieIndex {
  const names = new Set<string>();
  for (const tie of ties) names.add(tie.a).add(tie.b);
  const ids = [...names].sort(byCodeUnits);
  const position = new Map(ids.map((id, i) => [id, i]));
  const adjacency: [number, Sign, number][][] = ids.map(() => []);
  ties.forEach((tie, k) => {
    const i = position.get(tie.a)!;
    const j = position.get(tie.b)!;
    adjacency[i]!.push([j, tie.sign, k]);
    adjacency[j]!.push([i, tie.sign, k]);
  });
  return { ids, adjacency, ties };
}

/**
 * Every triad of actors whose three pairs all have a signed tie (see `signedTies`), sorted by
 * actor ids. Triangles are found by the forward algorithm (each tie oriented from the lower- to
 * the higher-degree end), so thousands of actors cost about ties^1.5, not actors^3.
 */
export function triads(graph: ActorGraph, options: AnalysisOptions = {}): Triad[] {
  const { ids, adjacency, ties } = indexTies(signedTies(graph, options));
  const n = ids.length;
  // Rank by degree so no actor has many forward neighbours; equal degrees go by id.
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => adjacency[i]!.length - adjacency[j]!.length || i - j,
  );
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  const forward: [number, number][][] = adjacency.map((list, i) =>
    list.filter(([j]) => rank[j]! > rank[i]!).map(([j, , k]) => [j, k]),
  );

  // Each triangle as sorted nodes x < y < z and the ties x–y, x–z, y–z.
  const found: [number, number, number, number, number, number][] = [];
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (const [v, k] of forward[u]!) mark[v] = k;
    for (const [v, kuv] of forward[u]!) {
      for (const [w, kvw] of forward[v]!) {
        const kuw = mark[w]!;
        if (kuw < 0) continue;
        const [x, y, z] = [u, v, w].sort((p, q) => p - q) as [number, number, number];
        // The tie between two of the nodes is the one that does not touch the third.
        const opposite = (third: number) => (third === w ? kuv : third === v ? kuw : kvw);
        found.push([x, y, z, opposite(z), opposite(y), opposite(x)]);
      }
    }
    for (const [v] of forward[u]!) mark[v] = -1;
  }
  // Indices follow sorted ids, so sorting by index gives the order of the actor ids.
  found.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);

  return found.map(([x, y, z, kxy, kxz, kyz]) => {
    const three = [ties[kxy]!, ties[kxz]!, ties[kyz]!] as const;
    const hostilities = three.filter((t) => t.sign < 0).length;
    return {
      actors: [ids[x]!, ids[y]!, ids[z]!],
      relations: [three[0].relation, three[1].relation, three[2].relation],
      hostilities,
      balanced: hostilities % 2 === 0,
    };
  });
}

/** The triads under a filter with counts of balanced and unbalanced ones. */
export function balanceReport(graph: ActorGraph, options: AnalysisOptions = {}): BalanceReport {
  const all = triads(graph, options);
  const balanced = all.filter((t) => t.balanced).length;
  const report: BalanceReport = { triads: all, balanced, unbalanced: all.length - balanced };
  if (all.length > 0) report.ratio = balanced / all.length;
  return report;
}

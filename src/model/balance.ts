/**
 * Structural balance: the one signed tie each pair of actors has under a filter, the pairs torn
 * between cooperation and hostility, and the triads the ties close.
 */
import { byCodeUnits } from './compare.ts';
import { firstDay } from './dates.ts';
import { filterFor, relationPasses, type RelationFilter } from './filter.ts';
import type { Relation } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { meet, spanOf, startSpan, together, type Span, type UndatedRule } from './held-together.ts';

/**
 * What balance, camps and centrality are asked under: the same filter the screen obeys, and
 * how this view settles time and ambivalent pairs.
 */
export interface AnalysisOptions extends RelationFilter {
  /**
   * Whether relations that give no date join time-bound ones in a triad: `join` (the default)
   * or `apart` (see `UndatedRule`). A triad counts only if some day leaves its three relations
   * holding, as a path does (see `PathOptions.undated`).
   */
  undated?: UndatedRule;
  /**
   * For an ambivalent pair (see `AmbivalentPair`), keyed by `pairKey(a, b)`: the id of the one of
   * its relations that counts for it in this view. Other entries are ignored.
   */
  choose?: Readonly<Record<string, string>>;
}

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

/**
 * A pair whose cooperation and hostility start together and hold together, so that neither
 * supersedes the other: Russia and the Afghan government, strained and working together against
 * terrorism, both undated. Left out of triads and camps unless `choose` names which relation counts.
 */
export interface AmbivalentPair {
  /** The two actor ids, `a < b`. */
  a: string;
  b: string;
  /** `pairKey(a, b)`: the key of this pair in `AnalysisOptions.choose`. */
  key: string;
  /** Its cooperation and hostility relations that start on that same latest date, in graph order. */
  relations: string[];
  /** The relation chosen to count for the pair, when `choose` names one of `relations`. */
  chosen?: string;
}

/** The key of a pair of actors in `AnalysisOptions.choose`, the same whichever comes first. */
export function pairKey(a: string, b: string): string {
  return JSON.stringify(byCodeUnits(a, b) <= 0 ? [a, b] : [b, a]);
}

/** Every triad under a filter, how many balance, and the pairs left out as ambivalent. */
export interface BalanceReport {
  triads: Triad[];
  /** Sorted by `a` then `b`; a chosen pair is listed too, with its choice. */
  ambivalent: AmbivalentPair[];
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

/**
 * The one signed tie of each pair of distinct actors under the filter, sorted by `a` then `b`
 * (see `pairTies`).
 */
export function signedTies(graph: ActorGraph, options: AnalysisOptions = {}): SignedTie[] {
  return pairTies(graph, options).ties;
}

/** The signed ties of the pairs and the pairs left without one as ambivalent. */
export interface PairTies {
  ties: SignedTie[];
  /** The days each tie counts over, as `spanOf` gives them, in the order of `ties`. */
  spans: Span[];
  ambivalent: AmbivalentPair[];
}

/** A relation of a pair that passes the filter: its start day and the days it counts over. */
interface Candidate {
  id: string;
  relation: Relation;
  day: number;
  span: Span;
}

/**
 * The signed tie of each pair of distinct actors under the filter, and the ambivalent pairs.
 *
 * Of a pair's relations that pass the filter and count at some time asked about (see `spanOf`:
 * with no date set, a relation that never held for certain does not count unless `possible`),
 * direction ignored, the latest-starting one counts (a missing start is earliest): a later start
 * supersedes. When cooperation and hostility share that latest start and hold on one same day,
 * the pair is ambivalent: it has no tie unless `choose` names one of them. Otherwise, on equal
 * starts the one later in graph order (document order for a loaded graph) wins, since a later
 * entry reads as the newer word. When the relation that counts is `contested` the pair has no
 * tie: balance only speaks of clear cooperation or hostility. Self-loops are ignored.
 */
export function pairTies(graph: ActorGraph, options: AnalysisOptions = {}): PairTies {
  const filter = filterFor(graph, options);
  const origin = startSpan(options);
  // Keyed by the smaller id, then the larger: ids may hold any character, so no joined key is safe.
  const pairs = new Map<string, Map<string, Candidate[]>>();
  graph.forEachEdge((id, relation, source, target) => {
    if (source === target || !relationPasses(relation, filter)) return;
    const span = meet(spanOf(relation, options), origin);
    if (span.from > span.to) return;
    const [a, b] = byCodeUnits(source, target) < 0 ? [source, target] : [target, source];
    let row = pairs.get(a);
    if (!row) pairs.set(a, (row = new Map<string, Candidate[]>()));
    let list = row.get(b);
    if (!list) row.set(b, (list = []));
    list.push({ id, relation, day: startDay(relation), span });
  });
  const result: PairTies = { ties: [], spans: [], ambivalent: [] };
  for (const a of [...pairs.keys()].sort(byCodeUnits)) {
    const row = pairs.get(a)!;
    for (const b of [...row.keys()].sort(byCodeUnits)) {
      const tie = counting(a, b, row.get(b)!, options, result.ambivalent);
      if (!tie || tie.relation.type === 'contested') continue;
      result.ties.push({ a, b, sign: tie.relation.type === 'hostility' ? -1 : 1, relation: tie.id });
      result.spans.push(tie.span);
    }
  }
  return result;
}

/** The relation that counts for a pair, or none when it is ambivalent and unchosen (then listed in `ambivalent`). */
function counting(a: string, b: string, candidates: Candidate[], options: AnalysisOptions, ambivalent: AmbivalentPair[]): Candidate | null {
  const latest = Math.max(...candidates.map((c) => c.day));
  const top = candidates.filter((c) => c.day === latest);
  const of = (type: Relation['type']) => top.filter((c) => c.relation.type === type);
  const torn = of('cooperation').some((f) => of('hostility').some((h) => together([f.span, h.span], options)));
  if (!torn) return top[top.length - 1]!;
  const signed = top.filter((c) => c.relation.type !== 'contested');
  const key = pairKey(a, b);
  const chosen = signed.find((c) => c.id === options.choose?.[key]);
  ambivalent.push({ a, b, key, relations: signed.map((c) => c.id), ...(chosen ? { chosen: chosen.id } : {}) });
  return chosen ?? null;
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
 * Every triad of actors whose three pairs all have a signed tie (see `pairTies`) and whose three
 * relations held on one same day (with no date set, the Taliban's 1990s sponsorship of Chechen
 * rebels and Russia's counterterrorism with the Taliban from December 2015 never did), sorted by
 * actor ids. Triangles are found by the forward algorithm (each tie oriented from the lower- to
 * the higher-degree end), so thousands of actors cost about ties^1.5, not actors^3.
 */
export function triads(graph: ActorGraph, options: AnalysisOptions = {}): Triad[] {
  return triadsOf(pairTies(graph, options), options);
}

/** The triads the ties close whose three relations held on one same day. */
function triadsOf({ ties: allTies, spans }: PairTies, options: AnalysisOptions): Triad[] {
  const { ids, adjacency, ties } = indexTies(allTies);
  const n = ids.length;
  // Rank by degree so no actor has many forward neighbours; equal degrees go by id.
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => adjacency[i]!.length - adjacency[j]!.length || i - j);
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  const forward: [number, number][][] = adjacency.map((list, i) => list.filter(([j]) => rank[j]! > rank[i]!).map(([j, , k]) => [j, k]));

  // Each triangle as sorted nodes x < y < z and the ties x–y, x–z, y–z.
  const found: [number, number, number, number, number, number][] = [];
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (const [v, k] of forward[u]!) mark[v] = k;
    for (const [v, kuv] of forward[u]!) {
      for (const [w, kvw] of forward[v]!) {
        const kuw = mark[w]!;
        if (kuw < 0) continue;
        if (!together([spans[kuv]!, spans[kuw]!, spans[kvw]!], options)) continue;
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

/** The triads under a filter with counts of balanced and unbalanced ones, and the ambivalent pairs. */
export function balanceReport(graph: ActorGraph, options: AnalysisOptions = {}): BalanceReport {
  const ties = pairTies(graph, options);
  const all = triadsOf(ties, options);
  const balanced = all.filter((t) => t.balanced).length;
  const report: BalanceReport = { triads: all, ambivalent: ties.ambivalent, balanced, unbalanced: all.length - balanced };
  if (all.length > 0) report.ratio = balanced / all.length;
  return report;
}

/**
 * The searches behind `findPaths`, over the graph's flat adjacency: the first shortest path in
 * tie order, and every simple path up to a number of hops. When time matters (see
 * `nothingToCheck`), a step is taken only while some day is left on which every relation of the
 * path so far holds, so a partial path that never held together is dropped at once.
 */
import { type Adjacency, IN, OUT } from './adjacency.ts';
import { relationPasses, type RelationFilter } from './filter.ts';
import type { ActorGraph } from './graph.ts';
import { spanOf, type Span, type TogetherOptions } from './held-together.ts';

/** One query's view of the graph. */
export interface Walk {
  graph: ActorGraph;
  adj: Adjacency;
  filter: RelationFilter;
  directed: boolean;
  /** When relations must hold together; null when nothing is left to check. */
  time: { options: TogetherOptions; origin: Span } | null;
  /** Per relation: 0 not yet asked, 1 passes the filter, 2 does not, 3 passes and its days are read. */
  verdicts: Uint8Array;
  /** Per relation that passes, with `time`: the days it counts over (see `spanOf`). */
  from: Int32Array;
  to: Int32Array;
}

/** A new walk; `time` as `Walk.time` says. */
export function newWalk(graph: ActorGraph, adj: Adjacency, filter: RelationFilter, directed: boolean, time: Walk['time']): Walk {
  const n = adj.relationIds.length;
  const days = time ? n : 0;
  return { graph, adj, filter, directed, time, verdicts: new Uint8Array(n), from: new Int32Array(days), to: new Int32Array(days) };
}

/** A path as actor and relation numbers. */
export type Steps = { nodes: number[]; relations: number[] };

/** Relations are filtered lazily because a search usually touches a small part of the graph. */
function passes(walk: Walk, r: number): boolean {
  let verdict = walk.verdicts[r]!;
  if (verdict === 0) {
    verdict = relationPasses(walk.graph.getEdgeAttributes(walk.adj.relationIds[r]!), walk.filter) ? 1 : 2;
    walk.verdicts[r] = verdict;
  }
  return verdict !== 2;
}

/**
 * Narrows `days` (first and last day) to those on which relation r, which passes, counts in
 * time (see `spanOf`); it is left empty when there are none. Read lazily, as relations are.
 */
function within(walk: Walk, r: number, from: number, to: number): [number, number] {
  if (walk.verdicts[r] === 1) {
    const span = spanOf(walk.graph.getEdgeAttributes(walk.adj.relationIds[r]!), walk.time!.options);
    walk.from[r] = span.from;
    walk.to[r] = span.to;
    walk.verdicts[r] = 3;
  }
  return [Math.max(from, walk.from[r]!), Math.min(to, walk.to[r]!)];
}

/**
 * Labels the new neighbours of one non-empty breadth-first level and gives the next level, or
 * null once a neighbour carries a label in `meet`: the searches have met. Searching back from t
 * walks relations in reverse, so `backward` flips which end is blocked.
 */
function grow(walk: Walk, front: number[], dist: Int32Array, backward: boolean, meet?: Int32Array): number[] | null {
  const { offsets, other, relation, way } = walk.adj;
  const level = dist[front[0]!]!;
  const blocked = walk.directed ? (backward ? OUT : IN) : -1;
  const next: number[] = [];
  for (const u of front) {
    for (let h = offsets[u]!; h < offsets[u + 1]!; h++) {
      const v = other[h]!;
      if (way[h] === blocked || dist[v]! >= 0 || !passes(walk, relation[h]!)) continue;
      if (meet && meet[v]! >= 0) return null;
      dist[v] = level + 1;
      next.push(v);
    }
  }
  return next;
}

/**
 * The first shortest path in tie order, or null. In time, the paths of the fewest hops are tried
 * first, as most often one of them held together; only when none did, or trying them grows
 * costly, does the slower search in time (`shortestInTime`) run.
 */
export function shortestPath(walk: Walk, s: number, t: number, maxHops: number): Steps | null {
  const fewest = fewestHops(walk, s, t, maxHops);
  if (!fewest) return null;
  const found: Steps[] = [];
  const n = walk.adj.ids.length;
  if (!walk.time) {
    walkLength(walk, s, fewest.length, { fits: fewest.fits, want: 1, found, marks: new Uint8Array(n), keepDead: true });
    return found[0] ?? null;
  }
  // Dead ends depend on the days left, so none is remembered; a budget stops a long search.
  const budget = 2 * walk.adj.other.length + 1000;
  const search: Search = { fits: fewest.fits, want: 1, found, marks: new Uint8Array(n), keepDead: false, budget };
  walkLength(walk, s, fewest.length, search);
  if (found[0]) return found[0];
  if (search.budget! > 0 && fewest.length === maxHops) return null;
  return shortestInTime(walk, s, t, maxHops);
}

/**
 * The length of the paths of the fewest hops, whatever their days, and which actor may stand at
 * each position of one: a breadth-first search grows from both ends, always the smaller
 * frontier by one whole level, so it meets near the middle having seen far fewer actors than a
 * one-sided search.
 */
function fewestHops(walk: Walk, s: number, t: number, maxHops: number): { length: number; fits: Search['fits'] } | null {
  const n = walk.adj.ids.length;
  const fromS = new Int32Array(n).fill(-1);
  const toT = new Int32Array(n).fill(-1);
  fromS[s] = 0;
  toT[t] = 0;
  let frontS = [s];
  let frontT = [t];
  let a = 0; // levels of fromS complete
  let b = 0; // levels of toT complete
  for (;;) {
    if (frontS.length === 0 || frontT.length === 0 || a + b >= maxHops) return null;
    const forward = frontS.length <= frontT.length;
    const next = forward ? grow(walk, frontS, fromS, false, toT) : grow(walk, frontT, toT, true, fromS);
    if (!next) break;
    if (forward) {
      frontS = next;
      a++;
    } else {
      frontT = next;
      b++;
    }
  }
  // Every level before the meeting was complete, so a shortest path joins level a of fromS to
  // level b of toT: its length is a + b + 1, and at each position one of the two labels is
  // exact. Dead ends near s are remembered so no branch is tried twice.
  const length = a + b + 1;
  return { length, fits: (w: number, q: number) => (q > a ? toT[w] === length - q : fromS[w] === q) };
}

/**
 * Ways on from one actor, flat: for each, its hops, then the first and last day the relations
 * on it share.
 */
type Labels = number[];

/** True when a way no longer, with at least the days `from`–`to`, is already kept. */
function beaten(kept: Labels | undefined, from: number, to: number): boolean {
  if (kept === undefined) return false;
  for (let k = 0; k < kept.length; k += 3) if (kept[k + 1]! <= from && kept[k + 2]! >= to) return true;
  return false;
}

/** True when some kept way of at most `hops` hops shares a day with `from`–`to`. */
function meets(kept: Labels | undefined, hops: number, from: number, to: number): boolean {
  if (kept === undefined) return false;
  for (let k = 0; k < kept.length; k += 3) {
    if (kept[k]! <= hops && Math.max(kept[k + 1]!, from) <= Math.min(kept[k + 2]!, to)) return true;
  }
  return false;
}

/**
 * In time, a path may have to be longer than the fewest hops, and whether an actor leads on
 * depends on the days left. Searches from both ends keep, at each actor, every way there that no
 * other way beats by being as short with at least the same days (see `timedLength`), which gives
 * the length L of the shortest path. The search back from t then goes on to L - 1 hops, among
 * actors that a way from s reaches in time with the hops left; and the path is built from s one
 * step at a time, always the first step in tie order after which some way kept back from t
 * finishes the path in time. A walk of L steps that held together repeats no actor, since
 * cutting out the repeat would leave a shorter one.
 */
function shortestInTime(walk: Walk, s: number, t: number, maxHops: number): Steps | null {
  const found = timedLength(walk, s, t, maxHops);
  if (!found) return null;
  const { length, fromS, toT } = found;
  const { offsets, other, relation, way } = walk.adj;
  for (let hops = toT.level + 1; hops < length; hops++) {
    growSide(
      walk,
      toT,
      (u, lo, hi) => meets(fromS.labels.get(u), length - hops, lo, hi),
      (u) => fromS.labels.has(u),
    );
  }

  const origin = walk.time!.origin;
  const forward = walk.directed ? IN : -1;
  const nodes = [s];
  const steps: number[] = [];
  let [from, to] = [origin.from, origin.to];
  for (let q = 0, u = s; q < length; q++) {
    const left = length - q - 1;
    let moved = false;
    for (let h = offsets[u]!; h < offsets[u + 1]! && !moved; h++) {
      const w = other[h]!;
      const r = relation[h]!;
      if (way[h] === forward || (w === t) !== (left === 0) || !passes(walk, r)) continue;
      const [lo, hi] = within(walk, r, from, to);
      if (lo > hi || (left > 0 && !meets(toT.labels.get(w), left, lo, hi))) continue;
      nodes.push(w);
      steps.push(r);
      [from, to, u, moved] = [lo, hi, w, true];
    }
    // Cannot happen: a path of `length` steps exists, so some kept way goes on at every step.
    if (!moved) return null;
  }
  return { nodes, relations: steps };
}

/** One end of a search in time: the ways kept at each actor, and the last level's. */
interface Side {
  start: number;
  labels: Map<number, Labels>;
  /** The last level's ways, flat: actor, first day, last day. */
  front: number[];
  /** Levels complete. */
  level: number;
  /** The way a half-edge may not be walked from this side, or -1. */
  blocked: number;
}

function newSide(walk: Walk, start: number, backward: boolean): Side {
  const { from, to } = walk.time!.origin;
  const blocked = walk.directed ? (backward ? OUT : IN) : -1;
  return { start, labels: new Map([[start, [0, from, to]]]), front: [start, from, to], level: 0, blocked };
}

/**
 * Adds one whole level to a side: every way one step longer, to an actor `near` allows, that
 * `admit` lets in and no kept way beats. Returns true when `stop` says so of some way, for a
 * caller that looks for one. `near` is asked first, before a relation's dates are read.
 */
function growSide(
  walk: Walk,
  side: Side,
  admit: (u: number, from: number, to: number) => boolean,
  near: (u: number) => boolean,
  stop?: (u: number, from: number, to: number) => boolean,
): boolean {
  const { offsets, other, relation, way } = walk.adj;
  const hops = side.level + 1;
  const next: number[] = [];
  let stopped = false;
  const front = side.front;
  for (let f = 0; f < front.length; f += 3) {
    const [v, from, to] = [front[f]!, front[f + 1]!, front[f + 2]!];
    for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
      const u = other[h]!;
      const r = relation[h]!;
      if (way[h] === side.blocked || u === side.start || !near(u) || !passes(walk, r)) continue;
      const [lo, hi] = within(walk, r, from, to);
      if (lo > hi || !admit(u, lo, hi)) continue;
      if (stop?.(u, lo, hi)) stopped = true;
      let kept = side.labels.get(u);
      if (beaten(kept, lo, hi)) continue;
      if (!kept) side.labels.set(u, (kept = []));
      kept.push(hops, lo, hi);
      next.push(u, lo, hi);
    }
  }
  side.front = next;
  side.level = hops;
  return stopped;
}

/**
 * The fewest steps L of a path from s to t whose relations share a day, at most `maxHops`, with
 * the two sides searched; or null. The smaller frontier grows by one whole level at a time.
 * Before a level is added no walk of a + b steps or fewer held together (a and b the levels of
 * the sides), so the first level that meets the other side's ways in time gives L = a + b + 1.
 */
function timedLength(walk: Walk, s: number, t: number, maxHops: number): { length: number; fromS: Side; toT: Side } | null {
  const fromS = newSide(walk, s, false);
  const toT = newSide(walk, t, true);
  while (fromS.level + toT.level < maxHops && fromS.front.length > 0 && toT.front.length > 0) {
    const [grown, other] = fromS.front.length <= toT.front.length ? [fromS, toT] : [toT, fromS];
    const met = growSide(
      walk,
      grown,
      () => true,
      () => true,
      (u, lo, hi) => meets(other.labels.get(u), other.level, lo, hi),
    );
    if (met) return { length: fromS.level + toT.level, fromS, toT };
  }
  return null;
}

/**
 * Up to `want` simple paths of at most `maxHops` relations, shortest first, then in tie order.
 * Each length is enumerated on its own (iterative deepening), so the search stops as soon as
 * `want` paths are found instead of listing every long path first. Distances to t, from a
 * bounded search backwards, prune any branch that cannot reach t in the hops it has left; in
 * time, a branch is dropped as soon as its relations have no day left in common.
 */
export function everyPath(walk: Walk, s: number, t: number, maxHops: number, want: number): Steps[] {
  return deepen(walk, s, t, 0, maxHops, want, Infinity)!;
}

/**
 * `everyPath` from `least` hops on, looking at no more than `budget` half-edges in all: null
 * when it ran out before it was done.
 */
function deepen(walk: Walk, s: number, t: number, least: number, maxHops: number, want: number, budget: number): Steps[] | null {
  const n = walk.adj.ids.length;
  const toT = new Int32Array(n).fill(-1);
  toT[t] = 0;
  let front: number[] = [t];
  for (let level = 0; level < maxHops - 1 && front.length > 0; level++) front = grow(walk, front, toT, true)!;
  const found: Steps[] = [];
  const onPath = new Uint8Array(n);
  // Lengths below the distance from s cannot hold a path; an unlabelled s is maxHops away or more.
  for (let length = Math.max(least, toT[s]! >= 0 ? toT[s]! : maxHops); length <= maxHops && found.length < want; length++) {
    // t may only end a path: passing through it would repeat it.
    const fits = (w: number, q: number) => (w === t ? q === length : toT[w]! >= 0 && toT[w]! <= length - q);
    onPath.fill(0);
    const search: Search = { fits, want, found, marks: onPath, keepDead: false, budget };
    walkLength(walk, s, length, search);
    budget = search.budget!;
    if (budget <= 0) return null;
  }
  return found;
}

/**
 * What `walkLength` keeps: paths whose actor at each position q passes `fits`, into `found`
 * until it holds `want`. Actors marked in `marks` are skipped: with `keepDead` a mark means the
 * actor led nowhere and stays (only without time, where leading nowhere does not depend on the
 * days left); without it the mark means the actor is on the current path.
 */
interface Search {
  fits: (w: number, q: number) => boolean;
  want: number;
  found: Steps[];
  marks: Uint8Array;
  keepDead: boolean;
  /** Half-edges the search may still look at, when it is limited; it stops at 0. */
  budget?: number;
}

/** Depth-first, in half-edge order (hence tie order), the paths from s of exactly `length` relations. */
function walkLength(walk: Walk, s: number, length: number, search: Search): void {
  const { fits, want, found, marks, keepDead } = search;
  const { offsets, other, relation, way } = walk.adj;
  const blocked = walk.directed ? IN : -1;
  const nodes = new Int32Array(length + 1);
  const steps = new Int32Array(length);
  const cursor = new Int32Array(length + 1);
  // The days the path's first p relations share, at position p.
  const from = new Int32Array(length + 1);
  const to = new Int32Array(length + 1);
  if (walk.time) [from[0], to[0]] = [walk.time.origin.from, walk.time.origin.to];
  nodes[0] = s;
  cursor[0] = offsets[s]!;
  if (!keepDead) marks[s] = 1;
  let p = 0;
  while (p >= 0 && found.length < want) {
    const u = nodes[p]!;
    const q = p + 1;
    let moved = false;
    while (cursor[p]! < offsets[u + 1]!) {
      if (search.budget !== undefined && search.budget-- <= 0) return;
      const h = cursor[p]!;
      cursor[p] = h + 1;
      const w = other[h]!;
      const r = relation[h]!;
      if (way[h] === blocked || marks[w] === 1 || !fits(w, q) || !passes(walk, r)) continue;
      if (walk.time) {
        [from[q], to[q]] = within(walk, r, from[p]!, to[p]!);
        if (from[q] > to[q]) continue;
      }
      steps[p] = r;
      nodes[q] = w;
      if (q === length) {
        found.push({ nodes: Array.from(nodes), relations: Array.from(steps) });
        if (found.length === want) return;
        continue;
      }
      if (!keepDead) marks[w] = 1;
      cursor[q] = offsets[w]!;
      p = q;
      moved = true;
      break;
    }
    if (!moved) {
      marks[u] = keepDead ? 1 : 0;
      p--;
    }
  }
}

/**
 * Weak structural balance (Davis 1967): actors in up to k camps, cooperation expected inside a
 * camp and hostility between camps, split so that the fewest signed ties contradict it; and the
 * number of camps that fits the ties best.
 *
 * Two camps cannot say that one actor is the enemy of both sides: with ISIS hostile to everyone,
 * the best two-camp split still puts it beside some of its enemies. A third camp of its own
 * contradicts nothing.
 */
import { indexTies, signedTies, type AnalysisOptions, type Sign } from './balance.ts';
import { byCodeUnits } from './compare.ts';
import type { Contradiction } from './camps.ts';
import type { ActorGraph } from './graph.ts';
import { seededRandom } from './random.ts';

export type { Contradiction } from './camps.ts';

/** Up to k camps of actors, the ties they contradict, and the actors with no tie to place. */
export interface KCampSplit {
  /** The most camps the split could use. */
  k: number;
  /**
   * The camps, none empty, each sorted by id. Within each connected group of ties the camps are
   * numbered in the order their first actor (by id) comes, so the first attached actor is always
   * in the first camp; the groups' camps of one number are joined, as nothing ties them.
   */
  camps: string[][];
  /** Contradicted ties, sorted by `a` then `b`: cooperation across camps or hostility inside one. */
  contradictions: Contradiction[];
  /**
   * True when the split is proven to have the fewest contradictions possible with up to k camps:
   * every connected group had at most EXACT_K_CAMP_LIMIT actors and its search finished within
   * SEARCH_BUDGET steps.
   */
  exact: boolean;
  /** Actors without a signed tie under the filter, sorted. */
  unattached: string[];
}

/** How well one number of camps fits: the fewest contradictions found with up to `k` camps. */
export interface CampFit {
  k: number;
  contradictions: number;
  exact: boolean;
}

/** The number of camps that fits best, its split, and how each number of camps up to it fits. */
export interface BestCamps {
  /**
   * The smallest k whose split has the fewest contradictions any number of camps reaches (more
   * camps never contradict more, so past it the count stays the same).
   */
  best: number;
  split: KCampSplit;
  /** k = 1 up to `best`, in order. */
  fits: CampFit[];
  /** True when every split in `fits`, and the fewest contradictions overall, are proven. */
  exact: boolean;
}

/** Connected groups of ties with at most this many actors are searched exhaustively. */
export const EXACT_K_CAMP_LIMIT = 20;

/**
 * Most steps (partial assignments tried) the exhaustive search of one group may take; beyond, it
 * keeps the best split found so far and says it is not proven. Sparse groups of 20 actors need
 * a few thousand; only dense groups with many contradictions come near it.
 */
export const SEARCH_BUDGET = 2_000_000;

/** Random restarts of the local search, after the greedy starts. */
const RANDOM_STARTS = 6;
/** Kicks given to the best split found, each followed by descent again. */
const PERTURBATIONS = 200;
const SEED = 0xca4b5;

/** A group's ties over local indices 0..n-1: `[other, sign]` per actor. */
type Adjacency = [number, Sign][][];

function contradicted(sign: Sign, campV: number, campW: number): boolean {
  return sign > 0 ? campV !== campW : campV === campW;
}

function cost(adjacency: Adjacency, camp: Int32Array): number {
  let c = 0;
  adjacency.forEach((list, v) => {
    for (const [w, sign] of list) if (v < w && contradicted(sign, camp[v]!, camp[w]!)) c++;
  });
  return c;
}

/** Renumbers camps by first appearance in index order, so the first actor is in camp 0. */
function canonical(camp: Int32Array): Int32Array {
  const renumber = new Map<number, number>();
  return camp.map((c) => {
    let r = renumber.get(c);
    if (r === undefined) renumber.set(c, (r = renumber.size));
    return r;
  });
}

/**
 * Local search for one group: each actor in turn moves to the camp (or, while fewer than k are
 * used, a new one) where its ties contradict least, until no move helps. Only the camps of its
 * neighbours and one empty camp are weighed, so a sweep costs the number of ties whatever k is.
 */
function descend(adjacency: Adjacency, camp: Int32Array, k: number): void {
  const n = adjacency.length;
  const size = new Int32Array(k);
  for (const c of camp) size[c]!++;
  const free = new Set<number>();
  for (let c = 0; c < k; c++) if (size[c] === 0) free.add(c);
  // score[c]: hostilities minus cooperations of the actor with camp c, for the camps touched.
  const score = new Int32Array(k);
  const mark = new Float64Array(k).fill(-1);
  let stamp = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (let v = 0; v < n; v++) {
      const touched: number[] = [];
      stamp++;
      let positives = 0;
      for (const [w, sign] of adjacency[v]!) {
        const c = camp[w]!;
        if (mark[c] !== stamp) {
          mark[c] = stamp;
          touched.push(c);
        }
        if (sign > 0) positives++;
        score[c]! += sign > 0 ? -1 : 1;
      }
      // Contradictions of v in camp c: cooperation with actors outside it, hostility with actors in it.
      const own = camp[v]!;
      let best = own;
      let bestCost = positives + score[own]!;
      for (const c of touched) {
        if (positives + score[c]! < bestCost) {
          best = c;
          bestCost = positives + score[c]!;
        }
      }
      const empty = free.values().next();
      if (!empty.done && size[own]! > 1 && positives < bestCost) best = empty.value;
      for (const c of touched) score[c] = 0;
      score[own] = 0;
      if (best === own) continue;
      if (--size[own]! === 0) free.add(own);
      if (size[best]!++ === 0) free.delete(best);
      camp[v] = best;
      changed = true;
    }
  }
}

/** The two-camp start read off a BFS tree: perfect when the group is balanced. */
function bfsStart(adjacency: Adjacency, k: number): Int32Array {
  const camp = new Int32Array(adjacency.length);
  const seen = new Uint8Array(adjacency.length);
  const queue = [0];
  seen[0] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const [w, sign] of adjacency[v]!) {
      if (seen[w]) continue;
      seen[w] = 1;
      camp[w] = sign > 0 || k < 2 ? camp[v]! : camp[v]! ^ 1;
      queue.push(w);
    }
  }
  return camp;
}

/**
 * The heuristic for groups over EXACT_K_CAMP_LIMIT actors (and the first bound of the exact
 * search): greedy descent (see `descend`) from every actor in one camp, from a two-camp BFS
 * start, from each actor in a camp of its own (as far as k allows) and from seeded random
 * starts; then repeated kicks of the best split (an actor and some of its neighbours moved to
 * random camps) followed by descent, keeping any result at least as good. The seed is fixed,
 * so one group and k always give one answer.
 */
function localSplit(adjacency: Adjacency, k: number): Int32Array {
  const n = adjacency.length;
  const next = seededRandom(SEED);
  const starts = [new Int32Array(n), bfsStart(adjacency, k), Int32Array.from({ length: n }, (_, v) => Math.min(v, k - 1))];
  for (let r = 0; r < RANDOM_STARTS; r++) starts.push(Int32Array.from({ length: n }, () => Math.floor(next() * k)));
  let best = starts[0]!;
  let bestCost = Infinity;
  for (const camp of starts) {
    descend(adjacency, camp, k);
    const c = cost(adjacency, camp);
    if (c < bestCost) {
      best = camp;
      bestCost = c;
    }
  }
  for (let round = 0; round < PERTURBATIONS && bestCost > 0; round++) {
    const camp = best.slice();
    const v = Math.floor(next() * n);
    camp[v] = Math.floor(next() * k);
    for (const [w] of adjacency[v]!) if (next() < 0.5) camp[w] = Math.floor(next() * k);
    descend(adjacency, camp, k);
    const c = cost(adjacency, camp);
    if (c <= bestCost) {
      best = camp;
      bestCost = c;
    }
  }
  return canonical(best);
}

/**
 * Branch and bound over assignments of actors to camps, actors taken hubs first (each then
 * next to actors already placed, so bounds bite early). Symmetry is broken by letting an actor
 * open only the next unused camp, so each partition is met once. The bound adds, for every
 * actor not yet placed, the fewest contradictions its ties to placed actors force in any camp.
 * Returns the best split and whether the search finished within SEARCH_BUDGET.
 */
function exactSplit(adjacency: Adjacency, k: number, start: Int32Array): { camp: Int32Array; proven: boolean } {
  const n = adjacency.length;
  // Hubs first, then breadth-first from placed actors, most ties to them first.
  const order: number[] = [];
  const placed = new Uint8Array(n);
  const link = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let pick = -1;
    for (let v = 0; v < n; v++) {
      if (placed[v]) continue;
      if (pick < 0 || link[v]! > link[pick]! || (link[v] === link[pick] && adjacency[v]!.length > adjacency[pick]!.length)) pick = v;
    }
    placed[pick] = 1;
    order.push(pick);
    for (const [w] of adjacency[pick]!) link[w]!++;
  }
  const rank = new Int32Array(n);
  order.forEach((v, i) => (rank[v] = i));
  // For each actor, its ties to actors placed before it.
  const earlier: [number, Sign][][] = order.map((v) => adjacency[v]!.filter(([w]) => rank[w]! < rank[v]!));

  let bestCamp = start.slice();
  let best = cost(adjacency, start);
  const camp = new Int32Array(n).fill(-1);
  let steps = 0;
  let proven = true;
  // For each actor not placed, how many of its ties to placed actors each camp would contradict.
  const forced: Int32Array[] = Array.from({ length: n }, () => new Int32Array(k));
  const positivesPlaced = new Int32Array(n);

  const lowerBound = (from: number, used: number): number => {
    let bound = 0;
    for (let i = from; i < n; i++) {
      const v = order[i]!;
      // A new camp holds none of the placed actors: all its placed cooperations are contradicted.
      let least = used < k ? positivesPlaced[v]! : Infinity;
      for (let c = 0; c < used; c++) least = Math.min(least, forced[v]![c]!);
      bound += least;
    }
    return bound;
  };

  const place = (v: number, c: number, delta: number) => {
    for (const [w, sign] of adjacency[v]!) {
      if (camp[w]! >= 0) continue;
      if (sign > 0) {
        positivesPlaced[w]! += delta;
        // Cooperation with v is contradicted in every camp but c.
        for (let d = 0; d < k; d++) if (d !== c) forced[w]![d]! += delta;
      } else forced[w]![c]! += delta;
    }
  };

  const search = (i: number, used: number, sofar: number): void => {
    if (best === 0 || !proven) return;
    if (++steps > SEARCH_BUDGET) {
      proven = false;
      return;
    }
    if (i === n) {
      if (sofar < best) {
        best = sofar;
        bestCamp = camp.slice();
      }
      return;
    }
    const v = order[i]!;
    const limit = Math.min(used + 1, k);
    // Cheapest camps first, so good splits come early and bound the rest.
    const choices: [number, number][] = [];
    for (let c = 0; c < limit; c++) {
      let added = 0;
      for (const [w, sign] of earlier[i]!) if (contradicted(sign, c, camp[w]!)) added++;
      choices.push([c, added]);
    }
    choices.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
    for (const [c, added] of choices) {
      const total = sofar + added;
      if (total >= best) continue;
      camp[v] = c;
      place(v, c, 1);
      const nextUsed = Math.max(used, c + 1);
      if (total + lowerBound(i + 1, nextUsed) < best) search(i + 1, nextUsed, total);
      place(v, c, -1);
      camp[v] = -1;
      if (best === 0 || !proven) return;
    }
  };
  search(0, 0, 0);
  return { camp: canonical(bestCamp), proven };
}

/** One connected group of ties, over local indices in id order. */
interface Group {
  members: number[];
  adjacency: Adjacency;
}

function groupsOf(adjacency: [number, Sign, number][][]): Group[] {
  const n = adjacency.length;
  const seen = new Uint8Array(n);
  const groups: Group[] = [];
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    const members = [root];
    seen[root] = 1;
    for (let head = 0; head < members.length; head++) {
      for (const [w] of adjacency[members[head]!]!) {
        if (seen[w]) continue;
        seen[w] = 1;
        members.push(w);
      }
    }
    // Members in id order, so local index 0 is the group's first id.
    members.sort((p, q) => p - q);
    const local = new Map(members.map((v, i) => [v, i]));
    groups.push({ members, adjacency: members.map((v) => adjacency[v]!.map(([w, sign]) => [local.get(w)!, sign] as [number, Sign])) });
  }
  return groups;
}

/** Solves one group for up to k camps: exhaustively when small, by local search otherwise. */
function solveGroup(group: Group, k: number): { camp: Int32Array; exact: boolean } {
  const start = localSplit(group.adjacency, k);
  if (group.members.length > EXACT_K_CAMP_LIMIT) return { camp: start, exact: false };
  const { camp, proven } = exactSplit(group.adjacency, k, start);
  return { camp, exact: proven };
}

/** The signed ties under the options, indexed, split into connected groups. */
function prepare(graph: ActorGraph, options: AnalysisOptions) {
  const index = indexTies(signedTies(graph, options));
  const attached = new Set(index.ids);
  const unattached = graph
    .nodes()
    .filter((id) => !attached.has(id))
    .sort(byCodeUnits);
  return { ...index, unattached, groups: groupsOf(index.adjacency) };
}

type Prepared = ReturnType<typeof prepare>;

function splitPrepared(prepared: Prepared, k: number): KCampSplit {
  const { ids, ties, groups, unattached } = prepared;
  const campOf = new Int32Array(ids.length);
  let exact = true;
  let count = 0;
  for (const group of groups) {
    const { camp, exact: solved } = solveGroup(group, k);
    exact &&= solved;
    group.members.forEach((v, i) => {
      campOf[v] = camp[i]!;
      count = Math.max(count, camp[i]! + 1);
    });
  }
  const camps: string[][] = Array.from({ length: count }, () => []);
  ids.forEach((id, v) => camps[campOf[v]!]!.push(id));
  const position = new Map(ids.map((id, v) => [id, v]));
  const contradictions = ties
    .filter((tie) => contradicted(tie.sign, campOf[position.get(tie.a)!]!, campOf[position.get(tie.b)!]!))
    .map(({ relation, a, b, sign }) => ({ relation, a, b, sign }));
  return { k, camps, contradictions, exact, unattached };
}

/**
 * The split into up to `k` camps (at least 1) that the fewest signed ties (see `signedTies`)
 * contradict; an ambivalent pair counts only through the relation `choose` names for it. Each
 * connected group of ties is solved on its own, exactly up to EXACT_K_CAMP_LIMIT actors (see
 * `KCampSplit.exact`), by the seeded local search of `localSplit` beyond. With k = 2 it is the
 * two-camp split of `splitIntoCamps`, up to which of equally good splits is kept.
 */
export function splitIntoKCamps(graph: ActorGraph, k: number, options: AnalysisOptions = {}): KCampSplit {
  return splitPrepared(prepare(graph, options), Math.max(1, Math.floor(k) || 1));
}

/**
 * The number of camps that fits the ties best: the smallest k whose split has the fewest
 * contradictions of any number of camps (the most a group can need is its number of actors),
 * with that split and the count for each k from 1 up to it.
 */
export function bestCampCount(graph: ActorGraph, options: AnalysisOptions = {}): BestCamps {
  const prepared = prepare(graph, options);
  const largest = Math.max(1, ...prepared.groups.map((g) => g.members.length));
  const unbounded = splitPrepared(prepared, largest);
  const fewest = unbounded.contradictions.length;
  const fits: CampFit[] = [];
  let split = unbounded;
  for (let k = 1; k <= largest; k++) {
    const found = k === largest ? unbounded : splitPrepared(prepared, k);
    fits.push({ k, contradictions: found.contradictions.length, exact: found.exact });
    if (found.contradictions.length <= fewest) {
      split = found;
      break;
    }
  }
  const best = fits.length;
  return { best, split: { ...split, k: best }, fits, exact: unbounded.exact && fits.every((f) => f.exact) };
}

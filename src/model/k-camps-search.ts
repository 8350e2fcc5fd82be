/**
 * The searches behind k camps (see k-camps.ts), over one connected group of signed ties given
 * by local indices: the seeded local search, and branch and bound for exact answers.
 */
import { bestOfStarts } from './local-search.ts';
import type { Sign } from './balance.ts';
import { seededRandom } from './random.ts';

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
export type Adjacency = [number, Sign][][];

/** Whether a tie of `sign` between actors in camps `campV` and `campW` goes against the split. */
export function contradicted(sign: Sign, campV: number, campW: number): boolean {
  return sign > 0 ? campV !== campW : campV === campW;
}

/** How many ties the split contradicts. */
export function cost(adjacency: Adjacency, camp: Int32Array): number {
  let c = 0;
  adjacency.forEach((list, v) => {
    for (const [w, sign] of list) if (v < w && contradicted(sign, camp[v]!, camp[w]!)) c++;
  });
  return c;
}

/** Renumbers camps by first appearance in index order, so the first actor is in camp 0. */
export function canonical(camp: Int32Array): Int32Array {
  const renumber = new Map<number, number>();
  return camp.map((c) => {
    let r = renumber.get(c);
    if (r === undefined) renumber.set(c, (r = renumber.size));
    return r;
  });
}

/**
 * Local search for one group: actors move, one at a time, to the camp (or, while fewer than k
 * are used, a new one) where their ties contradict least, until no move helps. Only the camps of
 * an actor's neighbours and one empty camp are weighed, and only the neighbours of an actor that
 * moved are looked at again, so the work follows the ties touched whatever k is. Starts from
 * `todo` (every actor when absent).
 */
function descend(adjacency: Adjacency, camp: Int32Array, k: number, todo?: readonly number[]): void {
  const n = adjacency.length;
  const size = new Int32Array(k);
  for (const c of camp) size[c]!++;
  const free = new Set<number>();
  for (let c = 0; c < k; c++) if (size[c] === 0) free.add(c);
  // score[c]: hostilities minus cooperations of the actor with camp c, for the camps touched.
  const score = new Int32Array(k);
  const mark = new Float64Array(k).fill(-1);
  let stamp = 0;
  const queued = new Uint8Array(n);
  const queue: number[] = [];
  for (const v of todo ?? Array.from({ length: n }, (_, v) => v)) {
    if (queued[v]) continue;
    queued[v] = 1;
    queue.push(v);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued[v] = 0;
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
    const ownCost = positives + score[own]!;
    let bestCost = ownCost;
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
    for (const [w] of adjacency[v]!) {
      if (queued[w]) continue;
      queued[w] = 1;
      queue.push(w);
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
 * The heuristic for groups over EXACT_K_CAMP_LIMIT actors (k-camps.ts) (and the first bound of the exact
 * search): greedy descent (see `descend`) from every actor in one camp, from a two-camp BFS
 * start, from each actor in a camp of its own (as far as k allows) and from seeded random
 * starts, and from `seed` (the best split found with fewer camps) when given; then repeated
 * kicks of the best split (an actor and some of its neighbours moved to random camps) followed by
 * descent around them, keeping any result at least as good. The random seed is fixed, so one
 * group and k always give one answer.
 */
export function localSplit(adjacency: Adjacency, k: number, seed?: Int32Array): Int32Array {
  const n = adjacency.length;
  const next = seededRandom(SEED);
  // The best split with fewer camps is a split with k too: more camps then never do worse.
  const starts = [new Int32Array(n), bfsStart(adjacency, k), Int32Array.from({ length: n }, (_, v) => Math.min(v, k - 1))];
  if (seed) starts.unshift(seed.slice());
  for (let r = 0; r < RANDOM_STARTS; r++) starts.push(Int32Array.from({ length: n }, () => Math.floor(next() * k)));
  let { best, score: bestCost } = bestOfStarts(
    starts,
    (camp) => descend(adjacency, camp, k),
    (camp) => cost(adjacency, camp),
  );
  for (let round = 0; round < PERTURBATIONS && bestCost > 0; round++) {
    const camp = best.slice();
    const v = Math.floor(next() * n);
    camp[v] = Math.floor(next() * k);
    const kicked = [v];
    for (const [w] of adjacency[v]!) {
      if (next() >= 0.5) continue;
      camp[w] = Math.floor(next() * k);
      kicked.push(w);
    }
    descend(adjacency, camp, k, [...kicked, ...kicked.flatMap((u) => adjacency[u]!.map(([w]) => w))]);
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
export function exactSplit(adjacency: Adjacency, k: number, start: Int32Array): { camp: Int32Array; proven: boolean } {
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

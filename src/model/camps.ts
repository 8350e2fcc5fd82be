/**
 * Splitting actors into the two camps that the fewest signed ties contradict.
 */
import { bestOfStarts } from './local-search.ts';
import { seededRandom } from './random.ts';
import { indexTies, signedTies, type AnalysisOptions, type Sign } from './balance.ts';
import { byCodeUnits } from './compare.ts';
import type { ActorGraph } from './graph.ts';

/** A signed tie the split goes against: cooperation across camps, or hostility inside one. */
export interface Contradiction {
  relation: string;
  a: string;
  b: string;
  sign: Sign;
}

/** Two camps of actors, the ties they contradict, and the actors with no tie to place. */
export interface CampSplit {
  /**
   * Both sorted by id. Each connected group of ties is oriented so that its alphabetically
   * first actor is in the first camp; so the first attached actor overall is always there.
   */
  camps: [string[], string[]];
  /** Contradicted ties, sorted by `a` then `b`. */
  contradictions: Contradiction[];
  /** True when the split is proven to have the fewest contradictions possible. */
  exact: boolean;
  /**
   * Actors without a signed tie under the filter, sorted: nothing says where they belong. An
   * ambivalent pair gives no tie (see `pairTies`), so an actor tied only that way is here.
   */
  unattached: string[];
}

/** Components with at most this many actors are searched exhaustively. */
export const EXACT_CAMP_LIMIT = 20;

/** Random restarts of the local search, after the BFS and spectral starts. */
const RANDOM_STARTS = 4;
/** Kicks given to the best split found, each followed by descent again. */
const PERTURBATIONS = 64;
const SEED = 0x5eed;

/** A component's ties over local indices 0..n-1: `[other, sign]` per actor. */
type Adjacency = [number, Sign][][];

/** Whether the tie between actors on `sideV` and `sideW` is contradicted. */
function contradicted(sign: Sign, sideV: number, sideW: number): boolean {
  return sign > 0 ? sideV !== sideW : sideV === sideW;
}

/** How many contradictions flipping `v` removes (negative when it adds some). */
function gain(adjacency: Adjacency, side: Uint8Array, v: number): number {
  let g = 0;
  for (const [w, sign] of adjacency[v]!) g += contradicted(sign, side[v]!, side[w]!) ? 1 : -1;
  return g;
}

function cost(adjacency: Adjacency, side: Uint8Array): number {
  let c = 0;
  adjacency.forEach((list, v) => {
    for (const [w, sign] of list) if (v < w && contradicted(sign, side[v]!, side[w]!)) c++;
  });
  return c;
}

/**
 * Tries every split with actor 0 in the first camp, in Gray-code order so each step flips one
 * actor and costs only its degree: 2^19 steps at the limit of 20 actors.
 */
function exactSplit(adjacency: Adjacency): Uint8Array {
  const n = adjacency.length;
  const side = new Uint8Array(n);
  let current = cost(adjacency, side);
  let best = current;
  let bestSide = side.slice();
  const steps = 2 ** (n - 1);
  for (let i = 1; i < steps && best > 0; i++) {
    const v = 31 - Math.clz32(i & -i) + 1;
    current -= gain(adjacency, side, v);
    side[v] = side[v]! ^ 1;
    if (current < best) {
      best = current;
      bestSide = side.slice();
    }
  }
  return bestSide;
}

/** Sides read off a spanning BFS tree: a perfect split whenever the component is balanced. */
function bfsStart(adjacency: Adjacency, root: number): Uint8Array {
  const side = new Uint8Array(adjacency.length);
  const seen = new Uint8Array(adjacency.length);
  const queue = [root];
  seen[root] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const [w, sign] of adjacency[v]!) {
      if (seen[w]) continue;
      seen[w] = 1;
      side[w] = sign > 0 ? side[v]! : side[v]! ^ 1;
      queue.push(w);
    }
  }
  return side;
}

/**
 * Signs of the leading eigenvector of the signed adjacency matrix, by power iteration. It sees
 * the whole component at once, where BFS trusts whichever ties its tree happens to use.
 */
function spectralStart(adjacency: Adjacency, next: () => number): Uint8Array {
  const n = adjacency.length;
  // Shifting by the largest degree makes every eigenvalue non-negative, so power iteration
  // finds the largest one rather than the one of largest magnitude.
  let shift = 0;
  for (const list of adjacency) shift = Math.max(shift, list.length);
  let x = Float64Array.from({ length: n }, () => next() - 0.5);
  for (let round = 0; round < 100; round++) {
    const y = new Float64Array(n);
    let norm = 0;
    for (let v = 0; v < n; v++) {
      let sum = shift * x[v]!;
      for (const [w, sign] of adjacency[v]!) sum += sign * x[w]!;
      y[v] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    for (let v = 0; v < n; v++) y[v] = y[v]! / norm;
    x = y;
  }
  return Uint8Array.from(x, (value) => (value < 0 ? 1 : 0));
}

/**
 * Flips actors while a flip lowers the contradictions, starting from `todo` and rechecking only
 * the neighbours of flipped actors. Returns how many contradictions went away.
 */
function descend(adjacency: Adjacency, side: Uint8Array, todo: number[]): number {
  const queued = new Uint8Array(adjacency.length);
  const queue: number[] = [];
  for (const v of todo) {
    if (!queued[v]) queue.push(v);
    queued[v] = 1;
  }
  let removed = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued[v] = 0;
    const g = gain(adjacency, side, v);
    if (g <= 0) continue;
    side[v] = side[v]! ^ 1;
    removed += g;
    for (const [w] of adjacency[v]!) {
      if (queued[w]) continue;
      queued[w] = 1;
      queue.push(w);
    }
  }
  return removed;
}

/**
 * Local search for components too big to search exhaustively: greedy descent from BFS, spectral
 * and seeded random starts, then repeated kicks (one actor and some of its neighbours flipped)
 * of the best split, keeping any result at least as good. Deterministic for a given component.
 */
function localSplit(adjacency: Adjacency): Uint8Array {
  const n = adjacency.length;
  const next = seededRandom(SEED);
  const everyone = Array.from({ length: n }, (_, v) => v);
  let hub = 0;
  for (let v = 1; v < n; v++) if (adjacency[v]!.length > adjacency[hub]!.length) hub = v;

  const starts = [bfsStart(adjacency, 0), bfsStart(adjacency, hub), spectralStart(adjacency, next)];
  for (let r = 0; r < RANDOM_STARTS; r++) starts.push(Uint8Array.from(everyone, () => (next() < 0.5 ? 0 : 1)));

  let { best, score: bestCost } = bestOfStarts(
    starts,
    (side) => descend(adjacency, side, everyone),
    (side) => cost(adjacency, side),
  );

  for (let round = 0; round < PERTURBATIONS && bestCost > 0; round++) {
    const side = best.slice();
    let c = bestCost;
    const v = Math.floor(next() * n);
    const kicked = [v];
    for (const [w] of adjacency[v]!) if (next() < 0.5) kicked.push(w);
    const touched: number[] = [];
    for (const u of kicked) {
      c -= gain(adjacency, side, u);
      side[u] = side[u]! ^ 1;
      touched.push(u, ...adjacency[u]!.map(([w]) => w));
    }
    c -= descend(adjacency, side, touched);
    if (c <= bestCost) {
      best = side;
      bestCost = c;
    }
  }
  return best;
}

/**
 * The split of the actors into two camps that the fewest signed ties (see `signedTies`)
 * contradict; an ambivalent pair counts only through the relation `choose` names for it. Each
 * connected group of ties is solved on its own: exhaustively when it has at most
 * `EXACT_CAMP_LIMIT` actors, by deterministic local search otherwise (then `exact` is false).
 * Among equally good splits the first found is kept, so the answer is the same every run.
 */
export function splitIntoCamps(graph: ActorGraph, options: AnalysisOptions = {}): CampSplit {
  const { ids, adjacency, ties } = indexTies(signedTies(graph, options));
  const attached = new Set(ids);
  const unattached = graph
    .nodes()
    .filter((id) => !attached.has(id))
    .sort(byCodeUnits);

  const side = new Uint8Array(ids.length);
  const component = new Int32Array(ids.length).fill(-1);
  let exact = true;
  for (let root = 0; root < ids.length; root++) {
    if (component[root]! >= 0) continue;
    // Roots are taken in id order and members sorted, so local index 0 is the first id.
    const members = [root];
    component[root] = root;
    for (let head = 0; head < members.length; head++) {
      for (const [w] of adjacency[members[head]!]!) {
        if (component[w]! >= 0) continue;
        component[w] = root;
        members.push(w);
      }
    }
    members.sort((p, q) => p - q);
    const local = new Map(members.map((v, i) => [v, i]));
    const localAdjacency: Adjacency = members.map((v) => adjacency[v]!.map(([w, sign]) => [local.get(w)!, sign] as [number, Sign]));
    const small = members.length <= EXACT_CAMP_LIMIT;
    if (!small) exact = false;
    const found = small ? exactSplit(localAdjacency) : localSplit(localAdjacency);
    const flip = found[0]!;
    members.forEach((v, i) => (side[v] = found[i]! ^ flip));
  }

  const camps: [string[], string[]] = [[], []];
  ids.forEach((id, v) => camps[side[v]!]!.push(id));
  const position = new Map(ids.map((id, v) => [id, v]));
  const contradictions: Contradiction[] = ties
    .filter((tie) => contradicted(tie.sign, side[position.get(tie.a)!]!, side[position.get(tie.b)!]!))
    .map(({ relation, a, b, sign }) => ({ relation, a, b, sign }));
  return { camps, contradictions, exact, unattached };
}

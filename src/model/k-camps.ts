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
import { contradicted, exactSplit, localSplit, type Adjacency } from './k-camps-search.ts';

export type { Contradiction } from './camps.ts';
export { SEARCH_BUDGET } from './k-camps-search.ts';

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
function solveGroup(group: Group, k: number, seed?: Int32Array): { camp: Int32Array; exact: boolean } {
  const start = localSplit(group.adjacency, k, seed);
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

/** A split with each group's camps over its local indices, to seed the search with one camp more. */
type Solved = KCampSplit & { groupCamps: Int32Array[] };

function splitPrepared(prepared: Prepared, k: number, seeds?: readonly Int32Array[]): Solved {
  const { ids, ties, groups, unattached } = prepared;
  const campOf = new Int32Array(ids.length);
  const groupCamps: Int32Array[] = [];
  let exact = true;
  let count = 0;
  for (const [g, group] of groups.entries()) {
    const { camp, exact: solved } = solveGroup(group, k, seeds?.[g]);
    groupCamps.push(camp);
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
  return { k, camps, contradictions, exact, unattached, groupCamps };
}

const withoutSeeds = ({ groupCamps: _, ...split }: Solved): KCampSplit => split;

/**
 * The split into up to `k` camps (at least 1) that the fewest signed ties (see `signedTies`)
 * contradict; an ambivalent pair counts only through the relation `choose` names for it. Each
 * connected group of ties is solved on its own, exactly up to EXACT_K_CAMP_LIMIT actors (see
 * `KCampSplit.exact`), by the seeded local search of `localSplit` beyond. With k = 2 it is the
 * two-camp split of `splitIntoCamps`, up to which of equally good splits is kept.
 */
export function splitIntoKCamps(graph: ActorGraph, k: number, options: AnalysisOptions = {}): KCampSplit {
  return withoutSeeds(splitPrepared(prepare(graph, options), Math.max(1, Math.floor(k) || 1)));
}

/**
 * The number of camps that fits the ties best: the smallest k whose split has the fewest
 * contradictions of any number of camps, with that split and the count for each k from 1 up to
 * it. Each k starts from the best split with one camp fewer, so the counts never rise.
 *
 * When every connected group has at most EXACT_K_CAMP_LIMIT actors, the fewest contradictions
 * of all are found first (a group never needs more camps than it has actors) and k climbs until
 * it reaches them. Otherwise, searching every k up to the size of the largest group would cost
 * too much: k climbs until one camp more saves no contradiction, and the answer is not proven.
 */
export function bestCampCount(graph: ActorGraph, options: AnalysisOptions = {}): BestCamps {
  const prepared = prepare(graph, options);
  const largest = Math.max(1, ...prepared.groups.map((g) => g.members.length));
  const small = largest <= EXACT_K_CAMP_LIMIT;
  const unbounded = small ? splitPrepared(prepared, largest) : null;
  const fits: CampFit[] = [];
  let split: Solved | null = null;
  for (let k = 1; k <= largest; k++) {
    const found: Solved = k === largest && unbounded ? unbounded : splitPrepared(prepared, k, split?.groupCamps);
    const previous = fits.at(-1);
    if (!small && previous && found.contradictions.length >= previous.contradictions) break;
    fits.push({ k, contradictions: found.contradictions.length, exact: found.exact });
    split = found;
    if (unbounded && found.contradictions.length <= unbounded.contradictions.length) break;
  }
  const best = fits.length;
  const exact = small && unbounded!.exact && fits.every((f) => f.exact);
  return { best, split: { ...withoutSeeds(split!), k: best }, fits, exact };
}

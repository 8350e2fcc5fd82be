/**
 * How central each actor is under a filter: its degree and its betweenness.
 */
import type { AnalysisOptions } from './balance.ts';
import { TimeBoundPaths } from './betweenness-in-time.ts';
import { byCodeUnits } from './compare.ts';
import { filterFor, relationPasses } from './filter.ts';
import type { ActorGraph } from './graph.ts';
import { HELD_TOGETHER_BETWEENNESS_ACTORS } from './limits.ts';
import { seededRandom } from './random.ts';

/** One actor's centrality under a filter. */
export interface ActorCentrality {
  id: string;
  /** Relations that pass the filter and involve the actor; parallel ones each count, a self-loop once. */
  degree: number;
  /**
   * Normalized betweenness on the simple undirected graph of passing relations: the share of
   * shortest paths between other actor pairs that run through this one, 0 to 1. With no single
   * day set, only paths whose relations held together count, as for paths and triads (up to
   * `HELD_TOGETHER_BETWEENNESS_ACTORS` actors).
   */
  betweenness: number;
  /**
   * Only when betweenness is estimated from a sample of actors: the standard error of the
   * estimate, from how much the dependencies on this actor varied over the searches drawn
   * (NaN when one search alone tells of it).
   */
  betweennessError?: number;
}

/** What `topActors` can rank by. */
export type CentralityMeasure = 'degree' | 'betweenness';

/**
 * Betweenness estimated from a sample of source actors (Brandes and Pich, 2007): the searches
 * from `sources` actors drawn at random, without repeats, from a seeded random source, so that
 * the same graph, sample size and seed give the same figures every run.
 */
export interface SourceSample {
  /**
   * Fewer than 2 count as 2: a single source says nothing of itself. As many as there are
   * actors, or more, means every actor: the exact result.
   */
  sources: number;
  seed: number;
}

/** How `centrality` works: a sample for betweenness, and whom to tell how far it has come. */
export interface CentralityWork {
  /** Absent, or as many sources as actors: exact. */
  sample?: SourceSample;
  /** Called after each search with the searches run and the searches to run. */
  onProgress?: (searched: number, searches: number) => void;
}

/** Betweenness values computed along different paths may differ in the last bits. */
const EPSILON = 1e-12;

/**
 * Degree and betweenness of every actor, in graph order (document order for a loaded graph).
 * Actors whose relations are all filtered out stay, with zeros, and count in the normalization
 * as in NetworkX: betweenness is divided by (n-1)(n-2)/2 for n actors.
 */
export function centrality(graph: ActorGraph, options: AnalysisOptions = {}, work: CentralityWork = {}): ActorCentrality[] {
  const run = new CentralityRun(graph, options, work.sample);
  const { onProgress } = work;
  if (!onProgress) run.step(Infinity);
  else while (!run.step(1)) onProgress(run.searched, run.searches);
  onProgress?.(run.searched, run.searches);
  return run.result();
}

/**
 * Centrality worked out a few actors at a time, so that a page can spread the work of a large
 * graph (betweenness costs actors × relations: some 3 s at 5,000 actors and 20,000 relations)
 * over short tasks. Degree is known at once; each step runs the breadth-first search of Brandes'
 * algorithm (2001) from further actors.
 */
export class CentralityRun {
  readonly #ids: string[];
  readonly #degree: Int32Array;
  /** Neighbours of actor i: #adjacent from #start[i] to #start[i + 1], in one array for speed. */
  readonly #start: Int32Array;
  readonly #adjacent: Int32Array;
  readonly #sums: Float64Array;
  /** Sums of squared dependencies, for the spread of an estimate. */
  readonly #squares: Float64Array;
  /** The actors searched from, in order: all of them, or a sample. */
  readonly #sources: Int32Array;
  #next = 0;
  // Scratch arrays of one search, kept between searches.
  readonly #order: Int32Array;
  readonly #distance: Int32Array;
  readonly #paths: Float64Array;
  readonly #dependency: Float64Array;
  /** The search over paths that held together, when time can part them; else the plain one. */
  readonly #inTime: TimeBoundPaths | null;

  /**
   * With `sample` of fewer sources than actors, betweenness is estimated: each actor's sum of
   * dependencies over the sampled sources, scaled by the share of other actors sampled, stands
   * for its sum over all of them. Degree is exact either way.
   */
  constructor(graph: ActorGraph, options: AnalysisOptions = {}, sample?: SourceSample) {
    const ids = (this.#ids = graph.nodes());
    const position = new Map(ids.map((id, i) => [id, i]));
    const degree = (this.#degree = new Int32Array(ids.length));
    const filter = filterFor(graph, options);
    // The simple undirected graph of passing relations: parallel or directed relations would
    // otherwise skew the count of shortest paths.
    const neighbours: Set<number>[] = ids.map(() => new Set());
    graph.forEachEdge((_key, relation, source, target) => {
      if (!relationPasses(relation, filter)) return;
      const a = position.get(source)!;
      const b = position.get(target)!;
      degree[a]!++;
      if (a === b) return;
      degree[b]!++;
      neighbours[a]!.add(b);
      neighbours[b]!.add(a);
    });
    const start = (this.#start = new Int32Array(ids.length + 1));
    neighbours.forEach((set, i) => (start[i + 1] = start[i]! + set.size));
    const adjacent = (this.#adjacent = new Int32Array(start[ids.length]!));
    neighbours.forEach((set, i) => adjacent.set(Array.from(set), start[i]));
    const n = ids.length;
    this.#sums = new Float64Array(n);
    this.#squares = new Float64Array(n);
    this.#order = new Int32Array(n);
    this.#distance = new Int32Array(n);
    this.#paths = new Float64Array(n);
    this.#dependency = new Float64Array(n);
    this.#inTime = n <= HELD_TOGETHER_BETWEENNESS_ACTORS ? TimeBoundPaths.create(graph, ids, options) : null;
    this.#sources =
      sample && sample.sources < n
        ? drawSources(n, Math.max(2, Math.floor(sample.sources)), sample.seed)
        : Int32Array.from(ids, (_id, i) => i);
  }

  /** False when betweenness is estimated from a sample of fewer sources than actors. */
  get exact(): boolean {
    return this.#sources.length === this.#ids.length;
  }

  /** The searches to run: one per actor, or per sampled source. */
  get searches(): number {
    return this.#sources.length;
  }

  /** The searches run so far. */
  get searched(): number {
    return this.#next;
  }

  /** The ids of the actors searched from, in the order searched. */
  get sourceIds(): string[] {
    return Array.from(this.#sources, (i) => this.#ids[i]!);
  }

  /** True once every search has run. */
  get done(): boolean {
    return this.#next >= this.#sources.length;
  }

  /** Runs up to `actors` more searches; true once all have run. */
  step(actors: number): boolean {
    const end = Math.min(this.#sources.length, this.#next + actors);
    for (; this.#next < end; this.#next++) this.#searchFrom(this.#sources[this.#next]!);
    return this.done;
  }

  /** Degree and normalized betweenness of every actor, in graph order; call once `done`. */
  result(): ActorCentrality[] {
    const n = this.#ids.length;
    const k = this.#sources.length;
    if (n <= 2) return this.#ids.map((id, i) => ({ id, degree: this.#degree[i]!, betweenness: 0 }));
    // An actor lies on no path from itself, so its sum holds the searches from the other
    // sources: k - 1 of the n - 1 other actors when it was one, k when not. Each sum is scaled
    // up to stand for a search from every other actor, as NetworkX 3.6 does (its 2.8 scaled
    // every sum by n/k, which ranks an actor drawn below its worth and one not drawn above),
    // and divided by (n-1)(n-2), not its half, as each pair is reached from both ends. With
    // every actor searched from, both scales are 1 / ((n-1)(n-2)).
    const asSource = 1 / ((k - 1) * (n - 2));
    const notSource = 1 / (k * (n - 2));
    const drawn = new Uint8Array(n);
    for (const s of this.#sources) drawn[s] = 1;
    const exact = this.exact;
    return this.#ids.map((id, i) => {
      const betweenness = this.#sums[i]! * (drawn[i] ? asSource : notSource);
      if (exact) return { id, degree: this.#degree[i]!, betweenness };
      return { id, degree: this.#degree[i]!, betweenness, betweennessError: this.#error(i, drawn[i] ? k - 1 : k, n) };
    });
  }

  /**
   * The standard error of actor i's estimate from m searches out of the n - 1 that could tell
   * of it: the sample's standard deviation over √m, with the correction for drawing without
   * repeats from a finite set, divided by n - 2 as the estimate is (its mean dependency / (n - 2)).
   */
  #error(i: number, m: number, n: number): number {
    if (m < 2) return NaN;
    const mean = this.#sums[i]! / m;
    const variance = Math.max(0, (this.#squares[i]! - m * mean * mean) / (m - 1));
    return Math.sqrt((variance / m) * (1 - m / (n - 1))) / (n - 2);
  }

  /** From one source: a breadth-first search, then dependencies summed back from the farthest. */
  #searchFrom(s: number): void {
    if (this.#inTime) {
      const dependency = this.#dependency;
      this.#inTime.dependenciesFrom(s, dependency);
      for (let w = 0; w < dependency.length; w++) {
        if (w === s) continue;
        this.#sums[w]! += dependency[w]!;
        this.#squares[w]! += dependency[w]! * dependency[w]!;
      }
      return;
    }
    // Plain locals and index loops: this runs actors × relations times on a large graph.
    const start = this.#start;
    const adjacent = this.#adjacent;
    const order = this.#order;
    const distance = this.#distance.fill(-1);
    const paths = this.#paths.fill(0);
    const dependency = this.#dependency.fill(0);
    const sums = this.#sums;
    const squares = this.#squares;
    distance[s] = 0;
    paths[s] = 1;
    // `order` is both the queue and, read backwards, the actors from the farthest in.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
        const w = adjacent[e]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k]!;
      const previous = distance[w]! - 1;
      const share = (1 + dependency[w]!) / paths[w]!;
      for (let e = start[w]!, end = start[w + 1]!; e < end; e++) {
        const v = adjacent[e]!;
        if (distance[v] === previous) dependency[v]! += paths[v]! * share;
      }
      sums[w]! += dependency[w]!;
      squares[w]! += dependency[w]! * dependency[w]!;
    }
  }
}

/** `k` distinct actor positions out of `n`, drawn by a seeded partial Fisher–Yates shuffle. */
function drawSources(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const pool = Int32Array.from({ length: n }, (_v, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const chosen = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = chosen;
  }
  return pool.slice(0, k);
}

/**
 * The `n` most central actors by `by`, highest first; equal values go by label, then id.
 * Actors with a value of zero are included when fewer than `n` score above it.
 */
export function topActors(graph: ActorGraph, options: AnalysisOptions, by: CentralityMeasure, n = 5): ActorCentrality[] {
  return rankActors(graph, n <= 0 ? [] : centrality(graph, options), by, n);
}

/** The `n` first of `scores` (from `centrality` or a finished `CentralityRun`) ranked as `topActors` ranks. */
export function rankActors(graph: ActorGraph, scores: readonly ActorCentrality[], by: CentralityMeasure, n = 5): ActorCentrality[] {
  if (n <= 0) return [];
  const label = (id: string) => graph.getNodeAttribute(id, 'label') ?? id;
  return [...scores]
    .sort((p, q) => {
      const difference = q[by] - p[by];
      if (Math.abs(difference) > EPSILON) return difference;
      return label(p.id).localeCompare(label(q.id)) || byCodeUnits(p.id, q.id);
    })
    .slice(0, n);
}

/**
 * Shortest paths that held together, for betweenness with no single day set. A path counts only
 * if some day leaves every one of its relations holding (see held-together.ts), so the search
 * walks states, an actor and the days still open to the path that reached it, rather than actors
 * alone. Pure.
 *
 * Each step between two actors may use any of their parallel relations, so it keeps the union of
 * their days: a sequence of actors is one path whichever relations carry it, as betweenness
 * counts paths on the simple graph. Two walks that reach the same actor with the same days left
 * continue alike, so they share a state. A shortest path to an actor never passes an actor twice
 * (cutting the loop leaves a shorter path with at least the same days), so walks that loop only
 * ever reach states no shortest path ends in, and add nothing.
 */
import { filterFor, relationPasses } from './filter.ts';
import type { ActorGraph } from './graph.ts';
import { nothingToCheck, spanOf, startSpan, type TogetherOptions } from './held-together.ts';
import type { RelationFilter } from './filter.ts';

/** Days as sorted, disjoint, inclusive `[from, to]` pairs laid end to end. */
type Days = number[];

/** The days both sets hold. */
function intersect(a: Days, b: Days): Days {
  const out: Days = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]!, b[j]!);
    const to = Math.min(a[i + 1]!, b[j + 1]!);
    if (from <= to) out.push(from, to);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** The union of spans, as days. */
function union(spans: { from: number; to: number }[]): Days {
  const sorted = spans.filter((s) => s.from <= s.to).sort((p, q) => p.from - q.from);
  const out: Days = [];
  for (const { from, to } of sorted) {
    const last = out.length - 1;
    if (last > 0 && from <= out[last]!) out[last] = Math.max(out[last]!, to);
    else out.push(from, to);
  }
  return out;
}

const sameDays = (a: Days, b: Days) => a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * The searches of betweenness over paths that held together, from one source at a time. Built
 * only when time can part paths: `create` gives null when every pair of actors shares the whole
 * period asked about (no dates, or a single day), and the plain search is exact.
 */
export class TimeBoundPaths {
  readonly #neighbours: { actor: number; days: Days }[][];
  readonly #start: Days;

  private constructor(neighbours: { actor: number; days: Days }[][], start: Days) {
    this.#neighbours = neighbours;
    this.#start = start;
  }

  /** The search for a graph under a filter, or null when the plain search is exact. */
  static create(graph: ActorGraph, ids: readonly string[], options: RelationFilter & TogetherOptions): TimeBoundPaths | null {
    if (nothingToCheck(options)) return null;
    const start = startSpan(options);
    const whole: Days = start.from <= start.to ? [start.from, start.to] : [];
    const position = new Map(ids.map((id, i) => [id, i]));
    const filter = filterFor(graph, options);
    const spans = new Map<number, Map<number, { from: number; to: number }[]>>();
    graph.forEachEdge((_key, relation, source, target) => {
      if (source === target || !relationPasses(relation, filter)) return;
      const a = position.get(source)!;
      const b = position.get(target)!;
      const span = spanOf(relation, options);
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        let row = spans.get(x);
        if (!row) spans.set(x, (row = new Map<number, { from: number; to: number }[]>()));
        const list = row.get(y);
        if (list) list.push(span);
        else row.set(y, [span]);
      }
    });
    let parted = false;
    const neighbours = ids.map((_id, i) =>
      [...(spans.get(i) ?? new Map<number, { from: number; to: number }[]>())].map(([actor, list]) => {
        const days = intersect(union(list), whole);
        if (!sameDays(days, whole)) parted = true;
        return { actor, days };
      }),
    );
    return parted ? new TimeBoundPaths(neighbours, whole) : null;
  }

  /**
   * From source `s`: each actor's dependency, the shortest paths between `s` and the others that
   * run through it, each pair's paths weighing 1 in all (Brandes' dependency, 2001), written into
   * `dependency` (of the graph's length; zeroed first).
   */
  dependenciesFrom(s: number, dependency: Float64Array): void {
    dependency.fill(0);
    const actor: number[] = [s];
    const days: Days[] = [this.#start];
    const distance: number[] = [0];
    const paths: number[] = [1];
    const before: number[][] = [[]];
    const index = new Map<string, number>();
    for (let head = 0; head < actor.length; head++) {
      const next = distance[head]! + 1;
      for (const { actor: w, days: open } of this.#neighbours[actor[head]!]!) {
        if (w === s) continue;
        const left = intersect(days[head]!, open);
        if (left.length === 0) continue;
        const key = `${w} ${left.join(' ')}`;
        let y = index.get(key);
        if (y === undefined) {
          y = actor.length;
          index.set(key, y);
          actor.push(w);
          days.push(left);
          distance.push(next);
          paths.push(0);
          before.push([]);
        }
        if (distance[y] === next) {
          paths[y]! += paths[head]!;
          before[y]!.push(head);
        }
      }
    }
    // The shortest distance to each actor, and how many shortest paths end there.
    const nearest = new Map<number, number>();
    const ending = new Map<number, number>();
    for (let y = 1; y < actor.length; y++) {
      const a = actor[y]!;
      const d = nearest.get(a);
      if (d === undefined || distance[y]! < d) {
        nearest.set(a, distance[y]!);
        ending.set(a, paths[y]!);
      } else if (distance[y] === d) ending.set(a, ending.get(a)! + paths[y]!);
    }
    const carried = new Float64Array(actor.length);
    for (let y = actor.length - 1; y > 0; y--) {
      const a = actor[y]!;
      const ends = distance[y] === nearest.get(a) ? paths[y]! / ending.get(a)! : 0;
      const share = (ends + carried[y]!) / paths[y]!;
      for (const x of before[y]!) carried[x]! += paths[x]! * share;
      dependency[a]! += carried[y]!;
    }
  }
}

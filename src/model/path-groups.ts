/**
 * Path results a reader can work with: paths that read the same grouped together, narrowed by
 * sign and length, and how many paths use each relation when they are all drawn at once. Pure.
 *
 * Two paths read the same when they pass the same actors with the same kind of relation at each
 * step, worded the same way: they differ only in which of several parallel relations they use
 * (the Russia–Taliban hostility of the 1990s or that of 2001). Their dates tell them apart.
 */
import type { ActorGraph } from './graph.ts';
import type { Path, PathSign } from './paths.ts';
import { readPath } from './reading.ts';
import { periodText } from './timeline.ts';

/** Paths that read word for word the same, with their variants in the order they were found. */
export interface PathGroup {
  /** The reading all its paths share, without dates: "China cooperates with Russia, which …". */
  reading: string;
  /** The actors every variant passes, in order. */
  actors: string[];
  sign: PathSign;
  /** Relations in each path. */
  steps: number;
  /** The paths of the group; the first is the one its card shows. */
  variants: Path[];
  /** Indices of the steps whose relation differs between variants; empty for a group of one. */
  differing: number[];
}

/** What the reader narrows a list of paths to. An empty or missing list leaves that side open. */
export interface PathNarrowing {
  signs?: readonly PathSign[];
  /** Numbers of steps kept. */
  steps?: readonly number[];
}

/** How many paths there are of each sign and of each length, for the choices that narrow them. */
export interface PathCounts {
  signs: Record<PathSign, number>;
  /** Paths by number of steps, shortest first. */
  steps: { steps: number; paths: number }[];
}

/** Paths grouped by what they read, groups in the order of their first path. */
export function groupPaths(graph: ActorGraph, paths: readonly Path[]): PathGroup[] {
  const groups = new Map<string, PathGroup>();
  for (const path of paths) {
    const reading = readPath(graph, path);
    // The actors are in the key as well: two labels may be written alike.
    const key = `${path.actors.join('\u0000')}\u0001${reading}`;
    const group = groups.get(key);
    if (group) group.variants.push(path);
    else
      groups.set(key, {
        reading,
        actors: [...path.actors],
        sign: path.sign,
        steps: path.relations.length,
        variants: [path],
        differing: [],
      });
  }
  for (const group of groups.values()) group.differing = differingSteps(group.variants);
  return [...groups.values()];
}

function differingSteps(variants: readonly Path[]): number[] {
  const first = variants[0]!;
  return first.relations.flatMap((id, i) => (variants.some((path) => path.relations[i] !== id) ? [i] : []));
}

/** The paths that `narrowing` keeps, in their order. */
export function narrowPaths(paths: readonly Path[], narrowing: PathNarrowing): Path[] {
  const signs = narrowing.signs?.length ? new Set(narrowing.signs) : null;
  const steps = narrowing.steps?.length ? new Set(narrowing.steps) : null;
  return paths.filter((path) => (!signs || signs.has(path.sign)) && (!steps || steps.has(path.relations.length)));
}

/** How many paths there are of each sign and each length. */
export function countPaths(paths: readonly Path[]): PathCounts {
  const signs: Record<PathSign, number> = { '+': 0, '-': 0, '?': 0 };
  const steps = new Map<number, number>();
  for (const path of paths) {
    signs[path.sign]++;
    steps.set(path.relations.length, (steps.get(path.relations.length) ?? 0) + 1);
  }
  return {
    signs,
    steps: [...steps].sort(([a], [b]) => a - b).map(([n, count]) => ({ steps: n, paths: count })),
  };
}

/** Each relation used by some of `paths`, with how many of them use it, most used first (then by id). */
export function relationWeights(paths: readonly Path[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of paths) {
    // A simple path never uses one relation twice, but a path built by hand might.
    for (const id of new Set(path.relations)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)));
}

/** What a drawing marks to show paths: their actors and relations, and how many paths use each relation when given. */
export interface PathMarks {
  actors: Set<string>;
  relations: Set<string>;
  weights?: ReadonlyMap<string, number>;
}

/** The marks that show `paths`, with each relation's count when `weighted` (every path at once); null for no path. */
export function pathMarks(paths: readonly Path[], weighted: boolean): PathMarks | null {
  if (!paths.length) return null;
  return {
    actors: new Set(paths.flatMap((path) => path.actors)),
    relations: new Set(paths.flatMap((path) => path.relations)),
    ...(weighted ? { weights: relationWeights(paths) } : {}),
  };
}

/**
 * The marks for actors and relations chosen by hand, as a path marks its own: `weights`
 * (relation id → how many paths use it) draws those relations as wide as their count.
 */
export function chosenMarks(chosen: {
  actors?: Iterable<string>;
  relations?: Iterable<string>;
  weights?: Readonly<Record<string, number>>;
}): PathMarks {
  return {
    actors: new Set(chosen.actors ?? []),
    relations: new Set(chosen.relations ?? []),
    ...(chosen.weights ? { weights: new Map(Object.entries(chosen.weights)) } : {}),
  };
}

/** Every actor on some of `paths`, each once, in the order first met. */
export function actorsOf(paths: readonly Path[]): string[] {
  return [...new Set(paths.flatMap((path) => path.actors))];
}

/** One step of a path as its card lists it: the relation and when it holds, in words. */
export interface StepDates {
  relation: string;
  /** "1990 – 1999", "since October 2001", "dates not given". */
  when: string;
}

/** When each step of a path holds, in words. */
export function stepDates(graph: ActorGraph, path: Pick<Path, 'relations'>): StepDates[] {
  return path.relations.map((relation) => ({ relation, when: periodText(graph.getEdgeAttributes(relation)) }));
}

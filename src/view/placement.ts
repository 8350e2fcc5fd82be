/**
 * The layout of graphs small enough to draw with care (up to COLA_MAX_ACTORS actors): stress
 * majorization from several fixed starts (and ForceAtlas2's, given by the caller, from 20
 * actors on), each untangled by annealing and by moving actors one at a time, the start with
 * the fewest crossings and lines through actors kept, turned to lie wide; then labels put on
 * their freest side, room made between actors, and relations still over an actor bent around
 * it. Pure and deterministic: the same actors and relations always come out the same, in a
 * worker or on the page.
 */
import { chooseSides, separate, type LabelSize, type Side } from './label-sides.ts';
import { PARALLEL_STEP } from './style.ts';
import { EDGE_LENGTH, classicalScaling, graphDistances, majorize, randomStart, stressOf } from './stress.ts';
import { countCrossings } from './drawing-measures.ts';
import { bendsAround } from './bends.ts';
import { countThrough, untangle } from './untangle.ts';

export interface PlacementInput {
  /** The room each actor's label takes at zoom 1, by actor index. */
  labels: LabelSize[];
  /** Actor indices joined by relations, two by two, each unordered pair once. */
  pairs: Uint32Array;
  /** How many relations join each pair (1 where absent). */
  relations?: Uint16Array;
}

/** What the placement's first part needs (bestStart): the actors' count and the pairs relations join. */
export interface PlacementStructure {
  actors: number;
  /** Actor indices joined by relations, two by two, each unordered pair once. */
  pairs: Uint32Array;
  /** How many relations join each pair. */
  relations: Uint16Array;
}

export interface Placement {
  /** x, y of actor i at 2i, 2i + 1, rounded to whole pixels. */
  positions: Float64Array;
  /** Each actor's label side. */
  sides: Side[];
  /** For each pair, the bend that takes its relations around actors in their way (see bendsAround). */
  bends: Float64Array;
}

/** Radius around an actor's centre that a line must keep clear of: its shape and a margin. */
export const ACTOR_CLEARANCE = 22;

/** Extra length, in edge lengths, a pair gets for each relation beyond its first. */
const FAN_LENGTH = 0.15;

/**
 * How near an actor each pair's line may pass: the actor's clearance and half its fan (the
 * middle of a curve in a fan lies half its control point's distance off the straight line).
 */
export function pairClearance(relations: ArrayLike<number> | undefined, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = ACTOR_CLEARANCE + (((relations?.[k] ?? 1) - 1) / 2) * (PARALLEL_STEP / 2);
  return out;
}

/**
 * How much stress counts when untangling a ForceAtlas2 start, whose distances were never meant
 * to follow the graph's: enough to keep actors near their communities, not so much that every
 * move away from a crossing is refused.
 */
const STRESS_WEIGHT_ON_FORCE = 0.1;

/**
 * From this many actors on, the placement also tries a start from ForceAtlas2 (force-layout.ts),
 * given by the caller: on larger, denser graphs it often leaves fewer crossings to undo than
 * stress, and it is quick.
 */
export const FORCE_START_ACTORS = 20;

/** From this many actors on, ForceAtlas2's start is the only one: several would take too long. */
const LARGE_ACTORS = 81;

/**
 * ForceAtlas2's starts for a graph of n actors, given a function that makes the one of the
 * fewest crossings out of so many seeds: one seed's, and beyond 120 actors, where untangling
 * gets slow and so a good start is worth most, the best of four (some 40 ms each at 150).
 */
export function forceStarts(n: number, bestOf: (seeds: number, first: number) => Float64Array): Float64Array[] {
  if (n < FORCE_START_ACTORS) return [];
  return [bestOf(n > 120 ? 4 : 1, 1)];
}

/** How many starts, and how hard each is untangled, for a graph of n actors. */
function effort(n: number): { starts: number; grid: number; passes: number; anneal: number } {
  if (n <= 20) return { starts: 4, grid: 10, passes: 12, anneal: 400 };
  if (n <= 40) return { starts: 3, grid: 10, passes: 6, anneal: 150 };
  if (n < LARGE_ACTORS) return { starts: 1, grid: 8, passes: 3, anneal: 30 };
  return { starts: 1, grid: 0, passes: 2, anneal: 0 };
}

/** Graph distances, in edge lengths, a fan of k relations counting as a longer one. */
function distancesOf(n: number, pairs: Uint32Array, relations: Uint16Array | undefined): Float64Array {
  const lengths = Float64Array.from({ length: pairs.length / 2 }, (_, k) => 1 + FAN_LENGTH * ((relations?.[k] ?? 1) - 1));
  return graphDistances(n, pairs, lengths);
}

/** Places the actors; see the module's description. `given` starts, if any, are tried first. */
export function placeActors(input: PlacementInput, given: readonly Float64Array[] = []): Placement {
  return finishPlacement(input, bestStart(input.labels.length, input.pairs, input.relations, given));
}

/**
 * The first part of the placement, which needs no label: the start with the fewest crossings
 * and lines through actors, untangled. Apart so that it can begin before the labels are
 * measured (their sizes come from cytoscape's style, which takes a while to work out).
 */
export function bestStart(
  n: number,
  pairs: Uint32Array,
  relations: Uint16Array | undefined,
  given: readonly Float64Array[] = [],
): Float64Array {
  if (n === 0) return new Float64Array(0);
  const edgeLength = EDGE_LENGTH;
  const count = pairs.length / 2;
  const distances = distancesOf(n, pairs, relations);
  const clearance = pairClearance(relations, count);
  const weight = relations ?? new Uint16Array(count).fill(1);
  const { starts, grid, passes, anneal } = effort(n);
  let best: { positions: Float64Array; score: number } | null = null;
  const tangle = (positions: Float64Array) => 3 * countCrossings(positions, pairs) + 5 * countThrough(positions, pairs, clearance);
  // The given starts (ForceAtlas2's) first, taken as they are: majorizing them would undo what
  // they are for; then stress from classical scaling and from seeded random spreads. Past 80
  // actors only the given starts are tried.
  const tries = given.length + (given.length && n >= LARGE_ACTORS ? 0 : starts);
  for (let s = 0; s < tries; s++) {
    const forced = s < given.length;
    const stressStart = s - given.length;
    const positions = forced
      ? given[s]!.slice()
      : majorize(
          n,
          distances,
          edgeLength,
          stressStart === 0 ? classicalScaling(n, distances, edgeLength) : randomStart(n, stressStart, edgeLength),
        );
    // Stress alone often draws a small graph cleanly; untangling is for the knots it leaves.
    if (tangle(positions) > 0) {
      untangle(n, pairs, positions, {
        edgeLength,
        distances,
        clearance,
        weight,
        minGap: edgeLength * 0.6,
        grid,
        passes,
        anneal,
        seed: s + 1,
        stressWeight: forced ? STRESS_WEIGHT_ON_FORCE : 1,
      });
    }
    // Crossings and lines through actors first; stress (per pair) only breaks ties.
    const knots = tangle(positions);
    const score = knots + stressOf(n, distances, edgeLength, positions) / Math.max(1, n);
    if (!best || score < best.score) best = { positions, score };
    // No start can do better than no knot at all.
    if (knots === 0) break;
  }
  return best!.positions;
}

/** The rest of the placement, from the best start: turned to lie wide, labels on their sides, room made, bends. */
export function finishPlacement(input: PlacementInput, start: Float64Array): Placement {
  const n = input.labels.length;
  const { pairs } = input;
  if (n === 0) return { positions: new Float64Array(0), sides: [], bends: new Float64Array(0) };
  const edgeLength = EDGE_LENGTH;
  const count = pairs.length / 2;
  const clearance = pairClearance(input.relations, count);
  const weight = input.relations ?? new Uint16Array(count).fill(1);
  const { grid } = effort(n);
  const tangle = (positions: Float64Array) => 3 * countCrossings(positions, pairs) + 5 * countThrough(positions, pairs, clearance);
  const positions = lieWide(start);
  let sides = chooseSides(positions, pairs, input.labels, input.relations, PARALLEL_STEP);
  // Related actors at least half a relation's length apart, so that their relations show, and
  // a fan's further by a step a relation: cytoscape draws the curves of a short fan closer.
  const shortest = Float64Array.from({ length: count }, (_, k) => edgeLength / 2 + ((input.relations?.[k] ?? 1) - 1) * PARALLEL_STEP);
  separate(positions, sides, input.labels, 6, 60, pairs, shortest);
  // Making room can push an actor into a line or a fan: one more untangling pass for those, on
  // graphs of up to 40 actors (on larger ones it costs more crossings than it saves); then
  // sides again where the actors now stand, and room made for any label that changed side.
  if (n <= 40 && countThrough(positions, pairs, clearance) > 0) {
    const before = tangle(positions);
    const again = untangle(n, pairs, positions.slice(), {
      edgeLength,
      distances: distancesOf(n, pairs, input.relations),
      clearance,
      weight,
      minGap: edgeLength * 0.6,
      grid,
      passes: 1,
      anneal: 0,
      seed: 1,
    });
    // Kept only if it undid more than it tied: crossings and lines through actors together.
    if (tangle(again) < before) positions.set(again);
  }
  sides = chooseSides(positions, pairs, input.labels, input.relations, PARALLEL_STEP);
  separate(positions, sides, input.labels, 6, 60, pairs, shortest);
  for (let k = 0; k < positions.length; k++) positions[k] = Math.round(positions[k]!);
  return { positions, sides, bends: bendsAround(positions, pairs, ACTOR_CLEARANCE, input.relations, PARALLEL_STEP) };
}

/**
 * Turns the placement about its centre so that its longest spread lies across (views are
 * wider than tall), and so that the same graph always faces the same way.
 */
export function lieWide(p: Float64Array): Float64Array {
  const n = p.length / 2;
  let cx = 0,
    cy = 0;
  for (let i = 0; i < n; i++) {
    cx += p[2 * i]! / n;
    cy += p[2 * i + 1]! / n;
  }
  let sxx = 0,
    syy = 0,
    sxy = 0;
  for (let i = 0; i < n; i++) {
    const x = p[2 * i]! - cx,
      y = p[2 * i + 1]! - cy;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle),
    sin = Math.sin(-angle);
  const out = new Float64Array(p.length);
  for (let i = 0; i < n; i++) {
    const x = p[2 * i]! - cx,
      y = p[2 * i + 1]! - cy;
    out[2 * i] = x * cos - y * sin;
    out[2 * i + 1] = x * sin + y * cos;
  }
  return out;
}

/**
 * Actor sizes by a centrality measure under a filter: each actor's value and the drawn size it
 * gets on a linear scale between the least and the greatest value shown.
 */
import type { AnalysisOptions } from './balance.ts';
import { centrality, type CentralityMeasure } from './centrality.ts';
import type { ActorGraph } from './graph.ts';

/** What actors are sized by: one size for all, or a centrality measure. */
export type SizeBy = 'none' | CentralityMeasure;

/** `degree` or `betweenness` as given; anything else is `none`. */
export function parseSizeBy(value: string | null | undefined): SizeBy {
  return value === 'degree' || value === 'betweenness' ? value : 'none';
}

/** The smallest and largest drawn sizes, in pixels at zoom 1. */
export interface SizeRange {
  min: number;
  max: number;
}

/**
 * Sizes of actors in pixels at zoom 1: the smallest leaves a shape its outline and pattern
 * readable; the largest stays under twice the usual size, so labels and lines laid out for
 * the usual size still clear it.
 */
export const SIZE_RANGE: Readonly<SizeRange> = { min: 20, max: 52 };

/** The scale: each actor's value and size, and the values at the ends of the scale. */
export interface SizeScale {
  by: CentralityMeasure;
  /** Value and size (whole pixels) of every actor, in graph order. */
  actors: Map<string, { value: number; size: number }>;
  /** The least and greatest values among the actors measured; equal when all are the same. */
  least: number;
  greatest: number;
  range: SizeRange;
}

/**
 * Betweenness is worked out from a sample of this many actors beyond it, so that sizing a
 * large graph stays quick (see `SourceSample`); degree is always exact.
 */
export const BETWEENNESS_SAMPLE = 400;

/**
 * The scale for `by` under the filter, or null for `none`. Sizes grow linearly with the value
 * from `range.min` at the least value to `range.max` at the greatest; when every actor has the
 * same value, every actor gets the middle size. Actors all of whose relations are filtered out
 * are measured too (degree 0), so they sit at the small end.
 */
export function actorSizes(graph: ActorGraph, by: SizeBy, options: AnalysisOptions = {}, range: SizeRange = SIZE_RANGE): SizeScale | null {
  if (by === 'none') return null;
  const sample = by === 'betweenness' && graph.order > BETWEENNESS_SAMPLE ? { sources: BETWEENNESS_SAMPLE, seed: 1 } : undefined;
  const scores = centrality(graph, options, sample ? { sample } : {});
  // Betweenness worked out along different paths may differ in the last bits: round to what is shown.
  const values = scores.map((s) => (by === 'degree' ? s.degree : Math.round(s.betweenness * 1000) / 1000));
  const least = values.length ? Math.min(...values) : 0;
  const greatest = values.length ? Math.max(...values) : 0;
  const span = greatest - least;
  const actors = new Map<string, { value: number; size: number }>();
  scores.forEach((score, i) => {
    const value = values[i]!;
    const share = span > 0 ? (value - least) / span : 0.5;
    actors.set(score.id, { value, size: Math.round(range.min + share * (range.max - range.min)) });
  });
  return { by, actors, least, greatest, range };
}

/** A value of the scale as the legend and the descriptions write it: degree whole, betweenness to three places. */
export function sizeValueText(by: CentralityMeasure, value: number): string {
  return by === 'degree' ? String(value) : value.toFixed(3);
}

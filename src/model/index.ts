/**
 * The model: the format, validation, loading into graphology, and every graph answer
 * (paths, balance, camps, centrality, readings). Pure TypeScript, no DOM.
 */
export * from './format.ts';
export { validateDocument, parseDocument, jsonPath } from './validate.ts';
export { parseJson } from './json.ts';
export { isDate, firstDay, lastDay, holdsOn } from './dates.ts';
export { loadGraph, toDocument, type ActorGraph, type GraphMeta } from './graph.ts';
export {
  relationPasses,
  passingRelations,
  filterGraph,
  filterFor,
  withSourceDates,
  holdingOf,
  type RelationFilter,
  type FilterHolding,
} from './filter.ts';
export { findActor, type ActorLookup } from './lookup.ts';
export { searchActors } from './search.ts';
export { DEFAULT_MAX_HOPS } from './limits.ts';
export { findPaths, DEFAULT_LIMIT, type Path, type PathOptions, type PathProblem, type PathResult, type PathSign } from './paths.ts';
export { UNDATED_RULES, holdsText, type UndatedRule } from './held-together.ts';
export { readPath, readRelation, readSign, pathSign } from './reading.ts';
export {
  signedTies,
  pairTies,
  pairKey,
  triads,
  balanceReport,
  type SignedTie,
  type PairTies,
  type AmbivalentPair,
  type Triad,
  type BalanceReport,
  type AnalysisOptions,
} from './balance.ts';
export { splitIntoCamps, EXACT_CAMP_LIMIT, type CampSplit, type Contradiction } from './camps.ts';
export { centrality, topActors, type ActorCentrality, type CentralityMeasure } from './centrality.ts';
export { dateBounds, timelineStops } from './timeline.ts';
export { mergeDocuments, describeMerge, type MergeReport, type MergeResult } from './merge.ts';

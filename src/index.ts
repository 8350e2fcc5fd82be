/**
 * actor-graph as a library: importing it registers the elements (`<actor-graph>`,
 * `<actor-graph-explorer>` and the explorer's panels) and exposes the model, which also runs
 * without a DOM when imported from `actor-graph/model`.
 */
export * from './model/index.ts';
export { ActorGraphElement } from './components/actor-graph.ts';
export type {
  ActorSelectDetail, GraphErrorDetail, GraphReadyDetail, Highlight, LoadResult, PathChangeDetail, RelationSelectDetail,
} from './components/actor-graph.ts';
export { ActorGraphExplorer } from './components/actor-graph-explorer.ts';

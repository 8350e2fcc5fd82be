/**
 * actor-graph as a library: importing it registers the elements (`<actor-graph>`,
 * `<actor-graph-explorer>`; the explorer's panels when an explorer first appears, or on
 * `definePanels()`) and exposes the model, which also runs
 * without a DOM when imported from `actor-graph/model`.
 */
export * from './model/index.ts';
export { ActorGraphElement } from './components/actor-graph.ts';
export type { Highlight, LoadResult } from './components/actor-graph.ts';
// Also brings the events' names into the page's GlobalEventHandlersEventMap, so that listeners get their details typed.
export type {
  ActorGraphEventMap,
  ActorSelectDetail,
  ExportDoneDetail,
  ExportErrorDetail,
  FileProblemsDetail,
  FilterChangeDetail,
  FocusChangeDetail,
  GraphErrorDetail,
  GraphReadyDetail,
  HighlightDetail,
  PathChangeDetail,
  PathHighlightDetail,
  PathQueryDetail,
  RelationSelectDetail,
  StateChangeDetail,
  TimeChangeDetail,
  TriadHighlightDetail,
} from './components/events.ts';
export { ActorGraphExplorer } from './components/actor-graph-explorer.ts';
export { definePanels } from './components/explorer-panels.ts';
export { ActorGraphTimebar } from './components/actor-graph-timebar.ts';

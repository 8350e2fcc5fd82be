/**
 * The events of the package's elements: each detail's type, the map from event name to event
 * that `addEventListener` reads (declared on `GlobalEventHandlersEventMap`, so that
 * `el.addEventListener('actor-select', (e) => e.detail.actor)` type-checks in a page's code), and
 * the one way the elements fire them.
 */
import type { ExplorerState } from './explorer-state.ts';
import type { RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import type { UndatedRule } from '../model/held-together.ts';
import type { Actor, Evidence, Problem, Relation, Source } from '../model/format.ts';
import type { TextFormat } from '../model/source-text.ts';
import type { NormalPathQuery } from '../model/path-report.ts';
import type { PathResult } from '../model/paths.ts';
import type { ExportFormat } from './actor-graph-export-menu.ts';

/** Detail of `graph-ready`: how many actors and relations were loaded. */
export interface GraphReadyDetail {
  actors: number;
  relations: number;
}
/** Detail of `graph-error`: why the load failed, every problem with its path. */
export interface GraphErrorDetail {
  problems: Problem[];
}
/** Detail of `actor-select`: the id of the actor picked and the actor, from whichever element. */
export interface ActorSelectDetail {
  id: string;
  actor: Actor;
}
/** Detail of `relation-select`: the id of the relation picked and the relation, from whichever element. */
export interface RelationSelectDetail {
  id: string;
  relation: Relation;
}
/** Detail of `path-change`: the ends asked for and the answer of `findPaths()`. */
export interface PathChangeDetail {
  from: string;
  to: string;
  result: PathResult;
}
/** Detail of `path-query`: the query as run, defaults filled in. */
export type PathQueryDetail = NormalPathQuery;
/** Detail of `path-highlight` and `triad-highlight`: the actors and relations to light, both empty to clear. */
export interface HighlightDetail {
  actors: string[];
  relations: string[];
}
/**
 * Detail of `path-highlight`: the chosen path's actors and relations, both empty when none is
 * chosen. When every path is shown at once, `weights` gives how many of them use each relation
 * (relation id → count), for `<actor-graph>`'s `highlight()`.
 */
export interface PathHighlightDetail extends HighlightDetail {
  weights?: Record<string, number>;
}
/** Detail of `triad-highlight`: the chosen triad's three actors and three relations, both empty to clear. */
export type TriadHighlightDetail = HighlightDetail;
/** Detail of `focus-change`: show the neighbourhood of `id` to `depth` steps; `{ id: null, depth: 0 }` clears the focus. */
export interface FocusChangeDetail {
  id: string | null;
  depth: number;
}
/**
 * Detail of `filter-change`: the filter as the user has just set it, and from the filters panel
 * whether undated relations join dated ones in paths and triads (`join`) or are kept apart.
 */
export interface FilterChangeDetail {
  filter: RelationFilter;
  undated?: UndatedRule;
}
/** Detail of `export-done`: the format and the name of the file downloaded. */
export interface ExportDoneDetail {
  format: ExportFormat;
  filename: string;
}
/** Detail of `export-error`: the format and why it failed. */
export interface ExportErrorDetail {
  format: ExportFormat;
  message: string;
}
/** Detail of `state-change`: what the explorer shows now, defaults left out as a link leaves them out. */
export interface StateChangeDetail {
  state: ExplorerState;
}
/** Detail of `file-problems`: the name of the file refused and its problems. */
export interface FileProblemsDetail {
  name: string;
  problems: Problem[];
}

/** Detail of `pair-choice`: a torn pair's key (`pairKey(a, b)`) and the id of the relation chosen to count for it, or null to leave it out. */
export interface PairChoiceDetail {
  pair: string;
  relation: string | null;
}

/**
 * Detail of `time-change`: the as-of date the time bar shows (null: any time), and whether Play
 * is running. Each step of Play fires it with `playing: true`; moving the date by hand, Pause and
 * Play stopping at the last step fire it with `playing: false`.
 */
export interface TimeChangeDetail {
  asOf: string | null;
  playing: boolean;
}

/** Detail of `actor-submit`: an actor from the actor form, new or changed (same id), not yet checked. */
export interface ActorSubmitDetail {
  actor: Actor;
  isNew: boolean;
}
/** Detail of `relation-submit`: a relation from the relation form, new or changed (same id), not yet checked. */
export interface RelationSubmitDetail {
  relation: Relation;
  isNew: boolean;
}
/**
 * Detail of `edit-request`: the reader asked to edit or delete an actor, a relation, or a
 * relation's evidence (`index` in its list) from the details panel or the table.
 */
export interface EditRequestDetail {
  action: 'edit' | 'delete';
  what: 'actor' | 'relation' | 'evidence';
  id: string;
  index?: number;
}
/**
 * Detail of `evidence-cite`: words selected in a source's text to cite, exactly as they stand in
 * its paragraph, for the relation selected (or, with `relation: null`, for a new relation).
 */
export interface EvidenceCiteDetail {
  relation: string | null;
  evidence: Evidence;
}
/** Detail of `evidence-submit`: a piece of evidence from the evidence form, to stand as the `index`th of relation `relation`'s list, not yet checked. */
export interface EvidenceSubmitDetail {
  relation: string;
  index: number;
  evidence: Evidence;
}
/** Detail of `evidence-show`: the reader asked to see a piece of evidence in its source's text. */
export interface EvidenceShowDetail {
  relation: string;
  index: number;
}
/** Detail of `locator-fix`: the reader took the locator offered for a quote found in another paragraph. */
export interface LocatorFixDetail {
  relation: string;
  index: number;
  locator: string;
}
/**
 * Detail of `source-text`: a text was given for a source, from a file or pasted; `source` is one
 * of the graph's sources, or a new one (`isNew`) to add.
 */
export interface SourceTextDetail {
  source: Source;
  isNew: boolean;
  /** The file's name, or "pasted text". */
  name: string;
  text: string;
  format: TextFormat;
}

/** Every event the package's elements fire, by name. All bubble and are composed. */
export interface ActorGraphEventMap {
  'graph-ready': CustomEvent<GraphReadyDetail>;
  'graph-error': CustomEvent<GraphErrorDetail>;
  'actor-select': CustomEvent<ActorSelectDetail>;
  'relation-select': CustomEvent<RelationSelectDetail>;
  'path-change': CustomEvent<PathChangeDetail>;
  'path-query': CustomEvent<PathQueryDetail>;
  'path-highlight': CustomEvent<PathHighlightDetail>;
  'triad-highlight': CustomEvent<TriadHighlightDetail>;
  'focus-change': CustomEvent<FocusChangeDetail>;
  'filter-change': CustomEvent<FilterChangeDetail>;
  'export-done': CustomEvent<ExportDoneDetail>;
  'export-error': CustomEvent<ExportErrorDetail>;
  'state-change': CustomEvent<StateChangeDetail>;
  'file-problems': CustomEvent<FileProblemsDetail>;
  'time-change': CustomEvent<TimeChangeDetail>;
  'pair-choice': CustomEvent<PairChoiceDetail>;
  'actor-submit': CustomEvent<ActorSubmitDetail>;
  'relation-submit': CustomEvent<RelationSubmitDetail>;
  'edit-request': CustomEvent<EditRequestDetail>;
  'evidence-cite': CustomEvent<EvidenceCiteDetail>;
  'evidence-submit': CustomEvent<EvidenceSubmitDetail>;
  'evidence-show': CustomEvent<EvidenceShowDetail>;
  'locator-fix': CustomEvent<LocatorFixDetail>;
  'source-text': CustomEvent<SourceTextDetail>;
}

declare global {
  // Merged into the DOM's map, which HTMLElementEventMap, DocumentEventMap and WindowEventMap
  // extend: a listener on the element, or on any ancestor the event bubbles to, gets its detail typed.
  interface GlobalEventHandlersEventMap extends ActorGraphEventMap {}
}

/** Fires `type` from `target` with `detail`, bubbling and composed, as every event of the package is. */
export function emit<K extends keyof ActorGraphEventMap>(target: EventTarget, type: K, detail: ActorGraphEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Fires `actor-select` for the actor `id` of `graph`; nothing when the graph has no such actor. */
export function emitActorSelect(target: EventTarget, graph: ActorGraph | null, id: string | undefined): void {
  if (graph && id !== undefined && graph.hasNode(id)) emit(target, 'actor-select', { id, actor: graph.getNodeAttributes(id) });
}

/** Fires `relation-select` for the relation `id` of `graph`; nothing when the graph has no such relation. */
export function emitRelationSelect(target: EventTarget, graph: ActorGraph | null, id: string | undefined): void {
  if (graph && id !== undefined && graph.hasEdge(id)) emit(target, 'relation-select', { id, relation: graph.getEdgeAttributes(id) });
}

/** Fires `actor-select` or `relation-select`, whichever `id` of `graph` is; nothing for an id it lacks. */
export function emitSelection(target: EventTarget, graph: ActorGraph | null, id: string | null): void {
  if (id === null || !graph) return;
  if (graph.hasNode(id)) emitActorSelect(target, graph, id);
  else emitRelationSelect(target, graph, id);
}

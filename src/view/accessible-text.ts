/**
 * The words screen readers hear for the drawing: its name, its text alternative and what is
 * selected, since the canvas itself says nothing.
 */
import { holdingOf, relationPasses, type RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { dateText } from '../model/timeline.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The accessible name of the drawing, e.g. "Graph: 14 actors, 37 relations shown". */
export function summary(actors: number, relations: number): string {
  return `Graph: ${plural(actors, 'actor', 'actors')}, ${plural(relations, 'relation', 'relations')} shown`;
}

/** What the drawing shows, for `graphSummary`. */
export interface ShownCounts {
  actors: number;
  /** Relations drawn, by type. */
  byType: Readonly<Record<RelationType, number>>;
  /** Relations in the graph, drawn or not. */
  total: number;
  /** The view's date, when it has one. */
  asOf?: string | undefined;
  /** The date the view is known on, when it has one. */
  knownOn?: string | undefined;
  /** How many of the relations drawn only possibly hold at `asOf`. */
  possible?: number | undefined;
  /** The actor whose neighbourhood alone is shown, and how many steps out. */
  focus?: { label: string; depth: number } | null | undefined;
}

/**
 * The text alternative of the drawing, for screen readers: e.g. "Graph of 14 actors and 37
 * relations: 16 cooperation, 16 hostility, 5 contested." or, filtered, "Graph of 14 actors and 20
 * of 37 relations: 11 cooperation, 7 hostility, 2 contested, as of 2001."
 */
export function graphSummary(counts: ShownCounts): string {
  const shown = RELATION_TYPES.reduce((n, type) => n + counts.byType[type], 0);
  const relations =
    shown === counts.total ? plural(shown, 'relation', 'relations') : `${shown} of ${plural(counts.total, 'relation', 'relations')}`;
  const types = RELATION_TYPES.filter((type) => counts.byType[type] > 0).map((type) => `${counts.byType[type]} ${type}`);
  const date = counts.asOf ? `as of ${dateText(counts.asOf)}` : '';
  const known = counts.knownOn ? `as known on ${dateText(counts.knownOn)}` : '';
  const possible = counts.possible ? `${counts.possible} of them only possibly` : '';
  const details = [...types, ...[date, possible, known].filter(Boolean)].join(', ');
  const focus = counts.focus
    ? ` Only the neighbourhood of ${counts.focus.label} is shown, ${plural(counts.focus.depth, 'step', 'steps')} out.`
    : '';
  return `Graph of ${plural(counts.actors, 'actor', 'actors')} and ${relations}${details ? `: ${details}` : ''}.${focus}`;
}

/**
 * Words for the selected actor or relation, announced to screen readers; '' when nothing is. A
 * relation that only possibly holds at the `filter`'s date says so, and an actor with no relation
 * under the filter (drawn faded) says that. `camp` is the actor's place
 * among the camps shown ("camp 2 of 3", "in no camp"), given while camps are drawn, since the
 * drawing tells them by fill and outline.
 */
export function describeSelection(graph: ActorGraph, id: string | null | undefined, filter: RelationFilter = {}, camp = ''): string {
  if (!id) return '';
  if (graph.hasNode(id)) {
    const actor = graph.getNodeAttributes(id);
    // The drawing fades such an actor; the words say why.
    const idle = graph.someEdge(id, (_edge, relation) => relationPasses(relation, filter))
      ? ''
      : `, no relation ${filter.asOf === undefined ? 'shown' : `as of ${dateText(filter.asOf)}`}`;
    return `Selected actor: ${actor.label}${actor.kind ? ` (${actor.kind})` : ''}${idle}${camp ? `, ${camp}` : ''}`;
  }
  if (!graph.hasEdge(id)) return '';
  const relation = graph.getEdgeAttributes(id);
  const name = (actor: string) => graph.getNodeAttribute(actor, 'label');
  const join = relation.directed ? '→' : '–';
  const asOf = filter.possible === true ? filter.asOf : undefined;
  const possibly = asOf !== undefined && relationPasses(relation, filter) && holdingOf(relation, filter) === 'possible';
  const when = possibly ? `, possibly holding as of ${dateText(asOf)}` : '';
  return `Selected relation: ${name(relation.source)} ${join} ${name(relation.target)}, ${relation.type}${when}`;
}

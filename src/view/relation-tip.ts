/**
 * The words of a relation's tooltip on the drawing: who it joins, its label, its type and when
 * it holds. Text only, to be set as text.
 */
import type { ActorGraph } from '../model/graph.ts';
import { periodText } from '../model/timeline.ts';

/** A tooltip's heading and lines. */
export interface RelationTip {
  /** "Russia – Taliban", or "Russia → Taliban" for a directed relation. */
  title: string;
  lines: string[];
}

/** What the tooltip of relation `id` says; null when the graph has no such relation. */
export function relationTip(graph: ActorGraph, id: string): RelationTip | null {
  if (!graph.hasEdge(id)) return null;
  const relation = graph.getEdgeAttributes(id);
  const name = (actor: string) => graph.getNodeAttribute(actor, 'label') || actor;
  const title = `${name(graph.source(id))} ${relation.directed ? '→' : '–'} ${name(graph.target(id))}`;
  const lines = [`Type: ${relation.type}`, `Dates: ${periodText(relation)}`];
  if (relation.label) lines.unshift(relation.label);
  return { title, lines };
}

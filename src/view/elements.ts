/**
 * A graph as cytoscape element definitions: one node per actor, seeded on a circle, and one edge
 * per relation, carrying what the style and the legend read. No DOM and no cytoscape at run time.
 */
import type { ElementDefinition } from 'cytoscape';
import { balanced } from '../model/bidi.ts';
import type { RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { presetPositions, seedPositions, type Point } from './layout.ts';
import { kindOf, type ActorKind } from './style.ts';

/** What a node carries: the actor's id and label (as drawn), its shape class and its kind as written. */
export interface NodeData {
  id: string;
  label: string;
  kind: ActorKind;
  kindName: string;
  /** Where the preset layout puts the actor when its file placed some actors (see presetPositions); else the seed circle. */
  preset?: Point;
}

/** What an edge carries: the relation's ends, type and direction. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
}

/**
 * Most characters of a label drawn on the canvas: a longer one is cut with an ellipsis there (a
 * label of thousands of characters would wrap into a column that shrinks the fitted drawing to a
 * speck), and stays whole in the details, the table and the accessible names.
 */
export const DRAWN_LABEL_MAX = 60;

/**
 * A label as the canvas draws it: whole up to DRAWN_LABEL_MAX characters, else cut with "…",
 * the cut part closing any override it opened, so that the ellipsis stays at its end.
 */
export function drawnLabel(label: string): string {
  const characters = Array.from(label);
  return characters.length <= DRAWN_LABEL_MAX
    ? label
    : `${balanced(
        characters
          .slice(0, DRAWN_LABEL_MAX - 1)
          .join('')
          .trimEnd(),
      )}…`;
}

/** Nodes (seeded on a circle in id order) then edges, both in graph order. */
export function toElements(graph: ActorGraph): ElementDefinition[] {
  const seeds = seedPositions(graph.nodes());
  // Only a graph whose file placed some actor has preset positions other than the seeds.
  const placed = graph.someNode((_, actor) => actor.x !== undefined);
  const preset = placed ? presetPositions(graph.mapNodes((id, actor) => ({ id, x: actor.x, y: actor.y }))) : null;
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, actor) => {
    const data: NodeData = {
      id,
      label: drawnLabel(actor.label),
      kind: kindOf(actor.kind),
      kindName: actor.kind?.trim() || 'other',
      ...(preset ? { preset: preset.get(id)! } : {}),
    };
    elements.push({ group: 'nodes', data, position: { ...seeds.get(id)! } });
  });
  graph.forEachEdge((id, relation, source, target) => {
    const data: EdgeData = { id, source, target, type: relation.type, directed: relation.directed === true };
    elements.push({ group: 'edges', data });
  });
  return elements;
}

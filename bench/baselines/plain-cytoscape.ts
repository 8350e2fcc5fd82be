/**
 * What the two plain cytoscape pages (cytoscape-cola, cytoscape-alone) share: the elements
 * straight from the document, and a short style that draws what ours draws (labels, a colour per
 * relation type, bezier curves so that parallel relations are seen apart, arrows on directed
 * relations). A crowded graph gets what ours gives one: straight relations, the arrow at the
 * middle, labels left out while too small to read.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { MIN_READABLE_FONT } from '../../src/view/style.ts';
import type { BenchDocument } from '../harness.ts';
import { RELATION_COLOURS } from './fa2-graph.ts';

/** The document's actors and relations; each actor at its `x`, `y` where the document gives them. */
export function plainElements(doc: BenchDocument): ElementDefinition[] {
  return [
    ...doc.actors.map((actor) => ({
      data: { id: actor.id, label: actor.label },
      ...(actor.x === undefined || actor.y === undefined ? {} : { position: { x: actor.x, y: actor.y } }),
    })),
    ...doc.relations.map((relation) => ({
      data: {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        type: relation.type,
        directed: relation.directed === true,
      },
    })),
  ];
}

export function plainStyle(crowded = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { label: 'data(label)', 'font-size': 12, ...(crowded ? { 'min-zoomed-font-size': MIN_READABLE_FONT } : {}) },
    },
    { selector: 'edge', style: { width: 2, 'curve-style': crowded ? 'haystack' : 'bezier', 'line-color': '#999' } },
    ...Object.entries(RELATION_COLOURS).map(([type, colour]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': colour, 'target-arrow-color': colour, 'mid-target-arrow-color': colour },
    })),
    { selector: 'edge[?directed]', style: { [crowded ? 'mid-target-arrow-shape' : 'target-arrow-shape']: 'triangle' } },
  ] as StylesheetJson;
}

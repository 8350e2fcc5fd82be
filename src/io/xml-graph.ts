/**
 * What the GEXF and GraphML readers share: actors from `<node>` elements, relations from
 * `<edge>` elements whose ends name nodes by their XML ids, and problems placed at the line of
 * the element they come from.
 */
import type { ValidationResult } from '../model/format.ts';
import { Cells, assemble, buildActor, cell } from './fields.ts';
import type { Cell, Fields } from './fields.ts';
import { attribute, lineOf } from './xml.ts';
import type { XmlElement } from './xml.ts';

/** A cell of text, or none for a missing attribute. */
export const textCell = (text: string | undefined): Cell | undefined => (text === undefined ? undefined : cell(text));

export interface XmlGraph {
  /** The document's own fields (title, description…), already built. */
  head: Fields;
  nodes: XmlElement[];
  edges: XmlElement[];
  /** The cells of an actor from its node, its id among them. */
  actorCells(node: XmlElement): Cells;
  /** The relation of an edge, given its cells with id, source and target already in. */
  relation(edge: XmlElement, cells: Cells): Fields;
}

/** Builds and checks the document of an XML graph file. */
export function assembleXmlGraph(graph: XmlGraph): ValidationResult {
  // Relations name their ends by XML id, which need not be the actor's id in the document.
  const actorIds = new Map<string, string>();
  const actors = graph.nodes.map((node) => {
    const actor = buildActor(graph.actorCells(node));
    const xmlId = attribute(node, 'id');
    if (xmlId !== undefined && typeof actor.id === 'string') actorIds.set(xmlId, actor.id);
    return actor;
  });
  const relations = graph.edges.map((edge) => {
    const end = (name: string) => {
      const id = attribute(edge, name);
      return textCell(id === undefined ? undefined : actorIds.get(id) ?? id);
    };
    const cells = new Cells('relation').add('id', textCell(attribute(edge, 'id')));
    cells.add('source', end('source')).add('target', end('target'));
    return graph.relation(edge, cells);
  });
  return assemble(graph.head, actors, relations, (list, i) =>
    lineOf(list === 'actors' ? graph.nodes[i] : list === 'relations' ? graph.edges[i] : undefined),
  );
}

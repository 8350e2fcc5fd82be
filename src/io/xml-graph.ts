/**
 * What the GEXF and GraphML readers share: actors from `<node>` elements, relations from
 * `<edge>` elements whose ends name nodes by their XML ids, and problems placed at the line of
 * the element they come from.
 */
import type { Problem, ValidationResult } from '../model/format.ts';
import { jsonPath } from '../model/json.ts';
import { textLimitProblem } from '../model/limits.ts';
import { Cells, assemble, buildActor, cell } from './fields.ts';
import type { Cell, Fields } from './fields.ts';
import type { RelationTyping } from './relation-typing.ts';
import { placed } from './json-values.ts';
import { attribute, childElements, lineOf, localName, parseXml, xmlTextProblem } from './xml.ts';
import type { XmlElement } from './xml.ts';
import { surveyXml } from './xml-survey.ts';

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
  /** Relation types by the rules for files from elsewhere (see ReadOptions). */
  typing?: RelationTyping | undefined;
}

/** A GEXF or GraphML file opened: its root element and the first `<graph>` in it. */
export type OpenedXmlGraph = { ok: true; root: XmlElement; graph: XmlElement } | { ok: false; problems: Problem[] };

/**
 * Parses GEXF or GraphML text (`what` names it in problems) once the checks that need no tree
 * pass: its length, its encoding, and the survey of its depth, nodes and edges. A file whose
 * root is not `<rootName>`, or that has no `<graph>` in it, is not of that format.
 */
export function openXmlGraph(text: string, what: string, rootName: string): OpenedXmlGraph {
  const refused = textLimitProblem(text.length) ?? xmlTextProblem(text);
  if (refused) return { ok: false, problems: [{ path: '$', message: refused }] };
  const passed = surveyXml(text);
  if (passed) return { ok: false, problems: [passed] };
  const parsed = parseXml(text, what);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  const graph = childElements(root, 'graph')[0];
  if (localName(root) !== rootName || graph === undefined) {
    const found = localName(root) !== rootName ? `starts with <${localName(root)}>` : 'has no <graph>';
    return { ok: false, problems: [{ path: '$', message: `not a ${what} file: it ${found}` }] };
  }
  return { ok: true, root, graph };
}

/** Builds and checks the document of an XML graph file. */
export function assembleXmlGraph(graph: XmlGraph): ValidationResult {
  // Relations name their ends by XML id, which need not be the actor's id in the document.
  const actorIds = new Map<string, string>();
  const actors = graph.nodes.map((node, i) => {
    const actor = placed(jsonPath(['actors', i]), lineOf(node), () => buildActor(graph.actorCells(node)));
    const xmlId = attribute(node, 'id');
    if (xmlId !== undefined && typeof actor.id === 'string') actorIds.set(xmlId, actor.id);
    return actor;
  });
  const relations = graph.edges.map((edge, i) => {
    const end = (name: string) => {
      const id = attribute(edge, name);
      return textCell(id === undefined ? undefined : (actorIds.get(id) ?? id));
    };
    const cells = new Cells('relation').add('id', textCell(attribute(edge, 'id')));
    cells.add('source', end('source')).add('target', end('target'));
    return placed(jsonPath(['relations', i]), lineOf(edge), () => graph.relation(edge, cells));
  });
  return assemble(
    graph.head,
    actors,
    relations,
    (list, i) => lineOf(list === 'actors' ? graph.nodes[i] : list === 'relations' ? graph.edges[i] : undefined),
    graph.typing,
  );
}

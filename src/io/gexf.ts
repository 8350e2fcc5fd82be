/**
 * GEXF 1.3, the format Gephi reads best.
 *
 * Writing: actors are nodes (id, label) and relations edges (id, source, target, label, the
 * relation type as the edge `kind`, and `type="directed"` for directed ones, the rest being
 * undirected by default; in a document written in an edge mode every edge is directed, or none,
 * see edge-modes.ts). Every other field is a declared attribute (numbered ids, titles named as
 * the fields of the JSON format): node `kind`, `description`, `aliases`
 * (JSON array text); edge `type`, `directed` (boolean, only when the relation has it), `start`,
 * `end`, `startBound`, `endBound`, `note`, `evidence` (JSON array text); `extra` (JSON object
 * text) holds unknown fields. When any relation is dated, the graph is dynamic
 * (`timeformat="date"`) and each dated edge has `start`/`end` set to the first and last day of
 * its period, so Gephi's timeline can play it; the exact dates (`2007`, `2015-10`) and how they
 * are meant (`no-later-than`) stay in the attributes. The document's version (unless plain 1),
 * title, description, sources (JSON) and unknown fields (JSON) are children of `<meta>`. An
 * actor's position is its node's `viz:position` (see gexf-viz.ts).
 *
 * Reading maps any GEXF (1.1 to 1.3) the same way; for files from elsewhere see fields.ts:
 * attribute titles we know fill their fields, others are kept as extra fields, and a relation
 * type comes from a `type` attribute, the edge `kind`, or the sign of the weight.
 */
import type { GraphDocument, ValidationResult } from '../model/format.ts';
import { firstDay, formatDay, lastDay } from '../model/dates.ts';
import { edgeDirections } from './edge-modes.ts';
import { Cells, buildDocumentHead, buildRelation, cell, dropBlank, guard, hasPositions } from './fields.ts';
import { VIZ_NAMESPACE, vizCells, vizPosition } from './gexf-viz.ts';
import type { Cell, ReadOptions } from './fields.ts';
import { ATTRIBUTES, XmlIds, actorValues, attributeNumber, documentValues, needs, relationValues } from './xml-records.ts';
import type { Values } from './xml-records.ts';
import { assembleXmlGraph, openXmlGraph, textCell } from './xml-graph.ts';
import { XmlWriter, attribute, childElements, descendants, localName, textOf, typedValue } from './xml.ts';
import type { XmlElement } from './xml.ts';

/** What our files name as their creator in `<meta>`. */
export const GEXF_CREATOR = 'actor-graph';

/** Meta children that describe the file rather than the graph, and are not read. */
const FILE_META = new Set(['creator', 'keywords', 'lastmodifieddate']);

function writeDeclarations(writer: XmlWriter, domain: 'node' | 'edge', exact: boolean): void {
  writer.open('attributes', [['class', domain]]);
  for (const { name, type } of ATTRIBUTES[domain]) {
    // label is the element's own; a position is GEXF's viz:position
    if (name === 'label' || name === 'x' || name === 'y' || (name === 'exact' && !exact)) continue;
    writer.empty('attribute', [
      ['id', attributeNumber(domain, name)],
      ['title', name],
      ['type', type],
    ]);
  }
  writer.close('attributes');
}

/** Writes `<attvalues>` for every value but the label, which the element carries itself. */
function writeElement(
  writer: XmlWriter,
  name: 'node' | 'edge',
  attributes: Array<[string, string | undefined]>,
  values: Values,
  position?: { x: number; y: number },
): void {
  const label = values.find(([n]) => n === 'label')?.[1];
  const rest = values.filter(([n]) => n !== 'label' && n !== 'x' && n !== 'y');
  const own: Array<[string, string | undefined]> = [...attributes, ['label', label]];
  if (rest.length === 0 && position === undefined) return writer.empty(name, own);
  writer.open(name, own);
  if (rest.length > 0) {
    writer.open('attvalues');
    for (const [n, text] of rest)
      writer.empty('attvalue', [
        ['for', attributeNumber(name, n)],
        ['value', text],
      ]);
    writer.close('attvalues');
  }
  if (position !== undefined) writer.empty('viz:position', vizPosition(position.x, position.y));
  writer.close(name);
}

/** A GEXF 1.3 file of the document, which `readGexf` reads back to an equal document. */
export function writeGexf(document: GraphDocument): string {
  const ids = new XmlIds(document);
  const actors = document.actors.map(actorValues);
  const relations = document.relations.map(relationValues);
  const dynamic = document.relations.some((r) => r.start !== undefined || r.end !== undefined);
  const directions = edgeDirections(document);
  const writer = new XmlWriter();
  writer.open('gexf', [
    ['xmlns', 'http://gexf.net/1.3'],
    ['xmlns:viz', hasPositions(document.actors) ? VIZ_NAMESPACE : undefined],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd'],
    ['version', '1.3'],
  ]);
  writer.open('meta');
  writer.text('creator', [], GEXF_CREATOR);
  for (const [name, text] of documentValues(document)) writer.text(name, [], text);
  writer.close('meta');
  writer.open('graph', [
    ['defaultedgetype', directions.directedByDefault ? 'directed' : 'undirected'],
    ['mode', dynamic ? 'dynamic' : 'static'],
    ['timeformat', dynamic ? 'date' : undefined],
    ['timerepresentation', dynamic ? 'interval' : undefined],
  ]);
  writeDeclarations(writer, 'node', needs(actors, 'exact'));
  writeDeclarations(writer, 'edge', needs(relations, 'exact'));
  writer.open('nodes');
  document.actors.forEach((actor, i) => {
    const position = actor.x !== undefined && actor.y !== undefined ? { x: actor.x, y: actor.y } : undefined;
    writeElement(writer, 'node', [['id', ids.actor(actor.id)]], actors[i]!, position);
  });
  writer.close('nodes');
  writer.open('edges');
  document.relations.forEach((relation, i) => {
    // Gephi's timeline needs whole days: a partial start opens on its first day, a partial end closes on its last.
    let start = relation.start === undefined ? null : firstDay(relation.start);
    let end = relation.end === undefined ? null : lastDay(relation.end);
    // "Began no later than 2016" may end in 2015; the bound that may move is left open rather
    // than giving Gephi an interval that ends before it starts.
    if (start !== null && end !== null && start > end) {
      if (relation.startBound === 'no-later-than') start = null;
      if (relation.endBound === 'no-earlier-than') end = null;
    }
    writeElement(
      writer,
      'edge',
      [
        ['id', ids.relation(relation.id)],
        ['source', ids.actor(relation.source)],
        ['target', ids.actor(relation.target)],
        ['type', directions.directed(relation) ? 'directed' : undefined],
        // The relation type as the edge kind: Gephi then keeps, say, hostility and cooperation
        // between the same two actors as two edges instead of merging them.
        ['kind', relation.type],
        ['start', start === null ? undefined : formatDay(start)],
        ['end', end === null ? undefined : formatDay(end)],
      ],
      relations[i]!,
    );
  });
  writer.close('edges');
  writer.close('graph');
  writer.close('gexf');
  return writer.toString();
}

interface AttributeDef {
  name: string;
  type: string | undefined;
  default: string | undefined;
}

/** Attribute declarations by class (`node`, `edge`) and id. */
function declarations(graph: XmlElement): Record<string, Map<string, AttributeDef>> {
  const defs: Record<string, Map<string, AttributeDef>> = { node: new Map(), edge: new Map() };
  for (const block of childElements(graph, 'attributes')) {
    const domain = (attribute(block, 'class') ?? 'node').toLowerCase();
    for (const def of childElements(block, 'attribute')) {
      const id = attribute(def, 'id');
      if (id === undefined) continue;
      const fallback = childElements(def, 'default')[0];
      defs[domain]?.set(id, {
        name: attribute(def, 'title') || id,
        type: attribute(def, 'type'),
        // Our files declare no defaults; an empty one elsewhere gives no value.
        default: fallback === undefined || textOf(fallback) === '' ? undefined : textOf(fallback),
      });
    }
  }
  return defs;
}

/** Adds an element's attribute values to `cells`, then the declared defaults it does not override. */
function addAttvalues(cells: Cells, element: XmlElement, defs: Map<string, AttributeDef>): void {
  const typed = (text: string, def: AttributeDef | undefined): Cell => ({ text, value: typedValue(text, def?.type) });
  const seen = new Set<string>();
  for (const block of childElements(element, 'attvalues')) {
    for (const value of childElements(block, 'attvalue')) {
      const key = attribute(value, 'for') ?? attribute(value, 'id'); // `id` in GEXF 1.0
      if (key === undefined) continue;
      const def = defs.get(key);
      seen.add(key);
      cells.add(def?.name ?? key, typed(attribute(value, 'value') ?? '', def));
    }
  }
  for (const [key, def] of defs) if (!seen.has(key) && def.default !== undefined) cells.add(def.name, typed(def.default, def));
}

/**
 * Reads GEXF into a checked document. Never throws: XML that does not parse is one problem at
 * `$` with its line and column; problems in the document name the line of their node or edge.
 */
export function readGexf(text: string, options: ReadOptions = {}): ValidationResult {
  return guard('GEXF', () => {
    const opened = openXmlGraph(text, 'GEXF', 'gexf');
    if (!opened.ok) return opened;
    const { root, graph } = opened;
    const head = new Cells('document');
    for (const meta of childElements(root, 'meta')) {
      for (const child of childElements(meta)) {
        if (!FILE_META.has(localName(child).toLowerCase())) head.add(localName(child), cell(textOf(child)));
      }
    }
    // Gephi writes an empty title and description; in a file of ours an empty description is one.
    const creator = childElements(root, 'meta').flatMap((meta) => childElements(meta, 'creator'))[0];
    if (creator === undefined || textOf(creator).trim() !== GEXF_CREATOR) dropBlank(head);
    // networkx names the graph on the element itself; a title in <meta> comes first.
    head.add('name', textCell(attribute(graph, 'name')));
    const defs = declarations(graph);
    const defaultType = (attribute(graph, 'defaultedgetype') ?? 'undirected').toLowerCase();
    return assembleXmlGraph({
      head: buildDocumentHead(head, options.title ?? 'Imported GEXF graph'),
      nodes: descendants(graph, 'node'),
      edges: descendants(graph, 'edge'),
      actorCells: (node) => {
        const cells = new Cells('actor').add('id', textCell(attribute(node, 'id'))).add('label', textCell(attribute(node, 'label')));
        addAttvalues(cells, node, defs.node!);
        for (const [name, value] of vizCells(node)) cells.add(name, value);
        return cells;
      },
      relation: (edge, cells) => {
        cells.add('label', textCell(attribute(edge, 'label'))).add('kind', textCell(attribute(edge, 'kind')));
        const weight = attribute(edge, 'weight');
        if (weight !== undefined) cells.add('weight', { text: weight, value: typedValue(weight, 'double') });
        addAttvalues(cells, edge, defs.edge!);
        // GEXF's edge type is its direction, but networkx writes an edge attribute named type there.
        const edgeType = attribute(edge, 'type');
        const direction = ['directed', 'undirected', 'mutual'].includes(edgeType?.trim().toLowerCase() ?? '') ? edgeType : undefined;
        if (options.typing !== undefined && edgeType !== undefined && direction === undefined) cells.add('type', cell(edgeType));
        return buildRelation(
          cells,
          {
            directed: (direction ?? defaultType).toLowerCase() === 'directed',
            start: attribute(edge, 'start') ?? attribute(edge, 'startopen'),
            end: attribute(edge, 'end') ?? attribute(edge, 'endopen'),
          },
          options.typing,
        );
      },
      typing: options.typing,
    });
  });
}

/** True when the text looks like GEXF (for format detection). */
export const looksLikeGexf = (text: string): boolean => /<gexf[\s>]/.test(text.slice(0, 2000));

/**
 * GraphML, read by yEd, Gephi, Cytoscape, networkx and igraph.
 *
 * Writing: one `<key>` per value (for="graph" / "node" / "edge", `attr.name` the field name as
 * in the JSON format, `attr.type` string, or boolean for `directed`); the graph is
 * `edgedefault="undirected"` (`directed` for a document written in the directed edge mode, see
 * edge-modes.ts) and directed relations are edges with `directed="true"`. Values are those of
 * GEXF (see xml-records.ts): node `label`, `kind`, `description`, `aliases` (JSON); edge
 * `label`, `type`, `directed`, `start`, `end`, `startBound`, `endBound`, `note`, `evidence`
 * (JSON); graph `version` (unless plain 1), `title`, `description`, `sources`
 * (JSON); `extra` (JSON) everywhere for unknown fields.
 *
 * Reading maps keys by `attr.name` (else their id) the same way for any GraphML: names we know
 * fill their fields, others are kept as extra fields (typed by `attr.type`), and key defaults
 * apply. yEd's node and edge labels are read from its graphics data, and a node's position from
 * the centre of its `y:Geometry`; other yEd data is skipped.
 * A relation type comes from a `type` value, or the sign of `weight` (see fields.ts).
 */
import type { GraphDocument, ValidationResult } from '../model/format.ts';
import { edgeDirections } from './edge-modes.ts';
import { Cells, buildDocumentHead, buildRelation, cell, dropBlank, guard, parseBoolean } from './fields.ts';
import type { Cell, ReadOptions } from './fields.ts';
import { ATTRIBUTES, WHEN_USED, XmlIds, actorValues, keyId, documentValues, needs, relationValues } from './xml-records.ts';
import type { Values } from './xml-records.ts';
import { assembleXmlGraph, openXmlGraph, textCell } from './xml-graph.ts';
import { XmlWriter, attribute, childElements, descendants, textOf, typedValue } from './xml.ts';
import type { XmlElement } from './xml.ts';

const DOMAINS = ['graph', 'node', 'edge'] as const;

function writeData(writer: XmlWriter, domain: (typeof DOMAINS)[number], values: Values): void {
  for (const [name, text] of values) writer.text('data', [['key', keyId(domain, name)]], text);
}

/** A GraphML file of the document, which `readGraphml` reads back to an equal document. */
export function writeGraphml(document: GraphDocument): string {
  const ids = new XmlIds(document);
  const head = documentValues(document);
  const actors = document.actors.map(actorValues);
  const relations = document.relations.map(relationValues);
  const lists = { graph: [head], node: actors, edge: relations };
  const directions = edgeDirections(document);
  const writer = new XmlWriter();
  writer.open('graphml', [
    ['xmlns', 'http://graphml.graphdrawing.org/xmlns'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'],
  ]);
  for (const domain of DOMAINS) {
    for (const { name, type } of ATTRIBUTES[domain]) {
      if (WHEN_USED.includes(name) && !needs(lists[domain], name)) continue;
      writer.empty('key', [
        ['id', keyId(domain, name)],
        ['for', domain],
        ['attr.name', name],
        ['attr.type', type],
      ]);
    }
  }
  writer.open('graph', [
    ['id', 'G'],
    ['edgedefault', directions.directedByDefault ? 'directed' : 'undirected'],
  ]);
  writeData(writer, 'graph', head);
  document.actors.forEach((actor, i) => {
    writer.open('node', [['id', ids.actor(actor.id)]]);
    writeData(writer, 'node', actors[i]!);
    writer.close('node');
  });
  document.relations.forEach((relation, i) => {
    writer.open('edge', [
      ['id', ids.relation(relation.id)],
      ['source', ids.actor(relation.source)],
      ['target', ids.actor(relation.target)],
      ['directed', directions.directed(relation) ? 'true' : undefined],
    ]);
    writeData(writer, 'edge', relations[i]!);
    writer.close('edge');
  });
  writer.close('graph');
  writer.close('graphml');
  return writer.toString();
}

interface KeyDef {
  domain: string;
  name: string;
  type: string | undefined;
  /** yEd's `yfiles.type`: graphics and resources rather than a value. */
  yfiles: string | undefined;
  default: string | undefined;
}

function keyDefinitions(root: XmlElement): Map<string, KeyDef> {
  const keys = new Map<string, KeyDef>();
  for (const key of childElements(root, 'key')) {
    const id = attribute(key, 'id');
    if (id === undefined) continue;
    const fallback = childElements(key, 'default')[0];
    keys.set(id, {
      domain: attribute(key, 'for') ?? 'all',
      name: attribute(key, 'attr.name') || id,
      type: attribute(key, 'attr.type'),
      yfiles: attribute(key, 'yfiles.type'),
      // An empty default (yEd declares its custom properties so) gives no value.
      default: fallback === undefined || textOf(fallback) === '' ? undefined : textOf(fallback),
    });
  }
  return keys;
}

/** The text of the first yEd label (`y:NodeLabel`, `y:EdgeLabel`) inside a graphics value. */
function yedLabel(data: XmlElement): string | undefined {
  const label = [...descendants(data, 'NodeLabel'), ...descendants(data, 'EdgeLabel')][0];
  const text = label === undefined ? '' : textOf(label).trim();
  return text === '' ? undefined : text;
}

/** The centre of a yEd node's `y:Geometry` (which gives its top left corner and size), in yEd's screen coordinates. */
function yedCentre(data: XmlElement): { x: number; y: number } | undefined {
  const geometry = descendants(data, 'Geometry')[0];
  if (geometry === undefined) return undefined;
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(geometry, name) ?? 0));
  const centre = { x: x! + width! / 2, y: y! + height! / 2 };
  return Number.isFinite(centre.x) && Number.isFinite(centre.y) ? centre : undefined;
}

/** Adds an element's `<data>` values to `cells`, then the key defaults for its domain it lacks. */
function addData(cells: Cells, element: XmlElement, domain: string, keys: Map<string, KeyDef>): void {
  const typed = (text: string, def: KeyDef | undefined): Cell => ({ text, value: typedValue(text, def?.type) });
  const seen = new Set<string>();
  let graphicsLabel: string | undefined;
  let centre: { x: number; y: number } | undefined;
  for (const data of childElements(element, 'data')) {
    const key = attribute(data, 'key') ?? '';
    const def = keys.get(key);
    seen.add(key);
    if (def?.yfiles !== undefined) {
      graphicsLabel ??= yedLabel(data);
      if (domain === 'node') centre ??= yedCentre(data);
      continue;
    }
    cells.add(def?.name ?? key, typed(textOf(data), def));
  }
  for (const [key, def] of keys) {
    if (!seen.has(key) && def.default !== undefined && (def.domain === domain || def.domain === 'all') && def.yfiles === undefined) {
      cells.add(def.name, typed(def.default, def));
    }
  }
  // yEd keeps labels in its graphics; a label value, if the file has one, comes first.
  if (graphicsLabel !== undefined) cells.add('label', cell(graphicsLabel));
  if (centre !== undefined && cells.map.get('x') === undefined && cells.map.get('y') === undefined) {
    cells.add('x', { text: String(centre.x), value: centre.x }).add('y', { text: String(centre.y), value: centre.y });
  }
}

/**
 * Reads GraphML into a checked document. Never throws: XML that does not parse is one problem
 * at `$` with its line and column; problems in the document name the line of their node or edge.
 * Only the first `<graph>` is read; nodes of nested graphs (yEd groups) are actors too.
 */
export function readGraphml(text: string, options: ReadOptions = {}): ValidationResult {
  return guard('GraphML', () => {
    const opened = openXmlGraph(text, 'GraphML', 'graphml');
    if (!opened.ok) return opened;
    const { root, graph } = opened;
    const keys = keyDefinitions(root);
    const head = new Cells('document');
    addData(head, graph, 'graph', keys);
    // Our files always declare the title key; in others an empty value (yEd's Description) says nothing.
    if (keys.get('g-title')?.name !== 'title') dropBlank(head);
    // GraphML's default direction is "directed" when the file does not say.
    const defaultDirected = (attribute(graph, 'edgedefault') ?? 'directed').toLowerCase() === 'directed';
    return assembleXmlGraph({
      head: buildDocumentHead(head, options.title ?? 'Imported GraphML graph'),
      nodes: descendants(graph, 'node'),
      edges: descendants(graph, 'edge'),
      actorCells: (node) => {
        const cells = new Cells('actor').add('id', textCell(attribute(node, 'id')));
        addData(cells, node, 'node', keys);
        return cells;
      },
      relation: (edge, cells) => {
        addData(cells, edge, 'edge', keys);
        const directed = attribute(edge, 'directed');
        return buildRelation(
          cells,
          { directed: (directed === undefined ? undefined : parseBoolean(directed)) ?? defaultDirected },
          options.typing,
        );
      },
      typing: options.typing,
    });
  });
}

/** True when the text looks like GraphML (for format detection). */
export const looksLikeGraphml = (text: string): boolean => /<graphml[\s>]/.test(text.slice(0, 2000));

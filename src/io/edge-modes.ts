/**
 * Edge modes: how a document's relations are written for tools that hold only one kind of edge.
 *
 * Our relations mix directed and undirected ones. Gephi holds both ("mixed", the document as it
 * is), but networkx, igraph and many others refuse a graph whose edges are not all of one kind.
 * So a document can be written:
 * - `directed`: every edge directed. An undirected relation is written as itself plus a reverse
 *   edge (its ends swapped, its evidence left on the first) that names it in `reverseOf`.
 * - `undirected`: every edge undirected. A directed relation keeps `directed: true` as a value and
 *   names its source in `directedFrom`, since an undirected edge's ends come back in any order.
 *
 * The document records its mode in `edgeMode`, which the GEXF and GraphML writers read through
 * `edgeDirections` to draw the edges, and `fromEdgeMode` undoes it all after reading. These
 * three field names are reserved for this.
 */
import type { GraphDocument, Relation } from '../model/format.ts';
import { freshId, has } from './fields.ts';

/** How the edges of a written document are directed. */
export type EdgeMode = 'mixed' | 'directed' | 'undirected';

/** Every edge mode, the default first. */
export const EDGE_MODES: readonly EdgeMode[] = ['mixed', 'directed', 'undirected'];

/** The document field that records the mode a document was written in. */
export const EDGE_MODE_FIELD = 'edgeMode';
/** The relation field of a reverse edge: the id of the undirected relation it stands for. */
export const REVERSE_OF_FIELD = 'reverseOf';
/** The relation field that keeps a directed relation's source when its edge is written undirected. */
export const DIRECTED_FROM_FIELD = 'directedFrom';

/** True for the name of an edge mode. */
export const isEdgeMode = (value: unknown): value is EdgeMode => EDGE_MODES.includes(value as EdgeMode);

/** The mode a document says it was written in; a document that says nothing (or something else) is mixed. */
export function edgeModeOf(document: GraphDocument): EdgeMode {
  const mode = document[EDGE_MODE_FIELD];
  return mode === 'directed' || mode === 'undirected' ? mode : 'mixed';
}

const isUndirected = (relation: Relation) => relation.directed !== true;

/** The document as written in `mode` (pure document → document transform; 'mixed' returns it as is). */
export function toEdgeMode(document: GraphDocument, mode: EdgeMode): GraphDocument {
  if (mode === 'mixed') return document;
  // A document already in a mode is brought back first, so that marks are never doubled.
  const plain = fromEdgeMode(document);
  const relations: Relation[] = [];
  if (mode === 'directed') {
    const used = new Set([...plain.actors.map((a) => a.id), ...plain.relations.map((r) => r.id)]);
    for (const relation of plain.relations) {
      relations.push(relation);
      if (!isUndirected(relation)) continue;
      const reverse: Relation = {
        ...relation,
        id: freshId(`${relation.id}-reverse`, used),
        source: relation.target,
        target: relation.source,
      };
      delete reverse.evidence;
      reverse[REVERSE_OF_FIELD] = relation.id;
      relations.push(reverse);
    }
  } else {
    for (const relation of plain.relations) {
      relations.push(isUndirected(relation) ? relation : { ...relation, [DIRECTED_FROM_FIELD]: relation.source });
    }
  }
  return { ...plain, [EDGE_MODE_FIELD]: mode, relations };
}

/**
 * Undoes toEdgeMode after reading (pairs marked as one relation united, direction attribute
 * restored); a document not written in a mode is returned as is. The marks on relations are
 * enough: CSV tables, which have no place for the document's own fields, lose `edgeMode`.
 */
export function fromEdgeMode(document: GraphDocument): GraphDocument {
  const marked = document.relations.some((r) => has(r, REVERSE_OF_FIELD) || has(r, DIRECTED_FROM_FIELD));
  const inMode = isEdgeMode(document[EDGE_MODE_FIELD]);
  if (!marked && !inMode) return document;
  const byId = new Map(document.relations.map((r) => [r.id, r]));
  const paired = new Set<string>();
  const reverses = new Set<Relation>();
  for (const relation of document.relations) {
    const of = relation[REVERSE_OF_FIELD];
    const named = typeof of === 'string' && of !== relation.id ? byId.get(of) : undefined;
    // A reverse edge whose relation is not there (or not between its ends) is all that is left of it, and stays.
    if (named && named.source === relation.target && named.target === relation.source) {
      paired.add(named.id);
      reverses.add(relation);
    }
  }
  const relations = document.relations.filter((relation) => !reverses.has(relation)).map((relation) => restore(relation, paired));
  const restored: GraphDocument = { ...document, relations };
  if (inMode) delete restored[EDGE_MODE_FIELD];
  return restored;
}

/** One relation as it was before it was written in a mode. */
function restore(relation: Relation, paired: ReadonlySet<string>): Relation {
  if (paired.has(relation.id) && relation.directed === true) {
    // A file's arrow reads as `directed: true` where the relation had no such field; one that
    // was directed has no reverse, so an explicit `false` is the only other value it had.
    const { directed: _directed, ...undirected } = relation;
    return undirected;
  }
  if (!has(relation, DIRECTED_FROM_FIELD)) return relation;
  const { [DIRECTED_FROM_FIELD]: from, ...rest } = relation;
  // A tool that stored the edge undirected may give its ends in the other order.
  if (from === relation.target && from !== relation.source) return { ...rest, source: relation.target, target: relation.source };
  return rest;
}

/** How a writer draws a document's edges: the graph's default direction, and each relation's. */
export interface EdgeDirections {
  /** True when the graph is declared directed (every edge is). */
  directedByDefault: boolean;
  /** Whether the edge of `relation` is drawn with an arrow. */
  directed(relation: Relation): boolean;
}

/**
 * The directions GEXF and GraphML write: those of the document's mode, else each relation's own
 * in a graph declared undirected (Gephi reads the mix; tools that hold one kind of edge do not).
 */
export function edgeDirections(document: GraphDocument): EdgeDirections {
  const mode = edgeModeOf(document);
  if (mode === 'directed') return { directedByDefault: true, directed: () => true };
  if (mode === 'undirected') return { directedByDefault: false, directed: () => false };
  return { directedByDefault: false, directed: (relation) => relation.directed === true };
}

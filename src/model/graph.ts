/**
 * Loading a valid document into a graphology multi graph: actors are nodes keyed by id,
 * relations are edges keyed by id, directed or undirected as the relation says.
 */
import { MultiGraph } from 'graphology';
import type { Actor, GraphDocument, Relation } from './format.ts';

/** Graph-level attributes: the document's title, description, sources and any other top-level field. */
export interface GraphMeta {
  title: string;
  description?: string;
  sources?: GraphDocument['sources'];
  [extra: string]: unknown;
}

/** Fields of a document that the graph holds as nodes and edges, or beside its attributes. */
const NOT_META = new Set(['version', 'actors', 'relations']);

/** Each graph's format version, kept apart from its attributes so that none of them is taken for it. */
const versions = new WeakMap<ActorGraph, GraphDocument['version']>();

/** The graph every question is asked of: node attributes are actors, edge attributes relations. */
export type ActorGraph = MultiGraph<Actor, Relation, GraphMeta>;

/**
 * Builds the graph of a document that has passed validation (see `validateDocument`).
 * Relation and actor records are kept as they are, extra fields included.
 */
export function loadGraph(document: GraphDocument): ActorGraph {
  const graph: ActorGraph = new MultiGraph<Actor, Relation, GraphMeta>({ type: 'mixed', allowSelfLoops: true });
  // Every other top-level field rides along, so that a document written back loses none;
  // fromEntries defines keys such as "__proto__" as plain fields instead of assigning them.
  const meta = Object.fromEntries(Object.entries(document).filter(([key]) => !NOT_META.has(key))) as GraphMeta;
  graph.replaceAttributes(meta);
  versions.set(graph, document.version);
  for (const actor of document.actors) graph.addNode(actor.id, actor);
  for (const relation of document.relations) {
    if (relation.directed === true) {
      graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
    } else {
      graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
    }
  }
  return graph;
}

/**
 * The document a graph was loaded from, rebuilt in actor and relation order, its other
 * top-level fields in their order before `actors` and `relations`, and its version (for a graph
 * not loaded from a document, such as a filtered copy, 1.1 when its relations need it).
 */
export function toDocument(graph: ActorGraph): GraphDocument {
  const meta = graph.getAttributes();
  const document: GraphDocument = { version: 1, ...meta, actors: [], relations: [] };
  graph.forEachNode((_id, actor) => document.actors.push(actor));
  graph.forEachEdge((_id, relation) => document.relations.push(relation));
  document.version = versions.get(graph) ?? (usesVersion11(document.relations) ? 1.1 : 1);
  return document;
}

/** True when relations use what version 1.1 added: uncertain bounds or dated evidence. */
function usesVersion11(relations: readonly Relation[]): boolean {
  return relations.some(
    (r) => r.startBound !== undefined || r.endBound !== undefined || (r.evidence ?? []).some((e) => e.date !== undefined),
  );
}

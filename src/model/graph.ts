/**
 * Loading a valid document into a graphology multi graph: actors are nodes keyed by id,
 * relations are edges keyed by id, directed or undirected as the relation says.
 */
import { MultiGraph } from 'graphology';
import type { Actor, GraphDocument, Relation } from './format.ts';

/** Graph-level attributes: the document's title, description and sources. */
export interface GraphMeta {
  title: string;
  description?: string;
  sources?: GraphDocument['sources'];
}

/** The graph every question is asked of: node attributes are actors, edge attributes relations. */
export type ActorGraph = MultiGraph<Actor, Relation, GraphMeta>;

/**
 * Builds the graph of a document that has passed validation (see `validateDocument`).
 * Relation and actor records are kept as they are, extra fields included.
 */
export function loadGraph(document: GraphDocument): ActorGraph {
  const graph: ActorGraph = new MultiGraph<Actor, Relation, GraphMeta>({ type: 'mixed', allowSelfLoops: true });
  const meta: GraphMeta = { title: document.title };
  if (document.description !== undefined) meta.description = document.description;
  if (document.sources !== undefined) meta.sources = document.sources;
  graph.replaceAttributes(meta);
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

/** The document a graph was loaded from, rebuilt in actor and relation order. */
export function toDocument(graph: ActorGraph): GraphDocument {
  const meta = graph.getAttributes();
  const document: GraphDocument = { version: 1, title: meta.title, actors: [], relations: [] };
  if (meta.description !== undefined) document.description = meta.description;
  if (meta.sources !== undefined) document.sources = meta.sources;
  graph.forEachNode((_id, actor) => document.actors.push(actor));
  graph.forEachEdge((_id, relation) => document.relations.push(relation));
  return document;
}

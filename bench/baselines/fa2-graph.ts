/**
 * The graph of the sigma-fa2 stack, laid out: a graphology multi graph (parallel and directed
 * relations as in ours), random initial positions from a seeded generator (ForceAtlas2 needs
 * them; Math.random would make runs differ), then `forceAtlas2.assign` with `inferSettings`
 * and a fixed 100 iterations. The sigma-fa2 page times this; the cytoscape-alone page is given
 * its positions, worked out in Node before the run, so that both draw the same picture.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../generate.ts';
import type { BenchDocument } from '../harness.ts';

export const RELATION_COLOURS: Record<string, string> = { cooperation: '#009e73', hostility: '#d55e00', contested: '#0072b2' };

/** Iterations of ForceAtlas2: what graphology's documentation uses for a first look. */
const ITERATIONS = 100;

export function forceAtlas2Graph(doc: BenchDocument): Graph {
  const random = seededRandom(1);
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  for (const actor of doc.actors)
    graph.addNode(actor.id, { label: actor.label, x: random() * 1000, y: random() * 1000, size: 5, color: '#4d4d4d' });
  for (const relation of doc.relations) {
    // Not `type`: sigma reads an edge's `type` attribute as the name of the program drawing it.
    const attributes = { color: RELATION_COLOURS[relation.type] ?? '#999', size: 1 };
    if (relation.directed) graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  forceAtlas2.assign(graph, { iterations: ITERATIONS, settings: forceAtlas2.inferSettings(graph) });
  return graph;
}

/** `doc` with each actor at the position ForceAtlas2 gives it in forceAtlas2Graph. */
export function placedByForceAtlas2(doc: BenchDocument): BenchDocument {
  const graph = forceAtlas2Graph(doc);
  return {
    ...doc,
    actors: doc.actors.map((actor) => ({
      ...actor,
      x: graph.getNodeAttribute(actor.id, 'x') as number,
      y: graph.getNodeAttribute(actor.id, 'y') as number,
    })),
  };
}

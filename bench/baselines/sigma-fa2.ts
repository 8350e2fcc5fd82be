/**
 * Baseline: sigma.js + graphology-layout-forceatlas2, the stack of Gephi Lite. A graphology
 * multi graph (parallel and directed relations as in ours), random initial positions from a
 * seeded generator (FA2 needs them; Math.random would make runs differ), then
 * `forceAtlas2.assign` with `inferSettings` and a fixed 100 iterations, then `new Sigma`.
 *
 * Why the synchronous `assign` rather than the worker FA2Layout that Gephi Lite runs until the
 * user stops it: a fixed iteration count gives the same drawing on every run and a figure that
 * measures the work, whereas a worker run for a fixed time measures the chosen time. 100
 * iterations is what graphology's documentation uses for a first look; it is a generous
 * baseline (at 5,000 actors FA2 has not fully settled by then).
 *
 * Ready is after FA2 and sigma's first render: the constructor renders synchronously (sigma 4
 * `refresh()`), so ready is when it returns.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { seededRandom } from '../generate.ts';
import { runBench } from '../harness.ts';

const COLOURS: Record<string, string> = { cooperation: '#009e73', hostility: '#d55e00', contested: '#0072b2' };

runBench(async (doc, container) => {
  const random = seededRandom(1);
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  for (const actor of doc.actors)
    graph.addNode(actor.id, { label: actor.label, x: random() * 1000, y: random() * 1000, size: 5, color: '#4d4d4d' });
  for (const relation of doc.relations) {
    // Not `type`: sigma reads an edge's `type` attribute as the name of the program drawing it.
    const attributes = { color: COLOURS[relation.type] ?? '#999', size: 1 };
    if (relation.directed) graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
  new Sigma(graph, container);
  return { positions: () => graph.mapNodes((id, a) => [id, a.x as number, a.y as number] as [string, number, number]) };
});

/**
 * Baseline: sigma.js + graphology-layout-forceatlas2, the stack of Gephi Lite: the graph laid out
 * by ForceAtlas2 as bench/baselines/fa2-graph.ts says, then `new Sigma`.
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
import Sigma from 'sigma';
import { runBench } from '../harness.ts';
import { forceAtlas2Graph } from './fa2-graph.ts';

runBench(async (doc, container) => {
  const graph = forceAtlas2Graph(doc);
  new Sigma(graph, container);
  return { positions: () => graph.mapNodes((id, a) => [id, a.x as number, a.y as number] as [string, number, number]) };
});

/**
 * Our stack: an `<actor-graph>` from src, given the document through its `data` property.
 * Connection is the moment the element is created; ready is its `graph-ready` event. Where the
 * time goes is marked by wrapping cytoscape's coarse calls (bench/marks.ts).
 */
import '../src/components/actor-graph.ts';
import { emptyPoint, runBench } from './harness.ts';
import { installMarks, marks } from './marks.ts';

installMarks();

runBench(async (doc, container) => {
  marks.length = 0;
  const element = document.createElement('actor-graph');
  element.style.height = '100%';
  // The graph is the whole page, as in the explorer: the wheel zooms it, as it does the baselines.
  element.wheel = 'zoom';
  const ready = new Promise<void>((resolve, reject) => {
    element.addEventListener('graph-ready', () => resolve(), { once: true });
    element.addEventListener('graph-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))), { once: true });
  });
  container.append(element);
  element.data = doc;
  await ready;
  return {
    positions: () => element.cy!.nodes().map((node) => [node.id(), node.position().x, node.position().y] as [string, number, number]),
    marks: () => marks.slice(),
    emptyPoint: () =>
      emptyPoint(
        element.cy!.container()!.getBoundingClientRect(),
        element.cy!.nodes().map((node) => node.renderedBoundingBox()),
      ),
  };
});

/**
 * The floor: cytoscape alone, with nothing to lay out. Each actor stands where ForceAtlas2 put it
 * for the sigma-fa2 page (worked out in Node before the run, bench/baselines/fa2-graph.ts), so
 * both draw the same picture; the style is the cytoscape-cola page's (plain-cytoscape.ts), and a
 * crowded graph gets what ours gives one, relations hidden and a picture of the actors moved
 * while the view moves included.
 *
 * Created empty in one task, given its elements and fitted in the next: ready then, as ours is
 * at graph-ready (every element styled and placed, its frame to come). Where cytoscape ends the
 * frame that first draws the graph is marked "first frame": the task around that mark is what
 * its canvas renderer takes to draw this graph in one frame.
 */
import cytoscape from 'cytoscape';
import { LARGE_DRAWING_RELATIONS } from '../../src/view/style.ts';
import { emptyPoint, runBench, type Mark } from '../harness.ts';
import { plainElements, plainStyle } from './plain-cytoscape.ts';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

runBench(async (doc, container) => {
  const crowded = doc.relations.length > LARGE_DRAWING_RELATIONS;
  const cy = cytoscape({
    container,
    layout: { name: 'null' },
    hideEdgesOnViewport: crowded,
    textureOnViewport: crowded,
    minZoom: 0.05,
    maxZoom: 6,
    style: plainStyle(crowded),
  });
  await nextTask();
  cy.batch(() => void cy.add(plainElements(doc)));
  cy.fit(undefined, 30);
  const marks: Mark[] = [];
  // When cytoscape ends that frame's drawing: the long task around it is the frame's (the
  // frame's own start time is no guide, as it is set before a busy main thread gets to it).
  cy.one('render', () => {
    const now = performance.now();
    marks.push({ name: 'first frame', start: now, end: now });
  });
  return {
    marks: () => marks,
    positions: () => cy.nodes().map((node) => [node.id(), node.position().x, node.position().y] as [string, number, number]),
    emptyPoint: () =>
      emptyPoint(
        container.getBoundingClientRect(),
        cy.nodes().map((node) => node.renderedBoundingBox()),
      ),
  };
});

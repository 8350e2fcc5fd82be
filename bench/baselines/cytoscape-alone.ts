/**
 * The floor: cytoscape alone, with nothing to lay out. Each actor stands where ForceAtlas2 put it
 * for the sigma-fa2 page (worked out in Node before the run, bench/baselines/fa2-graph.ts), so
 * both draw the same picture; the style is the cytoscape-cola page's, and a crowded graph gets
 * what ours gives one: straight relations, labels left out while too small to read, relations
 * hidden and a picture of the actors moved while the view moves.
 *
 * Created empty in one task, given its elements and fitted in the next: ready then, as ours is
 * at graph-ready (every element styled and placed, its frame to come). Where cytoscape ends the
 * frame that first draws the graph is marked "first frame": the task around that mark is what
 * its canvas renderer takes to draw this graph in one frame.
 */
import cytoscape from 'cytoscape';
import { LARGE_DRAWING_RELATIONS, MIN_READABLE_FONT } from '../../src/view/style.ts';
import { emptyPoint, runBench, type Mark } from '../harness.ts';
import { RELATION_COLOURS } from './fa2-graph.ts';

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
    style: [
      {
        selector: 'node',
        style: { label: 'data(label)', 'font-size': 12, ...(crowded ? { 'min-zoomed-font-size': MIN_READABLE_FONT } : {}) },
      },
      { selector: 'edge', style: { width: 2, 'curve-style': crowded ? 'haystack' : 'bezier', 'line-color': '#999' } },
      ...Object.entries(RELATION_COLOURS).map(([type, colour]) => ({
        selector: `edge[type = "${type}"]`,
        style: { 'line-color': colour, 'target-arrow-color': colour, 'mid-target-arrow-color': colour },
      })),
      { selector: 'edge[?directed]', style: { [crowded ? 'mid-target-arrow-shape' : 'target-arrow-shape']: 'triangle' } },
    ],
  });
  await nextTask();
  cy.batch(() => {
    cy.add([
      ...doc.actors.map((actor) => ({ data: { id: actor.id, label: actor.label }, position: { x: actor.x ?? 0, y: actor.y ?? 0 } })),
      ...doc.relations.map((relation) => ({
        data: {
          id: relation.id,
          source: relation.source,
          target: relation.target,
          type: relation.type,
          directed: relation.directed === true,
        },
      })),
    ]);
  });
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

/**
 * Baseline: plain cytoscape + cytoscape-cola at defaults, as a user would write it from the
 * two READMEs: elements straight from the document, a short style, `layout: { name: 'cola' }`.
 * Cola's defaults animate (ticks on animation frames) and stop after maxSimulationTime 4000 ms
 * at most; ready is its `layoutstop` plus a rendered frame (the frame is waited for by the
 * harness for every stack; here it is waited for before "ready" too, as the brief defines it).
 *
 * The style is simple but draws what ours draws: labels, a colour per relation type, bezier
 * curves so that parallel relations are seen apart, and arrows on directed relations.
 */
import cytoscape from 'cytoscape';
import cola from 'cytoscape-cola';
import { emptyPoint, runBench } from '../harness.ts';

cytoscape.use(cola);

const COLOURS: Record<string, string> = { cooperation: '#009e73', hostility: '#d55e00', contested: '#0072b2' };

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

runBench(async (doc, container) => {
  let stopped!: () => void;
  const layoutStop = new Promise<void>((resolve) => (stopped = resolve));
  const cy = cytoscape({
    container,
    elements: [
      ...doc.actors.map((actor) => ({ data: { id: actor.id, label: actor.label } })),
      ...doc.relations.map((relation) => ({
        data: {
          id: relation.id,
          source: relation.source,
          target: relation.target,
          type: relation.type,
          directed: relation.directed === true,
        },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 12 } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'line-color': '#999' } },
      ...Object.entries(COLOURS).map(([type, colour]) => ({
        selector: `edge[type = "${type}"]`,
        style: { 'line-color': colour, 'target-arrow-color': colour },
      })),
      { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    ],
    // The documented callback: attached before the layout starts, so an early stop is not missed.
    layout: { name: 'cola', stop: () => stopped() } as cytoscape.LayoutOptions,
  });
  await layoutStop;
  await frame();
  return {
    positions: () => cy.nodes().map((node) => [node.id(), node.position().x, node.position().y] as [string, number, number]),
    emptyPoint: () =>
      emptyPoint(
        container.getBoundingClientRect(),
        cy.nodes().map((node) => node.renderedBoundingBox()),
      ),
  };
});

/**
 * Baseline: plain cytoscape + cytoscape-cola at defaults, as a user would write it from the
 * two READMEs: elements straight from the document, a short style, `layout: { name: 'cola' }`.
 * Cola's defaults animate (ticks on animation frames) and stop after maxSimulationTime 4000 ms
 * at most; ready is its `layoutstop` plus a rendered frame (the frame is waited for by the
 * harness for every stack; here it is waited for before "ready" too, as the brief defines it).
 *
 * The style is simple but draws what ours draws (bench/baselines/plain-cytoscape.ts).
 */
import cytoscape from 'cytoscape';
import cola from 'cytoscape-cola';
import { emptyPoint, runBench } from '../harness.ts';
import { plainElements, plainStyle } from './plain-cytoscape.ts';

cytoscape.use(cola);

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

runBench(async (doc, container) => {
  let stopped!: () => void;
  const layoutStop = new Promise<void>((resolve) => (stopped = resolve));
  const cy = cytoscape({
    container,
    elements: plainElements(doc),
    style: plainStyle(),
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

/**
 * The layout of graphs up to 150 actors as it was before the drawing work began (commit
 * 452d153, src/view/layout.ts): actors on a circle in id order, then cytoscape-cola run to
 * convergence with the options below. Kept here, apart from src/, so that the bench can keep
 * measuring it while src/view/layout.ts changes. Runs on a live cytoscape instance, whose
 * label sizes cola's `nodeDimensionsIncludeLabels` reads.
 */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import cola from 'cytoscape-cola';

/** Above this many actors the element used ForceAtlas2 in a worker then as now: no `before` there. */
export const BEFORE_MAX_ACTORS = 150;

/** The box the old layouts worked in. */
const BOX = { x1: 0, y1: 0, w: 1000, h: 800 } as const;

/** Code-unit order (not the locale's), as the old seed sorted ids. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The old seed: a circle of radius max(120, 18 n) in the box's middle, in id order, the first on top, rounded. */
export function beforeSeed(ids: Iterable<string>): Map<string, { x: number; y: number }> {
  const sorted = [...ids].sort(byCodeUnits);
  const n = sorted.length;
  const radius = n === 1 ? 0 : Math.max(120, 18 * n);
  const seed = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < n; i++) {
    const angle = n === 1 ? 0 : (2 * Math.PI * i) / n - Math.PI / 2;
    seed.set(sorted[i]!, {
      x: Math.round(BOX.x1 + BOX.w / 2 + radius * Math.cos(angle)),
      y: Math.round(BOX.y1 + BOX.h / 2 + radius * Math.sin(angle)),
    });
  }
  return seed;
}

/** The old cola options: synchronous, from the seed, labels counted in node sizes, convergence 0.03. */
export function beforeColaOptions(): LayoutOptions {
  return {
    name: 'cola',
    fit: false,
    padding: 30,
    animate: false,
    randomize: false,
    refresh: 1,
    maxSimulationTime: 0,
    boundingBox: { ...BOX },
    nodeDimensionsIncludeLabels: true,
    avoidOverlap: true,
    handleDisconnected: true,
    centerGraph: true,
    convergenceThreshold: 0.03,
    nodeSpacing: () => 18,
    // Pairs joined by several relations got a longer ideal length, room for their fan of curves.
    edgeLength: (edge: { parallelEdges(): { length: number } }) => 150 + 16 * (edge.parallelEdges().length - 1),
  } as LayoutOptions;
}

/** Registers cytoscape-cola unless the element's code already has (one cytoscape module in the bundle). */
function ensureCola(): void {
  const registered = (cytoscape as unknown as (type: string, name: string) => unknown)('layout', 'cola');
  if (!registered) cytoscape.use(cola);
}

/**
 * Places `cy`'s actors as the old layout did and returns their positions by id, with the time
 * cola took. The caller measures, then puts back whatever it needs.
 */
export async function runBeforeLayout(cy: Core): Promise<{ positions: Map<string, { x: number; y: number }>; ms: number }> {
  ensureCola();
  const seed = beforeSeed(cy.nodes().map((node) => node.id()));
  const start = performance.now();
  cy.nodes().positions((node) => ({ ...seed.get(node.id())! }));
  const layout = cy.layout(beforeColaOptions());
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  const ms = performance.now() - start;
  return { positions: new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const)), ms };
}

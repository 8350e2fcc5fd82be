/**
 * The layouts a page names (`cola`, `grid`, `circle`, `preset`), run by cytoscape on the page.
 * No drawing uses them unless asked, so this module is fetched on first use.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import { byCodeUnits } from '../model/compare.ts';
import type { NodeData } from './elements.ts';
import { FIT_PADDING, LAYOUT_BOX, type LayoutName, type Point } from './layout.ts';

/** Lays out every actor of `cy` with the layout named, from where they stand. */
export async function layOutNamed(cy: Core, name: Exclude<LayoutName, 'auto'>): Promise<void> {
  // Fetched and registered once, on first use: only this layout needs cola.
  if (name === 'cola') await import('./cola-layout.ts');
  const placed = name === 'preset' && (cy.nodes()[0]?.data() as NodeData | undefined)?.preset ? presetOf(cy) : undefined;
  const layout = cy.layout(layoutOptions(name, placed));
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
}

/** Where the preset layout puts each actor, as its file placed them (see presetPositions). */
function presetOf(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((node) => [node.id(), (node.data() as NodeData).preset!]));
}

/** Sorts nodes by id for layouts that place nodes in order. */
const sortById = (a: { id(): string }, b: { id(): string }): number => byCodeUnits(a.id(), b.id());

/**
 * When cola stops: the change in layout energy below which it counts as settled. Three times
 * cola's default of 0.01: the Russia–Taliban graph comes out within a pixel or two of where
 * 0.01 puts it, in fewer steps.
 */
export const COLA_CONVERGENCE = 0.03;

/**
 * Options for cytoscape's `layout()`; `positions` are where `preset` puts actors. Cola runs synchronously
 * (`animate: false`) so that its wall-clock limit never cuts it short, starts from the current
 * (seeded) positions (`randomize: false`) and makes room for labels.
 */
export function layoutOptions(name: Exclude<LayoutName, 'auto'>, positions?: ReadonlyMap<string, Point>): LayoutOptions {
  // The element fits the drawing once it is laid out (fitting is costly on large graphs).
  const common = { fit: false, padding: FIT_PADDING, animate: false };
  switch (name) {
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true, nodeDimensionsIncludeLabels: true, sort: sortById };
    case 'circle':
      return { ...common, name: 'circle', avoidOverlap: true, nodeDimensionsIncludeLabels: true, sort: sortById };
    case 'preset':
      // Without positions (see presetPositions) preset keeps the seed circle.
      return positions === undefined
        ? { ...common, name: 'preset' }
        : { ...common, name: 'preset', positions: Object.fromEntries([...positions].map(([id, p]) => [id, { ...p }])) };
    case 'cola':
      return {
        ...common,
        name: 'cola',
        randomize: false,
        refresh: 1,
        // Cola runs synchronously and stops at convergence, never at this limit; but it sets a
        // timer of this length that holds the layout (and so the whole drawing) after it ended,
        // which kept a removed element from being collected for 4 s. So the timer fires at once.
        maxSimulationTime: 0,
        boundingBox: { ...LAYOUT_BOX },
        nodeDimensionsIncludeLabels: true,
        avoidOverlap: true,
        handleDisconnected: true,
        centerGraph: true,
        convergenceThreshold: COLA_CONVERGENCE,
        nodeSpacing: () => 18,
        // Pairs joined by many relations get room for their fan of curves.
        edgeLength: (edge: { parallelEdges(): { length: number } }) => 150 + 16 * (edge.parallelEdges().length - 1),
      } as LayoutOptions;
  }
}

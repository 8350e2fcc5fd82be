/**
 * Placing the actors of a graph too large for cola: ForceAtlas2 off the main thread from the
 * same seed circle, then scaled so that actors sit about as far apart as cola would put them.
 */
import type { Core } from 'cytoscape';
import { byCodeUnits } from '../model/compare.ts';
import { forceSteps } from './force-steps.ts';
import { layOutLarge } from './force-runner.ts';
import { boundsOf } from './positions.ts';

/** Room per actor, in pixels at zoom 1, that the scaled layout aims at. */
const SPACING = 90;

/** Lays out every node of `cy` with the large-graph layout and moves them there. */
export async function layOutLargeGraph(cy: Core, signal?: AbortSignal): Promise<void> {
  const ids = cy
    .nodes()
    .map((node) => node.id())
    .sort(byCodeUnits);
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = sunflowerSeed(ids.length);
  const edges = cy.edges();
  const pairs = new Uint32Array(edges.length * 2);
  edges.forEach((edge, k) => {
    pairs[2 * k] = index.get(edge.source().id())!;
    pairs[2 * k + 1] = index.get(edge.target().id())!;
  });
  const placed = await layOutLarge({ positions, pairs, steps: forceSteps(ids.length) }, signal);
  const scale = scaleFor(placed, ids.length);
  cy.batch(() => {
    ids.forEach((id, i) => {
      // Rounded so that positions are the same to the pixel on every machine.
      cy.getElementById(id).position({ x: Math.round(placed[2 * i]! * scale), y: Math.round(placed[2 * i + 1]! * scale) });
    });
  });
}

/**
 * Seed positions spread over a disc (a sunflower spiral, in id order) rather than on a circle:
 * the force layout then has far less distance to travel, so fewer steps give a settled picture.
 * Rounded, so that the seed is the same on every platform.
 */
export function sunflowerSeed(n: number): Float64Array {
  const out = new Float64Array(2 * n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = SPACING * Math.sqrt(i + 0.5);
    out[2 * i] = Math.round(r * Math.cos(i * golden));
    out[2 * i + 1] = Math.round(r * Math.sin(i * golden));
  }
  return out;
}

/** The factor that gives the layout's bounding box about SPACING² of room per actor. */
function scaleFor(positions: Float64Array, actors: number): number {
  const box = boundsOf(positions);
  const area = Math.max(1, (box.x2 - box.x1) * (box.y2 - box.y1));
  return Math.sqrt((actors * SPACING * SPACING) / area);
}

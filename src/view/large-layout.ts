/**
 * Placing the actors of a graph too large for cola: ForceAtlas2 off the main thread from the
 * same seed circle, then scaled so that actors sit about as far apart as cola would put them.
 */
import type { Core } from 'cytoscape';
import { byCodeUnits, sameValues } from '../model/compare.ts';
import { forceSteps } from './force-steps.ts';
import { layOutLarge } from './force-runner.ts';
import { boundsOf } from './positions.ts';

/** Room per actor, in pixels at zoom 1, that the scaled layout aims at. */
const SPACING = 90;

/** What the large-graph layout starts from: the actors in id order, and the pair of actors of each relation. */
export interface LargePlan {
  ids: string[];
  /** Actor indices, two by two, one pair for each relation in the relations' order. */
  pairs: Uint32Array;
}

/** The plan for these actors and relations. */
export function largePlan(actorIds: readonly string[], relations: Iterable<{ source: string; target: string }>): LargePlan {
  const ids = [...actorIds].sort(byCodeUnits);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: number[] = [];
  for (const relation of relations) pairs.push(index.get(relation.source)!, index.get(relation.target)!);
  return { ids, pairs: Uint32Array.from(pairs) };
}

/** Begins the large-graph layout of `plan` (in a worker where one may start). */
export function beginLargeLayout(plan: LargePlan, signal?: AbortSignal): Promise<Float64Array> {
  return layOutLarge({ positions: sunflowerSeed(plan.ids.length), pairs: plan.pairs, steps: forceSteps(plan.ids.length) }, signal);
}

/** A large-graph layout begun before the drawing had its elements (see early-layout.ts). */
export interface EarlyForce {
  plan: LargePlan;
  positions: Promise<Float64Array>;
}

const samePlan = (a: LargePlan, b: LargePlan) => sameValues(a.ids, b.ids) && sameValues(a.pairs, b.pairs);

/**
 * Lays out every node of `cy` with the large-graph layout and moves them there. An `early`
 * layout is taken where it was begun from the same actors and relations.
 */
export async function layOutLargeGraph(cy: Core, signal?: AbortSignal, early?: EarlyForce | null): Promise<void> {
  const plan = largePlan(
    cy.nodes().map((node) => node.id()),
    cy.edges().map((edge) => ({ source: edge.data('source') as string, target: edge.data('target') as string })),
  );
  const fresh = () => beginLargeLayout(plan, signal);
  const placed = await (early && samePlan(early.plan, plan) ? early.positions.catch(fresh) : fresh());
  const scale = scaleFor(placed, plan.ids.length);
  cy.batch(() => {
    plan.ids.forEach((id, i) => {
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

/**
 * A drawing's layout begun from the graph model as soon as the file is read and checked, so
 * that the layout worker works while cytoscape is set up and the elements are added, styled
 * and measured. The layouts take it only where it was begun from the actors and relations they
 * find on the drawing; elsewhere they begin their own.
 */
import type { ActorGraph } from '../model/graph.ts';
import { beginLargeLayout, largePlan, type EarlyForce } from './large-layout.ts';
import { COLA_MAX_ACTORS, type LayoutName } from './layout.ts';
import { beginPlacement, placementPlan, type EarlyPlacement } from './small-layout.ts';
import { workersMayStart } from './worker-run.ts';

export type EarlyLayout = { kind: 'small'; placement: EarlyPlacement } | { kind: 'large'; force: EarlyForce };

/**
 * Begins the layout `name` would run on `graph`, in a worker; null where it has no early part
 * (the named layouts run on the drawing) or no worker may start (the page would do the work
 * now, which is no earlier than later).
 */
export function beginLayout(graph: ActorGraph, name: LayoutName, signal: AbortSignal): EarlyLayout | null {
  if (!workersMayStart()) return null;
  const large = graph.order > COLA_MAX_ACTORS;
  if (!(name === 'auto' || (name === 'cola' && large))) return null;
  const relations = graph.mapEdges((id, _relation, source, target) => ({ id, source, target }));
  if (large) {
    const plan = largePlan(graph.nodes(), relations);
    return { kind: 'large', force: { plan, positions: quiet(beginLargeLayout(plan, signal)) } };
  }
  const plan = placementPlan(graph.nodes(), relations);
  return { kind: 'small', placement: { plan, start: quiet(beginPlacement(plan, { signal })) } };
}

/** The same promise, marked as handled: a layout begun early and then not needed (a newer load came) fails unheard. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

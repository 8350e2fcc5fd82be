/**
 * Moving the selection among actors with the keyboard: the order they are visited in and the
 * keys that step through it.
 */
import { byCodeUnits } from '../model/compare.ts';
import type { ActorGraph } from '../model/graph.ts';

/** Actor ids in keyboard order: by label (English collation, case-insensitive), then by id. */
export function keyboardOrder(graph: ActorGraph, include: (actorId: string) => boolean = () => true): string[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return graph
    .nodes()
    .filter(include)
    .sort((a, b) => collator.compare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')) || byCodeUnits(a, b));
}

/** Keys that move the selection, as steps for `stepSelection` (Home and End jump to the ends). */
export const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * The actor `step` places from `current` in `order`, wrapping around; the first or last when
 * there is no current one. An infinite step goes to that end.
 */
export function stepSelection(order: readonly string[], current: string | null | undefined, step: number): string | undefined {
  if (order.length === 0) return undefined;
  if (step === -Infinity) return order[0];
  if (step === Infinity) return order[order.length - 1];
  const at = current == null ? -1 : order.indexOf(current);
  if (at < 0) return step >= 0 ? order[0] : order[order.length - 1];
  return order[(((at + step) % order.length) + order.length) % order.length];
}

/**
 * The keyboard on the focused drawing of an `<actor-graph>`: arrow keys move the selection
 * between the actors shown in label order (Home, End: first, last), Enter fires the select event
 * for the selection, Escape clears selection, path and focus. Keys held with Alt, Ctrl or ⌘
 * are left to the page and the browser.
 */
import type { Core } from 'cytoscape';
import type { ActorGraph } from '../model/graph.ts';
import { stepByKey } from '../view/drawing.ts';
import { KEY_STEPS } from '../view/keyboard-order.ts';

/** What the keys act on: the element itself. */
export interface KeyboardTarget {
  readonly graph: ActorGraph | null;
  readonly cy: Core | null;
  selected: string | null;
  clearHighlight(): void;
}

/** Acts on `event` if it is one of the keys above, `announce` firing the select event. */
export function onDrawingKey(event: KeyboardEvent, target: KeyboardTarget, announce: (id: string | null) => void): void {
  const { graph, cy } = target;
  if (!graph || !cy || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key in KEY_STEPS) {
    target.selected = stepByKey(cy, graph, target.selected, event.key) ?? target.selected;
  } else if (event.key === 'Enter') {
    announce(target.selected);
  } else if (event.key === 'Escape') {
    target.selected = null;
    target.clearHighlight();
  } else {
    return;
  }
  event.preventDefault();
}

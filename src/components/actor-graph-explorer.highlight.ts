/**
 * What the explorer lights on its drawing: the path or triad a panel chose, and the focus of
 * its state, each kept when the other changes.
 */
import { DEFAULT_FOCUS_DEPTH } from '../model/limits.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import type { ExplorerState } from './explorer-state.ts';
import type { PathHighlightDetail } from './events.ts';

export class ExplorerHighlight {
  /** What a panel lit on the graph (a path or a triad), lit again when the focus is cleared. */
  #lit: PathHighlightDetail | null = null;

  /** The graph was replaced, or Escape cleared the drawing: nothing is lit any more. */
  forget(): void {
    this.#lit = null;
  }

  /** Shows the focus of `state` on the drawing, keeping the path shown. */
  applyFocus(view: ActorGraphElement, state: ExplorerState): void {
    view.clearHighlight();
    if (this.#lit) view.highlight(this.#lit);
    if (state.focus) view.focusOn(state.focus, state.depth ?? DEFAULT_FOCUS_DEPTH);
  }

  /** A panel lit a path or a triad, or cleared it (both lists empty). */
  light(detail: PathHighlightDetail, view: ActorGraphElement | null, state: ExplorerState): void {
    const { actors, relations, weights } = detail;
    const none = actors.length === 0 && relations.length === 0;
    // Every path at once comes with how many paths use each relation, drawn as its width.
    this.#lit = none ? null : { actors: [...actors], relations: [...relations], ...(weights ? { weights: { ...weights } } : {}) };
    if (!view) return;
    if (this.#lit) view.highlight(this.#lit);
    else if (state.focus) this.applyFocus(view, state);
    else view.clearHighlight();
  }
}

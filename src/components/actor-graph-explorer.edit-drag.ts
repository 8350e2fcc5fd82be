/**
 * Edit mode's gestures on the drawing: Shift and a drag from one actor to another opens the
 * relation form with its two ends, and Alt with an arrow key moves the actor selected on the
 * drawing, so that a keyboard reaches what a drag does. A plain drag still moves an actor
 * (the edit controller writes it where it is dropped).
 */
import type { Core } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '../view/layout.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import type { ExplorerEditing } from './actor-graph-explorer.edit.ts';

/** What the gestures need of the explorer. */
export interface EditDragCalls {
  /** The explorer's view. */
  view: () => ActorGraphElement | null;
  /** Says something in the explorer's status line. */
  announce: (text: string) => void;
  /** Opens the relation form on a new relation between the two actors. */
  relate: (ends: { source: string; target: string }) => void;
}

/** How far Alt and an arrow key move an actor, in pixels on the screen; with Shift as well, `BIG_STEP`. */
export const STEP = 10;
export const BIG_STEP = 50;

const DIRECTIONS: Readonly<Record<string, Point>> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

type RelationDrags = typeof import('../view/relation-drag.ts');

/**
 * The relation line's code, fetched as soon as edit mode's own code is (the first press of
 * Edit), while edit mode opens, so that the drawing listens from the moment it is handed over:
 * fetched only then, a Shift and drag right after could come before its listener.
 */
let relationDrags: RelationDrags | null = null;
const relationDragsLoaded = import('../view/relation-drag.ts').then((module) => (relationDrags = module));

export class ExplorerEditDrag implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #editing: ExplorerEditing;
  #calls: EditDragCalls;
  #release: (() => void) | null = null;
  /** Counts the drawings asked for, so that one given up before its code came is not listened on. */
  #asked = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, editing: ExplorerEditing, calls: EditDragCalls) {
    this.#host = host;
    this.#editing = editing;
    this.#calls = calls;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKey);
    this.drawing(null);
  }

  /** Listens on the drawing being edited, or on none. */
  drawing(cy: Core | null): void {
    this.#release?.();
    this.#release = null;
    const asked = ++this.#asked;
    if (!cy) return;
    if (relationDrags) this.#listen(cy, relationDrags);
    else
      void relationDragsLoaded.then((module) => {
        if (asked === this.#asked) this.#listen(cy, module);
      });
  }

  #listen(cy: Core, { listenForRelationDrags }: RelationDrags): void {
    this.#release = listenForRelationDrags(cy, {
      started: (source) =>
        this.#calls.announce(`Drawing a relation from ${this.#label(source)}: release it on another actor, or press Escape.`),
      drawn: (ends) => {
        this.#calls.announce(`A relation from ${this.#label(ends.source)} to ${this.#label(ends.target)}: choose its type.`);
        this.#calls.relate(ends);
      },
      cancelled: (_, escaped) =>
        this.#calls.announce(escaped ? 'No relation drawn.' : 'No relation drawn: release the line on another actor.'),
    });
  }

  #label(id: string): string {
    return this.#editing.document?.actors.find((a) => a.id === id)?.label ?? id;
  }

  /** Alt with an arrow key on the focused drawing: the selected actor moves, one undoable edit a press. */
  #onKey = (event: KeyboardEvent): void => {
    const direction = DIRECTIONS[event.key];
    if (!direction || !event.altKey || event.ctrlKey || event.metaKey || !this.#editing.editing) return;
    const view = this.#calls.view();
    const cy = view?.cy;
    const path = event.composedPath();
    if (!view || !cy || !path.includes(view) || (path[0] as Element).getAttribute?.('part') !== 'canvas') return;
    // Alt with Left or Right would otherwise take the browser back or forward, and the edits with it.
    event.preventDefault();
    const node = view.selected ? cy.getElementById(view.selected) : null;
    if (!node?.nonempty() || !node.isNode()) {
      this.#calls.announce('Pick an actor with the arrow keys first; then Alt with an arrow key moves it.');
      return;
    }
    const step = (event.shiftKey ? BIG_STEP : STEP) / cy.zoom();
    const at = node.position();
    this.#editing.moveActor(node.id(), { x: at.x + direction.x * step, y: at.y + direction.y * step });
  };
}

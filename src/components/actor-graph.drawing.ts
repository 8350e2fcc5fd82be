/**
 * The cytoscape drawing of one `<actor-graph>` over the element's life on the page: created in
 * its shadow root once rendered, destroyed when the element is removed (and created again when
 * it comes back), themed from its custom properties and the system colour scheme, refitted when
 * its box changes until the reader moves the view.
 */
import type { Core } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { destroyDrawing } from '../view/batching.ts';
import { preemptCytoscapeStylesheet } from '../view/cytoscape-page.ts';
import { createDrawing, drawingStylesheet, fitDrawing, styleDrawing } from '../view/drawing.ts';
import { stylesheetInSlices } from '../view/style-slices.ts';
import { nextTask } from '../view/slices.ts';
import { guardWheel, type WheelMode } from '../view/wheel.ts';
import { holdLayoutWorkers, warmLayoutWorker } from '../view/worker-run.ts';

/** What the drawing learns from its element. */
export interface DrawingOwner {
  /** An actor or relation was clicked or tapped. */
  tap(id: string): void;
  /** True while a load is under way (it fits the drawing itself when done). */
  loading(): boolean;
  /** Relations in the graph shown: large graphs are drawn for speed. */
  relations(): number;
  /** What the mouse wheel over the drawing does. */
  wheel(): WheelMode;
}

/** How long the wheel hint stays, in milliseconds. */
const WHEEL_HINT_MS = 1500;

/** The element a drawing belongs to. */
export type DrawingHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class ElementDrawing implements ReactiveController {
  /** The cytoscape core while the element is on the page and rendered, else null. */
  cy: Core | null = null;
  /** True a moment after the wheel scrolled the page instead of zooming: the element shows how to zoom. */
  wheelHint = false;
  #wheelHintTimer: ReturnType<typeof setTimeout> | undefined;
  #host: DrawingHost;
  #owner: DrawingOwner;
  #release: (() => void) | null = null;
  /** Lets go of the layout workers kept for this drawing. */
  #letGoOfWorkers: (() => void) | null = null;
  #scheme: MediaQueryList | null = null;
  /** True until the reader pans or zooms: the view then refits when its box changes. */
  #autoFit = true;
  #attach!: () => void;
  #attached = new Promise<void>((resolve) => (this.#attach = resolve));

  constructor(host: DrawingHost, owner: DrawingOwner) {
    this.#host = host;
    this.#owner = owner;
    host.addController(this);
  }

  /** Settles once a cytoscape exists (at once if one does). */
  get attached(): Promise<void> {
    return this.#attached;
  }

  /** Settles once the creation `createSoon` asked for has happened, or was given up (the element left). */
  creation: Promise<void> = Promise.resolve();

  /**
   * Creates the cytoscape in a task after this one, while the element is still on the page: with
   * the element's first render, its creation made the longest task of a small graph's load.
   */
  createSoon(): void {
    this.creation = nextTask().then(() => {
      if (this.#host.isConnected) this.create();
    });
  }

  /** Creates the cytoscape in the rendered `.drawing` box, unless there is one or no box yet. */
  create(): void {
    if (this.cy) return;
    const container = this.#host.renderRoot.querySelector<HTMLElement>('.drawing');
    if (!container) return;
    preemptCytoscapeStylesheet(this.#host.ownerDocument);
    this.#scheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.#scheme.addEventListener('change', this.applyTheme);
    const { cy, release } = createDrawing(container, {
      tap: (id) => this.#owner.tap(id),
      moved: () => (this.#autoFit = false),
      resized: () => {
        if (this.#autoFit && !this.#owner.loading()) this.fit();
      },
    });
    this.cy = cy;
    const unguard = container.parentElement
      ? guardWheel(container.parentElement, {
          mode: () => this.#owner.wheel(),
          focused: () => this.#host.matches(':focus-within'),
          refused: this.#showWheelHint,
        })
      : () => {};
    this.#release = () => {
      release();
      unguard();
    };
    // A load under way styles the drawing as it draws (its style depends on the graph's size):
    // styling it now as well would work out the whole stylesheet twice.
    if (!this.#owner.loading()) this.applyTheme();
    this.#attach();
  }

  #showWheelHint = (): void => {
    this.wheelHint = true;
    clearTimeout(this.#wheelHintTimer);
    this.#wheelHintTimer = setTimeout(() => {
      this.wheelHint = false;
      this.#host.requestUpdate();
    }, WHEEL_HINT_MS);
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    this.#letGoOfWorkers ??= holdLayoutWorkers();
    // A load set before the element came to the page gets its worker started now.
    if (this.#owner.loading()) warmLayoutWorker();
  }

  hostDisconnected(): void {
    this.#letGoOfWorkers?.();
    this.#letGoOfWorkers = null;
    clearTimeout(this.#wheelHintTimer);
    this.wheelHint = false;
    this.#release?.();
    this.#release = null;
    this.#scheme?.removeEventListener('change', this.applyTheme);
    this.#scheme = null;
    if (this.cy) {
      destroyDrawing(this.cy);
      this.cy = null;
      // A draw waiting for the first cytoscape keeps waiting on the same promise.
      this.#attached = new Promise<void>((resolve) => (this.#attach = resolve));
    }
  }

  /** Styles the drawing from the element's custom properties and the colour scheme. */
  applyTheme = (): void => {
    if (this.cy) styleDrawing(this.cy, getComputedStyle(this.#host), this.#scheme?.matches ?? false, this.#owner.relations());
  };

  /**
   * The same, over several tasks where the drawing has no element yet (a first load); false where
   * `current()` turned false first.
   */
  applyThemeInSlices(current: () => boolean): Promise<boolean> {
    const cy = this.cy;
    if (!cy) return Promise.resolve(false);
    const sheet = drawingStylesheet(getComputedStyle(this.#host), this.#scheme?.matches ?? false, this.#owner.relations());
    return stylesheetInSlices(cy, sheet, current);
  }

  /** Fits what is shown into the view, which then refits on resizes again. */
  fit(): void {
    if (!this.cy) return;
    fitDrawing(this.cy);
    this.#autoFit = true;
  }
}

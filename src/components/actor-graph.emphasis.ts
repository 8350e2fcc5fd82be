/**
 * The drawing's own controls and emphasis in `<actor-graph>`: the zoom in, zoom out and fit
 * buttons, the tooltip of a relation under the pointer or selected while the drawing has
 * keyboard focus, every path drawn at once by weight, and actors faded when no relation of
 * theirs is shown.
 */
import type { Core, EdgeSingular, EventObject } from 'cytoscape';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cssProperties } from './css-properties.ts';
import type { ActorGraph } from '../model/graph.ts';
import { applyWeights, markIdleActors } from '../view/emphasis.ts';
import { relationTip } from '../view/relation-tip.ts';
import { CLASSES } from '../view/style.ts';
import { dataText } from './bidi-text.ts';

/** What the controls act on: the element itself. */
export interface EmphasisHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly cy: Core | null;
  readonly graph: ActorGraph | null;
  readonly selected: string | null;
  /** `none` hides the buttons; anything else shows them. */
  readonly controls: string;
  fit(): void;
}

/** How much one press of "Zoom in" or "Zoom out" zooms. */
export const ZOOM_STEP = 1.25;

/** The tooltip shown: for which relation, why, and where its middle is on the canvas. */
interface Tip {
  id: string;
  by: 'pointer' | 'keyboard';
  x: number;
  y: number;
}

export class ElementEmphasis implements ReactiveController {
  #host: EmphasisHost;
  #tip: Tip | null = null;
  /** The cytoscape the pointer events are bound to. */
  #bound: Core | null = null;
  #idle = new Set<string>();
  /** The relation whose keyboard tooltip Escape put away, until the selection moves. */
  #dismissed: string | null = null;

  constructor(host: EmphasisHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Actors drawn with no relation shown, as of the last `apply`. */
  get idle(): ReadonlySet<string> {
    return this.#idle;
  }

  hostConnected(): void {
    // Escape puts the tooltip away wherever the keyboard focus is, as a hover tooltip should.
    window.addEventListener('keydown', this.#onKey);
    this.#host.addEventListener('focusin', this.#onFocus);
    this.#host.addEventListener('focusout', this.#onBlur);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#onKey);
    this.#host.removeEventListener('focusin', this.#onFocus);
    this.#host.removeEventListener('focusout', this.#onBlur);
    this.#bound = null;
    this.#tip = null;
  }

  hostUpdated(): void {
    const cy = this.#host.cy;
    if (cy && cy !== this.#bound) {
      this.#bound = cy;
      cy.on('mouseover', 'edge', (event: EventObject) => this.#show((event.target as EdgeSingular).id(), 'pointer'));
      cy.on('mouseout', 'edge', () => {
        if (this.#tip?.by === 'pointer') this.#hide();
      });
      // The middle of the relation moved with the view.
      cy.on('viewport', () => {
        if (this.#tip) this.#show(this.#tip.id, this.#tip.by);
      });
    }
  }

  // Before the render, so that a tooltip following the selection is drawn in the same update.
  hostUpdate(): void {
    this.#followSelection();
  }

  /** Draws `weights` (relation id → paths using it; null for none) and fades actors with no relation shown. */
  apply(weights: ReadonlyMap<string, number> | null): void {
    const cy = this.#host.cy;
    if (!cy) return;
    applyWeights(cy, weights);
    this.#idle = new Set(markIdleActors(cy));
    if (this.#tip && !this.#drawn(this.#tip.id)) this.#hide();
  }

  /** The zoom buttons and the tooltip, to render after the canvas. */
  render() {
    const tip = this.#tip && this.#host.graph ? relationTip(this.#host.graph, this.#tip.id) : null;
    return html`${
      this.#host.controls === 'none'
        ? nothing
        : html`<div part="controls" class="zoom-controls" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom in" title="Zoom in" @click=${this.#zoomIn}>+</button>
            <button type="button" aria-label="Zoom out" title="Zoom out" @click=${this.#zoomOut}>−</button>
            <button type="button" title="Fit the graph to the view" @click=${this.#fit}>Fit</button>
          </div>`
    }
    ${
      tip && this.#tip
        ? html`<div part="tooltip" class="relation-tip" role="tooltip" id="relation-tip"
            ${cssProperties({ left: `${this.#tip.x}px`, top: `${this.#tip.y}px` })}>
            <strong>${dataText(tip.title)}</strong>${tip.lines.map((line) => html`<span>${dataText(line)}</span>`)}
          </div>`
        : nothing
    }`;
  }

  #zoomBy(factor: number): void {
    const cy = this.#host.cy;
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    // The view is the reader's now, as after a pinch or a wheel.
    cy.emit('scrollzoom');
  }

  #zoomIn = (): void => this.#zoomBy(ZOOM_STEP);
  #zoomOut = (): void => this.#zoomBy(1 / ZOOM_STEP);
  #fit = (): void => this.#host.fit();

  #drawn(id: string): boolean {
    const edge = this.#host.cy?.getElementById(id);
    return !!edge && edge.nonempty() && !edge.hasClass(CLASSES.filtered) && !edge.hasClass(CLASSES.unfocused);
  }

  #show(id: string, by: Tip['by']): void {
    const edge = this.#host.cy?.getElementById(id);
    if (!edge || !this.#drawn(id) || !edge.isEdge()) return;
    const middle = edge.renderedMidpoint();
    const x = Math.round(middle.x);
    const y = Math.round(middle.y);
    const tip = this.#tip;
    // Shown already where it is: asking for an update again would loop through hostUpdated.
    if (tip && tip.id === id && tip.by === by && tip.x === x && tip.y === y) return;
    this.#tip = { id, by, x, y };
    this.#host.requestUpdate();
  }

  #hide(): void {
    if (!this.#tip) return;
    this.#tip = null;
    this.#host.requestUpdate();
  }

  #keyboardFocused(): boolean {
    const canvas = this.#host.renderRoot.querySelector('.canvas');
    return !!canvas && canvas.matches(':focus-visible');
  }

  /** While the drawing has keyboard focus, the selected relation shows its tooltip. */
  #followSelection(): void {
    const selected = this.#host.selected;
    const graph = this.#host.graph;
    const relation = selected !== null && !!graph?.hasEdge(selected);
    if (selected !== this.#dismissed) this.#dismissed = null;
    if (relation && this.#keyboardFocused() && this.#dismissed === null) {
      if (this.#tip?.by !== 'pointer' || this.#tip.id === selected) this.#show(selected, 'keyboard');
    } else if (this.#tip?.by === 'keyboard') {
      this.#hide();
    }
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    if (this.#tip?.by === 'keyboard') this.#dismissed = this.#tip.id;
    this.#hide();
  };

  #onFocus = (): void => this.#followSelection();

  #onBlur = (): void => {
    if (this.#tip?.by === 'keyboard') this.#hide();
  };
}

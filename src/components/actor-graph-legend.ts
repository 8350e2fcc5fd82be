import { LitElement, html, nothing, svg, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { POSSIBLE_LABEL, svgShape, type KindLegendItem, type RelationLegendItem } from '../view/legend.ts';
import { POSSIBLE_LOOK } from '../view/style.ts';
import { ADDED_LABEL, ADDED_LOOK } from '../view/time-style.ts';
import type { CampLegend } from '../view/camp-legend.ts';
import { sentence } from './bidi-text.ts';
import { campLegendGroups, campSwatchStyles } from './camp-swatch.ts';
import styles from './actor-graph-legend.styles.ts';

const SWATCH_WIDTH = 36;
const SWATCH_HEIGHT = 18;

/**
 * @summary The key to an `<actor-graph>` drawing: each relation type and actor kind on screen,
 * drawn as the graph draws it (line colour, width and dash; node outline).
 *
 * @csspart relations - The list of relation types.
 * @csspart kinds - The list of actor kinds.
 * @csspart camps - The list of camps shown, and the mark of relations that contradict them.
 * @csspart size - The smallest and largest actor of the size scale, with their values.
 *
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-font - Font family.
 * @cssprop --actor-graph-cooperation - Colour of cooperation lines.
 * @cssprop --actor-graph-hostility - Colour of hostility lines.
 * @cssprop --actor-graph-contested - Colour of contested lines.
 * @cssprop --actor-graph-node-fill - Fill of actor shapes.
 * @cssprop --actor-graph-node-border - Outline of actor shapes.
 */
export class ActorGraphLegend extends LitElement {
  static override styles: CSSResultGroup = [styles, campSwatchStyles];

  /** Relation types to list, in order. Default: none. */
  @property({ attribute: false }) relations: RelationLegendItem[] = [];

  /** Actor kinds to list, in order. Default: none. */
  @property({ attribute: false }) kinds: KindLegendItem[] = [];

  /**
   * Also list "Possible at this date", the look of a relation that only possibly holds at the
   * view's date (a faint line marked "?"), after the relation types. Default: false.
   */
  @property({ type: Boolean }) possible = false;

  /**
   * Also list "Added at this step", the look of a relation the last change of date added (a wide
   * halo marked "+"), after the relation types. Default: false.
   */
  @property({ type: Boolean }) added = false;

  /**
   * `CampLegend`: the camps shown, whether a relation shown contradicts them, and the size scale
   * (`view/camp-legend.ts`), each listed after the actor kinds. Default: none of them.
   */
  @property({ attribute: false }) campLegend: CampLegend = { camps: [], contradictions: false, size: null };

  private addedSwatch() {
    const y = SWATCH_HEIGHT / 2;
    const x = SWATCH_WIDTH / 2;
    return html`<svg width=${SWATCH_WIDTH} height=${SWATCH_HEIGHT} aria-hidden="true">
      ${svg`<line class="line added" x1="0" y1=${y} x2=${SWATCH_WIDTH} y2=${y} stroke-width=${2 * ADDED_LOOK.haloPadding} stroke-opacity=${ADDED_LOOK.haloOpacity}></line>
        <line class="line added" x1="0" y1=${y} x2=${SWATCH_WIDTH} y2=${y} stroke-width="2.5"></line>
        <rect class="mark" x=${x - 6} y=${y - 8} width="12" height="16" rx="3"></rect>
        <text class="mark-text" x=${x} y=${y + 4.5} text-anchor="middle">${ADDED_LOOK.mark}</text>`}
    </svg>`;
  }

  private possibleSwatch() {
    const y = SWATCH_HEIGHT / 2;
    const x = SWATCH_WIDTH / 2;
    return html`<svg width=${SWATCH_WIDTH} height=${SWATCH_HEIGHT} aria-hidden="true">
      ${svg`<line class="line possible" x1="0" y1=${y} x2=${SWATCH_WIDTH} y2=${y} stroke-width="2.5" stroke-opacity=${POSSIBLE_LOOK.lineOpacity}></line>
        <rect class="mark" x=${x - 6} y=${y - 8} width="12" height="16" rx="3"></rect>
        <text class="mark-text" x=${x} y=${y + 4.5} text-anchor="middle">${POSSIBLE_LOOK.mark}</text>`}
    </svg>`;
  }

  private lineSwatch(item: RelationLegendItem) {
    const y = SWATCH_HEIGHT / 2;
    return html`<svg width=${SWATCH_WIDTH} height=${SWATCH_HEIGHT} aria-hidden="true">
      ${svg`<line class="line ${item.type}" x1="0" y1=${y} x2=${SWATCH_WIDTH} y2=${y}
        stroke-width=${item.width} stroke-dasharray=${item.dash || nothing}></line>`}
    </svg>`;
  }

  private shapeSwatch(item: KindLegendItem) {
    const r = SWATCH_HEIGHT / 2 - 1;
    const s = svgShape(item.shape, SWATCH_WIDTH / 2, SWATCH_HEIGHT / 2, r);
    const outline =
      s.tag === 'ellipse'
        ? svg`<ellipse class="shape" cx=${s.cx} cy=${s.cy} rx=${s.rx} ry=${s.ry}></ellipse>`
        : s.tag === 'rect'
          ? svg`<rect class="shape" x=${s.x} y=${s.y} width=${s.width} height=${s.height} rx=${s.rx}></rect>`
          : svg`<polygon class="shape" points=${s.points}></polygon>`;
    return html`<svg width=${SWATCH_WIDTH} height=${SWATCH_HEIGHT} aria-hidden="true">${outline}</svg>`;
  }

  override render() {
    return html`
      ${
        this.relations.length
          ? html`<div class="group">
            <h2 id="relations">Relations</h2>
            <ul part="relations" aria-labelledby="relations">
              ${this.relations.map((item) => html`<li data-type=${item.type}>${this.lineSwatch(item)}<span>${item.label}</span></li>`)}
              ${this.possible ? html`<li data-possible>${this.possibleSwatch()}<span>${POSSIBLE_LABEL}</span></li>` : nothing}
              ${this.added ? html`<li data-added>${this.addedSwatch()}<span>${ADDED_LABEL}</span></li>` : nothing}
            </ul>
          </div>`
          : nothing
      }
      ${
        this.kinds.length
          ? html`<div class="group">
            <h2 id="kinds">Actors</h2>
            <ul part="kinds" aria-labelledby="kinds">
              ${this.kinds.map((item) => html`<li data-kind=${item.kind}>${this.shapeSwatch(item)}<span>${sentence(item.label)}</span></li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${campLegendGroups(this.campLegend ?? { camps: [], contradictions: false, size: null })}
    `;
  }
}

if (!customElements.get('actor-graph-legend')) customElements.define('actor-graph-legend', ActorGraphLegend);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-legend': ActorGraphLegend;
  }
}

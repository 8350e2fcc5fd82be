import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { cssProperties } from './css-properties.ts';
import { property, state } from 'lit/decorators.js';
import { filtersDiffer, type RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import { binText, histogramSummary, keyStep } from '../model/time-bar.ts';
import { dateText } from '../model/timeline.ts';
import {
  histogramPosition,
  relationHistogram,
  stepChange,
  stepIndexOf,
  timeSteps,
  type TimeBin,
  type TimeHistogram,
} from '../model/time-steps.ts';
import { styles } from './actor-graph-timebar.styles.ts';
import { emit } from './events.ts';

const PLAY_ICON = html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1 L9 5 L2 9 Z"></path></svg>`;
const PAUSE_ICON = html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M2 1 H4 V9 H2 Z M6 1 H8 V9 H6 Z"></path></svg>`;
const PREVIOUS_ICON = html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M1 1 H2.5 V9 H1 Z M9 1 L3 5 L9 9 Z"></path></svg>`;
const NEXT_ICON = html`<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M1 1 L7 5 L1 9 Z M7.5 1 H9 V9 H7.5 Z"></path></svg>`;

const EMPTY: TimeHistogram = { bins: [], years: 1, dated: 0, undated: 0 };

/**
 * @summary The time bar: relations by year, a handle that sets the as-of date, and Play.
 *
 * A histogram of the graph's relations by year (in force for certain, striped where only
 * possibly, and below the line those that begin and end), with the relations that give no date
 * counted apart. The handle is a slider over the steps of `timeSteps` (the years with a change,
 * months where the data gives them) with "Any time" before the first: drag it or click the bars,
 * or use the arrow keys (one step), Page Up and Page Down (about ten years), Home (any time) and
 * End (the last step). "Play" steps through the dates about once a second and stops at the last;
 * "Pause" stops it; "Previous step" and "Next step" move one step. With
 * `prefers-reduced-motion: reduce` the steps still advance and nothing glides.
 *
 * The element changes its own `asOf` and fires `time-change` on every step of Play (`playing:
 * true`), and when the reader moves the date or Play stops, by Pause or at the last step
 * (`playing: false`): a page that keeps the date in its address writes it on those.
 *
 * @fires {CustomEvent<TimeChangeDetail>} time-change - The as-of date changed, or Play stopped. `detail: { asOf, playing }`.
 *
 * @csspart controls - The Play, Previous step and Next step buttons.
 * @csspart histogram - The bars of relations by year.
 * @csspart slider - The handle over the bars (role slider) that sets the date.
 * @csspart readout - The date shown, what its step changed, and "Any time".
 *
 * @cssprop [--actor-graph-text=#1a1a1a] - Text colour, the handle and the marks of relations that begin or end.
 * @cssprop [--actor-graph-muted=#555555] - Colour of the axis and the key.
 * @cssprop [--actor-graph-background=#ffffff] - Background.
 * @cssprop [--actor-graph-border=#767676] - The line under the bars.
 * @cssprop [--actor-graph-accent=#005a9c] - Bars, buttons.
 * @cssprop [--actor-graph-accent-background=#e8f1fb] - Behind the bar of the date shown.
 * @cssprop [--actor-graph-focus-ring=#005a9c] - Focus ring colour.
 */
export class ActorGraphTimebar extends LitElement {
  static override styles = styles;

  /** The loaded graph, whose relations are counted and whose dates make the steps. Default: null. */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /**
   * The view's filter: its types and `knownOn` choose the relations counted and stepped through,
   * and `possible` what a step adds; its `asOf` is ignored (the element's own is the date). Default: `{}`.
   */
  @property({ attribute: false }) filter: RelationFilter = {};

  /** The date shown (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), null for any time. Default: null. */
  @property({ attribute: 'as-of', reflect: true }) asOf: string | null = null;

  /** Milliseconds between the steps of Play. Not a number of 0 or more: the default. Default: 1000. */
  @property({ type: Number, attribute: 'step-interval' }) stepInterval = 1000;

  /** True while Play runs. Read-only. */
  get playing(): boolean {
    return this.running;
  }

  @state() private running = false;
  @state() private steps: string[] = [];
  @state() private histogram: TimeHistogram = EMPTY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filterChanged =
      changed.has('filter') && filtersDiffer({ ...changed.get('filter'), asOf: undefined }, { ...this.filter, asOf: undefined });
    if (changed.has('graph') || filterChanged) {
      this.steps = this.graph ? timeSteps(this.graph, this.filter) : [];
      this.histogram = this.graph ? relationHistogram(this.graph, this.filter) : EMPTY;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  /** Starts Play from the step after the date shown (from the first when at any time or the last step). */
  play(): void {
    if (this.running || this.steps.length === 0) return;
    const at = this.index;
    this.running = true;
    this.advance(at < 0 || at >= this.steps.length - 1 ? 0 : at + 1);
  }

  /** Stops Play where it is; fires `time-change` with `playing: false`. */
  pause(): void {
    if (!this.running) return;
    this.stopTimer();
    this.tell(false);
  }

  /** The step the date falls in; -1 for any time. */
  private get index(): number {
    return stepIndexOf(this.steps, this.asOf);
  }

  private get interval(): number {
    return Number.isFinite(this.stepInterval) && this.stepInterval >= 0 ? this.stepInterval : 1000;
  }

  /** One step of Play: shows step `index`, then the next after the interval, or stops at the last. */
  private advance(index: number): void {
    this.asOf = this.steps[index] ?? null;
    this.tell(true);
    if (index >= this.steps.length - 1) {
      this.pause();
      return;
    }
    this.timer = setTimeout(() => this.advance(Math.min(this.index + 1, this.steps.length - 1)), this.interval);
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = false;
  }

  private tell(playing: boolean): void {
    emit(this, 'time-change', { asOf: this.asOf, playing });
  }

  /** The reader moved the date to step `index` (-1: any time): Play stops. */
  private moveTo(index: number): void {
    const next = index < 0 ? null : (this.steps[Math.min(index, this.steps.length - 1)] ?? null);
    this.stopTimer();
    if (next === this.asOf) return;
    this.asOf = next;
    this.tell(false);
  }

  private onPlay = (): void => (this.playing ? this.pause() : this.play());
  private onPrevious = (): void => this.moveTo(Math.max(-1, this.index - 1));
  private onNext = (): void => this.moveTo(this.index + 1);
  private onAnyTime = (): void => this.moveTo(-1);

  private onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = keyStep(event.key, this.index, this.steps);
    if (next === undefined) return;
    event.preventDefault();
    this.moveTo(next);
  };

  /** The step nearest where the pointer is along the bars. */
  private stepAtPointer(event: PointerEvent): number {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const at = (event.clientX - box.left) / Math.max(1, box.width);
    let best = -1;
    let distance = Infinity;
    this.steps.forEach((step, i) => {
      const d = Math.abs((histogramPosition(this.histogram, step) ?? 0) - at);
      if (d < distance) [best, distance] = [i, d];
    });
    return best;
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (this.steps.length === 0 || event.button !== 0) return;
    const track = event.currentTarget as HTMLElement;
    track.setPointerCapture?.(event.pointerId);
    // The handle takes focus, as a slider's thumb does when its track is clicked.
    this.renderRoot.querySelector<HTMLElement>('[role="slider"]')?.focus();
    event.preventDefault();
    this.moveTo(this.stepAtPointer(event));
  };

  private onPointerMove = (event: PointerEvent): void => {
    if ((event.currentTarget as HTMLElement).hasPointerCapture?.(event.pointerId)) this.moveTo(this.stepAtPointer(event));
  };

  private column(bin: TimeBin, most: number, current: boolean) {
    const height = (count: number) => `${(100 * count) / Math.max(1, most)}%`;
    return html`<li class="column ${current ? 'current' : ''}" title=${binText(bin)}>
      <span class="visually-hidden">${binText(bin)}</span>
      <span class="stack" aria-hidden="true" ${cssProperties({ 'block-size': height(bin.inForce + bin.possible) })}>
        <span class="certain" ${cssProperties({ flex: `${bin.inForce} 0 0` })}></span>
        <span class="possible" ${cssProperties({ flex: `${bin.possible} 0 0` })}></span>
      </span>
    </li>`;
  }

  private changes(bins: TimeBin[]) {
    const most = Math.max(1, ...bins.map((b) => Math.max(b.begin, b.end)));
    // A single relation still shows: never under 4 px.
    const height = (count: number) => `max(4px, ${(100 * count) / most}%)`;
    return html`<div class="changes" aria-hidden="true">
      ${bins.map(
        (bin) =>
          html`<span class="column"
            >${bin.begin ? html`<span class="begin" ${cssProperties({ 'block-size': height(bin.begin) })}></span>` : nothing}${
              bin.end ? html`<span class="end" ${cssProperties({ 'block-size': height(bin.end) })}></span>` : nothing
            }</span
          >`,
      )}
    </div>`;
  }

  private axis(bins: TimeBin[]) {
    const every = Math.max(1, Math.ceil(bins.length / 8));
    const labels = bins.flatMap((bin, i) => (i % every === 0 || i === bins.length - 1 ? [{ bin, i }] : []));
    return html`<div class="axis" aria-hidden="true">
      ${labels.map(({ bin, i }) => html`<span ${cssProperties({ left: `${(100 * (i + 0.5)) / bins.length}%` })}>${bin.from}</span>`)}
    </div>`;
  }

  private readout() {
    const at = this.index;
    const graph = this.graph;
    let change = '';
    if (graph && at > 0 && this.asOf !== null) {
      const { added, ended } = stepChange(graph, this.steps[at - 1]!, this.steps[at]!, this.filter);
      change = `${added.length} added, ${ended.length} ended at this step`;
    }
    return html`<div class="readout" part="readout">
      <span aria-live="polite"><span class="date">${this.asOf === null ? 'Any time' : `As of ${dateText(this.asOf)}`}</span></span>
      <span class="change">${change || nothing}</span>
      <button type="button" aria-pressed=${this.asOf === null ? 'true' : 'false'} @click=${this.onAnyTime}>Any time</button>
    </div>`;
  }

  override render() {
    const { bins } = this.histogram;
    const at = this.index;
    const none = this.steps.length === 0;
    const position = this.asOf === null ? null : histogramPosition(this.histogram, this.asOf);
    const most = Math.max(1, ...bins.map((b) => b.inForce + b.possible));
    const currentYear = at >= 0 && this.asOf !== null ? Number(this.asOf.slice(0, 4)) : null;
    const valueText = this.asOf === null ? 'Any time' : `As of ${dateText(this.asOf)}`;
    return html`<div class="bar" role="group" aria-label="Time bar">
      <div class="controls" part="controls">
        <button type="button" class="play" ?disabled=${none} @click=${this.onPlay}>
          ${this.playing ? PAUSE_ICON : PLAY_ICON}<span>${this.playing ? 'Pause' : 'Play'}</span>
        </button>
        <button type="button" aria-label="Previous step" title="Previous step" ?disabled=${none || at < 0} @click=${this.onPrevious}>${PREVIOUS_ICON}</button>
        <button type="button" aria-label="Next step" title="Next step" ?disabled=${none || at >= this.steps.length - 1} @click=${this.onNext}>
          ${NEXT_ICON}
        </button>
      </div>
      ${
        none
          ? html`<p class="empty">${this.graph ? 'No relation of this graph gives a date.' : 'No graph is loaded.'}</p>`
          : html`<div class="track" @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}>
            <ul class="columns" part="histogram" aria-label="Relations by year">
              ${bins.map((bin) => this.column(bin, most, currentYear !== null && currentYear >= bin.from && currentYear <= bin.to))}
            </ul>
            ${this.changes(bins)} ${this.axis(bins)}
            <span
              class="handle ${position === null ? 'any' : ''}"
              part="slider"
              role="slider"
              tabindex="0"
              aria-label="As of"
              aria-valuemin="0"
              aria-valuemax=${this.steps.length}
              aria-valuenow=${at + 1}
              aria-valuetext=${valueText}
              aria-describedby="summary"
              ${cssProperties({ left: `${100 * (position ?? 0)}%` })}
              @keydown=${this.onKey}
            ></span>
          </div>`
      }
      ${this.readout()}
      <p id="summary" class="visually-hidden">${histogramSummary(this.histogram, this.steps)}</p>
      ${
        none
          ? nothing
          : html`<ul class="key" aria-hidden="true">
            <li><span class="swatch certain"></span>In force</li>
            <li><span class="swatch possible"></span>Possibly in force</li>
            <li><span class="swatch begin"></span>Begin</li>
            <li><span class="swatch end"></span>End</li>
            ${this.histogram.undated ? html`<li>${this.histogram.undated} undated, at any time</li>` : nothing}
          </ul>`
      }
    </div>`;
  }
}

if (!customElements.get('actor-graph-timebar')) customElements.define('actor-graph-timebar', ActorGraphTimebar);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-timebar': ActorGraphTimebar;
  }
}

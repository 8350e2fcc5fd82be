import type { Core } from 'cytoscape';
import { LitElement, html, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Problem } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { DEFAULT_FOCUS_DEPTH, MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH, wholeWithin } from '../model/limits.ts';
import { findActor } from '../model/lookup.ts';
import { findPaths, type PathOptions, type PathResult } from '../model/paths.ts';
import { mergeFilter } from '../model/filter.ts';
import { describeSelection, summary } from '../view/accessible-text.ts';
import { DEFAULT_TIMEOUT } from '../view/fetch-document.ts';
import { graphViewFilter } from '../view/filter-attributes.ts';
import { parseLayout } from '../view/layout.ts';
import { parseWheel, wheelHint } from '../view/wheel.ts';
import type { ImageExportOptions } from '../view/export-options.ts';
import type { LegendItems } from '../view/legend.ts';
import type { Highlight, LoadResult } from './actor-graph.types.ts';
import { emit, emitSelection } from './events.ts';
import { ElementDrawing } from './actor-graph.drawing.ts';
import { showView } from './actor-graph.view.ts';
import { ElementCamps } from './actor-graph.camps.ts';
import type { ShownCamps } from '../model/camp-modes.ts';
import { GraphFlow } from './actor-graph.flow.ts';
import { onDrawingKey } from './actor-graph.keys.ts';
import { ElementTime } from './actor-graph.time.ts';
import { ElementEmphasis } from './actor-graph.emphasis.ts';
import { chosenMarks, pathMarks, type PathMarks } from '../model/path-groups.ts';
import { ElementSources } from './actor-graph.sources.ts';
import { problemsBox } from './actor-graph.problems.ts';
import { warnFocusDeprecated } from './actor-graph.deprecations.ts';
import './actor-graph-legend.ts';
import styles from './actor-graph.styles.ts';

export type { Highlight, LoadResult } from './actor-graph.types.ts';
export type { ActorSelectDetail, GraphErrorDetail, GraphReadyDetail, PathChangeDetail, RelationSelectDetail } from './events.ts';

/**
 * @summary Draws an actor graph: actors as shapes by kind, relations as lines by type, with
 * filters by type, date and date known, selection, paths and focus. Keyboard, on the focused canvas: arrow
 * keys move the selection between actors in label order (Home, End: first, last), Enter fires
 * `actor-select` or `relation-select` for the selection, Escape clears selection, path and focus.
 *
 * @fires {CustomEvent<GraphReadyDetail>} graph-ready - A load was drawn and laid out. `detail: { actors, relations }` counts everything loaded.
 * @fires {CustomEvent<GraphErrorDetail>} graph-error - A load failed (fetch, HTTP, JSON or validation); the previous graph stays. `detail: { problems }`.
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - An actor was clicked, or Enter pressed on it. `detail: { id, actor }`.
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - A relation was clicked, or Enter pressed on it. `detail: { id, relation }`.
 * @fires {CustomEvent<PathChangeDetail>} path-change - `findPaths()` was called. `detail: { from, to, result }`.
 *
 * @csspart canvas - The drawing area (focusable, keyboard-operable).
 * @csspart legend - The `<actor-graph-legend>` of what is on screen.
 * @csspart error - The box listing why the last load failed.
 * @csspart summary - The text alternative of the drawing, visually hidden: "Graph of 14 actors and 37 relations: 16 cooperation, 16 hostility, 5 contested."
 * @csspart hint - "Use Ctrl + scroll to zoom the graph", shown a moment when the wheel scrolled the page instead.
 * @csspart controls - The "Zoom in", "Zoom out" and "Fit" buttons (left out with `controls="none"`).
 * @csspart tooltip - A relation's label, type and dates, under the pointer or while selected by keyboard.
 *
 * @cssprop --actor-graph-background - Background, also behind labels.
 * @cssprop --actor-graph-text - Label and text colour.
 * @cssprop --actor-graph-cooperation - Colour of cooperation lines (solid).
 * @cssprop --actor-graph-hostility - Colour of hostility lines (heavy dash-dot).
 * @cssprop --actor-graph-contested - Colour of contested lines (dashed).
 * @cssprop --actor-graph-node-fill - Fill of actor shapes.
 * @cssprop --actor-graph-node-border - Outline of actor shapes.
 * @cssprop --actor-graph-highlight - Colour marking a path.
 * @cssprop --actor-graph-focus-ring - Keyboard focus ring.
 * @cssprop --actor-graph-font - Font family of labels and text.
 */
export class ActorGraphElement extends LitElement {
  static override styles: CSSResultGroup = styles;
  // focus() on the element reaches its drawing, the first focusable part inside.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * Milliseconds fetching `src` (the request and its body) may take before the load fails with
   * `graph-error` ("…: the request took longer than 30 s"). Read when a load starts. Not a
   * positive number: the default. Default: 30000.
   */
  // Declared before `src`, so that both set before the element was upgraded apply in this order.
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /**
   * URL of a graph file to fetch and show: actor-graph JSON, GEXF, GraphML or a CSV edge list,
   * told by the ending of the URL's path, else by the file's content. The last `src` or `data`
   * set wins: a fetch still under way is cancelled. Fetched while the element is on the page:
   * removed, it cancels its fetch, and fetches again when added back. A failed load (the server
   * answering 404 or 500, a body that is HTML, unreadable or over the size limit, a timeout, a
   * refusal by CORS or the network) fires `graph-error` and keeps the graph shown. Default: null.
   */
  @property({ reflect: true })
  get src(): string | null {
    return this.#sources.src;
  }
  set src(value: string | null) {
    this.#sources.src = value;
  }

  /**
   * A graph document (object) to show instead of `src`, checked with `validateDocument`; or a
   * file's text (a string), read as `src` reads what it fetches. Setting the value that is
   * already shown again does nothing (a framework re-rendering does not reload); to show changes
   * made to an object in place, set a copy. Default: null.
   */
  // A property to Lit (never an attribute) so that a value set before the element was upgraded is applied.
  @property({ attribute: false })
  get data(): unknown {
    return this.#sources.data;
  }
  set data(value: unknown) {
    this.#sources.data = value;
  }

  /** Comma-separated relation types shown, e.g. `cooperation,contested`. Null shows all; '' shows none. Default: null. */
  @property({ reflect: true }) types: string | null = null;

  /** Show only relations that hold at this date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); other values are ignored. Default: null. */
  @property({ attribute: 'as-of', reflect: true }) asOf: string | null = null;

  /**
   * Show only relations known on this date: with evidence dated on or before it (the evidence's
   * date, else its source's), as an analyst saw them then. Same date forms as `as-of`; other
   * values are ignored. Default: null.
   */
  @property({ attribute: 'known-on', reflect: true }) knownOn: string | null = null;

  /** With `as-of`, also show relations that only possibly hold then (began "no later than" a later date), drawn faint and marked "?". Default: false. */
  @property({ type: Boolean, reflect: true }) possible = false;

  /**
   * `two`: actors filled and outlined by the two camps of structural balance; `many`: by the up
   * to k camps of weak balance, with the k that fits best. Worked out under the view's filter,
   * relations that contradict the camps marked ×, all listed in the legend. Other values: `none`.
   * Default: 'none'.
   */
  @property({ reflect: true, useDefault: true }) camps = 'none';

  /** `degree` or `betweenness`: actors sized by it under the view's filter, the scale in the legend; other values: `none`, one size. Default: 'none'. */
  @property({ attribute: 'size-by', reflect: true, useDefault: true }) sizeBy = 'none';

  /** `Record<string, string>`: for each torn pair, keyed by `pairKey(a, b)`, the relation that counts for it in `camps` (the model's `choose`). Default: {}. */
  @property({ attribute: false }) choose: Record<string, string> = {};

  /** The camps drawn (actors by camp, contradicting relations, unattached actors), or null. Read-only. */
  get shownCamps(): ShownCamps | null {
    return this.#camps.shown;
  }

  /** Id of the selected actor or relation. Default: null. */
  @property({ reflect: true }) selected: string | null = null;

  /** `zoom`: "Zoom in", "Zoom out" and "Fit" buttons on the drawing; `none`: a bare figure. Default: 'zoom'. */
  @property({ reflect: true, useDefault: true }) controls = 'zoom';

  /** `cooperative`: the wheel scrolls the page, and zooms with Ctrl/⌘ or once the drawing has focus; `zoom`: the wheel zooms. Default: 'cooperative'. */
  @property({ reflect: true, useDefault: true }) wheel = 'cooperative';

  /** `auto` (untangled up to 150 actors, ForceAtlas2 in a worker beyond), `cola`, `grid`, `circle` or `preset` (the seed circle); other values mean `auto`. Setting it lays out again and replaces `ready`. Default: 'auto'. */
  @property({ reflect: true, useDefault: true })
  get layout(): string {
    return this.#layout;
  }
  set layout(value: string) {
    const old = this.#layout;
    this.#layout = value ?? 'auto';
    // A load in progress lays out with the new layout anyway.
    if (parseLayout(old) !== parseLayout(value)) this.#flow.layoutChanged();
  }

  /** The graph of the last successful load, or null. Read-only. */
  get graph(): ActorGraph | null {
    return this.#graph;
  }

  /** The cytoscape core while connected, or null. Read-only. */
  get cy(): Core | null {
    return this.#drawing.cy;
  }

  /**
   * Settles when the current load is drawn and laid out; a later load replaces it (and an earlier
   * promise follows it). Before a connected element's first update it waits for that update, where
   * `src` or `data` set before the element was upgraded are applied.
   */
  get ready(): Promise<LoadResult> {
    if (this.isConnected && !this.hasUpdated) return this.updateComplete.then(() => this.#flow.loads.ready);
    return this.#flow.loads.ready;
  }

  @state() private legend: LegendItems = { relations: [], kinds: [] };
  @state() private label = summary(0, 0);
  /** The text alternative of the drawing: what it shows, in words (see `graphSummary`). */
  @state() private description = 'No graph is loaded.';
  @state() private problems: Problem[] = [];
  @state() private revision = 0;
  @state() private campLegend = new ElementCamps().legend;

  #layout = 'auto';
  #sources = new ElementSources(this, { load: (obtain) => this.#flow.load(obtain), timeout: () => this.timeout });
  #drawing: ElementDrawing = new ElementDrawing(this, {
    tap: (id) => {
      this.selected = id;
      emitSelection(this, this.#graph, id);
      this.focus({ preventScroll: true });
    },
    loading: () => this.#flow.loads.busy,
    relations: () => this.#graph?.size ?? 0,
    wheel: () => parseWheel(this.wheel),
  });
  #camps = new ElementCamps();
  /** Marks what a change of date alone added and ended, moving no actor. */
  #time = new ElementTime(this);
  #focus: { id: string; depth: number } | null = null;
  #highlight: PathMarks | null = null;
  #emphasis = new ElementEmphasis(this);
  #flow: GraphFlow = new GraphFlow({
    host: this,
    drawing: this.#drawing,
    layout: () => parseLayout(this.layout),
    replaced: () => {
      this.#focus = null;
      this.#highlight = null;
      this.problems = [];
    },
    failed: (problems) => (this.problems = problems),
    applyView: () => this.#applyView(),
    rendered: async () => {
      this.revision++;
      await this.updateComplete;
      await this.renderRoot.querySelector('actor-graph-legend')?.updateComplete;
    },
    fit: () => this.fit(),
  });

  get #graph(): ActorGraph | null {
    return this.#flow.graph;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected: draw again what was shown, unless a load in progress is about to.
    if (this.hasUpdated && !this.#drawing.cy) {
      this.#drawing.create();
      this.#flow.reconnected();
    }
  }

  protected override firstUpdated(): void {
    // Removed before its first update: cytoscape comes when it is connected again.
    if (this.isConnected) this.#drawing.createSoon();
  }

  /** Once the first update is done, the drawing exists too (see `cy`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // Read only now: the first update is what asks for the creation.
    await this.#drawing.creation;
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const viewed = ['types', 'asOf', 'knownOn', 'possible', 'selected', 'camps', 'sizeBy', 'choose'] as const;
    if (viewed.some((key) => changed.has(key))) this.#applyView();
  }

  /**
   * Finds paths with the model's `findPaths`, under this view's type and date filter as well as
   * `options`; highlights the first path (every path with `all`), fires `path-change` and
   * returns the result.
   */
  findPaths(from: string, to: string, options: PathOptions = {}): PathResult {
    const graph = this.#graph;
    const result: PathResult = graph
      ? findPaths(graph, from, to, mergeFilter(options ?? {}, graphViewFilter(graph, this)))
      : { ok: false, problem: { path: 'from', message: 'No graph is loaded', suggestions: [] } };
    const shown = result.ok ? (options?.all ? result.paths : result.paths.slice(0, 1)) : [];
    this.#highlight = pathMarks(shown, options?.all === true);
    this.#applyView();
    emit(this, 'path-change', { from, to, result });
    return result;
  }

  /**
   * Highlights the given actors and relations, dimming the rest, as a path is highlighted. With
   * `weights` (relation id → how many paths use it), those relations are drawn as wide as their
   * count and marked with it, as when every path is shown at once.
   */
  highlight(selection: Highlight): void {
    this.#highlight = chosenMarks(selection);
    this.#applyView();
  }

  /**
   * Shows only the neighbourhood of `actor` (an id, label or alias) within `depth` (1 to 3)
   * steps along the relations shown, and fits it. An actor the graph lacks changes nothing.
   */
  focusOn(actor: string, depth = DEFAULT_FOCUS_DEPTH): void {
    const graph = this.#graph;
    const found = graph ? findActor(graph, actor) : null;
    if (!found?.ok) return;
    this.#focus = { id: found.id, depth: wholeWithin(depth, MIN_FOCUS_DEPTH, MAX_FOCUS_DEPTH, DEFAULT_FOCUS_DEPTH) };
    this.#applyView();
    this.fit();
  }

  /**
   * The browser's `HTMLElement.focus(options)`: keyboard focus goes to the drawing. Given an
   * actor (its former meaning), it calls `focusOn(actor, depth)` and warns once that this is deprecated.
   */
  override focus(options?: FocusOptions): void;
  /** @deprecated Use `focusOn(actor, depth)`; `focus(actor, depth)` goes in the next minor version. */
  override focus(actor: string, depth?: number): void;
  /** @ignore The two forms above are what users see, in editors and in custom-elements.json. */
  override focus(actorOrOptions?: string | FocusOptions, depth?: number): void {
    if (typeof actorOrOptions !== 'string') {
      super.focus(actorOrOptions);
      return;
    }
    warnFocusDeprecated();
    this.focusOn(actorOrOptions, depth);
  }

  /** Removes path highlighting and focus; the selection stays. */
  clearHighlight(): void {
    this.#highlight = null;
    this.#focus = null;
    this.#applyView();
  }

  /** Fits what is shown into the view. */
  fit(): void {
    this.#drawing.fit();
  }

  /**
   * An image of the drawing for a report: `{ format: 'png' | 'jpg' | 'svg', scale = 2 (PNG/JPG,
   * 0.25 to 4), background (default the theme's), full = true (whole graph; false: the view),
   * legend = true, caption (default title and sources; '' or false: none) }`. Waits for `ready`;
   * rejects with an ImageExportError for bad options. Loads its code on first use.
   */
  async exportImage(options: ImageExportOptions): Promise<Blob> {
    const { exportImage } = await import('../view/image-export.ts');
    return exportImage(this, options);
  }

  /** Applies the filter, focus, highlight and selection to the drawing, then the legend and label. */
  #applyView(): void {
    const cy = this.#drawing.cy;
    const graph = this.#graph;
    if (!cy || !graph) return;
    const parts = { focus: this.#focus, highlight: this.#highlight, emphasis: this.#emphasis, camps: this.#camps };
    ({
      legend: this.legend,
      label: this.label,
      description: this.description,
      campLegend: this.campLegend,
    } = showView(cy, graph, this, parts));
  }

  /**
   * Reads the `--actor-graph-*` custom properties again and restyles the drawing. Colours are
   * read on each load and when the system colour scheme changes; call this after a page changes
   * them at run time (a theme switch).
   */
  refreshTheme(): void {
    this.#drawing.applyTheme();
  }

  #onKeyDown = (event: KeyboardEvent): void => onDrawingKey(event, this, (id) => emitSelection(this, this.#graph, id));

  override render() {
    void this.revision;
    const legendEmpty = this.legend.relations.length === 0 && this.legend.kinds.length === 0;
    return html`
      <div part="canvas" class="canvas" tabindex="0" role="application" aria-roledescription="graph"
        aria-label=${this.label} aria-describedby="summary status" @keydown=${this.#onKeyDown}>
        <div class="drawing"></div>
        <div part="hint" class="hint" aria-hidden="true" ?hidden=${!this.#drawing.wheelHint}>${wheelHint()}</div>
      </div>
      ${this.#emphasis.render()}
      <p id="summary" part="summary" class="visually-hidden">${this.description}</p>
      <div id="status" class="visually-hidden" aria-live="polite">${this.#graph ? describeSelection(this.#graph, this.selected, graphViewFilter(this.#graph, this), this.#camps.phrase(this.selected)) : ''}</div>
      <actor-graph-legend part="legend" .relations=${this.legend.relations} .kinds=${this.legend.kinds} .campLegend=${this.campLegend} ?possible=${this.legend.possible === true} ?added=${this.#time.added}
        ?hidden=${legendEmpty}></actor-graph-legend>
      ${problemsBox(this.problems, this.#graph !== null, () => (this.problems = []))}
    `;
  }
}

if (!customElements.get('actor-graph')) customElements.define('actor-graph', ActorGraphElement);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph': ActorGraphElement;
  }
}

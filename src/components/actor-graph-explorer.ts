import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { canonicalState, isCollapsed, sameState, togglePanel, withChoice, type ExplorerState, type PanelName } from './explorer-state.ts';
import type { RelationFilter } from '../model/filter.ts';
import type { GraphDocument, Problem } from '../model/format.ts';
import { toDocument, type ActorGraph } from '../model/graph.ts';
import { isolate } from '../model/bidi.ts';
import { otherOriginNotice } from '../model/origins.ts';
import './actor-graph.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import './actor-graph-timebar.ts';
import type { ActorGraphTypeMap } from './actor-graph-type-map.ts';
import { darkTheme, explorerStyles } from './actor-graph-explorer.styles.ts';
import { editStyles } from './actor-graph-explorer.edit.styles.ts';
import { dataText, sentence } from './bidi-text.ts';
import { FilterMemo, NEW_GRAPH, filterPatch, focusPatch, pathPatch, timePatch } from './actor-graph-explorer.changes.ts';
import { rememberOpened } from './file-handles.ts';
import { definePanels } from './explorer-panels.ts';
import { FileDropController } from './actor-graph-explorer.drop.ts';
import { fileButtons, imageOptions, noticesList, problemsList, viewTabs } from './actor-graph-explorer.parts.ts';
import { ExplorerHighlight } from './actor-graph-explorer.highlight.ts';
import { ExplorerSource } from './actor-graph-explorer.source.ts';
import { PLACED_NOTICE, openFiles, type Notices, type OpenMode, type PickedFile } from './actor-graph-explorer.open.ts';
import { NO_CHOICE, sideColumn } from './actor-graph-explorer.side.ts';
import { rememberTheme, rememberedTheme } from './theme-memory.ts';
import { ExplorerEditSlot } from './actor-graph-explorer.edit-slot.ts';
import {
  emit,
  type ActorSelectDetail,
  type FilterChangeDetail,
  type FocusChangeDetail,
  type GraphReadyDetail,
  type GraphErrorDetail,
  type PathHighlightDetail,
  type PairChoiceDetail,
  type PathQueryDetail,
  type RelationSelectDetail,
  type TimeChangeDetail,
} from './events.ts';

/**
 * @summary The full explorer: the graph with search, filters, details, path finder, balance
 * and a table of relations, all governed by one filter, with its state in one object.
 *
 * @fires {CustomEvent<StateChangeDetail>} state-change - The user changed what is shown. `detail: { state }`, with
 *   defaults left out as a link leaves them out. Not fired when `state`, `src` or `data` are set,
 *   nor when a panel answers a state that was set (a path query from a link).
 * @fires {CustomEvent<FileProblemsDetail>} file-problems - Files picked or dropped were refused. `detail: { name, problems }`, `name` listing them all.
 *
 * Files open in any format the readers know (actor-graph JSON, GEXF, GraphML, CSV tables picked
 * together, a CSV edge list, Kumu's elements and connections): "Open file…" and a drop replace the
 * graph, "Add to this graph…" merges into it. A file whose relation types are words the readers do
 * not know opens a dialog asking what each means. How a file was read ("No relation types in
 * the file: …", a merge's matches and conflicts) is listed under the title until dismissed, and a
 * graph whose file places every actor is drawn at those places (the `preset` layout).
 *
 * @csspart header - The bar with the title and the file buttons.
 * @csspart notices - How the last file opened was read, and what a merge matched, added and found in conflict (a polite live region).
 * @csspart origin - The notice under the title naming the other site a graph was loaded from.
 * @csspart problems - The list of problems of a refused file or a failed load (not a live region: the status
 *   line announces "… was not loaded: N problems", once).
 *
 * @cssprop --actor-graph-background - Page background.
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-rule - Rules between panels.
 * @cssprop --actor-graph-border - Outlines of the header's buttons.
 * @cssprop --actor-graph-focus-ring - Focus ring colour, on every control and the drawing.
 */
export class ActorGraphExplorer extends LitElement {
  static override styles = [explorerStyles, editStyles, darkTheme];

  /** URL of the graph file to show, in any format the readers know (told by the path's ending, else the content), passed to the inner `<actor-graph>`. */
  @property() src = '';

  /** A document to show instead of `src`. */
  @property({ attribute: false }) data: GraphDocument | null = null;

  /** Filters, selection, path query, focus and view: what a link reproduces. */
  @property({ attribute: false }) state: ExplorerState = {};

  /**
   * The other origins whose graphs `src` may name, separated by spaces, e.g.
   * `allowed-sources="https://a.example https://b.example"`; the page's own origin is always
   * allowed, and `""` allows no other. An address elsewhere is not fetched: the problems panel
   * names its origin and this setting. Missing: graphs from any origin are shown, one from
   * another origin with a notice under the title naming its host.
   */
  @property({ attribute: 'allowed-sources' }) allowedSources: string | null = null;

  /** `light` or `dark`; reflected so that the theme's custom properties apply. Default: 'light'. */
  @property({ reflect: true, useDefault: true }) theme: 'light' | 'dark' = 'light';

  /**
   * When present, the theme the reader picks with the theme button is kept in the browser's
   * storage and used again when the explorer next appears (unless `theme` is set on it).
   * Nothing is kept where storage is refused. Default: absent.
   */
  @property({ type: Boolean, attribute: 'remember-theme' }) rememberTheme = false;

  @state() private graph: ActorGraph | null = null;
  @state() private problems: Problem[] = [];
  @state() private problemSource = '';
  @state() private status = '';
  /** The host of another origin that the graph shown came from, or null. */
  @state() private origin: string | null = null;
  /** How the last file opened was read; none once dismissed. */
  @state() private notices: Notices | null = null;

  @query('actor-graph') private view!: ActorGraphElement;
  @query('actor-graph-type-map') private typeMap!: ActorGraphTypeMap;

  #highlight = new ExplorerHighlight();
  /** True when the problems shown are those of a failed load of `src` or `data`. */
  #loadProblems = false;
  #source = new ExplorerSource(this, (src, problems) => {
    this.showProblems(src, problems);
    this.#loadProblems = true;
  });
  #filters = new FilterMemo();
  /** True while the state holds dates that Play stepped through and the page was not told of. */
  #untold = false;

  #edit = new ExplorerEditSlot(this, {
    shown: () => (this.graph ? toDocument(this.graph) : null),
    show: (document) => ((this.src = ''), (this.data = document)),
    select: (id) => this.change({ selected: id }),
    announce: (text) => (this.status = text),
  });

  constructor() {
    super();
    // Files dropped on the explorer open as "Open file…" opens them.
    new FileDropController(this, (files) => void this.openFiles(files));
  }

  /** True while the reader edits the graph (the Edit button pressed). Read-only. */
  get editing(): boolean {
    return this.#edit.editing;
  }

  /** The document as edited, every change applied (what Save writes, less positions Save adds), or null before any editing. Read-only. */
  get editedDocument(): GraphDocument | null {
    return this.#edit.document;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void definePanels();
    const remembered = this.rememberTheme && !this.hasAttribute('theme') ? rememberedTheme() : null;
    if (remembered) this.theme = remembered;
  }

  /** Also waits for the panels, fetched when the first explorer appears. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const [done] = await Promise.all([super.getUpdateComplete(), definePanels()]);
    return done;
  }

  /** The graph view inside, for embedders who want its methods. */
  get graphView(): ActorGraphElement | null {
    return this.view ?? null;
  }

  /** Opens one file as `openFiles` does: the problems of a file refused (the graph stays), none when it opened. */
  openFile(file: PickedFile): Promise<Problem[]> {
    return this.openFiles([file]);
  }

  /**
   * Opens files as one graph in place of the one shown (CSV tables picked together are read
   * together), asking in a dialog what unknown relation types mean. Resolves with the problems
   * of files not opened (the graph shown stays), none when they opened or the dialog was cancelled.
   */
  openFiles(files: readonly PickedFile[]): Promise<Problem[]> {
    return this.#open(files, 'open');
  }

  /** Opens files as `openFiles` does and merges them into the graph shown, listing what matched, what was added and what conflicts. */
  addFiles(files: readonly PickedFile[]): Promise<Problem[]> {
    return this.#open(files, 'add');
  }

  #open(files: readonly PickedFile[], mode: OpenMode): Promise<Problem[]> {
    return openFiles(files, mode, {
      current: () => (this.graph ? toDocument(this.graph) : null),
      askTypes: (values, source) => this.typeMap.ask(values, source),
      show: (document, _source, notices) => {
        if (mode === 'open') rememberOpened(this, files);
        this.#edit.reset();
        this.problems = [];
        this.notices = notices.lines.length ? notices : null;
        this.src = '';
        this.data = document;
        this.change(NEW_GRAPH);
      },
      refuse: (source, problems) => {
        this.showProblems(source, problems);
        emit(this, 'file-problems', { name: source, problems });
      },
      cancelled: (source) => void (this.status = `${isolate(source)} was not opened. The graph shown is kept.`),
    });
  }

  /** The filter of the state, the same object while types, dates and graph stay the same (panels redo their work on a new one). */
  private get filter(): RelationFilter {
    return this.#filters.of(this.state, this.graph);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#source.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    const view = this.view;
    if (!view) return;
    this.#source.updated(changed, view);
    if (changed.has('theme')) view.refreshTheme();
    const old = changed.get('state') as ExplorerState | undefined;
    const focusChanged = changed.has('state') && (old?.focus !== this.state.focus || old?.depth !== this.state.depth);
    if (this.graph && (focusChanged || (changed.has('graph') && this.state.focus))) this.#highlight.applyFocus(this.view, this.state);
  }

  /** Merges a change into the state and, when it shows something else (or Play left it untold), tells the page. */
  private change(patch: Partial<ExplorerState>): void {
    const next = canonicalState({ ...this.state, ...patch });
    if (sameState(next, this.state) && !this.#untold) return;
    this.#untold = false;
    this.state = next;
    emit(this, 'state-change', { state: next });
  }

  /** Each step of Play shows its date everywhere, but only where Play stops is told to the page (and its URL). */
  private onTimeChange = (event: CustomEvent<TimeChangeDetail>): void => {
    const patch = timePatch(event.detail.asOf);
    if (!event.detail.playing) return this.change(patch);
    this.state = canonicalState({ ...this.state, ...patch });
    this.#untold = true;
  };

  private onPairChoice = (event: CustomEvent<PairChoiceDetail>): void => {
    this.change({ choose: withChoice(this.state, event.detail.pair, event.detail.relation) });
  };

  private showProblems(name: string, problems: Problem[]): void {
    const kept = this.graph ? ' The previous graph is kept.' : '';
    this.problemSource = name;
    this.problems = problems;
    this.#loadProblems = false;
    this.status = `${isolate(name)} was not loaded: ${problems.length} problem${problems.length === 1 ? '' : 's'}.${kept}`;
  }

  private onGraphReady = (event: CustomEvent<GraphReadyDetail>): void => {
    this.graph = this.view.graph;
    this.#edit.viewReady();
    // The view dropped its highlight and focus with the old graph; panels send them again.
    this.#highlight.forget();
    if (this.#loadProblems) this.problems = [];
    const { actors, relations } = event.detail;
    if (this.#source.drawnAtPlaces(this.view)) this.notices = { heading: `Opened ${isolate(this.src)}.`, lines: [PLACED_NOTICE] };
    this.origin = this.#source.loadingFrom;
    const from = this.origin === null ? '' : ` ${otherOriginNotice(this.origin)}.`;
    // An edit says what it did; the load that drew it says nothing more.
    if (!this.editing)
      this.status = `Loaded ${this.graph ? isolate(this.graph.getAttribute('title')) : 'graph'}: ${actors} actors, ${relations} relations.${from}`;
  };

  private onGraphError = (event: CustomEvent<GraphErrorDetail>): void => {
    this.showProblems(this.src || 'the graph', event.detail.problems);
    this.#loadProblems = true;
  };

  /** Escape on the graph cleared its selection, path and focus: the state follows. */
  private onViewKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !event.defaultPrevented) return;
    this.#highlight.forget();
    this.change({ selected: undefined, focus: undefined, depth: undefined });
  };

  private onSelect = (event: CustomEvent<ActorSelectDetail | RelationSelectDetail>): void => {
    this.change({ selected: event.detail.id || undefined });
  };

  private onFilterChange = (event: CustomEvent<FilterChangeDetail>): void => {
    this.change(filterPatch(event.detail.filter, event.detail.undated));
  };

  private onFocusChange = (event: CustomEvent<FocusChangeDetail>): void => {
    this.change(focusPatch(event.detail.id, event.detail.depth));
  };

  /** A query set from the state comes back here as it was run: `change` tells only of a new one. */
  private onPathQuery = (event: CustomEvent<PathQueryDetail>): void => {
    this.change(pathPatch(event.detail));
  };

  private togglePanel = (name: PanelName, open: boolean): void => {
    this.change({ collapsed: togglePanel(this.state, name, open) });
  };

  private toggleTheme = (): void => {
    this.theme = this.theme === 'dark' ? 'light' : 'dark';
    if (this.rememberTheme) rememberTheme(this.theme);
  };

  /** The skip link: the graph view in front, and the keyboard on its drawing. */
  private onSkip = (): void => {
    this.showView('graph');
    void this.updateComplete.then(() => this.view?.focus());
  };

  private onHighlight = (event: CustomEvent<PathHighlightDetail>): void =>
    this.#highlight.light(event.detail, this.view ?? null, this.state);

  /** Files picked with a file button; the button takes the focus back once they are opened or the dialog is left. */
  private onPick = async (files: File[], mode: OpenMode): Promise<void> => {
    await this.#open(files, mode);
    this.renderRoot.querySelector<HTMLInputElement>(mode === 'add' ? '#add-file' : '#open-file')?.focus();
  };

  private showView(view: 'graph' | 'table'): void {
    this.change({ view: view === 'table' ? 'table' : undefined });
  }

  override render() {
    const filter = this.filter;
    const selected = this.state.selected ?? null;
    const view = this.state.view ?? 'graph';
    const title = this.graph?.getAttribute('title') ?? 'actor-graph';
    const side = !isCollapsed(this.state, 'side');
    return html`
      <header part="header">
        <button type="button" class="skip-link" @click=${this.onSkip}>Skip to graph</button>
        <h1>${dataText(title)}</h1>
        ${viewTabs(view, (next) => (this.showView(next), this.updateComplete))}
        ${fileButtons((files, mode) => void this.onPick(files, mode), this.graph !== null)} ${this.#edit.toggle(this.graph !== null)}
        <actor-graph-export-menu .view=${this.view ?? null} .imageOptions=${imageOptions(this.graph, this.origin, this.state.asOf)}></actor-graph-export-menu>
        <button type="button" class="theme-button" @click=${this.toggleTheme}>${this.theme === 'dark' ? 'Light theme' : 'Dark theme'}</button>
        <button type="button" class="side-button" aria-expanded=${side} aria-controls="side" @click=${() => this.togglePanel('side', !side)}>Panels</button>
      </header>
      ${this.origin !== null && this.graph ? html`<p class="origin" part="origin" role="note">${otherOriginNotice(this.origin)}</p>` : nothing}
      ${this.#edit.bar()} ${noticesList(this.notices, () => (this.notices = null))}
      <section class="problems" part="problems" aria-labelledby="problems-heading" ?hidden=${this.problems.length === 0}>
        ${problemsList(this.problemSource, this.problems, this.graph !== null, () => (this.problems = []))}
      </section>
      <main>
        <div role="tabpanel" id="panel-graph" aria-labelledby="tab-graph" ?hidden=${view !== 'graph'}>
          <actor-graph wheel="zoom"
            types=${this.state.types ? this.state.types.join(',') : nothing}
            as-of=${this.state.asOf ?? nothing}
            known-on=${this.state.knownOn ?? nothing}
            ?possible=${this.state.possible === true}
            selected=${selected ?? nothing}
            camps=${this.state.camps ?? 'none'}
            size-by=${this.state.sizeBy ?? 'none'}
            .choose=${this.state.choose ?? NO_CHOICE}
            @graph-ready=${this.onGraphReady} @graph-error=${this.onGraphError}
            @actor-select=${this.onSelect} @relation-select=${this.onSelect} @keydown=${this.onViewKeyDown}
          ></actor-graph>
        </div>
        <div role="tabpanel" id="panel-table" class="table-panel" aria-labelledby="tab-table" ?hidden=${view !== 'table'}
          @relation-select=${this.onSelect}>
          <actor-graph-table .graph=${this.graph} .filter=${filter} .selected=${selected} .quoteChecks=${this.#edit.checks}></actor-graph-table>
        </div>
        <actor-graph-timebar .graph=${this.graph} .filter=${filter} .asOf=${this.state.asOf ?? null} @time-change=${this.onTimeChange}></actor-graph-timebar>
      </main>
      <aside id="side" class="side" aria-label="Panels" ?hidden=${!side}
        @actor-select=${this.onSelect} @relation-select=${this.onSelect} @focus-change=${this.onFocusChange}
        @filter-change=${this.onFilterChange} @path-query=${this.onPathQuery}
        @path-highlight=${this.onHighlight} @triad-highlight=${this.onHighlight}>
        ${this.#edit.pane(this.graph, selected)}
        ${sideColumn({
          graph: this.graph,
          filter,
          state: this.state,
          change: (patch) => this.change(patch),
          toggle: this.togglePanel,
          onPairChoice: this.onPairChoice,
          edit: this.#edit.details,
        })}
      </aside>
      <div class="status" role="status" aria-live="polite" aria-atomic="true">${sentence(this.status)}</div>
      <actor-graph-type-map></actor-graph-type-map>
      ${this.#edit.dialogs(this.graph)}
    `;
  }
}

if (!customElements.get('actor-graph-explorer')) customElements.define('actor-graph-explorer', ActorGraphExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-explorer': ActorGraphExplorer;
  }
}

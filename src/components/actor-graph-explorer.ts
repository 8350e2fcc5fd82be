import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ExplorerState } from '../app/url-state.ts';
import type { RelationFilter } from '../model/filter.ts';
import type { GraphDocument, Problem } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { parseDocument } from '../model/validate.ts';
import './actor-graph.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import './actor-graph-balance.ts';
import './actor-graph-details.ts';
import './actor-graph-filters.ts';
import './actor-graph-path-finder.ts';
import './actor-graph-search.ts';
import './actor-graph-table.ts';
import { darkTheme, explorerStyles } from './actor-graph-explorer.styles.ts';

/** Highlight request from a panel: the actors and relations to show lit. */
interface HighlightDetail {
  actors: string[];
  relations: string[];
}

/**
 * @summary The full explorer: the graph with search, filters, details, path finder, balance
 * and a table of relations, all governed by one filter, with its state in one object.
 *
 * @fires state-change - The user changed what is shown; detail `{ state: ExplorerState }`.
 * @fires file-problems - A file picked or dropped was refused; detail `{ name, problems }`.
 *
 * @csspart header - The bar with the title and the file button.
 * @csspart problems - The list of problems of a refused file.
 *
 * @cssprop --actor-graph-background - Page background.
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-border - Rules between panels.
 */
@customElement('actor-graph-explorer')
export class ActorGraphExplorer extends LitElement {
  static override styles = [explorerStyles, darkTheme];

  /** URL of the graph file to show, passed to the inner `<actor-graph>`. */
  @property() src = '';

  /** A document to show instead of `src`. */
  @property({ attribute: false }) data: GraphDocument | null = null;

  /** Filters, selection, path query, focus and view: what a link reproduces. */
  @property({ attribute: false }) state: ExplorerState = {};

  /** `light` or `dark`; reflected so that the theme's custom properties apply. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  @state() private graph: ActorGraph | null = null;
  @state() private problems: Problem[] = [];
  @state() private problemSource = '';
  @state() private status = '';

  @query('actor-graph') private view!: ActorGraphElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('dragleave', this.onDragLeave);
    this.removeEventListener('drop', this.onDrop);
    super.disconnectedCallback();
  }

  /** The graph view inside, for embedders who want its methods. */
  get graphView(): ActorGraphElement | null {
    return this.view ?? null;
  }

  /**
   * Loads a graph file the user picked or dropped. A valid file replaces the graph; an invalid
   * one leaves the graph as it is and lists its problems. Resolves with the problems (none when loaded).
   */
  async openFile(file: Blob & { name?: string }): Promise<Problem[]> {
    const name = file.name ?? 'file';
    const result = parseDocument(await file.text());
    if (!result.ok) {
      this.showProblems(name, result.problems);
      this.dispatchEvent(new CustomEvent('file-problems', { detail: { name, problems: result.problems }, bubbles: true, composed: true }));
      return result.problems;
    }
    this.problems = [];
    this.src = '';
    this.data = result.document;
    this.change({ src: undefined, selected: undefined, focus: undefined, depth: undefined, from: undefined, to: undefined });
    return [];
  }

  private get filter(): RelationFilter {
    const filter: RelationFilter = {};
    if (this.state.types) filter.types = this.state.types;
    if (this.state.asOf) filter.asOf = this.state.asOf;
    return filter;
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.view) return;
    if (changed.has('theme')) this.view.refreshTheme();
    if (changed.has('state') || changed.has('graph')) {
      const { focus, depth } = this.state;
      void this.view.ready?.then(() => {
        if (focus && this.graph?.hasNode(focus)) this.view.focus(focus, depth ?? 1);
      });
    }
  }

  /** Merges a change into the state and tells the page. */
  private change(patch: Partial<ExplorerState>): void {
    const next: ExplorerState = { ...this.state, ...patch };
    for (const key of Object.keys(next) as (keyof ExplorerState)[]) if (next[key] === undefined) delete next[key];
    this.state = next;
    this.dispatchEvent(new CustomEvent('state-change', { detail: { state: next }, bubbles: true, composed: true }));
  }

  private showProblems(name: string, problems: Problem[]): void {
    this.problemSource = name;
    this.problems = problems;
    this.status = `${name} was not loaded: ${problems.length} problem${problems.length === 1 ? '' : 's'}. The previous graph is kept.`;
  }

  private onGraphReady = (event: Event): void => {
    this.graph = this.view.graph;
    const { actors, relations } = (event as CustomEvent<{ actors: number; relations: number }>).detail;
    this.status = `Loaded ${this.graph?.getAttribute('title') ?? 'graph'}: ${actors} actors, ${relations} relations.`;
  };

  private onGraphError = (event: Event): void => {
    const { problems } = (event as CustomEvent<{ problems: Problem[] }>).detail;
    this.showProblems(this.src || 'the graph', problems);
  };

  private onSelect = (event: Event): void => {
    const { id } = (event as CustomEvent<{ id: string }>).detail;
    this.change({ selected: id || undefined });
  };

  private onFilterChange = (event: Event): void => {
    const { filter } = (event as CustomEvent<{ filter: RelationFilter }>).detail;
    this.change({ types: filter.types ? [...filter.types] : undefined, asOf: filter.asOf });
  };

  private onFocusChange = (event: Event): void => {
    const { id, depth } = (event as CustomEvent<{ id: string; depth: number }>).detail;
    if (!id) this.view?.clearHighlight();
    this.change({ focus: id || undefined, depth: id ? depth : undefined });
  };

  private onPathQuery = (event: Event): void => {
    const q = (event as CustomEvent<{ from: string; to: string; types?: ExplorerState['types']; all?: boolean; maxHops?: number; directed?: boolean }>).detail;
    this.change({ from: q.from, to: q.to, all: q.all || undefined, maxHops: q.maxHops, directed: q.directed || undefined, pathTypes: q.types });
  };

  private onHighlight = (event: Event): void => {
    const { actors, relations } = (event as CustomEvent<HighlightDetail>).detail;
    if (actors.length === 0 && relations.length === 0) this.view?.clearHighlight();
    else this.view?.highlight({ actors, relations });
  };

  private onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.openFile(file);
    input.value = '';
  };

  private onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.toggleAttribute('dragging', true);
  };

  private onDragLeave = (): void => {
    this.toggleAttribute('dragging', false);
  };

  private onDrop = (event: DragEvent): void => {
    this.toggleAttribute('dragging', false);
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.openFile(file);
  };

  private showView(view: 'graph' | 'table'): void {
    this.change({ view: view === 'table' ? 'table' : undefined });
  }

  private onTabKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = this.state.view === 'table' ? 'graph' : 'table';
    this.showView(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  override render() {
    const filter = this.filter;
    const selected = this.state.selected ?? '';
    const view = this.state.view ?? 'graph';
    const title = this.graph?.getAttribute('title') ?? 'actor-graph';
    const pathQuery = this.state.from && this.state.to
      ? { from: this.state.from, to: this.state.to, types: this.state.pathTypes, all: this.state.all, maxHops: this.state.maxHops, directed: this.state.directed }
      : null;
    return html`
      <header part="header">
        <h1>${title}</h1>
        <label class="file-button">Open file…
          <input type="file" accept=".json,application/json" @change=${this.onPick} />
        </label>
        <button type="button" aria-pressed=${this.theme === 'dark'} @click=${() => (this.theme = this.theme === 'dark' ? 'light' : 'dark')}>
          Dark theme
        </button>
      </header>
      <section class="problems" part="problems" role="alert" ?hidden=${this.problems.length === 0}>
        ${this.problems.length
          ? html`<strong>${this.problemSource} was not loaded (${this.problems.length} problem${this.problems.length === 1 ? '' : 's'}); the previous graph is kept.</strong>
              <ul>${this.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
              <button type="button" @click=${() => (this.problems = [])}>Dismiss</button>`
          : nothing}
      </section>
      <aside class="tools" aria-label="Find, filter and analyse"
        @actor-select=${this.onSelect} @relation-select=${this.onSelect}
        @filter-change=${this.onFilterChange} @path-query=${this.onPathQuery}
        @path-highlight=${this.onHighlight} @triad-highlight=${this.onHighlight}>
        <actor-graph-search .graph=${this.graph}></actor-graph-search>
        <actor-graph-filters .graph=${this.graph} .filter=${filter}></actor-graph-filters>
        <actor-graph-path-finder .graph=${this.graph} .filter=${filter} .query=${pathQuery}></actor-graph-path-finder>
        <actor-graph-balance .graph=${this.graph} .filter=${filter}></actor-graph-balance>
      </aside>
      <main>
        <div role="tablist" aria-label="View" @keydown=${this.onTabKey}>
          <button role="tab" id="tab-graph" aria-controls="panel-graph" aria-selected=${view === 'graph'} tabindex=${view === 'graph' ? 0 : -1}
            @click=${() => this.showView('graph')}>Graph</button>
          <button role="tab" id="tab-table" aria-controls="panel-table" aria-selected=${view === 'table'} tabindex=${view === 'table' ? 0 : -1}
            @click=${() => this.showView('table')}>Table</button>
        </div>
        <div role="tabpanel" id="panel-graph" aria-labelledby="tab-graph" ?hidden=${view !== 'graph'}>
          <actor-graph
            src=${this.data ? nothing : this.src || nothing}
            .data=${this.data}
            types=${this.state.types ? this.state.types.join(',') : nothing}
            as-of=${this.state.asOf ?? nothing}
            selected=${selected || nothing}
            @graph-ready=${this.onGraphReady} @graph-error=${this.onGraphError}
            @actor-select=${this.onSelect} @relation-select=${this.onSelect}
          ></actor-graph>
        </div>
        <div role="tabpanel" id="panel-table" class="table-panel" aria-labelledby="tab-table" ?hidden=${view !== 'table'}
          @relation-select=${this.onSelect}>
          <actor-graph-table .graph=${this.graph} .filter=${filter} .selected=${selected}></actor-graph-table>
        </div>
      </main>
      <aside class="details" aria-label="Details"
        @actor-select=${this.onSelect} @relation-select=${this.onSelect} @focus-change=${this.onFocusChange}>
        <actor-graph-details .graph=${this.graph} .filter=${filter} .selected=${selected}></actor-graph-details>
      </aside>
      <div class="status" role="status" aria-live="polite">${this.status}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-explorer': ActorGraphExplorer;
  }
}

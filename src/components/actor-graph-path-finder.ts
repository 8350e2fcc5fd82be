import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isolate, showControls } from '../model/bidi.ts';
import { filtersDiffer, type RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import {
  normalizeQuery,
  pathOptions,
  resultSummary,
  sameQuery,
  suggestionNames,
  type NormalPathQuery,
  type PathQuery,
} from '../model/path-report.ts';
import { actorsOf, narrowPaths, relationWeights } from '../model/path-groups.ts';
import { DEFAULT_MAX_HOPS, MAX_PATH_HOPS, MIN_PATH_HOPS, wholeWithin } from '../model/limits.ts';
import { findPaths, type Path, type PathResult, type PathSign } from '../model/paths.ts';
import { pathFinderStyles } from './actor-graph-path-finder.styles.ts';
import { ActorCombobox } from './actor-graph-path-finder.combobox.ts';
import { pathForm } from './actor-graph-path-finder.form.ts';
import { CARDS_AT_A_TIME, pathList } from './actor-graph-path-finder.list.ts';
import { dataText, sentence } from './bidi-text.ts';
import { swatchStyles } from './relation-swatch.ts';
import { emit, emitActorSelect, emitRelationSelect } from './events.ts';

export type { PathQuery };

export { CARDS_AT_A_TIME };

/** True when two filters ask for different relations, so equal copies do not re-run a search. */
function filterChanged(value: RelationFilter, old: RelationFilter | undefined): boolean {
  return filtersDiffer(value, old);
}

/**
 * The paths between two actors, each with its sign, its reading and the evidence of every step.
 * Paths that read word for word the same are one card, their variants (through parallel
 * relations) and dates a click away; many paths can be narrowed by sign and length, and shown on
 * the graph all at once, each relation weighted by the number of paths using it. From and To
 * offer the actors matching what is typed, by label or alias.
 *
 * @summary Finds how one actor is connected to another, and on what evidence.
 *
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - An actor of a path was picked. `detail: { id, actor }`.
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - A step (relation) of a path was picked. `detail: { id, relation }`.
 * @fires {CustomEvent<PathQueryDetail>} path-query - A query was run: by the Find button (or Enter), by
 *   `run()`, or because `query` was set to a different question. Not fired when a search
 *   re-runs only because `graph` or `filter` changed. `detail: { from, to, types, all, maxHops, directed }`.
 * @fires {CustomEvent<PathHighlightDetail>} path-highlight - A path was chosen; the first is chosen after
 *   every search and re-run. Empty arrays when there is none or the highlight is cleared. With "Show all",
 *   every path shown, and `weights`: how many of them use each relation. `detail: { actors, relations, weights? }`.
 *
 * @csspart form - The query form.
 * @csspart results - The results region.
 * @csspart status - The aria-live line announcing the outcome ("2 paths found").
 * @csspart path - One path in the list of results.
 * @csspart highlight-button - The button showing a path on the graph.
 * @csspart narrowing - The choices narrowing many paths by sign and length.
 * @csspart show-all - The button drawing every path shown at once.
 *
 * @cssprop --actor-graph-text - Text colour (default #1a1a1a).
 * @cssprop --actor-graph-background - Background colour (default #ffffff).
 * @cssprop --actor-graph-accent - Buttons and the chosen path (default #005a9c).
 * @cssprop --actor-graph-focus-ring - Focus ring colour (default #005a9c).
 * @cssprop --actor-graph-border - Borders of fields and paths (default #767676).
 * @cssprop --actor-graph-cooperation - Cooperation and friendly paths (default #009e73).
 * @cssprop --actor-graph-hostility - Hostility and hostile paths (default #D55E00).
 * @cssprop --actor-graph-contested - Contested relations and uncertain paths (default #0072b2).
 */
export class ActorGraphPathFinder extends LitElement {
  static override styles = [pathFinderStyles, swatchStyles];

  /** `ActorGraph | null`: the graph searched. Default `null` (nothing to search). */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /**
   * `RelationFilter`: the view's filter; its types and as-of date govern every search, the
   * panel's type checkboxes narrowing its types further. Default `{}` (everything).
   */
  @property({ attribute: false, hasChanged: filterChanged }) filter: RelationFilter = {};

  @state() private fromText = '';
  @state() private toText = '';
  @state() private types: RelationType[] = [...RELATION_TYPES];
  @state() private all = false;
  @state() private maxHops = DEFAULT_MAX_HOPS;
  @state() private directed = false;
  /** Index of the path shown on the graph, -1 for none. */
  @state() private chosen = -1;
  /** Every path shown is drawn at once. */
  @state() private showingAll = false;
  /** Signs and numbers of steps the paths are narrowed to; empty: all. */
  @state() private signs = new Set<PathSign>();
  @state() private lengths = new Set<number>();
  /** How many cards are listed; more come a page at a time, so a long answer does not make a long page. */
  @state() private cards = CARDS_AT_A_TIME;

  private fromField = new ActorCombobox(
    this,
    'from',
    'From',
    () => this.fromText,
    (text) => (this.fromText = text),
  );
  private toField = new ActorCombobox(
    this,
    'to',
    'To',
    () => this.toText,
    (text) => (this.toText = text),
  );

  private current: NormalPathQuery | null = null;
  private last: PathResult | null = null;
  private queryPending = false;

  /**
   * `PathQuery | null`: the question last run, defaults filled in (`{from, to, types, all,
   * maxHops, directed}`). Setting it (e.g. from URL state) fills the form and runs it as soon as
   * `graph` is set; setting the same question again does nothing, and setting `null` clears the
   * answer (a query missing either end counts as `null`). Default `null`.
   */
  // Declared (own accessor kept) so that a value set before the element is defined reaches the setter on upgrade.
  @property({ attribute: false, noAccessor: true })
  get query(): PathQuery | null {
    return this.current && { ...this.current, types: [...this.current.types] };
  }
  set query(value: PathQuery | null) {
    if (sameQuery(value, this.current)) return;
    if (!value) {
      const highlighted = this.chosen >= 0;
      this.current = null;
      this.last = null;
      if (highlighted) this.choose(-1);
      this.requestUpdate();
      return;
    }
    this.current = normalizeQuery(value);
    this.fillForm(this.current);
    if (this.graph) this.search(true);
    else this.queryPending = true;
    this.requestUpdate();
  }

  /** `PathResult | null`, read-only: the answer to the last search. Default `null`. */
  get result(): PathResult | null {
    return this.last;
  }

  /** Runs the question in the form now and returns its answer (null without a graph). */
  run(): PathResult | null {
    this.current = normalizeQuery({
      from: this.fromText,
      to: this.toText,
      types: this.types,
      all: this.all,
      maxHops: this.maxHops,
      directed: this.directed,
      // Not a field of the form: the explorer's undated switch sets it through `query`.
      ...(this.current?.undated ? { undated: this.current.undated } : {}),
    });
    if (!this.graph) {
      this.queryPending = true;
      return null;
    }
    this.search(true);
    this.requestUpdate();
    return this.last;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.graph || !this.current) return;
    if (this.queryPending || changed.has('graph') || changed.has('filter')) this.search(this.queryPending);
  }

  private fillForm(query: NormalPathQuery): void {
    this.fromText = query.from;
    this.toText = query.to;
    this.types = [...query.types];
    this.all = query.all;
    this.maxHops = query.maxHops;
    this.directed = query.directed;
  }

  private setHops(value: number): void {
    this.maxHops = wholeWithin(value, MIN_PATH_HOPS, MAX_PATH_HOPS, this.maxHops);
  }

  /** Searches the current question, chooses the first path and tells the shell. */
  private search(announceQuery: boolean): void {
    const query = this.current;
    if (!this.graph || !query) return;
    this.queryPending = false;
    this.last = findPaths(this.graph, query.from, query.to, pathOptions(query, this.filter ?? {}));
    if (announceQuery) emit(this, 'path-query', { ...query, types: [...query.types] });
    this.signs = new Set();
    this.lengths = new Set();
    this.cards = CARDS_AT_A_TIME;
    this.fromField.close();
    this.toField.close();
    this.choose(this.last.ok && this.last.paths.length > 0 ? 0 : -1);
  }

  private choose(index: number): void {
    const path = this.paths[index];
    this.chosen = path ? index : -1;
    this.showingAll = false;
    emit(this, 'path-highlight', {
      actors: path ? [...path.actors] : [],
      relations: path ? [...path.relations] : [],
    });
  }

  private get paths(): Path[] {
    return this.last?.ok ? this.last.paths : [];
  }

  /** The paths the narrowing keeps. */
  private get shown(): Path[] {
    return narrowPaths(this.paths, { signs: [...this.signs], steps: [...this.lengths] });
  }

  /** Draws every path shown at once, each relation weighted by the paths using it. */
  private showAll(): void {
    const paths = this.shown;
    this.chosen = -1;
    this.showingAll = paths.length > 0;
    emit(this, 'path-highlight', {
      actors: actorsOf(paths),
      relations: [...new Set(paths.flatMap((path) => path.relations))],
      weights: Object.fromEntries(relationWeights(paths)),
    });
  }

  /** After the narrowing changed: the paths drawn at once follow it. */
  private narrowed(): void {
    if (this.showingAll) this.showAll();
  }

  private onSign = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const signs = new Set(this.signs);
    if (input.checked) signs.add(input.value as PathSign);
    else signs.delete(input.value as PathSign);
    this.signs = signs;
    this.narrowed();
  };

  private onLength = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const lengths = new Set(this.lengths);
    if (input.checked) lengths.add(Number(input.value));
    else lengths.delete(Number(input.value));
    this.lengths = lengths;
    this.narrowed();
  };

  private onMore = (): void => {
    this.cards += CARDS_AT_A_TIME;
  };

  private onShowAll = (): void => {
    if (this.showingAll) this.choose(-1);
    else this.showAll();
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    // Enter in the number field submits before its change event would be seen.
    const hops = (event.currentTarget as HTMLFormElement).elements.namedItem('maxHops') as HTMLInputElement | null;
    if (hops) this.setHops(hops.valueAsNumber);
    this.run();
  };

  private onType = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const type = input.value as RelationType;
    const chosen = new Set(this.types);
    if (input.checked) chosen.add(type);
    else chosen.delete(type);
    this.types = RELATION_TYPES.filter((t) => chosen.has(t));
  };

  private onMode = (event: Event): void => {
    this.all = (event.target as HTMLInputElement).value === 'all';
  };

  private onHops = (event: Event): void => {
    this.setHops((event.target as HTMLInputElement).valueAsNumber);
  };

  private onDirected = (event: Event): void => {
    this.directed = (event.target as HTMLInputElement).checked;
  };

  private onSuggestion = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const field = button.dataset.field === 'to' ? 'to' : 'from';
    if (field === 'to') this.toText = button.dataset.value ?? '';
    else this.fromText = button.dataset.value ?? '';
    this.run();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`)?.focus());
  };

  private onHighlight = (event: Event): void => {
    this.choose(Number((event.currentTarget as HTMLElement).dataset.index));
  };

  private onClear = (): void => {
    this.choose(-1);
  };

  private onActor = (event: Event): void => {
    emitActorSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private onRelation = (event: Event): void => {
    emitRelationSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private renderForm() {
    return pathForm({
      ends: html`${this.fromField.render(this.graph)}${this.toField.render(this.graph)}`,
      filter: this.filter,
      types: this.types,
      all: this.all,
      maxHops: this.maxHops,
      directed: this.directed,
      searchable: !!this.graph,
      onSubmit: this.onSubmit,
      onType: this.onType,
      onMode: this.onMode,
      onHops: this.onHops,
      onDirected: this.onDirected,
    });
  }

  private renderProblem(graph: ActorGraph, result: Extract<PathResult, { ok: false }>) {
    const field = result.problem.path;
    if ((field !== 'from' && field !== 'to') || result.problem.suggestions.length === 0) return nothing;
    return html`<p class="suggestions">Did you mean
      ${suggestionNames(graph, result.problem.suggestions).map(
        (name) => html`<button type="button" data-field=${field} data-value=${name} @click=${this.onSuggestion}
            aria-label=${`${name} (fill “${field === 'from' ? 'From' : 'To'}”)`}>${dataText(name)}</button>`,
      )}</p>`;
  }

  private renderResults() {
    const graph = this.graph;
    const result = this.last;
    // The model's message quotes what was typed in words of its own: its reordering characters are shown, not obeyed.
    const summary =
      !graph || !result ? '' : result.ok ? sentence(resultSummary(graph, result, isolate)) : showControls(resultSummary(graph, result));
    return html`<section part="results" class="results" aria-label="Paths found">
      <p part="status" class="status" role="status" aria-live="polite">${summary}</p>
      ${graph && result && !result.ok ? this.renderProblem(graph, result) : nothing}
      ${graph && this.paths.length > 0 ? this.renderPaths(graph) : nothing}
    </section>`;
  }

  private renderPaths(graph: ActorGraph) {
    return pathList({
      graph,
      all: this.paths,
      shown: this.shown,
      chosen: this.chosen,
      showingAll: this.showingAll,
      signs: this.signs,
      lengths: this.lengths,
      cards: this.cards,
      onHighlight: this.onHighlight,
      onActor: this.onActor,
      onRelation: this.onRelation,
      onSign: this.onSign,
      onLength: this.onLength,
      onShowAll: this.onShowAll,
      onClear: this.onClear,
      onMore: this.onMore,
    });
  }

  protected override render() {
    return html`${this.renderForm()}${this.renderResults()}`;
  }
}

if (!customElements.get('actor-graph-path-finder')) customElements.define('actor-graph-path-finder', ActorGraphPathFinder);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-path-finder': ActorGraphPathFinder;
  }
}

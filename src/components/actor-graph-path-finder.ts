import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isolate, showControls } from '../model/bidi.ts';
import { filtersDiffer, type RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import {
  SIGN_DISPLAY,
  actorLabel,
  normalizeQuery,
  pathOptions,
  pathSteps,
  resultSummary,
  sameQuery,
  suggestionNames,
  type NormalPathQuery,
  type PathQuery,
} from '../model/path-report.ts';
import { DEFAULT_MAX_HOPS, MAX_PATH_HOPS, MIN_PATH_HOPS, wholeWithin } from '../model/limits.ts';
import { findPaths, type Path, type PathResult } from '../model/paths.ts';
import { readPath } from '../model/reading.ts';
import { pathFinderStyles } from './actor-graph-path-finder.styles.ts';
import { dataText, sentence } from './bidi-text.ts';
import { relationSwatch, swatchStyles } from './relation-swatch.ts';
import { emit, emitActorSelect, emitRelationSelect } from './events.ts';

export type { PathQuery };

/** True when two filters ask for different relations, so equal copies do not re-run a search. */
function filterChanged(value: RelationFilter, old: RelationFilter | undefined): boolean {
  return filtersDiffer(value, old);
}

/**
 * The paths between two actors, each with its sign, its reading and the evidence of every step.
 *
 * @summary Finds how one actor is connected to another, and on what evidence.
 *
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - An actor of a path was picked. `detail: { id, actor }`.
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - A step (relation) of a path was picked. `detail: { id, relation }`.
 * @fires {CustomEvent<PathQueryDetail>} path-query - A query was run: by the Find button (or Enter), by
 *   `run()`, or because `query` was set to a different question. Not fired when a search
 *   re-runs only because `graph` or `filter` changed. `detail: { from, to, types, all, maxHops, directed }`.
 * @fires {CustomEvent<PathHighlightDetail>} path-highlight - A path was chosen; the first is chosen after
 *   every search and re-run. Empty arrays when there is none or the highlight is cleared. `detail: { actors, relations }`.
 *
 * @csspart form - The query form.
 * @csspart results - The results region.
 * @csspart status - The aria-live line announcing the outcome ("2 paths found").
 * @csspart path - One path in the list of results.
 * @csspart highlight-button - The button showing a path on the graph.
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

  private current: NormalPathQuery | null = null;
  private last: PathResult | null = null;
  private queryPending = false;

  /**
   * `PathQuery | null`: the question last run, defaults filled in (`{from, to, types, all,
   * maxHops, directed}`). Setting it (e.g. from URL state) fills the form and runs it as soon as
   * `graph` is set; setting the same question again does nothing, and setting `null` clears the
   * answer (a query missing either end counts as `null`). Default `null`.
   */
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
    this.choose(this.last.ok && this.last.paths.length > 0 ? 0 : -1);
  }

  private choose(index: number): void {
    const path = this.paths[index];
    this.chosen = path ? index : -1;
    emit(this, 'path-highlight', {
      actors: path ? [...path.actors] : [],
      relations: path ? [...path.relations] : [],
    });
  }

  private get paths(): Path[] {
    return this.last?.ok ? this.last.paths : [];
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    // Enter in the number field submits before its change event would be seen.
    const hops = (event.currentTarget as HTMLFormElement).elements.namedItem('maxHops') as HTMLInputElement | null;
    if (hops) this.setHops(hops.valueAsNumber);
    this.run();
  };

  private onText = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'from') this.fromText = input.value;
    else this.toText = input.value;
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
    const labels: string[] = [];
    this.graph?.forEachNode((id) => labels.push(actorLabel(this.graph!, id)));
    const only = this.filter?.types;
    const hidden = only ? RELATION_TYPES.filter((t) => !only.includes(t)) : [];
    return html`<form part="form" @submit=${this.onSubmit}>
      <div class="ends">
        <label class="field">From
          <input type="text" name="from" list="actor-names" autocomplete="off" .value=${this.fromText} @input=${this.onText} />
        </label>
        <label class="field">To
          <input type="text" name="to" list="actor-names" autocomplete="off" .value=${this.toText} @input=${this.onText} />
        </label>
        <datalist id="actor-names">${labels.map((label) => html`<option value=${label}></option>`)}</datalist>
      </div>
      <fieldset>
        <legend>Relation types</legend>
        ${RELATION_TYPES.map(
          (type) => html`<label><input type="checkbox" name="types" .value=${type} .checked=${this.types.includes(type)}
              @change=${this.onType} />${relationSwatch(type)} ${type}</label>`,
        )}
        ${hidden.length ? html`<span class="note">The view’s filter also leaves out ${hidden.join(' and ')}.</span>` : nothing}
      </fieldset>
      <fieldset>
        <legend>Paths</legend>
        <label><input type="radio" name="mode" value="shortest" .checked=${!this.all} @change=${this.onMode} />Shortest</label>
        <label><input type="radio" name="mode" value="all" .checked=${this.all} @change=${this.onMode} />All paths</label>
        <label>up to
          <input type="number" name="maxHops" min=${MIN_PATH_HOPS} max=${MAX_PATH_HOPS} step="1" .value=${String(this.maxHops)}
            ?disabled=${!this.all} @change=${this.onHops} />
          steps</label>
        <label><input type="checkbox" name="directed" .checked=${this.directed} @change=${this.onDirected} />Follow direction</label>
      </fieldset>
      <button type="submit" ?disabled=${!this.graph}>Find paths</button>
    </form>`;
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

  private renderPath(graph: ActorGraph, path: Path, index: number) {
    const sign = SIGN_DISPLAY[path.sign];
    const chosen = index === this.chosen;
    return html`<li part="path" class="path ${sign.name}" aria-current=${chosen ? 'true' : 'false'}>
      <p class="head"><span class="sign" aria-hidden="true">${sign.symbol}</span><strong class="sign-word">${sign.word}</strong>
        · ${path.relations.length} ${path.relations.length === 1 ? 'step' : 'steps'}:
        ${path.actors.map(
          (id, i) => html`${i > 0 ? ' → ' : ''}<button type="button" class="link" data-id=${id}
            @click=${this.onActor}>${dataText(actorLabel(graph, id))}</button>`,
        )}</p>
      <p class="reading">${sentence(readPath(graph, path, isolate))}${windowSentence(path)}</p>
      <details ?open=${index === 0}>
        <summary>Steps and evidence</summary>
        <ol class="steps">${pathSteps(graph, path, isolate).map(
          (step) => html`<li class="step">
            <button type="button" class="link" data-id=${step.relation} @click=${this.onRelation}>${sentence(step.reading)}</button>
            ${
              step.evidence.length === 0
                ? html`<p class="note">No evidence is recorded.</p>`
                : html`<ul class="evidence">${step.evidence.map(
                    (e) => html`<li>${e.quote ? html`<q class="quote">${dataText(e.quote)}</q>` : nothing}
                    ${e.claimant ? html`— <span class="claimant">${dataText(e.claimant)}</span>` : nothing}
                    (<cite>${dataText(e.sourceTitle ?? e.source)}</cite>${e.locator ? html`, <span class="locator">${dataText(e.locator)}</span>` : nothing})</li>`,
                  )}</ul>`
            }
          </li>`,
        )}</ol>
      </details>
      <button type="button" part="highlight-button" data-index=${index} aria-pressed=${chosen ? 'true' : 'false'}
        @click=${this.onHighlight}>Show path ${index + 1} on the graph</button>
    </li>`;
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
      ${
        graph && this.paths.length > 0
          ? html`<ol class="paths">${this.paths.map((path, i) => this.renderPath(graph, path, i))}</ol>
            <p><button type="button" ?disabled=${this.chosen < 0} @click=${this.onClear}>Clear highlight</button></p>`
          : nothing
      }
    </section>`;
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

/** When the path's relations hold together, as a sentence after its reading ("Holds from 2007."). */
function windowSentence(path: Path): string {
  if (path.relations.length === 0) return '';
  return ` ${path.holds[0]!.toUpperCase()}${path.holds.slice(1)}.`;
}

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isolate } from '../model/bidi.ts';
import {
  K_CAMPS_AT_ONCE,
  balanceView,
  betweennessRows,
  type ActorView,
  type AmbivalentView,
  type BalanceView,
  type ContradictionView,
  type KCampsView,
  type TriadView,
} from '../model/balance-report.ts';
import type { AnalysisOptions } from '../model/balance.ts';
import { CentralityRun } from '../model/centrality.ts';
import { filtersDiffer, type RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import { inSlices } from '../view/slices.ts';
import { balanceStyles } from './actor-graph-balance.styles.ts';
import { dataText, sentence } from './bidi-text.ts';
import { emit, emitActorSelect, emitRelationSelect } from './events.ts';

/** Items a list shows at most; longer lists say how many more there are. */
const LIST_LIMIT = 50;

/** The first LIST_LIMIT items, then a line counting the rest. */
function capped<T>(items: readonly T[], render: (shown: readonly T[]) => unknown) {
  const more = items.length - LIST_LIMIT;
  return html`${render(items.slice(0, LIST_LIMIT))}${more > 0 ? html`<p class="note">…and ${more.toLocaleString('en-US')} more.</p>` : nothing}`;
}

/** True when two choices of ambivalent pairs differ, so equal copies do not recompute. */
function choiceChanged(value: Readonly<Record<string, string>>, old: Readonly<Record<string, string>> | undefined): boolean {
  const a = Object.entries(value ?? {}).sort();
  const b = Object.entries(old ?? {}).sort();
  return JSON.stringify(a) !== JSON.stringify(b);
}

/** True when two filters ask for different relations, so equal copies do not recompute. */
function filterChanged(value: AnalysisOptions, old: AnalysisOptions | undefined): boolean {
  // Whether undated relations join dated ones changes which triads count, too.
  return filtersDiffer(value, old) || (value?.undated ?? 'join') !== (old?.undated ?? 'join');
}

/**
 * Structural balance under the view's filter: the triads and which are unbalanced, the pairs
 * torn between cooperation and hostility (each with a choice of which relation counts), the two
 * camps that the fewest ties contradict, the k camps of weak balance and which k fits best, and
 * the most central actors.
 *
 * @summary Who stands with whom: balanced and unbalanced triads, torn pairs, two camps, k camps, central actors.
 *
 * @fires {CustomEvent<TriadHighlightDetail>} triad-highlight - A triad was chosen (its three actors and
 *   relations), or the choice was cleared or its triad left the filter (empty arrays). `detail: { actors, relations }`.
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - A relation that contradicts the camps was picked. `detail: { id, relation }`.
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - An actor of a camp or of the centrality table was picked. `detail: { id, actor }`.
 * @fires {CustomEvent<PairChoiceDetail>} pair-choice - The user chose which relation of a torn pair counts, or to leave
 *   the pair out (`relation: null`). `detail: { pair, relation }`; `choose` has changed already.
 *
 * @csspart summary - The line "N triads: B balanced, U unbalanced".
 * @csspart triad-button - The button choosing a triad.
 * @csspart ambivalent - The torn pairs and their choices.
 * @csspart camps - The two camps and their contradictions.
 * @csspart k-camps - The k camps, how each number of camps fits, and their contradictions.
 * @csspart centrality - The table of the most central actors.
 *
 * @cssprop --actor-graph-text - Text colour (default #1a1a1a).
 * @cssprop --actor-graph-background - Background colour (default #ffffff).
 * @cssprop --actor-graph-accent - Buttons and the chosen triad (default #005a9c).
 * @cssprop --actor-graph-focus-ring - Focus ring colour (default #005a9c).
 * @cssprop --actor-graph-border - Borders (default #767676).
 * @cssprop --actor-graph-cooperation - Marks balanced triads (default #009e73).
 * @cssprop --actor-graph-hostility - Marks unbalanced triads (default #D55E00).
 */
export class ActorGraphBalance extends LitElement {
  static override styles = balanceStyles;

  /** `ActorGraph | null`: the graph analysed. Default `null` (nothing shown). */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /** `RelationFilter`, with `undated` ('join' or 'apart'): the view's filter; every number shown is computed under it. Default `{}`. */
  @property({ attribute: false, hasChanged: filterChanged }) filter: AnalysisOptions = {};

  /**
   * `Record<string, string>`: for each torn pair, keyed by `pairKey(a, b)`, the id of the relation
   * that counts for it (the model's `choose` option); a pair not listed is left out of triads and
   * camps. The panel sets it when the user chooses, then fires `pair-choice`. Default `{}`.
   */
  @property({ attribute: false, hasChanged: choiceChanged }) choose: Record<string, string> = {};

  /** Key of the chosen triad (see `TriadView.key`), or null. */
  @state() private chosen: string | null = null;

  private view: BalanceView | null = null;
  /** Counts views; betweenness worked out for an older one is dropped. */
  #viewCount = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('graph') && !changed.has('filter') && !changed.has('choose')) return;
    this.view = this.graph ? balanceView(this.graph, { ...this.filter, choose: this.choose ?? {} }, isolate) : null;
    const count = ++this.#viewCount;
    // Not awaited: the panel shows "Working out betweenness…" meanwhile, and a later view drops this one's result.
    if (this.graph && this.view?.byBetweenness === null) void this.#betweennessLater(this.graph, this.filter ?? {}, count);
    const still = this.view && [...this.view.unbalanced, ...this.view.balanced].some((t) => t.key === this.chosen);
    if (this.chosen !== null && !still) this.chooseTriad(null);
  }

  /** Works out betweenness of a large graph in short tasks, then shows it. */
  async #betweennessLater(graph: ActorGraph, filter: RelationFilter, count: number): Promise<void> {
    const run = new CentralityRun(graph, filter);
    const current = () => count === this.#viewCount && this.isConnected;
    if (!(await inSlices(() => run.step(4), current)) || !this.view || !current()) return;
    this.view = { ...this.view, byBetweenness: betweennessRows(graph, run.result()) };
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Removed while betweenness was being worked out: start again (not awaited, as in willUpdate).
    if (this.graph && this.view?.byBetweenness === null) void this.#betweennessLater(this.graph, this.filter ?? {}, ++this.#viewCount);
  }

  private chooseTriad(triad: TriadView | null): void {
    this.chosen = triad?.key ?? null;
    emit(this, 'triad-highlight', {
      actors: triad ? [...triad.actors] : [],
      relations: triad ? [...triad.relations] : [],
    });
  }

  private onTriad = (event: Event): void => {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    const triad = [...(this.view?.unbalanced ?? []), ...(this.view?.balanced ?? [])].find((t) => t.key === key);
    // Choosing the chosen triad again clears the highlight.
    this.chooseTriad(triad && triad.key !== this.chosen ? triad : null);
  };

  private onClear = (): void => {
    this.chooseTriad(null);
  };

  private onRelation = (event: Event): void => {
    emitRelationSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private onActor = (event: Event): void => {
    emitActorSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private onPairChoice = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const pair = input.name;
    const relation = input.value === '' ? null : input.value;
    const { [pair]: _, ...others } = this.choose ?? {};
    this.choose = relation === null ? others : { ...others, [pair]: relation };
    emit(this, 'pair-choice', { pair, relation });
  };

  private renderPair(pair: AmbivalentView, i: number) {
    const name = pair.key;
    const option = (value: string, label: unknown) =>
      html`<label class="choice"><input type="radio" name=${name} .value=${value} .checked=${(pair.chosen ?? '') === value}
        @change=${this.onPairChoice} />${label}</label>`;
    return html`<li><fieldset>
      <legend id="pair-${i}">${sentence(pair.title)}</legend>
      ${option('', 'Leave this pair out')}
      ${pair.relations.map((r) => option(r.relation, html`Count the ${r.type}: ${sentence(r.reading)}`))}
    </fieldset></li>`;
  }

  private renderAmbivalent(view: BalanceView) {
    if (!view.ambivalent.length) return nothing;
    return html`<section part="ambivalent" aria-labelledby="ambivalent-heading">
      <h3 id="ambivalent-heading">Torn pairs</h3>
      <p class="note">These pairs cooperate and are hostile at once. Choose which relation counts for triads and camps.</p>
      <ul class="pairs">${view.ambivalent.map((pair, i) => this.renderPair(pair, i))}</ul>
    </section>`;
  }

  private renderContradictions(all: readonly ContradictionView[], list = 'contradictions') {
    return capped(
      all,
      (shown) =>
        html`<ul class=${list}>${shown.map(
          (c) => html`<li><button type="button" class="link" data-id=${c.relation} @click=${this.onRelation}>${sentence(c.reading)}</button>
              <span class="why">(${c.why})</span></li>`,
        )}</ul>`,
    );
  }

  private renderKCamps(k: KCampsView | null) {
    if (!k) return html`<p class="note">The camps that fit best are worked out for graphs of up to ${K_CAMPS_AT_ONCE} actors.</p>`;
    const n = k.contradictions.length;
    return html`<section part="k-camps" aria-labelledby="k-camps-heading">
      <h3 id="k-camps-heading">Camps that fit best</h3>
      <p class="note">Any number of camps, cooperation inside each and hostility between them (weak balance).</p>
      <ol class="fits">${k.fits.map((fit) => html`<li class=${fit.best ? 'best' : ''}>${fit.text}${fit.best ? html` <strong>— fits best</strong>` : nothing}</li>`)}</ol>
      <div class="camps-k">
        ${k.camps.map(
          (camp, i) => html`<section aria-label=${`Camp ${i + 1} of ${k.camps.length}`}>
          <h4>Camp ${i + 1} (${camp.length})</h4>
          ${this.renderActors(camp)}
        </section>`,
        )}
      </div>
      <p class="exact-k">${
        k.exact
          ? 'This is exact: no split, into any number of camps, contradicts fewer relations.'
          : 'These camps were found by search: another split may contradict fewer relations.'
      }</p>
      <p>${n === 0 ? 'No relation contradicts these camps.' : `${n} ${n === 1 ? 'relation contradicts' : 'relations contradict'} them:`}</p>
      ${n ? this.renderContradictions(k.contradictions, 'contradictions-k') : nothing}
    </section>`;
  }

  private renderTriads(all: readonly TriadView[]) {
    return capped(
      all,
      (triads) =>
        html`<ul class="triads">${triads.map(
          (t) => html`<li class="triad ${t.balanced ? 'balanced' : 'unbalanced'}">
        <button type="button" part="triad-button" data-key=${t.key} aria-pressed=${t.key === this.chosen ? 'true' : 'false'}
          @click=${this.onTriad}>${sentence(t.title)}</button>
        <ul class="readings">${t.readings.map((r) => html`<li>${sentence(r)}</li>`)}</ul>
      </li>`,
        )}</ul>`,
    );
  }

  private renderActors(all: readonly ActorView[]) {
    return capped(
      all,
      (actors) =>
        html`<ul class="actors">${actors.map(
          (a) => html`<li><button type="button" class="link" data-id=${a.id} @click=${this.onActor}>${dataText(a.label)}</button></li>`,
        )}</ul>`,
    );
  }

  private renderBalance(view: BalanceView) {
    return html`<section aria-labelledby="triads-heading">
      <h3 id="triads-heading">Unbalanced triads</h3>
      ${view.unbalanced.length ? this.renderTriads(view.unbalanced) : html`<p class="note">No triad is unbalanced.</p>`}
      ${
        view.balanced.length
          ? html`<details><summary>Balanced triads (${view.balanced.length})</summary>${this.renderTriads(view.balanced)}</details>`
          : nothing
      }
      <p><button type="button" ?disabled=${this.chosen === null} @click=${this.onClear}>Clear highlight</button></p>
    </section>`;
  }

  private renderCamps(view: BalanceView) {
    const n = view.contradictions.length;
    return html`<section part="camps" aria-labelledby="camps-heading">
      <h3 id="camps-heading">Two camps</h3>
      <div class="camps">
        ${view.camps.map(
          (camp, i) => html`<section aria-label=${`Camp ${i + 1}`}>
          <h4>Camp ${i + 1} (${camp.length})</h4>
          ${camp.length ? this.renderActors(camp) : html`<p class="note">Nobody.</p>`}
        </section>`,
        )}
      </div>
      ${
        view.unattached.length
          ? html`<p class="note">No cooperation or hostility places these actors:</p>${this.renderActors(view.unattached)}`
          : nothing
      }
      <p class="exact">${
        view.exact
          ? 'This split is exact: no other split contradicts fewer relations.'
          : 'This split was found by search: another may contradict fewer relations.'
      }</p>
      <p>${n === 0 ? 'No relation contradicts the split.' : `${n} ${n === 1 ? 'relation contradicts' : 'relations contradict'} the split:`}</p>
      ${n ? this.renderContradictions(view.contradictions) : nothing}
    </section>`;
  }

  private renderCentrality(view: BalanceView) {
    const byBetweenness = view.byBetweenness ?? [];
    const rows = Math.max(view.byDegree.length, byBetweenness.length);
    const cell = (row: { id: string; label: string; text: string } | undefined) =>
      row
        ? html`<td><button type="button" class="link" data-id=${row.id} @click=${this.onActor}>${dataText(row.label)}</button></td>
            <td class="number">${row.text}</td>`
        : html`<td></td><td></td>`;
    return html`${
      view.byBetweenness === null
        ? html`<p class="note" role="status">Working out betweenness over ${this.graph?.order.toLocaleString('en-US')} actors…</p>`
        : nothing
    }<table part="centrality" aria-busy=${view.byBetweenness === null ? 'true' : 'false'}>
      <caption>Most central actors</caption>
      <thead><tr>
        <th scope="col">#</th>
        <th scope="col">By degree</th><th scope="col">Relations</th>
        <th scope="col">By betweenness</th><th scope="col">Betweenness</th>
      </tr></thead>
      <tbody>${Array.from(
        { length: rows },
        (_, i) => html`<tr>
        <th scope="row">${i + 1}</th>${cell(view.byDegree[i])}${cell(byBetweenness[i])}
      </tr>`,
      )}</tbody>
    </table>`;
  }

  protected override render() {
    const view = this.view;
    return html`<h2>Structural balance</h2>
      ${
        view
          ? html`<p part="summary" class="summary" role="status" aria-live="polite">${view.summary}</p>
            ${this.renderBalance(view)}${this.renderAmbivalent(view)}${this.renderCamps(view)}${this.renderKCamps(view.kCamps)}${this.renderCentrality(view)}`
          : html`<p class="note">No graph is loaded.</p>`
      }`;
  }
}

if (!customElements.get('actor-graph-balance')) customElements.define('actor-graph-balance', ActorGraphBalance);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-balance': ActorGraphBalance;
  }
}

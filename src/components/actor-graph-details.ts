import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isolate } from '../model/bidi.ts';
import { relationPasses, type RelationFilter } from '../model/filter.ts';
import type { Actor, Relation, RelationType, Source } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { DEFAULT_FOCUS_DEPTH, MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from '../model/limits.ts';
import { readRelation } from '../model/reading.ts';
import { actorRelationIds } from '../model/relation-table.ts';
import type { QuoteCheck } from '../model/quote-check.ts';
import { periodText } from '../model/timeline.ts';
import { renderEvidence, type EvidenceContext } from './actor-graph-details.evidence.ts';
import { styles } from './actor-graph-details.styles.ts';
import { dataText, sentence } from './bidi-text.ts';
import { emit, emitActorSelect, emitRelationSelect } from './events.ts';
import { relationSwatch, swatchStyles } from './relation-swatch.ts';

/** The depths the focus list offers, fewest steps first. */
const FOCUS_DEPTHS = Array.from({ length: MAX_FOCUS_DEPTH - MIN_FOCUS_DEPTH + 1 }, (_, i) => MIN_FOCUS_DEPTH + i);

export { httpUrl } from './actor-graph-details.evidence.ts';

interface RelationItem {
  id: string;
  type: RelationType;
  reading: string;
}

/** What the panel shows, worked out before drawing. */
type View =
  | { kind: 'empty'; message: string }
  | { kind: 'actor'; id: string; actor: Actor; relations: RelationItem[] }
  | {
      kind: 'relation';
      id: string;
      relation: Relation;
      from: { id: string; label: string };
      to: { id: string; label: string };
      directed: boolean;
      reading: string;
      passes: boolean;
      sources: Map<string, Source>;
    };

/**
 * The details of the selected actor or relation.
 *
 * For an actor: its label, kind, description and aliases, and each of its relations that pass
 * the filter as a button worded in plain language, plus controls to focus the view on its
 * neighbourhood. For a relation: its type, label, direction, dates, reading and note, and
 * each piece of evidence with its quote, claimant, locator, the date it was reported (when it
 * gives one), note and source (linked only when the source's address is `http:` or `https:`,
 * in a new tab). A relation the filter
 * hides is still described, with a notice that it is hidden.
 *
 * With `quoteChecks`, each quote checked against its source's text is marked, in words and a
 * sign: found where its locator says; found in another paragraph, with a button to use that
 * paragraph's locator; or not found, with the closest passage. With `texts`, evidence whose
 * source's text is loaded can be shown in it. With `editing`, the actor or relation shown, and
 * each piece of evidence, can be edited or deleted: the page does it, on `edit-request`.
 *
 * @summary Details and evidence of the selected actor or relation.
 *
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - The user picked one of a relation's two actors. `detail: { id, actor }`.
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - The user picked one of an actor's relations. `detail: { id, relation }`.
 * @fires {CustomEvent<FocusChangeDetail>} focus-change - Focus on an actor's neighbourhood, depth 1–3, `detail: { id, depth }`; `{ id: null, depth: 0 }` clears it.
 * @fires {CustomEvent<EditRequestDetail>} edit-request - While `editing`: Edit or Delete of the actor or relation shown, or of a piece of evidence (`index` in its list). `detail: { action, what, id, index? }`.
 * @fires {CustomEvent<EvidenceShowDetail>} evidence-show - Show in source of a piece of evidence whose source's text is loaded. `detail: { relation, index }`.
 * @fires {CustomEvent<LocatorFixDetail>} locator-fix - The user took the locator offered for a quote found in another paragraph. `detail: { relation, index, locator }`.
 *
 * @csspart actor - The description of an actor.
 * @csspart relation - The description of a relation.
 * @csspart swatch - The line sample of a relation type.
 * @csspart evidence - The list of evidence.
 *
 * @cssprop [--actor-graph-cooperation=#009e73] - Colour of cooperation (solid line).
 * @cssprop [--actor-graph-hostility=#D55E00] - Colour of hostility (heavy dash-dot line).
 * @cssprop [--actor-graph-contested=#0072b2] - Colour of contested relations (dashed line).
 * @cssprop [--actor-graph-text=#1a1a1a] - Text colour.
 * @cssprop [--actor-graph-muted=#555555] - Colour of secondary text.
 * @cssprop [--actor-graph-border=#767676] - Borders of buttons and quotes.
 * @cssprop [--actor-graph-button-background=#f2f2f2] - Background of buttons.
 * @cssprop [--actor-graph-accent=#005a9c] - Edge of notices.
 * @cssprop [--actor-graph-notice-background=#eef3fb] - Background of notices.
 * @cssprop [--actor-graph-link=#0b57a4] - Colour of links.
 * @cssprop [--actor-graph-warning=#5c4000] - Text of a quote found in another paragraph than cited.
 * @cssprop [--actor-graph-warning-background=#fff4ce] - Background of a quote found in another paragraph.
 * @cssprop [--actor-graph-error=#8a1c0b] - Text of a quote not found.
 * @cssprop [--actor-graph-error-background=#fff1ef] - Background of a quote not found.
 * @cssprop [--actor-graph-focus-ring=#005a9c] - Focus ring colour (`--actor-graph-focus`, its former name, is still read).
 */
export class ActorGraphDetails extends LitElement {
  static override styles = [styles, swatchStyles];

  /** The loaded graph; default `null`. */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /** The filter an actor's relations must pass; default `{}` (all). */
  @property({ attribute: false }) filter: RelationFilter = {};

  /** The id of the actor or relation to describe (an actor wins if both have it); `null` (the default) or `''`: none. */
  @property() selected: string | null = null;

  /**
   * When true, Edit and Delete buttons for the actor or relation shown and for each piece of
   * evidence; they fire `edit-request`. Default: false.
   */
  @property({ type: Boolean }) editing = false;

  /** Ids of the sources whose text is loaded: their evidence gets a "Show in source" button firing `evidence-show`. Default: none. */
  @property({ attribute: false }) texts: ReadonlySet<string> = new Set();

  /** Quote checks by `${relationId}#${index}` (see `checkQuotes`), each shown on its piece of evidence. Default: none. */
  @property({ attribute: false }) quoteChecks: ReadonlyMap<string, QuoteCheck> = new Map();

  /** The neighbourhood depth chosen, 1–3. */
  @state() private depth = DEFAULT_FOCUS_DEPTH;
  @state() private view: View = { kind: 'empty', message: '' };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('graph') || changed.has('filter') || changed.has('selected')) this.view = this.describe();
  }

  private describe(): View {
    const graph = this.graph;
    const id = this.selected;
    if (!graph) return { kind: 'empty', message: 'No graph is loaded.' };
    if (id === null || id === '') {
      return {
        kind: 'empty',
        message: 'Select an actor or a relation, on the graph, in the table or by name, to see its details and evidence.',
      };
    }
    if (graph.hasNode(id)) {
      const relations = actorRelationIds(graph, id, this.filter).map((rid) => ({
        id: rid,
        type: graph.getEdgeAttributes(rid).type,
        reading: readRelation(graph, rid, isolate),
      }));
      return { kind: 'actor', id, actor: graph.getNodeAttributes(id), relations };
    }
    if (graph.hasEdge(id)) {
      const relation = graph.getEdgeAttributes(id);
      const [source, target] = graph.extremities(id);
      const end = (actor: string) => ({ id: actor, label: graph.getNodeAttributes(actor).label || actor });
      const sources = new Map((graph.getAttribute('sources') ?? []).map((s) => [s.id, s] as const));
      return {
        kind: 'relation',
        id,
        relation,
        from: end(source),
        to: end(target),
        directed: graph.isDirected(id),
        reading: readRelation(graph, id, isolate),
        passes: relationPasses(relation, this.filter),
        sources,
      };
    }
    return { kind: 'empty', message: `No actor or relation has the id “${isolate(id)}”.` };
  }

  private onActorClick = (event: MouseEvent): void => {
    emitActorSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private onRelationClick = (event: MouseEvent): void => {
    emitRelationSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private onDepthChange = (event: Event): void => {
    this.depth = Number((event.target as HTMLSelectElement).value);
  };

  private onFocusClick = (): void => {
    if (this.view.kind === 'actor') emit(this, 'focus-change', { id: this.view.id, depth: this.depth });
  };

  private onClearFocusClick = (): void => {
    emit(this, 'focus-change', { id: null, depth: 0 });
  };

  /** Edit and Delete for the actor or relation shown, each naming it for those who cannot see the heading. */
  private renderEditButtons(what: 'actor' | 'relation', id: string, name: string) {
    if (!this.editing) return nothing;
    const request = (action: 'edit' | 'delete') => () => emit(this, 'edit-request', { action, what, id });
    return html`<div class="edit-actions">
      <button type="button" class="edit" aria-label="Edit ${what} ${name}" @click=${request('edit')}>Edit</button>
      <button type="button" class="delete" aria-label="Delete ${what} ${name}" @click=${request('delete')}>Delete</button>
    </div>`;
  }

  private renderActor(view: Extract<View, { kind: 'actor' }>) {
    const { actor, relations } = view;
    const aliases = actor.aliases ?? [];
    return html`
      <section part="actor" aria-label="Actor details">
        <h2>${dataText(actor.label || view.id)}</h2>
        ${this.renderEditButtons('actor', view.id, actor.label || view.id)}
        ${actor.kind ? html`<p class="kind">${dataText(actor.kind)}</p>` : nothing}
        ${actor.description ? html`<p class="description">${dataText(actor.description)}</p>` : nothing}
        ${
          aliases.length
            ? html`<h3>Also known as</h3>
              <ul class="aliases">${aliases.map((alias) => html`<li>${dataText(alias)}</li>`)}</ul>`
            : nothing
        }
        <h3>Relations (${relations.length})</h3>
        ${
          relations.length
            ? html`<ul class="relations">
              ${relations.map(
                (r) => html`<li>
                  <button type="button" class="link" data-id=${r.id} @click=${this.onRelationClick}>
                    ${relationSwatch(r.type)}<span>${sentence(r.reading)}</span>
                  </button>
                </li>`,
              )}
            </ul>`
            : html`<p class="muted">No relation of this actor passes the current filters.</p>`
        }
        <div class="focus" role="group" aria-label="Neighbourhood focus">
          <label>Depth
            <select .value=${String(this.depth)} @change=${this.onDepthChange}>
              ${FOCUS_DEPTHS.map((d) => html`<option value=${d} ?selected=${d === this.depth}>${d}</option>`)}
            </select>
          </label>
          <button type="button" class="focus-on" @click=${this.onFocusClick}>Focus on neighbourhood</button>
          <button type="button" class="clear-focus" @click=${this.onClearFocusClick}>Clear focus</button>
        </div>
      </section>
    `;
  }

  private renderRelation(view: Extract<View, { kind: 'relation' }>) {
    const { relation, from, to } = view;
    const evidence = relation.evidence ?? [];
    const context: EvidenceContext = {
      host: this,
      relation: view.id,
      sources: view.sources,
      editing: this.editing,
      texts: this.texts,
      quoteChecks: this.quoteChecks,
    };
    const actorButton = (end: { id: string; label: string }) =>
      html`<button type="button" class="actor" data-id=${end.id} @click=${this.onActorClick}>${dataText(end.label)}</button>`;
    return html`
      <section part="relation" aria-label="Relation details">
        <h2>${relation.label ? dataText(relation.label) : html`${dataText(from.label)} and ${dataText(to.label)}`}</h2>
        ${this.renderEditButtons('relation', view.id, relation.label || `${from.label} and ${to.label}`)}
        <p class="type">${relationSwatch(relation.type)}<span>${relation.type}</span></p>
        ${view.passes ? nothing : html`<p class="notice">The current filters hide this relation.</p>`}
        <dl>
          <dt>${view.directed ? 'From' : 'Between'}</dt>
          <dd>${actorButton(from)}</dd>
          <dt>${view.directed ? 'To' : 'and'}</dt>
          <dd>${actorButton(to)}</dd>
          <dt>Direction</dt>
          <dd class="direction">${view.directed ? 'one way' : 'both ways'}</dd>
          <dt>When</dt>
          <dd class="period">${periodText(relation)}</dd>
        </dl>
        <p class="reading">${sentence(view.reading)}</p>
        ${relation.note ? html`<p class="note">${dataText(relation.note)}</p>` : nothing}
        <h3>Evidence (${evidence.length})</h3>
        ${
          evidence.length
            ? html`<ol class="evidence" part="evidence">${evidence.map((item, index) => renderEvidence(item, index, context))}</ol>`
            : html`<p class="muted">No evidence is given.</p>`
        }
      </section>
    `;
  }

  override render() {
    const view = this.view;
    if (view.kind === 'actor') return this.renderActor(view);
    if (view.kind === 'relation') return this.renderRelation(view);
    return html`<p class="hint">${sentence(view.message)}</p>`;
  }
}

if (!customElements.get('actor-graph-details')) customElements.define('actor-graph-details', ActorGraphDetails);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-details': ActorGraphDetails;
  }
}

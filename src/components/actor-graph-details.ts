import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isolate } from '../model/bidi.ts';
import { relationPasses, type RelationFilter } from '../model/filter.ts';
import type { Actor, Evidence, Relation, RelationType, Source } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { DEFAULT_FOCUS_DEPTH, MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from '../model/limits.ts';
import { readRelation } from '../model/reading.ts';
import { actorRelationIds } from '../model/relation-table.ts';
import { periodText } from '../model/timeline.ts';
import { styles } from './actor-graph-details.styles.ts';
import { dataText, sentence } from './bidi-text.ts';
import { emit, emitActorSelect, emitRelationSelect } from './events.ts';
import { relationSwatch, swatchStyles } from './relation-swatch.ts';

/** The depths the focus list offers, fewest steps first. */
const FOCUS_DEPTHS = Array.from({ length: MAX_FOCUS_DEPTH - MIN_FOCUS_DEPTH + 1 }, (_, i) => MIN_FOCUS_DEPTH + i);

/** The address of a source when it is an `http:` or `https:` URL, else null: nothing else is ever linked. */
export function httpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

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
 * @summary Details and evidence of the selected actor or relation.
 *
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - The user picked one of a relation's two actors. `detail: { id, actor }`.
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - The user picked one of an actor's relations. `detail: { id, relation }`.
 * @fires {CustomEvent<FocusChangeDetail>} focus-change - Focus on an actor's neighbourhood, depth 1–3, `detail: { id, depth }`; `{ id: null, depth: 0 }` clears it.
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

  private renderActor(view: Extract<View, { kind: 'actor' }>) {
    const { actor, relations } = view;
    const aliases = actor.aliases ?? [];
    return html`
      <section part="actor" aria-label="Actor details">
        <h2>${dataText(actor.label || view.id)}</h2>
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

  private renderSource(sources: Map<string, Source>, id: string) {
    const source = sources.get(id);
    if (!source) return html`<p class="source">Source: <span class="muted">“${dataText(id)}”, not listed in this graph</span></p>`;
    const url = httpUrl(source.url);
    const title = url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${dataText(source.title)}</a>`
      : html`<cite>${dataText(source.title)}</cite>`;
    const byline = [source.author, source.publisher, source.date].filter((part): part is string => typeof part === 'string' && part !== '');
    return html`<p class="source">Source: ${title}${byline.map((part) => html`, ${dataText(part)}`)}</p>`;
  }

  private renderEvidence(item: Evidence, sources: Map<string, Source>) {
    return html`<li>
      ${item.quote ? html`<blockquote class="quote"><p>${dataText(item.quote)}</p></blockquote>` : nothing}
      ${item.claimant ? html`<p class="claimant">— ${dataText(item.claimant)}</p>` : nothing}
      ${item.locator ? html`<p class="locator">At ${dataText(item.locator)}</p>` : nothing}
      ${item.date ? html`<p class="reported">Reported ${dataText(item.date)}</p>` : nothing}
      ${item.note ? html`<p class="evidence-note">Note: ${dataText(item.note)}</p>` : nothing}
      ${this.renderSource(sources, item.source)}
    </li>`;
  }

  private renderRelation(view: Extract<View, { kind: 'relation' }>) {
    const { relation, from, to } = view;
    const evidence = relation.evidence ?? [];
    const actorButton = (end: { id: string; label: string }) =>
      html`<button type="button" class="actor" data-id=${end.id} @click=${this.onActorClick}>${dataText(end.label)}</button>`;
    return html`
      <section part="relation" aria-label="Relation details">
        <h2>${relation.label ? dataText(relation.label) : html`${dataText(from.label)} and ${dataText(to.label)}`}</h2>
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
            ? html`<ol class="evidence" part="evidence">${evidence.map((item) => this.renderEvidence(item, view.sources))}</ol>`
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

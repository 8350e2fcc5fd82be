import { html, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Actor } from '../model/format.ts';
import { styles } from './actor-graph-actor-form.styles.ts';
import { emit } from './events.ts';
import { FormDialog } from './form-dialog.ts';
import { describedBy, fieldProblem, generalProblems, optionalText, placeProblems, problemId, withFields } from './form-fields.ts';

/** The kinds every graph is offered, after those it already uses. */
export const COMMON_KINDS: readonly string[] = ['state', 'government', 'non-state armed group', 'organization', 'person'];

/** The fields of the form, in the order the focus meets them. */
const FIELDS = ['label', 'kind', 'aliases', 'description'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = { label: '', kind: '', aliases: '', description: '' };

/**
 * @summary A modal dialog to add an actor or edit one: its label, kind, aliases (one a line) and
 * description.
 *
 * `open()` opens it empty, `open(actor)` filled from that actor. Add actor (or Save changes)
 * fires `actor-submit` and leaves the dialog open: the page checks the actor and either calls
 * `close()` or sets `problems`, each shown beside its field, the focus on the first. Cancel and
 * Escape close it without an event. Fields the form does not show (a position, fields of other
 * tools) are kept from the actor edited.
 *
 * @fires {CustomEvent<ActorSubmitDetail>} actor-submit - The user submitted the form. `detail: { actor, isNew }`; a new actor has the id `''`, for the page to give.
 *
 * @csspart dialog - The `<dialog>`.
 *
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-background - Background of the dialog and its fields.
 * @cssprop --actor-graph-border - Outlines of the dialog and its fields.
 * @cssprop --actor-graph-muted - Colour of hints.
 * @cssprop --actor-graph-error - Colour of problems and of the outline of a field with one.
 * @cssprop --actor-graph-error-background - Background of problems.
 * @cssprop --actor-graph-focus-ring - Focus ring colour.
 */
export class ActorGraphActorForm extends FormDialog {
  static override styles: CSSResultGroup = styles;

  /** Kinds already used in the graph, offered first. Default: none. */
  @property({ attribute: false }) kinds: readonly string[] = [];

  @state() private values: Values = EMPTY;
  @state() private editing = false;

  protected readonly fields = FIELDS;

  /** The actor edited, whose id and unshown fields the submitted actor keeps. */
  #base: Actor | null = null;

  /** Opens the dialog empty (new actor) or filled from `actor` (editing; its id is kept). Focus goes to Label. */
  open(actor?: Actor): void {
    this.#base = actor ?? null;
    this.editing = actor !== undefined;
    this.values = actor
      ? { label: actor.label, kind: actor.kind ?? '', aliases: (actor.aliases ?? []).join('\n'), description: actor.description ?? '' }
      : EMPTY;
    this.showDialog('label');
  }

  /** The actor as the form has it: the unshown fields of the one edited, optional fields left out when empty. */
  #actor(): Actor {
    const { label, kind, aliases, description } = this.values;
    const names = aliases
      .split('\n')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '');
    return withFields<Actor>(this.#base ?? { id: '', label: '' }, {
      label: label.trim(),
      kind: optionalText(kind),
      aliases: names.length ? names : undefined,
      description: optionalText(description),
    });
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const isNew = !this.editing;
    this.problems = [];
    emit(this, 'actor-submit', { actor: this.#actor(), isNew });
  };

  #onCancel = (event: Event): void => {
    // Escape closes through close(), so that the problems go with the dialog.
    event.preventDefault();
    this.close();
  };

  #onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.values = { ...this.values, [field.id]: field.value };
  };

  override render() {
    const placed = placeProblems(this.problems, FIELDS);
    const invalid = (field: Field) => (placed.byField.has(field) ? 'true' : 'false');
    const problem = (field: Field) => placed.byField.has(field) && problemId(field);
    const offered = [...new Set([...this.kinds, ...COMMON_KINDS])];
    const title = this.editing ? 'Edit actor' : 'Add actor';
    return html`<dialog part="dialog" aria-labelledby="heading" @cancel=${this.#onCancel}>
      <h2 id="heading">${title}</h2>
      <form novalidate @submit=${this.#onSubmit}>
        ${generalProblems(placed)}
        <div class="field">
          <label for="label">Label <span class="required">(required)</span></label>
          <input id="label" name="label" type="text" autocomplete="off" aria-required="true" .value=${live(this.values.label)}
            aria-invalid=${invalid('label')} aria-describedby=${describedBy(problem('label'))} @input=${this.#onInput} />
          ${fieldProblem('label', placed)}
        </div>
        <div class="field">
          <label for="kind">Kind</label>
          <input id="kind" name="kind" type="text" autocomplete="off" list="kinds" .value=${live(this.values.kind)}
            aria-invalid=${invalid('kind')} aria-describedby=${describedBy('kind-hint', problem('kind'))} @input=${this.#onInput} />
          <datalist id="kinds">${offered.map((kind) => html`<option value=${kind}></option>`)}</datalist>
          <p class="hint" id="kind-hint">Such as state, organization or person.</p>
          ${fieldProblem('kind', placed)}
        </div>
        <div class="field">
          <label for="aliases">Aliases</label>
          <textarea id="aliases" name="aliases" rows="3" .value=${live(this.values.aliases)} aria-invalid=${invalid('aliases')}
            aria-describedby=${describedBy('aliases-hint', problem('aliases'))} @input=${this.#onInput}></textarea>
          <p class="hint" id="aliases-hint">Other names it is known by, one a line.</p>
          ${fieldProblem('aliases', placed)}
        </div>
        <div class="field">
          <label for="description">Description</label>
          <textarea id="description" name="description" rows="3" .value=${live(this.values.description)}
            aria-invalid=${invalid('description')} aria-describedby=${describedBy(problem('description'))} @input=${this.#onInput}></textarea>
          ${fieldProblem('description', placed)}
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit">${this.editing ? 'Save changes' : 'Add actor'}</button>
        </div>
      </form>
    </dialog>`;
  }
}

if (!customElements.get('actor-graph-actor-form')) customElements.define('actor-graph-actor-form', ActorGraphActorForm);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-actor-form': ActorGraphActorForm;
  }
}

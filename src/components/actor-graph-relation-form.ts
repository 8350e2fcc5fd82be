import { html, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { RELATION_TYPES, type Relation, type RelationType } from '../model/format.ts';
import { styles } from './actor-graph-relation-form.styles.ts';
import { dataText } from './bidi-text.ts';
import { emit } from './events.ts';
import { FormDialog } from './form-dialog.ts';
import { describedBy, fieldProblem, generalProblems, optionalText, placeProblems, problemId, withFields } from './form-fields.ts';
import { relationSwatch } from './relation-swatch.ts';

/** An actor the relation may run from or to. */
export interface ActorChoice {
  id: string;
  label: string;
}

/** The fields of the form, in the order the focus meets them; `source` and `target` are From and To. */
const FIELDS = ['source', 'target', 'type', 'directed', 'start', 'end', 'label', 'note'] as const;

interface Values {
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
  start: string;
  end: string;
  label: string;
  note: string;
}

const TEXT_FIELDS = ['start', 'end', 'label', 'note'] as const;

const valuesOf = (relation: Partial<Relation>): Values => ({
  source: relation.source ?? '',
  target: relation.target ?? '',
  type: relation.type && RELATION_TYPES.includes(relation.type) ? relation.type : 'cooperation',
  directed: relation.directed === true,
  start: relation.start ?? '',
  end: relation.end ?? '',
  label: relation.label ?? '',
  note: relation.note ?? '',
});

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * @summary A modal dialog to add a relation or edit one: from and to, type, direction, start and
 * end, label and note.
 *
 * `open()` opens it empty; `open(relation)` filled from a relation, or from part of one (the
 * ends of a line drawn from one actor to another, evidence to cite). A relation with an id is
 * edited, one without is added. Add relation (or Save changes) fires `relation-submit` and leaves
 * the dialog open: the page checks the relation and either calls `close()` or sets `problems`,
 * each shown beside its field, the focus on the first. Cancel and Escape close it without an
 * event. Fields the form does not show (evidence, date bounds, fields of other tools) are kept.
 *
 * @fires {CustomEvent<RelationSubmitDetail>} relation-submit - The user submitted the form. `detail: { relation, isNew }`; a new relation has the id `''`, for the page to give.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart swatch - The line sample beside each type.
 *
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-background - Background of the dialog and its fields.
 * @cssprop --actor-graph-border - Outlines of the dialog and its fields.
 * @cssprop --actor-graph-muted - Colour of hints.
 * @cssprop --actor-graph-cooperation - Line sample of cooperation (solid).
 * @cssprop --actor-graph-hostility - Line sample of hostility (heavy dash-dot).
 * @cssprop --actor-graph-contested - Line sample of contested relations (dashed).
 * @cssprop --actor-graph-error - Colour of problems and of the outline of a field with one.
 * @cssprop --actor-graph-error-background - Background of problems.
 * @cssprop --actor-graph-focus-ring - Focus ring colour.
 */
export class ActorGraphRelationForm extends FormDialog {
  static override styles: CSSResultGroup = styles;

  /** The actors a relation may join, offered by label. Default: none. */
  @property({ attribute: false }) actors: readonly ActorChoice[] = [];

  @state() private values: Values = valuesOf({});
  @state() private editing = false;

  protected readonly fields = FIELDS;

  /** The relation edited or begun, whose id and unshown fields the submitted relation keeps. */
  #base: Partial<Relation> = {};

  /**
   * Opens the dialog empty, or filled from `relation`: edited when it has an id (which is kept),
   * else added with what it gives (such as its ends, or its evidence). Focus goes to From.
   */
  open(relation: Partial<Relation> = {}): void {
    this.#base = relation;
    this.editing = typeof relation.id === 'string' && relation.id !== '';
    this.values = valuesOf(relation);
    this.showDialog('source');
  }

  /** The relation as the form has it: the unshown fields of the one edited, optional fields left out when empty. */
  #relation(): Relation {
    const { source, target, type, directed } = this.values;
    const base: Relation = { id: '', source: '', target: '', type: 'cooperation', ...this.#base, ...(this.editing ? {} : { id: '' }) };
    const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, optionalText(this.values[field])]));
    return withFields(base, { source, target, type, directed: directed ? true : undefined, ...texts });
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const isNew = !this.editing;
    this.problems = [];
    emit(this, 'relation-submit', { relation: this.#relation(), isNew });
  };

  #onCancel = (event: Event): void => {
    // Escape closes through close(), so that the problems go with the dialog.
    event.preventDefault();
    this.close();
  };

  #set(patch: Partial<Values>): void {
    this.values = { ...this.values, ...patch };
  }

  #onText = (event: Event): void => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    this.#set({ [field.id]: field.value });
  };

  /** The actors as the lists offer them: by label, a label that several share followed by the id. */
  #choices(): ActorChoice[] {
    const count = new Map<string, number>();
    for (const actor of this.actors) count.set(actor.label, (count.get(actor.label) ?? 0) + 1);
    const byLabel = (a: ActorChoice, b: ActorChoice) =>
      (a.label || a.id).localeCompare(b.label || b.id, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return [...this.actors].sort(byLabel).map((actor) => ({
      id: actor.id,
      label: (count.get(actor.label) ?? 0) > 1 ? `${actor.label} (${actor.id})` : actor.label || actor.id,
    }));
  }

  #actorSelect(field: 'source' | 'target', choices: readonly ActorChoice[], invalid: string, described: ReturnType<typeof describedBy>) {
    const value = this.values[field];
    return html`<select id=${field} name=${field} aria-required="true" aria-invalid=${invalid} aria-describedby=${described}
      .value=${live(value)} @change=${this.#onText}>
      <option value="" ?selected=${value === ''}>Choose an actor</option>
      ${choices.map((actor) => html`<option value=${actor.id} ?selected=${actor.id === value}>${actor.label}</option>`)}
    </select>`;
  }

  override render() {
    const placed = placeProblems(this.problems, FIELDS);
    const invalid = (field: string) => (placed.byField.has(field) ? 'true' : 'false');
    const problem = (field: string) => placed.byField.has(field) && problemId(field);
    const choices = this.#choices();
    const labelOf = (id: string) => choices.find((actor) => actor.id === id)?.label;
    const from = labelOf(this.values.source);
    const to = labelOf(this.values.target);
    const textInput = (field: 'start' | 'end' | 'label', hint?: string) =>
      html`<input id=${field} name=${field} type="text" autocomplete="off" .value=${live(this.values[field])}
        placeholder=${field === 'label' ? '' : 'YYYY, YYYY-MM or YYYY-MM-DD'} aria-invalid=${invalid(field)}
        aria-describedby=${describedBy(hint, problem(field))} @input=${this.#onText} />`;
    return html`<dialog part="dialog" aria-labelledby="heading" @cancel=${this.#onCancel}>
      <h2 id="heading">${this.editing ? 'Edit relation' : 'Add relation'}</h2>
      <form novalidate @submit=${this.#onSubmit}>
        ${generalProblems(placed)}
        <div class="ends">
          <div class="field">
            <label for="source">From <span class="required">(required)</span></label>
            ${this.#actorSelect('source', choices, invalid('source'), describedBy(problem('source')))} ${fieldProblem('source', placed)}
          </div>
          <div class="field">
            <label for="target">To <span class="required">(required)</span></label>
            ${this.#actorSelect('target', choices, invalid('target'), describedBy(problem('target')))} ${fieldProblem('target', placed)}
          </div>
        </div>
        <fieldset id="type" role="radiogroup" aria-invalid=${invalid('type')} aria-describedby=${describedBy(problem('type'))}>
          <legend>Type</legend>
          <div class="types">
            ${RELATION_TYPES.map(
              (type) => html`<label>
                <input type="radio" name="type" .value=${type} .checked=${live(this.values.type === type)} @change=${() => this.#set({ type })} />
                ${relationSwatch(type)}<span>${capitalised(type)}</span>
              </label>`,
            )}
          </div>
          ${fieldProblem('type', placed)}
        </fieldset>
        <div class="check">
          <label>
            <input id="directed" name="directed" type="checkbox" .checked=${live(this.values.directed)} aria-invalid=${invalid('directed')}
              aria-describedby=${describedBy('directed-hint', problem('directed'))}
              @change=${(event: Event) => this.#set({ directed: (event.target as HTMLInputElement).checked })} />
            Directed
          </label>
          <p class="hint" id="directed-hint">
            Runs from ${from ? dataText(from) : 'From'} to ${to ? dataText(to) : 'To'} only.
          </p>
          ${fieldProblem('directed', placed)}
        </div>
        <div class="dates">
          <div class="field">
            <label for="start">Start</label>
            ${textInput('start', 'dates-hint')} ${fieldProblem('start', placed)}
          </div>
          <div class="field">
            <label for="end">End</label>
            ${textInput('end', 'dates-hint')} ${fieldProblem('end', placed)}
          </div>
        </div>
        <p class="hint" id="dates-hint">Leave a date empty when it is not known: the relation is then open at that end.</p>
        <div class="field">
          <label for="label">Label</label>
          ${textInput('label')} ${fieldProblem('label', placed)}
        </div>
        <div class="field">
          <label for="note">Note</label>
          <textarea id="note" name="note" rows="3" .value=${live(this.values.note)} aria-invalid=${invalid('note')}
            aria-describedby=${describedBy(problem('note'))} @input=${this.#onText}></textarea>
          ${fieldProblem('note', placed)}
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit">${this.editing ? 'Save changes' : 'Add relation'}</button>
        </div>
      </form>
    </dialog>`;
  }
}

if (!customElements.get('actor-graph-relation-form')) customElements.define('actor-graph-relation-form', ActorGraphRelationForm);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-relation-form': ActorGraphRelationForm;
  }
}

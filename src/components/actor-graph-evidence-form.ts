import { html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Evidence, Source } from '../model/format.ts';
import { styles } from './actor-graph-evidence-form.styles.ts';
import { dataText } from './bidi-text.ts';
import { emit } from './events.ts';
import { FormDialog } from './form-dialog.ts';
import { describedBy, fieldProblem, generalProblems, optionalText, placeProblems, problemId, withFields } from './form-fields.ts';

/** The fields of the form, in the order the focus meets them; `source` is the id of one of the graph's sources. */
const FIELDS = ['quote', 'source', 'locator', 'date', 'claimant', 'note'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/** The piece of evidence to edit, and where it stands: the `index`th of relation `relation`'s list. */
export interface EvidenceTarget {
  relation: string;
  index: number;
  evidence: Evidence;
  /** The relation as the reader knows it, such as "River guild – Harbour council"; its id when not given. */
  label?: string;
}

const valuesOf = (evidence: Evidence): Values => ({
  quote: evidence.quote ?? '',
  source: evidence.source,
  locator: evidence.locator ?? '',
  claimant: evidence.claimant ?? '',
  date: evidence.date ?? '',
  note: evidence.note ?? '',
});

/**
 * @summary A modal dialog to edit a piece of evidence: its quote, source, locator, claimant,
 * the date it was reported, and a note.
 *
 * `open({ relation, index, evidence, label })` opens it filled from the `index`th piece of
 * evidence of relation `relation`. Save changes fires `evidence-submit` and leaves the dialog
 * open: the page checks the evidence and either calls `close()` or sets `problems`, each shown
 * beside its field, the focus on the first. Cancel and Escape close it without an event. Fields
 * the form does not show (those of other tools) are kept.
 *
 * @fires {CustomEvent<EvidenceSubmitDetail>} evidence-submit - The user submitted the form. `detail: { relation, index, evidence }`.
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
export class ActorGraphEvidenceForm extends FormDialog {
  static override styles: CSSResultGroup = styles;

  /** The graph's sources, offered by title. Default: none. */
  @property({ attribute: false }) sources: readonly Source[] = [];

  /** Claimants already used in the graph, most used first: offered first for the claimant. Default: none. */
  @property({ attribute: false }) claimants: readonly string[] = [];

  @state() private values: Values = valuesOf({ source: '' });
  @state() private label = '';
  @state() private number = 0;

  protected readonly fields = FIELDS;

  /** The evidence edited and where it stands; what is submitted keeps its unshown fields. */
  #target: EvidenceTarget | null = null;

  /** Opens the dialog filled from the evidence of `target`. Focus goes to Quote. */
  open(target: EvidenceTarget): void {
    this.#target = target;
    this.label = target.label ?? target.relation;
    this.number = target.index + 1;
    this.values = valuesOf(target.evidence);
    this.showDialog('quote');
  }

  /** The evidence as the form has it: the unshown fields of the one edited, optional fields left out when empty. */
  #evidence(): Evidence {
    const { source, quote, locator, claimant, date, note } = this.values;
    return withFields<Evidence>(this.#target?.evidence ?? { source }, {
      source,
      locator: optionalText(locator),
      quote: optionalText(quote),
      claimant: optionalText(claimant),
      date: optionalText(date),
      note: optionalText(note),
    });
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const target = this.#target;
    if (!target) return;
    this.problems = [];
    emit(this, 'evidence-submit', { relation: target.relation, index: target.index, evidence: this.#evidence() });
  };

  #onCancel = (event: Event): void => {
    // Escape closes through close(), so that the problems go with the dialog.
    event.preventDefault();
    this.close();
  };

  #onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    this.values = { ...this.values, [field.id]: field.value };
  };

  /** The sources as the list offers them: by title, a title that several share followed by the id; one not listed kept as it is. */
  #choices(): { id: string; label: string }[] {
    const count = new Map<string, number>();
    for (const source of this.sources) count.set(source.title, (count.get(source.title) ?? 0) + 1);
    const choices = this.sources.map((source) => ({
      id: source.id,
      label: (count.get(source.title) ?? 0) > 1 || !source.title ? `${source.title || source.id} (${source.id})` : source.title,
    }));
    const cited = this.values.source;
    if (cited !== '' && !this.sources.some((source) => source.id === cited)) choices.push({ id: cited, label: `${cited} (not listed)` });
    return choices;
  }

  override render() {
    const placed = placeProblems(this.problems, FIELDS);
    const invalid = (field: Field) => (placed.byField.has(field) ? 'true' : 'false');
    const problem = (field: Field) => placed.byField.has(field) && problemId(field);
    const source = this.values.source;
    const textInput = (field: 'locator' | 'claimant' | 'date', extra: { hint?: string; placeholder?: string; list?: string } = {}) =>
      html`<input id=${field} name=${field} type="text" autocomplete="off" .value=${live(this.values[field])}
        placeholder=${extra.placeholder ?? nothing} list=${extra.list ?? nothing} aria-invalid=${invalid(field)}
        aria-describedby=${describedBy(extra.hint, problem(field))} @input=${this.#onInput} />`;
    return html`<dialog part="dialog" aria-labelledby="heading" aria-describedby="for" @cancel=${this.#onCancel}>
      <h2 id="heading">Edit evidence</h2>
      <p class="for" id="for">Evidence ${this.number} for ${dataText(this.label)}</p>
      <form novalidate @submit=${this.#onSubmit}>
        ${generalProblems(placed)}
        <div class="field">
          <label for="quote">Quote</label>
          <textarea id="quote" name="quote" rows="4" .value=${live(this.values.quote)} aria-invalid=${invalid('quote')}
            aria-describedby=${describedBy('quote-hint', problem('quote'))} @input=${this.#onInput}></textarea>
          <p class="hint" id="quote-hint">A few words exactly as the source has them.</p>
          ${fieldProblem('quote', placed)}
        </div>
        <div class="field">
          <label for="source">Source <span class="required">(required)</span></label>
          <select id="source" name="source" aria-required="true" aria-invalid=${invalid('source')}
            aria-describedby=${describedBy(problem('source'))} .value=${live(source)} @change=${this.#onInput}>
            <option value="" ?selected=${source === ''}>Choose a source</option>
            ${this.#choices().map((choice) => html`<option value=${choice.id} ?selected=${choice.id === source}>${choice.label}</option>`)}
          </select>
          ${fieldProblem('source', placed)}
        </div>
        <div class="pair">
          <div class="field">
            <label for="locator">Locator</label>
            ${textInput('locator', { hint: 'locator-hint' })}
            <p class="hint" id="locator-hint">Where in the source, such as ¶7 or p. 12.</p>
            ${fieldProblem('locator', placed)}
          </div>
          <div class="field">
            <label for="date">Date reported</label>
            ${textInput('date', { hint: 'date-hint', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' })}
            <p class="hint" id="date-hint">When it was said; left empty, the source’s date.</p>
            ${fieldProblem('date', placed)}
          </div>
        </div>
        <div class="field">
          <label for="claimant">Claimant</label>
          ${textInput('claimant', { hint: 'claimant-hint', list: 'claimants' })}
          <datalist id="claimants">${this.claimants.map((claimant) => html`<option value=${claimant}></option>`)}</datalist>
          <p class="hint" id="claimant-hint">Who says it, as the source reports; may be left blank.</p>
          ${fieldProblem('claimant', placed)}
        </div>
        <div class="field">
          <label for="note">Note</label>
          <textarea id="note" name="note" rows="2" .value=${live(this.values.note)} aria-invalid=${invalid('note')}
            aria-describedby=${describedBy(problem('note'))} @input=${this.#onInput}></textarea>
          ${fieldProblem('note', placed)}
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>Cancel</button>
          <button type="submit">Save changes</button>
        </div>
      </form>
    </dialog>`;
  }
}

if (!customElements.get('actor-graph-evidence-form')) customElements.define('actor-graph-evidence-form', ActorGraphEvidenceForm);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-evidence-form': ActorGraphEvidenceForm;
  }
}

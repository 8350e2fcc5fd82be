/**
 * The sources pane's citing controls: "Cite as evidence" for the words selected, the quote
 * typed with its paragraph for keyboard use, and the claimant asked for before citing. Not an
 * element: templates drawn from what the element holds and calling back into it.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { paragraphLocator } from '../model/source-text.ts';
import { dataText } from './bidi-text.ts';
import type { SelectedWords, TextSelection } from './actor-graph-sources.text.ts';
import { openingWords } from './actor-graph-sources.text.ts';

/** Words about to be cited: where they are, and the claimant typed so far. */
export interface PendingCitation extends SelectedWords {
  source: string;
  claimant: string;
  /** Whether the quote was typed rather than selected. */
  typed: boolean;
}

/** What the citing controls show. */
export interface CiteView {
  /** The label of the relation evidence goes to, or null: a new relation. */
  relation: string | null;
  selection: TextSelection;
  paragraphs: readonly string[];
  typed: { quote: string; paragraph: number; problem: string };
  pending: PendingCitation | null;
  claimants: readonly string[];
}

/** What the citing controls call. */
export interface CiteActions {
  citeSelection: () => void;
  setTyped: (typed: { quote?: string; paragraph?: number }) => void;
  citeTyped: () => void;
  setClaimant: (claimant: string) => void;
  cite: () => void;
  cancel: () => void;
}

const SELECT_HINT = 'Select words in a numbered paragraph to cite them.';

/** "Cite as evidence", where its evidence goes, and why it cannot be pressed when it cannot. */
function citeButton(view: CiteView, act: CiteActions) {
  const words = view.selection?.kind === 'words' ? view.selection.words : null;
  const hint =
    view.selection?.kind === 'problem'
      ? view.selection.message
      : words
        ? `${paragraphLocator(words.paragraph)}: “${words.quote}”`
        : SELECT_HINT;
  return html`<div class="cite-bar">
    <button
      type="button"
      id="cite"
      class="primary"
      aria-describedby="cite-for cite-hint"
      ?disabled=${!words || view.pending !== null}
      @mousedown=${(event: MouseEvent) => event.preventDefault()}
      @click=${act.citeSelection}
    >
      Cite as evidence
    </button>
    <p id="cite-for" class="caption">
      ${view.relation === null ? 'for a new relation' : html`for ${dataText(view.relation)}`}
    </p>
    <p id="cite-hint" class=${view.selection?.kind === 'problem' ? 'hint problem' : 'hint'}>${hint}</p>
  </div>`;
}

/** The quote typed and the paragraph it is in: the way to cite without selecting with a pointer. */
function typedQuote(view: CiteView, act: CiteActions) {
  const { typed, paragraphs } = view;
  return html`<fieldset class="typed" ?disabled=${view.pending !== null}>
    <legend>Or type the quote</legend>
    <div class="field">
      <label for="typed-quote">Quote</label>
      <input
        id="typed-quote"
        type="text"
        autocomplete="off"
        aria-invalid=${typed.problem ? 'true' : 'false'}
        aria-describedby="typed-quote-problem"
        .value=${live(typed.quote)}
        @input=${(event: Event) => act.setTyped({ quote: (event.target as HTMLInputElement).value })}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') act.citeTyped();
        }}
      />
      <p id="typed-quote-problem" class="error" aria-live="assertive">${typed.problem || nothing}</p>
    </div>
    <div class="field">
      <label for="typed-paragraph">Paragraph</label>
      <select id="typed-paragraph" @change=${(event: Event) => act.setTyped({ paragraph: Number((event.target as HTMLSelectElement).value) })}>
        ${paragraphs.map(
          (text, i) =>
            html`<option value=${String(i + 1)} ?selected=${typed.paragraph === i + 1}>${paragraphLocator(i + 1)}: ${openingWords(text)}</option>`,
        )}
      </select>
    </div>
    <button type="button" @click=${act.citeTyped}>Find and cite</button>
  </fieldset>`;
}

/** The words about to be cited, the claimant asked for (those already used offered first), Cite and Cancel. */
function claimantForm(pending: PendingCitation, view: CiteView, act: CiteActions) {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    act.cite();
  };
  return html`<form class="cite-form" part="cite-form" aria-labelledby="cite-form-heading" @submit=${onSubmit}>
    <p id="cite-form-heading" class="what">
      Citing ${paragraphLocator(pending.paragraph)}
      ${view.relation === null ? 'for a new relation' : html`for ${dataText(view.relation)}`}:
    </p>
    <blockquote dir="auto">${pending.quote}</blockquote>
    <div class="field">
      <label for="claimant">Claimant</label>
      <input
        id="claimant"
        type="text"
        autocomplete="off"
        list="claimants"
        aria-describedby="claimant-hint"
        .value=${live(pending.claimant)}
        @input=${(event: Event) => act.setClaimant((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape') act.cancel();
        }}
      />
      <datalist id="claimants">${view.claimants.map((claimant) => html`<option value=${claimant}></option>`)}</datalist>
      <p id="claimant-hint" class="hint">Who says it, as the source reports; may be left blank.</p>
    </div>
    <div class="buttons">
      <button type="submit" class="primary">Cite</button>
      <button type="button" @click=${act.cancel}>Cancel</button>
    </div>
  </form>`;
}

/** Every citing control: the button, the claimant form while a citation waits, and the typed quote. */
export function citeControls(view: CiteView, act: CiteActions) {
  return html`<div class="citing" part="citing">
    ${citeButton(view, act)} ${view.pending ? claimantForm(view.pending, view, act) : nothing} ${typedQuote(view, act)}
  </div>`;
}

import { LitElement, html, type CSSResultGroup } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { TypeValue } from '../io/open.ts';
import { dataText } from './bidi-text.ts';
import { styles } from './actor-graph-type-map.styles.ts';

/** What one type value is read as: a relation type, or `omit` to leave its relations out. */
export type TypeChoice = RelationType | 'omit';

/** The answer of the dialog: each value as the file has it, and what it is read as. */
export type TypeMap = Record<string, TypeChoice>;

/** The options of each row, in order; the first is chosen until the user picks another. */
const CHOICES: readonly (readonly [TypeChoice, string])[] = [
  ['omit', 'Leave these relations out'],
  ...RELATION_TYPES.map((type) => [type, type[0]!.toUpperCase() + type.slice(1)] as const),
];

const relations = (n: number) => `${n.toLocaleString('en-US')} relation${n === 1 ? '' : 's'}`;

/**
 * @summary A modal dialog that asks what each relation type value of a file means, a value the
 * readers do not know (such as "ally" spelt "allied", or "tension"): cooperation, hostility,
 * contested, or leave the relations carrying it out. One labelled choice a value, with how many
 * relations carry it.
 *
 * `ask(values, source)` opens it and settles with the user's answer. Keyboard: Tab moves through
 * the choices, then Cancel and Open; Escape cancels.
 *
 * @csspart dialog - The `<dialog>`.
 *
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-background - Background of the dialog.
 * @cssprop --actor-graph-border - Outlines of the dialog and its controls.
 * @cssprop --actor-graph-muted - Colour of the counts.
 * @cssprop --actor-graph-focus-ring - Focus ring colour.
 */
export class ActorGraphTypeMap extends LitElement {
  static override styles: CSSResultGroup = styles;

  /** The values asked about, each with the number of relations carrying it. Set by `ask`. Default: none. */
  @property({ attribute: false }) values: readonly TypeValue[] = [];

  /** What the values were read from (file names), for the heading. Set by `ask`. Default: ''. */
  @property() source = '';

  /** The choice of each value, in the order of `values`. */
  @state() private choices: TypeChoice[] = [];

  @query('dialog') private dialog!: HTMLDialogElement;

  #settle: ((answer: TypeMap | null) => void) | null = null;

  /** True while the dialog is open. */
  get open(): boolean {
    return this.#settle !== null;
  }

  /**
   * Opens the dialog on `values` read from `source`. Settles with each value's choice when the
   * user presses Open, or with null on Cancel or Escape; a second `ask` while one is open
   * settles the first with null.
   */
  async ask(values: readonly TypeValue[], source: string): Promise<TypeMap | null> {
    this.#finish(null);
    this.values = values;
    this.source = source;
    this.choices = values.map(() => 'omit');
    await this.updateComplete;
    const answer = new Promise<TypeMap | null>((resolve) => (this.#settle = resolve));
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector('select')?.focus();
    return answer;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#finish(null);
  }

  #finish(answer: TypeMap | null): void {
    const settle = this.#settle;
    this.#settle = null;
    if (this.dialog?.open) this.dialog.close();
    settle?.(answer);
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const map: TypeMap = {};
    this.values.forEach((entry, i) => Object.defineProperty(map, entry.value, { value: this.choices[i], enumerable: true }));
    this.#finish(map);
  };

  #onCancel = (event: Event): void => {
    // Escape: the dialog closes through #finish, so that the answer is given once.
    event.preventDefault();
    this.#finish(null);
  };

  #pick(index: number, event: Event): void {
    const next = [...this.choices];
    next[index] = (event.target as HTMLSelectElement).value as TypeChoice;
    this.choices = next;
  }

  override render() {
    const total = this.values.reduce((n, entry) => n + entry.count, 0);
    return html`<dialog part="dialog" aria-labelledby="heading" aria-describedby="intro" @cancel=${this.#onCancel}>
      <form @submit=${this.#onSubmit}>
        <h2 id="heading">What do these relation types mean?</h2>
        <p id="intro">
          ${this.source ? html`${dataText(this.source)} gives` : 'The file gives'} ${relations(total)} a type this reader does not know. Choose what
          each one means.
        </p>
        <ul>
          ${this.values.map(
            (entry, i) => html`<li>
              <label for="choice-${i}"
                ><span class="value">“${dataText(entry.value)}”</span> <span class="count">(${relations(entry.count)})</span></label
              >
              <select id="choice-${i}" name=${entry.value} .value=${this.choices[i] ?? 'omit'} @change=${(event: Event) => this.#pick(i, event)}>
                ${CHOICES.map(([value, label]) => html`<option value=${value} ?selected=${this.choices[i] === value}>${label}</option>`)}
              </select>
            </li>`,
          )}
        </ul>
        <div class="actions">
          <button type="button" @click=${() => this.#finish(null)}>Cancel</button>
          <button type="submit">Open</button>
        </div>
      </form>
    </dialog>`;
  }
}

if (!customElements.get('actor-graph-type-map')) customElements.define('actor-graph-type-map', ActorGraphTypeMap);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-type-map': ActorGraphTypeMap;
  }
}

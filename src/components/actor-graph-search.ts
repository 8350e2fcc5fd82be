import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActorGraph } from '../model/graph.ts';
import { searchActors, type ActorMatch } from '../model/search.ts';
import { styles } from './actor-graph-search.styles.ts';
import { dataText } from './bidi-text.ts';
import { emitActorSelect } from './events.ts';

let instances = 0;

/**
 * Finds an actor by label, alias or id as the user types: an accessible combobox whose
 * listbox offers matching actors, best first (see `searchActors`).
 *
 * Keyboard: ArrowDown and ArrowUp move through the options (opening the list when closed),
 * Enter picks the active option (or the first when none is active), Escape closes the list,
 * or clears the field when it is already closed.
 *
 * @summary Search box that finds actors by name or alias.
 *
 * @fires {CustomEvent<ActorSelectDetail>} actor-select - The user picked an actor. `detail: { id, actor }`.
 *
 * @csspart input - The text field (role combobox).
 * @csspart listbox - The list of matching actors.
 * @csspart option - One matching actor.
 *
 * @cssprop [--actor-graph-text=#1a1a1a] - Text colour.
 * @cssprop [--actor-graph-muted=#555555] - Colour of secondary text (kind, alias).
 * @cssprop [--actor-graph-background=#ffffff] - Background of the field and the list.
 * @cssprop [--actor-graph-border=#767676] - Border of the field and the list.
 * @cssprop [--actor-graph-selected-background=#dbe8fa] - Background of the active option.
 * @cssprop [--actor-graph-focus-ring=#005a9c] - Focus ring colour (`--actor-graph-focus`, its former name, is still read).
 */
export class ActorGraphSearch extends LitElement {
  static override styles = styles;

  /** The loaded graph whose actors are searched; `null` (the default) finds nothing. */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /** Placeholder text of the field; default `''`. */
  @property() placeholder = '';

  /** The most options the list shows; default `10`. */
  @property({ type: Number }) limit = 10;

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private results: ActorMatch[] = [];

  /** Ids unique to this instance, for aria-controls and aria-activedescendant. */
  private readonly uid = `actor-graph-search-${++instances}`;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('graph') || changed.has('query') || changed.has('limit')) {
      this.results = this.graph ? searchActors(this.graph, this.query, this.limit) : [];
      if (this.active >= this.results.length) this.active = -1;
    }
  }

  private pick(match: ActorMatch | undefined): void {
    if (!match) return;
    this.query = match.label;
    this.open = false;
    this.active = -1;
    emitActorSelect(this, this.graph, match.id);
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    this.active = -1;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          this.active = count ? 0 : -1;
        } else if (count) {
          this.active = (this.active + 1) % count;
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.open = true;
        if (count) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.open && count) {
          event.preventDefault();
          this.pick(this.results[this.active >= 0 ? this.active : 0]);
        }
        break;
      case 'Escape':
        if (this.open) {
          this.open = false;
          this.active = -1;
        } else {
          this.query = '';
        }
        event.preventDefault();
        break;
    }
  };

  private onBlur = (): void => {
    this.open = false;
    this.active = -1;
  };

  /** Keeps focus in the field when an option is pressed with the mouse. */
  private onOptionMouseDown = (event: MouseEvent): void => {
    event.preventDefault();
  };

  private onOptionClick = (event: MouseEvent): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.pick(this.results[index]);
  };

  private optionId(index: number): string {
    return `${this.uid}-option-${index}`;
  }

  override render() {
    const expanded = this.open && this.results.length > 0;
    const noMatch = this.open && this.query.trim() !== '' && this.results.length === 0;
    const status =
      !this.open || this.query.trim() === '' ? '' : this.results.length === 1 ? '1 actor found' : `${this.results.length} actors found`;
    return html`
      <label for="${this.uid}-input">Find an actor</label>
      <input
        id="${this.uid}-input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="${this.uid}-listbox"
        aria-activedescendant=${expanded && this.active >= 0 ? this.optionId(this.active) : nothing}
        placeholder=${this.placeholder || nothing}
        .value=${live(this.query)}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
      />
      <ul id="${this.uid}-listbox" part="listbox" role="listbox" aria-label="Matching actors" ?hidden=${!expanded}>
        ${this.results.map(
          (match, i) => html`
            <li
              id=${this.optionId(i)}
              part="option"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              data-index=${i}
              @mousedown=${this.onOptionMouseDown}
              @click=${this.onOptionClick}
            >
              <span class="label">${dataText(match.label)}</span>
              ${match.kind ? html`<span class="kind">${dataText(match.kind)}</span>` : nothing}
              ${match.matched !== match.label ? html`<span class="alias">also “${dataText(match.matched)}”</span>` : nothing}
            </li>
          `,
        )}
      </ul>
      ${noMatch ? html`<p class="empty">No actor matches “${dataText(this.query.trim())}”.</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${status}</div>
    `;
  }
}

if (!customElements.get('actor-graph-search')) customElements.define('actor-graph-search', ActorGraphSearch);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-search': ActorGraphSearch;
  }
}

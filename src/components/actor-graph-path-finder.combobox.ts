/**
 * The From and To fields of the path finder: text fields that offer the actors matching what is
 * typed, by label or alias, as a listbox (the WAI-ARIA combobox pattern, list autocomplete).
 * Not an element: the fields stay inside the panel's form, so Enter submits it as before.
 *
 * Keyboard: ArrowDown and ArrowUp open the list and move through it, Enter puts the active
 * actor in the field (with none active, Enter runs the search), Escape closes the list.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ActorGraph } from '../model/graph.ts';
import { searchActors, type ActorMatch } from '../model/search.ts';
import { dataText } from './bidi-text.ts';

/** How many actors the list offers at most. */
export const ACTOR_SUGGESTIONS = 8;

let fields = 0;

export class ActorCombobox implements ReactiveController {
  #host: ReactiveControllerHost;
  #open = false;
  #active = -1;
  #results: ActorMatch[] = [];
  readonly #uid = `path-end-${++fields}`;

  /**
   * @param name The field's name in the form (`from`, `to`).
   * @param label Its visible label.
   * @param value The text it holds, read at each render.
   * @param change Called with the new text when the user types or picks an actor.
   */
  constructor(
    host: ReactiveControllerHost,
    readonly name: string,
    readonly label: string,
    private readonly value: () => string,
    private readonly change: (text: string) => void,
  ) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while the list is shown. */
  get expanded(): boolean {
    return this.#open && this.#results.length > 0;
  }

  /** Closes the list, as a search run or a field left does. */
  close(): void {
    if (!this.#open && this.#active < 0) return;
    this.#open = false;
    this.#active = -1;
    this.#host.requestUpdate();
  }

  #set(open: boolean, active: number): void {
    this.#open = open;
    this.#active = active;
    this.#host.requestUpdate();
  }

  #pick(match: ActorMatch | undefined): void {
    if (!match) return;
    this.change(match.label);
    this.#set(false, -1);
  }

  #onInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    this.change(text);
    this.#set(text.trim() !== '', -1);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const count = this.#results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.#open) this.#set(true, event.altKey || !count ? -1 : 0);
        else if (count) this.#set(true, (this.#active + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count) this.#set(true, this.#active <= 0 ? count - 1 : this.#active - 1);
        break;
      case 'Enter':
        // With an actor active, Enter takes it; otherwise it submits the form as a field does.
        if (this.expanded && this.#active >= 0) {
          event.preventDefault();
          this.#pick(this.#results[this.#active]);
        } else {
          this.close();
        }
        break;
      case 'Escape':
        if (this.#open) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        break;
    }
  };

  #onBlur = (): void => this.close();

  /** Keeps focus in the field when an actor is pressed with the mouse. */
  #onOptionDown = (event: MouseEvent): void => event.preventDefault();

  #onOptionClick = (event: MouseEvent): void => {
    this.#pick(this.#results[Number((event.currentTarget as HTMLElement).dataset.index)]);
  };

  #optionId(index: number): string {
    return `${this.#uid}-option-${index}`;
  }

  /** The label, the field and its list of actors, for `graph`. */
  render(graph: ActorGraph | null) {
    const text = this.value();
    this.#results = graph && this.#open ? searchActors(graph, text, ACTOR_SUGGESTIONS) : [];
    if (this.#active >= this.#results.length) this.#active = -1;
    const expanded = this.expanded;
    return html`<div class="field combo">
      <label for="${this.#uid}-input">${this.label}</label>
      <input id="${this.#uid}-input" type="text" name=${this.name} role="combobox" autocomplete="off" spellcheck="false"
        aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${this.#uid}-listbox"
        aria-activedescendant=${expanded && this.#active >= 0 ? this.#optionId(this.#active) : nothing}
        .value=${live(text)} @input=${this.#onInput} @keydown=${this.#onKeyDown} @blur=${this.#onBlur} />
      <ul id="${this.#uid}-listbox" role="listbox" aria-label=${`Actors for “${this.label}”`} ?hidden=${!expanded}>
        ${this.#results.map(
          (match, i) => html`<li id=${this.#optionId(i)} role="option" aria-selected=${i === this.#active ? 'true' : 'false'}
            data-index=${i} @mousedown=${this.#onOptionDown} @click=${this.#onOptionClick}>
            <span class="option-label">${dataText(match.label)}</span>
            ${match.matched !== match.label ? html`<span class="alias">also “${dataText(match.matched)}”</span>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

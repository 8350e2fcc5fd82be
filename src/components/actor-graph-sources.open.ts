/**
 * The sources pane's "Open source text…": which source the text is for (one of the graph's, or
 * a new one with its title), a file, or pasted text. Not an element: the template, drawn from
 * what the element holds and calling back into it.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Source } from '../model/format.ts';
import { dataText } from './bidi-text.ts';

/** What a file input takes: the endings and media types of text, Markdown and HTML. */
export const TEXT_ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/x-markdown,text/html';

/** The value of the "New source…" option; every other option's value is a source's index. */
export const NEW_SOURCE = 'new';

/** What the open controls show. */
export interface OpenView {
  sources: readonly Source[];
  /** The option chosen: a source's index as text, NEW_SOURCE, or '' for none yet. */
  choice: string;
  title: string;
  pasting: boolean;
  pasted: string;
  /** The name of a file picked that waits for its source's title, or null. */
  held: string | null;
  problems: { source: string; title: string; pasted: string };
}

/** What the open controls call. */
export interface OpenActions {
  choose: (value: string) => void;
  setTitle: (title: string) => void;
  file: (file: File) => void;
  /** Opens the file that waits. */
  openHeld: () => void;
  paste: (open: boolean) => void;
  setPasted: (text: string) => void;
  usePasted: () => void;
}

/** A field's problem beside it, announced when it appears. */
const problem = (id: string, message: string) => html`<p id=${id} class="error" aria-live="assertive">${message || nothing}</p>`;

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

/** The "For source" choice, the new source's title, "Open source text…" and "Paste text…". */
export function openControls(view: OpenView, act: OpenActions) {
  const { sources, choice, problems } = view;
  const onFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied, so that picking the same file again is a change too.
    input.value = '';
    if (file) act.file(file);
  };
  return html`<div class="open" part="open">
    <div class="field">
      <label for="for-source">For source</label>
      <select
        id="for-source"
        aria-invalid=${problems.source ? 'true' : 'false'}
        aria-describedby="for-source-problem"
        .value=${live(choice)}
        @change=${(event: Event) => act.choose(valueOf(event))}
      >
        ${choice === '' ? html`<option value="" selected>Choose a source…</option>` : nothing}
        ${sources.map((source, i) => html`<option value=${String(i)} ?selected=${choice === String(i)}>${source.title || source.id}</option>`)}
        <option value=${NEW_SOURCE} ?selected=${choice === NEW_SOURCE}>New source…</option>
      </select>
      ${problem('for-source-problem', problems.source)}
    </div>
    ${
      choice === NEW_SOURCE
        ? html`<div class="field">
          <label for="new-title">Title of the new source</label>
          <input
            id="new-title"
            type="text"
            autocomplete="off"
            required
            aria-invalid=${problems.title ? 'true' : 'false'}
            aria-describedby="new-title-problem"
            .value=${live(view.title)}
            @input=${(event: Event) => act.setTitle(valueOf(event))}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter' && view.held !== null) act.openHeld();
            }}
          />
          ${problem('new-title-problem', problems.title)}
        </div>`
        : nothing
    }
    ${
      view.held !== null
        ? html`<div class="held">
            <p id="held-file">Chosen: <span class="file-name">${dataText(view.held)}</span>, not opened yet.</p>
            <button type="button" aria-describedby="held-file" @click=${act.openHeld}>Open ${dataText(view.held)}</button>
          </div>`
        : nothing
    }
    <div class="buttons">
      <label class="file-button">Open source text…<input type="file" id="text-file" accept=${TEXT_ACCEPT} @change=${onFile} /></label>
      <button type="button" aria-expanded=${view.pasting ? 'true' : 'false'} aria-controls="paste" @click=${() => act.paste(!view.pasting)}>
        Paste text…
      </button>
    </div>
    <div id="paste" class="paste" ?hidden=${!view.pasting}>
      <label for="pasted">Text to use</label>
      <textarea
        id="pasted"
        rows="6"
        aria-invalid=${problems.pasted ? 'true' : 'false'}
        aria-describedby="pasted-problem"
        .value=${live(view.pasted)}
        @input=${(event: Event) => act.setPasted(valueOf(event))}
      ></textarea>
      ${problem('pasted-problem', problems.pasted)}
      <div class="buttons">
        <button type="button" @click=${act.usePasted}>Use this text</button>
        <button type="button" @click=${() => act.paste(false)}>Cancel</button>
      </div>
    </div>
  </div>`;
}

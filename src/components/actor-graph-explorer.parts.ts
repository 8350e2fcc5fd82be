/**
 * Pieces of the explorer's page that only draw what they are given: the problems of a file,
 * a side panel that collapses to its heading, and the drawing's appearance choices.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { showControls } from '../model/bidi.ts';
import type { Problem } from '../model/format.ts';
import { dataText, sentence } from './bidi-text.ts';
import type { CampsChoice, PanelName, SizeByChoice } from './explorer-state.ts';
import { tabAfterKey } from './actor-graph-explorer.changes.ts';
import type { ActorGraph } from '../model/graph.ts';
import { loadedFrom } from '../model/origins.ts';
import { parseAsOf } from '../view/filter-attributes.ts';
import { defaultCaption } from '../view/export-options.ts';
import { canPickWithHandles, pickFilesWithHandles } from './file-handles.ts';

/** The list of problems of a file that was not loaded, with a button to dismiss it. */
export function problemsList(source: string, problems: readonly Problem[], kept: boolean, dismiss: () => void) {
  if (problems.length === 0) return nothing;
  return html`<strong id="problems-heading"
      >${dataText(source)} was not loaded (${problems.length} problem${problems.length === 1 ? '' : 's'})${
        kept ? '; the previous graph is kept' : ''
      }.</strong
    >
    <ul>
      ${problems.map((p) => html`<li><code>${showControls(p.path)}</code>: ${showControls(p.message)}</li>`)}
    </ul>
    <button type="button" @click=${dismiss}>Dismiss</button>`;
}

/** What the file inputs accept: every format the readers know, by ending and media type. */
const ACCEPT = '.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,application/json,text/csv,application/xml,text/xml';

/**
 * "Open file…" and "Add to this graph…": labels standing for file inputs that take several
 * files at once. `pick` gets the files and which button chose them.
 */
export function fileButtons(pick: (files: File[], mode: 'open' | 'add') => void, canAdd: boolean) {
  const onChange = (mode: 'open' | 'add') => (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Emptied, so that picking the same files again is a change too.
    input.value = '';
    if (files.length) pick(files, mode);
  };
  // Where the browser's own picker gives files Save can write back to, "Open file…" uses it.
  const onOpenClick = (event: Event) => {
    if (!canPickWithHandles()) return;
    event.preventDefault();
    void pickFilesWithHandles().then((files) => files.length && pick(files, 'open'));
  };
  return html`<label class="file-button">Open file…
      <input type="file" id="open-file" multiple accept=${ACCEPT} @click=${onOpenClick} @change=${onChange('open')} /></label
    ><label class="file-button" ?hidden=${!canAdd}>Add to this graph…
      <input type="file" id="add-file" multiple accept=${ACCEPT} ?disabled=${!canAdd} @change=${onChange('add')} /></label>`;
}

/**
 * How the last file opened was read, in a polite live region that is always on the page (a
 * region added with its text is not announced), with a button to dismiss it.
 */
export function noticesList(notices: { heading: string; lines: readonly string[] } | null, dismiss: () => void) {
  return html`<div class="notices" part="notices" ?data-shown=${notices !== null}>
    <div class="notice-lines" aria-live="polite">
      ${
        notices
          ? html`<strong id="notices-heading">${sentence(notices.heading)}</strong>
            <ul>
              ${notices.lines.map((line) => html`<li>${showControls(line)}</li>`)}
            </ul>`
          : nothing
      }
    </div>
    ${notices ? html`<button type="button" @click=${dismiss}>Dismiss</button>` : nothing}
  </div>`;
}

/** The Graph and Table tabs: one tab stop, the arrow keys (`onKey`) move between them. */
export function viewTabs(view: 'graph' | 'table', show: (view: 'graph' | 'table') => Promise<unknown>) {
  // Arrows move to the other tab, Home and End to the ends, the keyboard going with them.
  const onKey = (event: KeyboardEvent) => {
    const next = tabAfterKey(view, event.key);
    if (!next) return;
    event.preventDefault();
    const list = event.currentTarget as HTMLElement;
    void show(next).then(() => list.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };
  const tab = (name: 'graph' | 'table', label: string) =>
    html`<button
      role="tab"
      id="tab-${name}"
      aria-controls="panel-${name}"
      aria-selected=${view === name}
      tabindex=${view === name ? 0 : -1}
      @click=${() => void show(name)}
    >
      ${label}
    </button>`;
  return html`<div role="tablist" aria-label="View" @keydown=${onKey}>${tab('graph', 'Graph')}${tab('table', 'Table')}</div>`;
}

/** What a side panel needs to be drawn. */
export interface SidePanel {
  name: Exclude<PanelName, 'side'>;
  title: string;
  open: boolean;
  toggle: (name: PanelName, open: boolean) => void;
  body: TemplateResult;
}

/**
 * A panel of the side column: its heading is a button that collapses it to the heading and
 * opens it again. A collapsed panel's body stays in the page, hidden, so that its work and
 * the events it fires go on.
 */
export function sidePanel({ name, title, open, toggle, body }: SidePanel) {
  return html`<section class="panel" data-panel=${name} aria-labelledby="panel-button-${name}">
    <h2>
      <button type="button" id="panel-button-${name}" aria-expanded=${open} aria-controls="panel-body-${name}" @click=${() => toggle(name, !open)}>
        <span class="chevron" aria-hidden="true"></span>${title}
      </button>
    </h2>
    <div class="panel-body" id="panel-body-${name}" ?hidden=${!open}>${body}</div>
  </section>`;
}

/** A labelled choice among options; `undefined` stands for the first, the default, written `none`. */
function choiceSelect<T extends string>(
  label: string,
  name: string,
  options: readonly (readonly [T | undefined, string])[],
  current: T | undefined,
  pick: (value: T | undefined) => void,
) {
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    pick(options.find(([option]) => (option ?? 'none') === value)?.[0]);
  };
  return html`<label
    >${label}
    <select name=${name} .value=${current ?? 'none'} @change=${onChange}>
      ${options.map(([value, text]) => html`<option value=${value ?? 'none'} ?selected=${current === value}>${text}</option>`)}
    </select>
  </label>`;
}

/** The drawing's appearance: camps shown on it, and what sizes its actors. */
export function appearanceChoices(
  camps: CampsChoice | undefined,
  sizeBy: SizeByChoice | undefined,
  onCamps: (value: CampsChoice | undefined) => void,
  onSizeBy: (value: SizeByChoice | undefined) => void,
) {
  const campOptions = [
    [undefined, 'None'],
    ['two', 'Two camps'],
    ['many', 'Best number of camps'],
  ] as const;
  const sizeOptions = [
    [undefined, 'One size'],
    ['degree', 'Degree'],
    ['betweenness', 'Betweenness'],
  ] as const;
  return html`<fieldset class="appearance">
    <legend>Drawing</legend>
    ${choiceSelect('Show camps', 'camps', campOptions, camps, onCamps)} ${choiceSelect('Size by', 'size-by', sizeOptions, sizeBy, onSizeBy)}
  </fieldset>`;
}

/** Images of a graph from another origin say so under their caption, as the page does under the title. */
export function imageOptions(graph: ActorGraph | null, origin: string | null, asOf: string | undefined): { caption?: string } {
  if (origin === null || !graph) return {};
  return { caption: `${defaultCaption(graph.getAttributes(), parseAsOf(asOf))} — ${loadedFrom(origin)}` };
}

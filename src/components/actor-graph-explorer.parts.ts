/**
 * Pieces of the explorer's page that only draw what they are given: the problems of a file,
 * a side panel that collapses to its heading, and the drawing's appearance choices.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { showControls } from '../model/bidi.ts';
import type { Problem } from '../model/format.ts';
import { dataText } from './bidi-text.ts';
import type { CampsChoice, PanelName, SizeByChoice } from './explorer-state.ts';

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

/** The Graph and Table tabs: one tab stop, the arrow keys (`onKey`) move between them. */
export function viewTabs(view: 'graph' | 'table', show: (view: 'graph' | 'table') => void, onKey: (event: KeyboardEvent) => void) {
  const tab = (name: 'graph' | 'table', label: string) =>
    html`<button
      role="tab"
      id="tab-${name}"
      aria-controls="panel-${name}"
      aria-selected=${view === name}
      tabindex=${view === name ? 0 : -1}
      @click=${() => show(name)}
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

/** The drawing's appearance: camps shown on it, and what sizes its actors. */
export function appearanceChoices(
  camps: CampsChoice | undefined,
  sizeBy: SizeByChoice | undefined,
  onCamps: (value: CampsChoice | undefined) => void,
  onSizeBy: (value: SizeByChoice | undefined) => void,
) {
  const picked = (event: Event) => (event.target as HTMLSelectElement).value;
  return html`<fieldset class="appearance">
    <legend>Drawing</legend>
    <label
      >Show camps
      <select
        name="camps"
        .value=${camps ?? 'none'}
        @change=${(event: Event) => {
          const value = picked(event);
          onCamps(value === 'two' || value === 'many' ? value : undefined);
        }}
      >
        <option value="none" ?selected=${camps === undefined}>None</option>
        <option value="two" ?selected=${camps === 'two'}>Two camps</option>
        <option value="many" ?selected=${camps === 'many'}>Best number of camps</option>
      </select>
    </label>
    <label
      >Size by
      <select
        name="size-by"
        .value=${sizeBy ?? 'none'}
        @change=${(event: Event) => {
          const value = picked(event);
          onSizeBy(value === 'degree' || value === 'betweenness' ? value : undefined);
        }}
      >
        <option value="none" ?selected=${sizeBy === undefined}>One size</option>
        <option value="degree" ?selected=${sizeBy === 'degree'}>Degree</option>
        <option value="betweenness" ?selected=${sizeBy === 'betweenness'}>Betweenness</option>
      </select>
    </label>
  </fieldset>`;
}

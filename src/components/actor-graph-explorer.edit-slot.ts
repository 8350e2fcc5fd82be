/**
 * Edit mode as the explorer first loads it: the Edit button alone. What editing needs (its
 * controller, forms, sources pane and model) is fetched when the reader first presses Edit, or
 * at once when a draft from an earlier visit waits to be offered, since most readers never edit.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { ActorGraph } from '../model/graph.ts';
import type { QuoteCheck } from '../model/quote-check.ts';
import type { EditWiringCalls, EditWiringHost, ExplorerEditWiring } from './actor-graph-explorer.edit-wiring.ts';
import { readDraft } from './draft-store.ts';

/** What the details panel shows when not editing. */
const NOT_EDITING = Object.freeze({
  editing: false,
  texts: new Set<string>(),
  checks: new Map<string, QuoteCheck>(),
});

/** Fetches the forms and the sources pane once, the first time a reader edits. */
let editElements: Promise<unknown> | null = null;
export const defineEditElements = () => (editElements ??= import('./actor-graph-explorer.edit-elements.ts'));

/** The key a graph's draft is kept under: the page and the explorer's id. */
export const draftKey = (host: HTMLElement): string => `${location.pathname}#${host.id}`;

export class ExplorerEditSlot implements ReactiveController {
  #host: EditWiringHost;
  #calls: EditWiringCalls;
  #wiring: ExplorerEditWiring | null = null;
  #loading: Promise<ExplorerEditWiring> | null = null;

  constructor(host: EditWiringHost, calls: EditWiringCalls) {
    this.#host = host;
    this.#calls = calls;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#wiring) void readDraft(draftKey(this.#host)).then((draft) => draft && this.#load());
  }

  /** True while the reader edits the graph. */
  get editing(): boolean {
    return this.#wiring?.editing.editing ?? false;
  }

  /** The document as edited, or null before any editing. */
  get document() {
    return this.#wiring?.editing.document ?? null;
  }

  /** The quote checks, by relation and evidence. */
  get checks(): ReadonlyMap<string, QuoteCheck> {
    return this.#wiring?.editing.checks ?? NOT_EDITING.checks;
  }

  /** What the details panel shows. */
  get details() {
    return this.#wiring?.details ?? NOT_EDITING;
  }

  /** Another graph was opened: the history goes. */
  reset(): void {
    this.#wiring?.editing.reset();
  }

  /** The view settled on a document. */
  viewReady(): void {
    this.#wiring?.editing.viewReady();
  }

  /** The Edit toggle of the header: pressed while editing. One template whether edit mode has loaded or not, so that it keeps the focus. */
  toggle(canEdit: boolean) {
    return html`<button type="button" class="edit-button" aria-pressed=${this.editing} ?disabled=${!canEdit} @click=${this.#toggle}>
      Edit
    </button>`;
  }

  bar() {
    return this.#wiring?.bar() ?? html`<div class="editing"></div>`;
  }

  pane(graph: ActorGraph | null, selected: string | null) {
    return this.#wiring?.pane(graph, selected) ?? nothing;
  }

  dialogs(graph: ActorGraph | null) {
    return this.#wiring?.dialogs(graph) ?? nothing;
  }

  #toggle = (): void => {
    void this.#load().then((wiring) => wiring.toggleEditing());
  };

  #load(): Promise<ExplorerEditWiring> {
    this.#loading ??= import('./actor-graph-explorer.edit-wiring.ts').then(({ ExplorerEditWiring }) => {
      this.#wiring = new ExplorerEditWiring(this.#host, this.#calls);
      this.#host.requestUpdate();
      return this.#wiring;
    });
    return this.#loading;
  }
}

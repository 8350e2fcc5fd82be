import { LitElement, html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GraphDocument } from '../model/format.ts';
import { toDocument } from '../model/graph.ts';
import { EDGE_MODES, type EdgeMode } from '../io/edge-modes.ts';
import { IMAGE_TYPES, exportFileName, type ImageExportOptions, type ImageFormat } from '../view/export-options.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import { styles } from './actor-graph-export-menu.styles.ts';
import { downloadBlob } from './download.ts';
import { emit } from './events.ts';

/** What the menu offers: an image of the drawing, or the data in a file format. */
export type ExportFormat = ImageFormat | 'json' | 'gexf' | 'graphml' | 'csv-actors' | 'csv-relations' | 'csv-sources';

interface Item {
  format: ExportFormat;
  label: string;
}

const GROUPS: { heading: string; items: Item[] }[] = [
  {
    heading: 'Image',
    items: [
      { format: 'png', label: 'PNG image' },
      { format: 'jpg', label: 'JPG image' },
      { format: 'svg', label: 'SVG image (vector)' },
    ],
  },
  {
    heading: 'Data',
    items: [
      { format: 'json', label: 'actor-graph JSON' },
      { format: 'gexf', label: 'GEXF (Gephi)' },
      { format: 'graphml', label: 'GraphML' },
      { format: 'csv-actors', label: 'CSV: actors' },
      { format: 'csv-relations', label: 'CSV: relations' },
      { format: 'csv-sources', label: 'CSV: sources' },
    ],
  },
];

const IMAGE_FORMATS = new Set<ExportFormat>(['png', 'jpg', 'svg']);

/** What the edge choice says of each mode, in the order of EDGE_MODES. */
const EDGE_LABELS: Readonly<Record<EdgeMode, string>> = {
  mixed: 'Mixed (Gephi)',
  directed: 'All directed',
  undirected: 'All undirected',
};

/** True for an edge mode's name; anything else set as `edge-mode` means `mixed`. */
const edgeMode = (value: unknown): EdgeMode => (EDGE_MODES.includes(value as EdgeMode) ? (value as EdgeMode) : 'mixed');

/**
 * The name of an image of the drawing: the title, then the dates it is drawn at, so that
 * images of one graph at several dates do not overwrite one another
 * (`russia-and-the-taliban-2016-as-of-2016-01.png`). Data files hold every relation whatever
 * the date, and keep the title alone.
 */
export function imageFileName(
  title: string | undefined,
  dates: { asOf?: string | null; knownOn?: string | null },
  extension: string,
): string {
  const at = [dates.asOf ? `-as-of-${dates.asOf}` : '', dates.knownOn ? `-known-on-${dates.knownOn}` : ''].join('');
  return exportFileName(title, `${at}${extension}`);
}

/**
 * The file of a data format: its name and contents. GEXF and GraphML are written with their
 * edges in `mode` (see src/io/edge-modes.ts); other formats hold every relation as it is. The
 * writers load on first use.
 */
export async function dataFile(
  document: GraphDocument,
  format: Exclude<ExportFormat, ImageFormat>,
  mode: EdgeMode = 'mixed',
): Promise<{ filename: string; blob: Blob }> {
  const [{ FORMATS, writeCsv }, { toEdgeMode }] = await Promise.all([import('../io/index.ts'), import('../io/edge-modes.ts')]);
  if (format === 'csv-actors' || format === 'csv-relations' || format === 'csv-sources') {
    const table = format.slice(4) as 'actors' | 'relations' | 'sources';
    const text = writeCsv(document)[`${table}.csv`];
    if (text === undefined) throw new Error(`This graph has no ${table} list`);
    return { filename: exportFileName(document.title, `.${table}.csv`), blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) };
  }
  const entry = FORMATS[format];
  const text = entry.write(format === 'json' ? document : toEdgeMode(document, mode)) as string;
  return { filename: exportFileName(document.title, entry.extensions[0]!), blob: new Blob([text], { type: entry.mediaType }) };
}

/**
 * @summary A menu button that downloads the graph: an image of the drawing (PNG, JPG, SVG, with
 * legend and caption) or the data (actor-graph JSON, GEXF, GraphML, CSV tables). Its last group,
 * "Edges in GEXF and GraphML", picks how those two write relations for tools that hold one kind
 * of edge only: "Mixed (Gephi)", "All directed" or "All undirected" (`edgeMode`).
 *
 * Keyboard: on the button, Enter, Space or ArrowDown open the menu on its first item, ArrowUp on
 * its last; in the menu, ArrowDown and ArrowUp move (wrapping), Home and End go to the first and
 * last item, a letter to the next item starting with it, Enter or Space download (on an edge
 * choice: check it, the menu staying open), Escape closes the menu and returns to the button,
 * Tab closes it.
 *
 * Images are made by the view's `exportImage`; its code, and the data writers', load on first use.
 * An image's file name carries the view's as-of and known-on dates (see `imageFileName`).
 *
 * @fires {CustomEvent<ExportDoneDetail>} export-done - A file was handed to the browser to download. `detail: { format, filename }`.
 * @fires {CustomEvent<ExportErrorDetail>} export-error - The export failed (the message is also shown). `detail: { format, message }`.
 *
 * @csspart button - The menu button.
 * @csspart menu - The menu.
 *
 * @cssprop [--actor-graph-text=#1a1a1a] - Text colour.
 * @cssprop [--actor-graph-muted=#555555] - Colour of group headings.
 * @cssprop [--actor-graph-background=#ffffff] - Background of the menu.
 * @cssprop [--actor-graph-button-background=#f2f2f2] - Background of the button.
 * @cssprop [--actor-graph-border=#767676] - Outlines of the button and the menu.
 * @cssprop [--actor-graph-rule=#d0d0d0] - Line between groups.
 * @cssprop [--actor-graph-selected-background=#dbe8fa] - Background of the focused item.
 * @cssprop [--actor-graph-focus-ring=#005a9c] - Focus ring colour (`--actor-graph-focus`, its former name, is still read).
 */
export class ActorGraphExportMenu extends LitElement {
  static override styles: CSSResultGroup = styles;

  /** The `<actor-graph>` whose drawing and graph are exported. Default: null (the button is disabled). */
  @property({ attribute: false }) view: ActorGraphElement | null = null;

  /** Options for image exports besides `format`, e.g. `{ scale: 3 }`. Default: `{}` (scale 2, whole graph, legend, caption). */
  @property({ attribute: false }) imageOptions: Omit<ImageExportOptions, 'format'> = {};

  /**
   * How GEXF and GraphML write relations: `mixed` as they are (directed and undirected edges, as
   * Gephi reads them), `directed` (an undirected relation as two edges marked as one) or
   * `undirected` (the direction kept as an attribute), for networkx and other tools that refuse a
   * mixed graph. Chosen in the menu too. Other values mean `mixed`. Default: 'mixed'.
   */
  @property({ attribute: 'edge-mode', reflect: true, useDefault: true }) edgeMode: EdgeMode = 'mixed';

  @state() private open = false;
  @state() private busy: ExportFormat | null = null;
  @state() private status = '';
  @state() private error = '';

  /** The document of the view's graph (all of it, whatever the view's filter), or null when none is loaded. */
  get document(): GraphDocument | null {
    const graph = this.view?.graph;
    return graph ? toDocument(graph) : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.#onOutside, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  /** Downloads `format`: what choosing its menu item does. Resolves when the file is handed to the browser. */
  async export(format: ExportFormat): Promise<void> {
    const view = this.view;
    this.busy = format;
    this.error = '';
    this.status = `Exporting ${format.toUpperCase()}…`;
    try {
      let file: { filename: string; blob: Blob };
      if (IMAGE_FORMATS.has(format)) {
        if (!view) throw new Error('There is no graph to export');
        await view.ready;
        const blob = await view.exportImage({ ...this.imageOptions, format: format as ImageFormat });
        const title = view.graph?.getAttribute('title');
        file = { filename: imageFileName(title, view, IMAGE_TYPES[format as ImageFormat].extension), blob };
      } else {
        const document = this.document;
        if (!document) throw new Error('There is no graph to export');
        file = await dataFile(document, format as Exclude<ExportFormat, ImageFormat>, edgeMode(this.edgeMode));
      }
      downloadBlob(file.blob, file.filename, this.renderRoot);
      this.status = `Downloaded ${file.filename}`;
      emit(this, 'export-done', { format, filename: file.filename });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.error = `Export failed: ${message}`;
      this.status = '';
      emit(this, 'export-error', { format, message });
    } finally {
      this.busy = null;
    }
  }

  get #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemradio"]')];
  }

  get #button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.trigger');
  }

  async #openMenu(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    this.error = '';
    await this.updateComplete;
    const items = this.#items;
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  #close(returnFocus: boolean): void {
    this.open = false;
    if (returnFocus) this.#button?.focus();
  }

  #onOutside = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.#close(false);
  };

  #onButtonClick = (): void => {
    if (this.open) this.#close(false);
    else void this.#openMenu('first');
  };

  #onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.#close(true);
    }
  };

  #onMenuKey = (event: KeyboardEvent): void => {
    const items = this.#items;
    const current = items.indexOf(this.renderRoot.querySelector<HTMLElement>('[role^="menuitem"]:focus') ?? items[0]!);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = (current + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (current - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        this.#close(true);
        return;
      case 'Tab':
        this.#close(false);
        return;
      default:
        if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const key = event.key.toLowerCase();
          for (let step = 1; step <= items.length; step++) {
            const i = (current + step) % items.length;
            if (items[i]!.textContent.trim().toLowerCase().startsWith(key)) {
              next = i;
              break;
            }
          }
        }
    }
    if (next !== null) {
      event.preventDefault();
      items[next]!.focus();
    }
  };

  #choose(format: ExportFormat): void {
    this.#close(true);
    void this.export(format);
  }

  #pickEdges(mode: EdgeMode): void {
    this.edgeMode = mode;
    this.status = `GEXF and GraphML: ${EDGE_LABELS[mode].toLowerCase()} edges`;
  }

  #edgeChoice() {
    const current = edgeMode(this.edgeMode);
    return html`<div role="separator"></div>
      <div role="group" aria-label="Edges in GEXF and GraphML">
        <div class="heading" aria-hidden="true">Edges in GEXF and GraphML</div>
        ${EDGE_MODES.map(
          (
            mode,
          ) => html`<button type="button" role="menuitemradio" tabindex="-1" data-edges=${mode} aria-checked=${mode === current ? 'true' : 'false'}
            @click=${() => this.#pickEdges(mode)}>${EDGE_LABELS[mode]}</button>`,
        )}
      </div>`;
  }

  override render() {
    const disabled = !this.view;
    return html`
      <button type="button" class="trigger" part="button" id="button" aria-haspopup="menu" aria-controls="menu"
        aria-expanded=${this.open ? 'true' : 'false'} aria-busy=${this.busy ? 'true' : 'false'} ?disabled=${disabled}
        @click=${this.#onButtonClick} @keydown=${this.#onButtonKey}>
        Export<span class="caret" aria-hidden="true">▾</span>
      </button>
      <div role="menu" part="menu" id="menu" aria-labelledby="button" ?hidden=${!this.open} @keydown=${this.#onMenuKey}>
        ${GROUPS.map(
          (group, i) => html`
            ${i > 0 ? html`<div role="separator"></div>` : nothing}
            <div role="group" aria-label=${group.heading}>
              <div class="heading" aria-hidden="true">${group.heading}</div>
              ${group.items.map(
                (item) => html`<button type="button" role="menuitem" tabindex="-1" data-format=${item.format}
                  @click=${() => this.#choose(item.format)}>${item.label}</button>`,
              )}
            </div>
          `,
        )}
        ${this.#edgeChoice()}
      </div>
      ${
        this.error
          ? html`<div class="error" role="alert">${this.error}
            <button type="button" aria-label="Dismiss" @click=${() => (this.error = '')}>×</button></div>`
          : nothing
      }
      <div class="status visually-hidden" role="status">${this.status}</div>
    `;
  }
}

if (!customElements.get('actor-graph-export-menu')) customElements.define('actor-graph-export-menu', ActorGraphExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-export-menu': ActorGraphExportMenu;
  }
}

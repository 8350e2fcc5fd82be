import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { campsFor, parseCampMode, type ShownCamps } from '../model/camp-modes.ts';
import type { RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import type { QuoteCheck } from '../model/quote-check.ts';
import { relationRows, ROW_COLUMNS, sortRows, type RelationRow, type RowColumn, type SortDirection } from '../model/relation-table.ts';
import { styles } from './actor-graph-table.styles.ts';
import { dataText } from './bidi-text.ts';
import { emitRelationSelect } from './events.ts';
import { relationSwatch, swatchStyles } from './relation-swatch.ts';

const HEADINGS: Record<RowColumn, string> = {
  from: 'From',
  type: 'Type',
  to: 'To',
  direction: 'Direction',
  label: 'Label',
  start: 'Start',
  end: 'End',
  evidence: 'Evidence',
  claimants: 'Claimants',
};

let instances = 0;

/** The camp column's words for one end of a relation. */
function campName(camps: ShownCamps, id: string): string {
  const camp = camps.campOf.get(id);
  return camp === undefined ? 'no camp' : `camp ${camp}`;
}

/** The words of each outcome of a quote check, in the order a row lists them. */
const OUTCOMES: readonly (readonly [QuoteCheck['status'], string])[] = [
  ['found', 'found'],
  ['elsewhere', 'found in another paragraph'],
  ['missing', 'not found'],
];

/** How a relation's quotes fare, in words: "2 quotes found", "2 quotes: 1 found, 1 not found". */
export function quotesText(checks: readonly QuoteCheck[]): string {
  const quotes = `${checks.length} quote${checks.length === 1 ? '' : 's'}`;
  const counts = OUTCOMES.map(([status, words]) => [checks.filter((c) => c.status === status).length, words] as const).filter(
    ([n]) => n > 0,
  );
  if (counts.length === 1) return `${quotes} ${counts[0]![1]}`;
  return `${quotes}: ${counts.map(([n, words]) => `${n} ${words}`).join(', ')}`;
}

/** Rows listed at first, and added by each "show more": a page stays quick with 20,000 relations. */
export const TABLE_PAGE = 200;

/**
 * Every relation passing the filter as a table, the accessible alternative to the drawing:
 * from, type, to, direction, label, start, end, number of pieces of evidence and claimants.
 * Each column heading is a button that sorts by it (again to reverse), stably and with blank
 * cells last (see `sortRows`); the sorted column carries `aria-sort`. Each row's label is a
 * button that picks the relation. The row of the `selected` relation has the class `selected`
 * and `aria-current="true"`. With `camps` set, a Camps column names the camp of each end and
 * says when the relation contradicts the camps. With `quoteChecks`, the evidence cell of a
 * relation whose quotes were checked against their sources' text says how they fare, in words.
 *
 * @summary Sortable table of the relations passing the filter.
 *
 * @fires {CustomEvent<RelationSelectDetail>} relation-select - The user picked a relation. `detail: { id, relation }`.
 *
 * @csspart table - The table.
 * @csspart row - A body row.
 *
 * @cssprop [--actor-graph-cooperation=#009e73] - Line sample beside cooperation (solid).
 * @cssprop [--actor-graph-hostility=#D55E00] - Line sample beside hostility (heavy dash-dot).
 * @cssprop [--actor-graph-contested=#0072b2] - Line sample beside contested relations (dashed).
 * @cssprop [--actor-graph-text=#1a1a1a] - Text colour.
 * @cssprop [--actor-graph-muted=#555555] - Colour of secondary text.
 * @cssprop [--actor-graph-background=#ffffff] - Background of the sticky header.
 * @cssprop [--actor-graph-border=#767676] - Rule under the header.
 * @cssprop [--actor-graph-rule=#d0d0d0] - Rules between rows.
 * @cssprop [--actor-graph-link=#0b57a4] - Colour of the row buttons.
 * @cssprop [--actor-graph-selected-background=#dbe8fa] - Background of the selected row.
 * @cssprop [--actor-graph-accent=#005a9c] - Edge mark of the selected row.
 * @cssprop [--actor-graph-focus-ring=#005a9c] - Focus ring colour (`--actor-graph-focus`, its former name, is still read).
 * @cssprop [--actor-graph-table-max-height=none] - Height past which the table scrolls.
 */
export class ActorGraphTable extends LitElement {
  static override styles = [styles, swatchStyles];

  /** The loaded graph; default `null`. */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /** The filter relations must pass to be listed; default `{}` (all). */
  @property({ attribute: false }) filter: RelationFilter = {};

  /** The id of the selected relation, whose row is marked; `null` (the default) or `''`: none. */
  @property() selected: string | null = null;

  /**
   * `none`, `two` or `many`: the camps of `<actor-graph>`'s `camps`, worked out under `filter`
   * and `choose`; other values mean `none`, which leaves out the Camps column. Default: 'none'.
   */
  @property() camps = 'none';

  /** `Record<string, string>`: for each torn pair, the relation that counts for it in the camps (the model's `choose`). Default `{}`. */
  @property({ attribute: false }) choose: Record<string, string> = {};

  /** Quote checks by `${relationId}#${index}` (see `checkQuotes`), summed up in each row's evidence cell. Default: none. */
  @property({ attribute: false }) quoteChecks: ReadonlyMap<string, QuoteCheck> = new Map();

  /** The column sorted by, or null for graph order. */
  @state() private column: RowColumn | null = null;
  @state() private direction: SortDirection = 'ascending';
  @state() private rows: RelationRow[] = [];
  @state() private total = 0;
  /** How many of the rows are listed. */
  @state() private listed = TABLE_PAGE;
  private shownCamps: ShownCamps | null = null;
  private contradicting = new Set<string>();

  private readonly uid = `actor-graph-table-${++instances}`;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('graph') || changed.has('filter') || changed.has('column') || changed.has('direction')) {
      const rows = this.graph ? relationRows(this.graph, this.filter) : [];
      this.rows = this.column ? sortRows(rows, this.column, this.direction) : rows;
      this.total = this.graph ? this.graph.size : 0;
      this.listed = TABLE_PAGE;
    }
    if (changed.has('graph') || changed.has('filter') || changed.has('camps') || changed.has('choose')) {
      const mode = parseCampMode(this.camps);
      this.shownCamps = this.graph ? campsFor(this.graph, mode, { ...this.filter, choose: this.choose ?? {} }) : null;
      this.contradicting = new Set(this.shownCamps?.contradictions.map((c) => c.relation));
    }
    // The selected relation is always listed, the pages before it too.
    const at = this.selected ? this.rows.findIndex((row) => row.id === this.selected) : -1;
    if (at >= this.listed) this.listed = Math.ceil((at + 1) / TABLE_PAGE) * TABLE_PAGE;
  }

  private onMore = (): void => {
    this.listed += TABLE_PAGE;
  };

  private onSortClick = (event: MouseEvent): void => {
    const column = (event.currentTarget as HTMLElement).dataset.column as RowColumn;
    if (this.column === column) {
      this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.column = column;
      this.direction = 'ascending';
    }
  };

  private onRowClick = (event: MouseEvent): void => {
    emitRelationSelect(this, this.graph, (event.currentTarget as HTMLElement).dataset.id);
  };

  private renderDate(text: string) {
    return text === '' ? html`<span class="open" aria-hidden="true">—</span><span class="visually-hidden">open</span>` : text;
  }

  private renderRow(row: RelationRow) {
    const selected = row.id === this.selected;
    return html`
      <tr part="row" class=${selected ? 'selected' : ''} aria-current=${selected ? 'true' : nothing} data-id=${row.id}>
        <td>${dataText(row.from)}</td>
        <td class="type">${relationSwatch(row.type)} ${row.type}</td>
        <td>${dataText(row.to)}</td>
        ${this.shownCamps ? this.renderCamps(this.shownCamps, row) : nothing}
        <td>${row.direction}</td>
        <th scope="row">
          <button type="button" data-id=${row.id} @click=${this.onRowClick}>${row.label ? dataText(row.label) : html`${dataText(row.from)} – ${dataText(row.to)}`}</button>
        </th>
        <td>${this.renderDate(row.start)}</td>
        <td>${this.renderDate(row.end)}</td>
        <td class="number">${row.evidence}${this.renderQuotes(row)}</td>
        <td>${row.claimants.map((claimant, i) => html`${i ? '; ' : ''}${dataText(claimant)}`)}</td>
      </tr>
    `;
  }

  /** How the row's quotes fare, when any was checked. */
  private renderQuotes(row: RelationRow) {
    const checks = Array.from({ length: row.evidence }, (_, i) => this.quoteChecks.get(`${row.id}#${i}`)).filter(
      (check): check is QuoteCheck => check !== undefined,
    );
    // The pause is heard, not seen: the words stand on a line of their own.
    return checks.length ? html`<span class="visually-hidden">, </span><span class="quotes">${quotesText(checks)}</span>` : nothing;
  }

  private renderCamps(camps: ShownCamps, row: RelationRow) {
    const contradicts = this.contradicting.has(row.id);
    return html`<td class="camps">${campName(camps, row.fromId)} – ${campName(camps, row.toId)}${
      contradicts ? html`<span class="contradicts">, contradicts them</span>` : nothing
    }</td>`;
  }

  override render() {
    const sorted = this.column;
    const columns = ROW_COLUMNS.length + (this.shownCamps ? 1 : 0);
    return html`
      <div class="scroll" role="region" aria-labelledby="${this.uid}-caption" tabindex="0">
        <table part="table">
          <caption id="${this.uid}-caption">Relations</caption>
          <thead>
            <tr>
              ${ROW_COLUMNS.map(
                (column) => html`
                  <th scope="col" class=${column === 'evidence' ? 'number' : ''} aria-sort=${column === sorted ? this.direction : nothing}>
                    <button type="button" data-column=${column} @click=${this.onSortClick}>
                      ${HEADINGS[column]}
                      <span class="arrow" aria-hidden="true">${column === sorted ? (this.direction === 'ascending' ? '▲' : '▼') : ''}</span>
                    </button>
                  </th>
                  ${column === 'to' && this.shownCamps ? html`<th scope="col" class="camps">Camps</th>` : nothing}
                `,
              )}
            </tr>
          </thead>
          <tbody>
            ${
              this.rows.length
                ? this.rows.slice(0, this.listed).map((row) => this.renderRow(row))
                : html`<tr><td class="empty" colspan=${columns}>${this.graph ? 'No relation passes the current filters.' : 'No graph is loaded.'}</td></tr>`
            }
          </tbody>
        </table>
      </div>
      <p class="summary" role="status">${this.graph ? `${this.rows.length.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')} relations shown.` : ''}${
        this.rows.length > this.listed ? ` The first ${this.listed.toLocaleString('en-US')} are listed.` : ''
      }</p>
      ${
        this.rows.length > this.listed
          ? html`<button type="button" part="more" class="more" @click=${this.onMore}>
            List ${Math.min(TABLE_PAGE, this.rows.length - this.listed)} more of the ${(this.rows.length - this.listed).toLocaleString('en-US')} not listed
          </button>`
          : nothing
      }
    `;
  }
}

if (!customElements.get('actor-graph-table')) customElements.define('actor-graph-table', ActorGraphTable);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-table': ActorGraphTable;
  }
}

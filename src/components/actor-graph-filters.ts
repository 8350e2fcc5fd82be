import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isDate } from '../model/dates.ts';
import type { RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import type { UndatedRule } from '../model/held-together.ts';
import { typeCounts } from '../model/relation-table.ts';
import { dateText, stopIndex, timelineStops } from '../model/timeline.ts';
import { styles } from './actor-graph-filters.styles.ts';
import { emit } from './events.ts';
import { relationSwatch, swatchStyles } from './relation-swatch.ts';

const DATE_HELP = 'Type a year (2001), a month (2001-10) or a day (2001-10-07).';

let instances = 0;

/**
 * The relation filter every answer on screen obeys: which relation types to show, and the
 * date relations must hold at. Each type has a checkbox with the swatch the graph draws it
 * with and how many relations of that type hold at the chosen date. The date is "Any time",
 * a stop on a slider over the days where relations start or end (see `timelineStops`), or a
 * date typed as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a date that is not one is explained and
 * leaves the filter as it was.
 *
 * A second date, "As known on", keeps only relations with evidence dated
 * by then; "Include possible relations" (with a date) also shows relations that may have held.
 * A switch says whether relations that give no date join dated ones in paths and triads.
 *
 * The element updates its own `filter` and fires `filter-change`; types are listed in legend
 * order, and `types` is left out when every type is checked, `asOf` when any time is.
 *
 * @summary Relation type checkboxes, the as-of date and the date known on.
 *
 * @fires {CustomEvent<FilterChangeDetail>} filter-change - The user changed the filter. `detail: { filter }`, and
 *   `undated` (`join` or `apart`) when the undated switch was flipped.
 *
 * @csspart types - The fieldset of type checkboxes.
 * @csspart swatch - The line sample of a relation type.
 * @csspart time - The fieldset of the as-of controls.
 * @csspart slider - The range input over the timeline stops.
 * @csspart date - The text field for a date.
 * @csspart known - The fieldset of the "As known on" date.
 * @csspart known-date - The text field for the date relations are known on.
 * @csspart undated - The fieldset of the switch deciding whether undated relations join dated ones.
 *
 * @cssprop [--actor-graph-cooperation=#009e73] - Colour of cooperation (solid line).
 * @cssprop [--actor-graph-hostility=#D55E00] - Colour of hostility (heavy dash-dot line).
 * @cssprop [--actor-graph-contested=#0072b2] - Colour of contested relations (dashed line).
 * @cssprop [--actor-graph-text=#1a1a1a] - Text colour.
 * @cssprop [--actor-graph-muted=#555555] - Colour of counts and hints.
 * @cssprop [--actor-graph-background=#ffffff] - Background of the date field.
 * @cssprop [--actor-graph-border=#767676] - Borders of fieldsets and the date field.
 * @cssprop [--actor-graph-accent=#005a9c] - Colour of checkboxes and the slider.
 * @cssprop [--actor-graph-error=#8a1c0b] - Colour of the message about a mistyped date.
 * @cssprop [--actor-graph-focus-ring=#005a9c] - Focus ring colour (`--actor-graph-focus`, its former name, is still read).
 */
export class ActorGraphFilters extends LitElement {
  static override styles = [styles, swatchStyles];

  /** The loaded graph, whose relations are counted and whose dates make the slider; default `null`. */
  @property({ attribute: false }) graph: ActorGraph | null = null;

  /** The filter shown; default `{}` (every type, any time). */
  @property({ attribute: false }) filter: RelationFilter = {};

  /**
   * Whether relations that give no date join dated ones in paths and triads when no date is
   * set (`join`, the switch on) or are kept apart (`apart`). Default `join`.
   */
  @property() undated: UndatedRule = 'join';

  /** The date field's text, which may differ from the filter while it is mistyped. */
  @state() private text = '';
  @state() private error = '';
  /** The "As known on" field's text, which may differ from the filter while it is mistyped. */
  @state() private knownText = '';
  @state() private knownError = '';
  /** The slider position, which runs ahead of the filter while the thumb is dragged. */
  @state() private index = 0;
  /** True while the slider thumb has moved but not yet been let go. */
  @state() private sliding = false;
  @state() private stops: string[] = [];
  @state() private counts: Record<RelationType, number> = { cooperation: 0, hostility: 0, contested: 0 };

  private readonly uid = `actor-graph-filters-${++instances}`;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('graph')) this.stops = this.graph ? timelineStops(this.graph) : [];
    if (changed.has('graph') || changed.has('filter')) {
      this.counts = this.graph ? typeCounts(this.graph, this.filter.asOf) : { cooperation: 0, hostility: 0, contested: 0 };
      const at = this.filter.asOf === undefined ? -1 : stopIndex(this.stops, this.filter.asOf);
      this.index = at >= 0 ? at : Math.max(0, this.stops.length - 1);
      this.sliding = false;
    }
    if (changed.has('filter')) {
      this.text = this.filter.asOf ?? '';
      this.error = '';
      this.knownText = this.filter.knownOn ?? '';
      this.knownError = '';
    }
  }

  /** Shows `next` and tells the page. */
  private change(next: RelationFilter): void {
    this.filter = next;
    emit(this, 'filter-change', { filter: next });
  }

  /**
   * The current filter with other types or another date; `undefined` means all types or any
   * time. The date known on and the possible switch stay, unless `time` changes them.
   */
  private with(
    types: readonly RelationType[] | undefined,
    asOf: string | undefined,
    time: Pick<RelationFilter, 'knownOn' | 'possible'> = this.filter,
  ): RelationFilter {
    const next: RelationFilter = {};
    if (types !== undefined && types.length < RELATION_TYPES.length) next.types = types;
    if (asOf !== undefined) next.asOf = asOf;
    if (time.possible === true) next.possible = true;
    if (time.knownOn !== undefined) next.knownOn = time.knownOn;
    return next;
  }

  private onTypeChange = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const type = box.value as RelationType;
    const current = this.filter.types ?? RELATION_TYPES;
    const types = RELATION_TYPES.filter((t) => (t === type ? box.checked : current.includes(t)));
    this.change(this.with(types, this.filter.asOf));
  };

  private onAnyTimeChange = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    if (box.checked) {
      this.change(this.with(this.filter.types, undefined));
      return;
    }
    const typed = this.text.trim();
    const date = isDate(typed) ? typed : this.stops[this.index];
    if (date === undefined) {
      box.checked = true;
      this.error = `No date to show yet. ${DATE_HELP}`;
      return;
    }
    this.change(this.with(this.filter.types, date));
  };

  private onSliderInput = (event: Event): void => {
    this.index = Number((event.target as HTMLInputElement).value);
    this.sliding = true;
  };

  private onSliderChange = (event: Event): void => {
    const date = this.stops[Number((event.target as HTMLInputElement).value)];
    this.sliding = false;
    if (date !== undefined && date !== this.filter.asOf) this.change(this.with(this.filter.types, date));
  };

  private onTextInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
  };

  private onTextChange = (event: Event): void => {
    const typed = (event.target as HTMLInputElement).value.trim();
    this.text = typed;
    if (typed === '') {
      this.error = '';
      if (this.filter.asOf !== undefined) this.change(this.with(this.filter.types, undefined));
    } else if (!isDate(typed)) {
      this.error = `“${typed}” is not a date. ${DATE_HELP}`;
    } else {
      this.error = '';
      if (typed !== this.filter.asOf) this.change(this.with(this.filter.types, typed));
    }
  };

  private onKnownInput = (event: Event): void => {
    this.knownText = (event.target as HTMLInputElement).value;
  };

  private onKnownChange = (event: Event): void => {
    const typed = (event.target as HTMLInputElement).value.trim();
    this.knownText = typed;
    const { types, asOf, possible } = this.filter;
    if (typed === '') {
      this.knownError = '';
      if (this.filter.knownOn !== undefined) this.change(this.with(types, asOf, { possible }));
    } else if (!isDate(typed)) {
      this.knownError = `“${typed}” is not a date. ${DATE_HELP}`;
    } else {
      this.knownError = '';
      if (typed !== this.filter.knownOn) this.change(this.with(types, asOf, { possible, knownOn: typed }));
    }
  };

  private onUndatedChange = (event: Event): void => {
    this.undated = (event.target as HTMLInputElement).checked ? 'join' : 'apart';
    emit(this, 'filter-change', { filter: this.filter, undated: this.undated });
  };

  private onPossibleChange = (event: Event): void => {
    const { types, asOf, knownOn } = this.filter;
    this.change(this.with(types, asOf, { knownOn, possible: (event.target as HTMLInputElement).checked }));
  };

  override render() {
    const types = this.filter.types ?? RELATION_TYPES;
    const asOf = this.filter.asOf;
    const stop = this.stops[this.index];
    const shown = this.sliding && stop !== undefined ? stop : asOf;
    const valueText = shown === undefined ? 'any time' : `as of ${dateText(shown)}`;
    return html`
      <fieldset part="types">
        <legend>Relation types</legend>
        ${RELATION_TYPES.map(
          (type) => html`
            <label class="type">
              <input type="checkbox" name="type" .value=${type} .checked=${live(types.includes(type))} @change=${this.onTypeChange} />
              ${relationSwatch(type)}
              <span class="word">${type}</span>
              <span class="count">${this.counts[type]}<span class="visually-hidden"> ${this.counts[type] === 1 ? 'relation' : 'relations'}</span></span>
            </label>
          `,
        )}
      </fieldset>
      <fieldset part="time">
        <legend>As of</legend>
        <label class="toggle">
          <input type="checkbox" name="any-time" .checked=${live(asOf === undefined)} @change=${this.onAnyTimeChange} />
          <span>Any time</span>
        </label>
        <div class="row" ?hidden=${this.stops.length === 0}>
          <label for="${this.uid}-slider">Timeline</label>
          <input
            id="${this.uid}-slider"
            part="slider"
            type="range"
            min="0"
            max=${Math.max(0, this.stops.length - 1)}
            step="1"
            .value=${live(String(this.index))}
            aria-valuetext=${valueText}
            @input=${this.onSliderInput}
            @change=${this.onSliderChange}
          />
          <p class="current" aria-hidden="true">${valueText === 'any time' ? 'Any time' : valueText}</p>
        </div>
        ${dateRow({ id: `${this.uid}-date`, part: 'date', text: this.text, error: this.error, onInput: this.onTextInput, onChange: this.onTextChange })}
        <label class="toggle">
          <input type="checkbox" name="possible" .checked=${live(this.filter.possible === true)} ?disabled=${asOf === undefined}
            aria-describedby="${this.uid}-possible-help" @change=${this.onPossibleChange} />
          <span>Include possible relations</span>
        </label>
        <p id="${this.uid}-possible-help" class="hint">Relations that may have held then: begun “no later than” a later date.</p>
      </fieldset>
      <fieldset part="known">
        <legend>As known on</legend>
        ${dateRow({
          id: `${this.uid}-known`,
          part: 'known-date',
          text: this.knownText,
          error: this.knownError,
          help: 'Only relations with evidence dated by then; empty for all.',
          onInput: this.onKnownInput,
          onChange: this.onKnownChange,
        })}
      </fieldset>
      <fieldset part="undated">
        <legend>Undated relations</legend>
        <label class="toggle">
          <input type="checkbox" role="switch" name="undated" .checked=${live(this.undated !== 'apart')}
            aria-describedby="${this.uid}-undated-help" @change=${this.onUndatedChange} />
          <span>Join dated ones</span>
        </label>
        <p id="${this.uid}-undated-help" class="hint">With no date set, a path or triad may chain a relation that gives no dates with dated ones; off, it counts only with other undated relations.</p>
      </fieldset>
    `;
  }
}

if (!customElements.get('actor-graph-filters')) customElements.define('actor-graph-filters', ActorGraphFilters);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-filters': ActorGraphFilters;
  }
}

/** What a date row shows and where its input goes. */
interface DateRow {
  id: string;
  part: string;
  text: string;
  error: string;
  help?: string;
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
}

/** A labelled date field with its hint and its error, as the as-of and known-on dates both have. */
function dateRow(row: DateRow) {
  const described = row.help === undefined ? `${row.id}-error` : `${row.id}-help ${row.id}-error`;
  return html`<div class="row">
    <label for=${row.id}>Date</label>
    <input
      id=${row.id}
      part=${row.part}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
      aria-invalid=${row.error ? 'true' : 'false'}
      aria-describedby=${described}
      .value=${live(row.text)}
      @input=${row.onInput}
      @change=${row.onChange}
    />
    ${row.help === undefined ? nothing : html`<p id="${row.id}-help" class="hint">${row.help}</p>`}
    <p id="${row.id}-error" class="error" aria-live="assertive">${row.error || nothing}</p>
  </div>`;
}

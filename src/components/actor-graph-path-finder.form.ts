/**
 * The path finder's query form as a template: From and To, the relation types paths may use,
 * shortest or all paths up to a number of steps, and whether to follow direction. Not an
 * element: the panel renders it with its own state and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import { MAX_PATH_HOPS, MIN_PATH_HOPS } from '../model/limits.ts';
import { relationSwatch } from './relation-swatch.ts';

/** What the form shows and the panel's handlers for it. */
export interface PathFormView {
  /** From and To, rendered by their comboboxes. */
  ends: TemplateResult;
  /** The view's filter: types it leaves out are named beside the choices. */
  filter: RelationFilter | undefined;
  types: readonly RelationType[];
  all: boolean;
  maxHops: number;
  directed: boolean;
  /** False while there is no graph to search. */
  searchable: boolean;
  onSubmit: (event: Event) => void;
  onType: (event: Event) => void;
  onMode: (event: Event) => void;
  onHops: (event: Event) => void;
  onDirected: (event: Event) => void;
}

export function pathForm(view: PathFormView): TemplateResult {
  const only = view.filter?.types;
  const hidden = only ? RELATION_TYPES.filter((t) => !only.includes(t)) : [];
  return html`<form part="form" @submit=${view.onSubmit}>
    <div class="ends">${view.ends}</div>
    <fieldset>
      <legend>Paths may use</legend>
      ${RELATION_TYPES.map(
        (type) => html`<label><input type="checkbox" name="types" .value=${type} .checked=${view.types.includes(type)}
            @change=${view.onType} />${relationSwatch(type)} ${type}</label>`,
      )}
      ${hidden.length ? html`<span class="note">The view’s filter also leaves out ${hidden.join(' and ')}.</span>` : nothing}
    </fieldset>
    <fieldset>
      <legend>Paths</legend>
      <label><input type="radio" name="mode" value="shortest" .checked=${!view.all} @change=${view.onMode} />Shortest</label>
      <label><input type="radio" name="mode" value="all" .checked=${view.all} @change=${view.onMode} />All paths</label>
      <label>up to
        <input type="number" name="maxHops" min=${MIN_PATH_HOPS} max=${MAX_PATH_HOPS} step="1" .value=${String(view.maxHops)}
          ?disabled=${!view.all} @change=${view.onHops} />
        steps</label>
      <label><input type="checkbox" name="directed" .checked=${view.directed} @change=${view.onDirected} />Follow direction</label>
    </fieldset>
    <button type="submit" ?disabled=${!view.searchable}>Find paths</button>
  </form>`;
}

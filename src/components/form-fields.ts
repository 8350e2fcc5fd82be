/**
 * What the actor and relation forms share: a modal dialog opened and closed the same way, the
 * problems of the last submit placed beside their fields, and the styles of both. Template
 * pieces and a small controller, not an element.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { EditProblem } from '../model/edits.ts';
import { dataText } from './bidi-text.ts';
import { readablePlaceholder, textField, visuallyHidden } from './panel.styles.ts';
import { themeTokens } from './theme.styles.ts';

/** The problems of a submit, split into those of the form's own fields and the rest. */
export interface PlacedProblems {
  /** Messages by field name, only for fields the form shows. */
  byField: ReadonlyMap<string, readonly string[]>;
  /** Messages about the record as a whole or about a field the form does not show, that one named first. */
  general: readonly string[];
}

/** Places each problem beside one of `fields`, or among the general ones. */
export function placeProblems(problems: readonly EditProblem[], fields: readonly string[]): PlacedProblems {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const { field, message } of problems) {
    if (field !== null && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), message]);
    else general.push(field === null ? message : `${field}: ${message}`);
  }
  return { byField, general };
}

/** The id of the text saying what is wrong with `field`. */
export const problemId = (field: string): string => `${field}-problem`;

/** The ids that describe a field, joined for `aria-describedby`; nothing when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | typeof nothing {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length ? list.join(' ') : nothing;
}

/** The messages beside a field: a warning sign and the words, each message on a line of its own. */
export function fieldProblem(field: string, placed: PlacedProblems): TemplateResult | typeof nothing {
  const messages = placed.byField.get(field);
  if (!messages?.length) return nothing;
  return html`<div class="problem" id=${problemId(field)}>
    ${messages.map((message) => html`<p><span aria-hidden="true">⚠ </span>${dataText(message)}</p>`)}
  </div>`;
}

/** The problems not tied to a field, above the fields; focusable so that the focus can be put on them. */
export function generalProblems(placed: PlacedProblems): TemplateResult | typeof nothing {
  if (!placed.general.length) return nothing;
  return html`<div class="problems" id="problems" tabindex="-1">
    <p class="visually-hidden">Problems:</p>
    <ul>
      ${placed.general.map((message) => html`<li><span aria-hidden="true">⚠ </span>${dataText(message)}</li>`)}
    </ul>
  </div>`;
}

/**
 * Puts the focus on the first field of `order` with a problem, else on the general problems.
 * Each field is found by its id, which is its name (a fieldset's: the group's).
 */
export function focusFirstProblem(root: ShadowRoot | HTMLElement, placed: PlacedProblems, order: readonly string[]): void {
  const field = order.find((name) => placed.byField.has(name));
  const target = field ? root.querySelector<HTMLElement>(`#${field}`) : root.querySelector<HTMLElement>('#problems');
  // A group of radio buttons takes the focus on its chosen one, as Tab would put it.
  const inGroup = target?.matches('fieldset')
    ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector('input'))
    : null;
  (inGroup ?? target)?.focus();
}

/** The trimmed value of a text field, or undefined when it is blank: empty optional fields are left out. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * `record` with each of `fields` set to its value, or taken out when the value is undefined;
 * fields already there keep their place, so that a file written back changes no more than it must.
 */
export function withFields<T extends object>(record: T, fields: Readonly<Record<string, unknown>>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  return next as T;
}

/** Styles of both forms: the dialog, fields stacked with their labels, problems, actions. */
export const formStyles = css`
  ${themeTokens}
  :host {
    font: inherit;
    color: var(--_ag-text);
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(38rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: 1rem 1.25rem;
    color: var(--_ag-text);
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 0.5rem;
    font: inherit;
    line-height: 1.4;
  }
  /* The backdrop takes the dialog's custom properties (Chromium 122 on), so it shades the page in either theme. */
  dialog::backdrop {
    background: color-mix(in srgb, var(--_ag-text) 45%, transparent);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.1rem;
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    align-content: start;
    gap: 0.2rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .required,
  .hint {
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_ag-muted);
  }
  .hint {
    margin: 0;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    ${textField}
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.3rem 0.45rem;
  }
  textarea {
    resize: vertical;
    min-block-size: 3.5rem;
  }
  ${readablePlaceholder}
  textarea::placeholder {
    color: var(--_ag-muted);
    opacity: 1;
  }
  /* An invalid field is marked three ways: its message, a thicker outline, and the error colour. */
  [aria-invalid='true'] {
    border: 2px solid var(--_ag-error);
  }
  .problem,
  .problems {
    color: var(--_ag-error);
    background: var(--_ag-error-background);
    border-inline-start: 4px solid var(--_ag-error);
    padding: 0.25rem 0.5rem;
  }
  .problem p {
    margin: 0;
  }
  .problems ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  button {
    font: inherit;
    color: var(--_ag-text);
    background: var(--_ag-button-background);
    border: 1px solid var(--_ag-border);
    border-radius: 0.3rem;
    padding: 0.3rem 0.9rem;
    cursor: pointer;
  }
  /* The default action stands out by weight and border as well as colour. */
  button[type='submit'] {
    font-weight: 600;
    border-width: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  ${visuallyHidden}
`;

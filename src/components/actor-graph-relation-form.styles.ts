import { css } from 'lit';
import { formStyles } from './form-fields.ts';
import { swatchStyles } from './relation-swatch.ts';

/** Styles of `<actor-graph-relation-form>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = [
  formStyles,
  swatchStyles,
  css`
    .ends,
    .dates {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.75rem;
    }
    fieldset {
      margin: 0;
      padding: 0.35rem 0.6rem 0.5rem;
      border: 1px solid var(--_ag-rule);
      border-radius: 4px;
    }
    fieldset[aria-invalid='true'] {
      border: 2px solid var(--_ag-error);
    }
    legend {
      padding-inline: 0.25rem;
    }
    .types {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
    }
    .types label,
    .check label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: normal;
      cursor: pointer;
    }
    input[type='radio'],
    input[type='checkbox'] {
      margin: 0;
      inline-size: 1rem;
      block-size: 1rem;
      accent-color: var(--_ag-accent);
    }
    .check {
      display: grid;
      gap: 0.1rem;
    }
    @media (max-width: 30rem) {
      .ends,
      .dates {
        grid-template-columns: 1fr;
      }
    }
  `,
];

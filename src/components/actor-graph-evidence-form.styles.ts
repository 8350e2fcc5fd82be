import { css } from 'lit';
import { formStyles } from './form-fields.ts';

/** Styles of `<actor-graph-evidence-form>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = [
  formStyles,
  css`
    h2 {
      margin-block-end: 0.2rem;
    }
    .for {
      margin: 0 0 0.75rem;
      color: var(--_ag-muted);
    }
    #quote {
      min-block-size: 5rem;
    }
    /* Locator and date are short: side by side. */
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.75rem;
    }
    @media (max-width: 30rem) {
      .pair {
        grid-template-columns: 1fr;
      }
    }
  `,
];

import { css } from 'lit';
import { formStyles } from './form-fields.ts';

/** Styles of `<actor-graph-actor-form>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = [
  formStyles,
  css`
    #description {
      min-block-size: 5rem;
    }
  `,
];

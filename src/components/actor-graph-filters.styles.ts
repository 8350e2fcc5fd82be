import { css } from 'lit';
import { blockHost, readablePlaceholder, smallPrint, textField, visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-filters>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${blockHost}
  [hidden] {
    display: none !important;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .type,
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.2rem 0;
    cursor: pointer;
  }
  .count {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: var(--_ag-muted);
  }
  .row {
    display: block;
    margin-block-start: 0.5rem;
  }
  .row > label {
    display: block;
    margin-block-end: 0.2rem;
  }
  input[type='checkbox'] {
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
    accent-color: var(--_ag-accent);
  }
  input[type='range'] {
    inline-size: 100%;
    margin: 0;
    accent-color: var(--_ag-accent);
  }
  input[type='text'] {
    ${textField}
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.3rem 0.45rem;
  }
  ${readablePlaceholder}
  input[aria-invalid='true'] {
    border-color: var(--_ag-error);
    border-width: 2px;
  }
  input:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  .current,
  .hint {
    margin: 0.2rem 0 0;
    ${smallPrint}
  }
  .error {
    margin: 0.3rem 0 0;
    font-size: 0.875em;
    color: var(--_ag-error);
  }
  .error:empty {
    margin: 0;
  }
  ${visuallyHidden}
  ${reducedMotion}
`;

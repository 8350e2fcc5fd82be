import { css } from 'lit';
import { visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-filters>`; colours come from `--actor-graph-*` properties with light defaults. */
export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--actor-graph-text, #1a1a1a);
  }
  [hidden] {
    display: none !important;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--actor-graph-border, #767676);
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
    color: var(--actor-graph-muted, #555555);
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
    accent-color: var(--actor-graph-accent, #1a5fb4);
  }
  input[type='range'] {
    inline-size: 100%;
    margin: 0;
    accent-color: var(--actor-graph-accent, #1a5fb4);
  }
  input[type='text'] {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    padding: 0.3rem 0.45rem;
    color: var(--actor-graph-text, #1a1a1a);
    background: var(--actor-graph-background, #ffffff);
    border: 1px solid var(--actor-graph-border, #767676);
    border-radius: 4px;
  }
  input[aria-invalid='true'] {
    border-color: var(--actor-graph-error, #b3261e);
    border-width: 2px;
  }
  input:focus-visible {
    outline: 3px solid var(--actor-graph-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .current,
  .hint {
    margin: 0.2rem 0 0;
    font-size: 0.875em;
    color: var(--actor-graph-muted, #555555);
  }
  .error {
    margin: 0.3rem 0 0;
    font-size: 0.875em;
    color: var(--actor-graph-error, #b3261e);
  }
  .error:empty {
    margin: 0;
  }
  ${visuallyHidden}
  ${reducedMotion}
`;

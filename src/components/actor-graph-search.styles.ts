import { css } from 'lit';
import { blockHost, readablePlaceholder, smallPrint, textField, visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-search>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${blockHost}
  :host {
    position: relative;
  }
  [hidden] {
    display: none !important;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input {
    ${textField}
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4rem 0.5rem;
  }
  ${readablePlaceholder}
  input:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 1px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 2px 0 0;
    padding: 0.25rem 0;
    list-style: none;
    max-block-size: 20rem;
    overflow-y: auto;
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    box-shadow: 0 4px 12px var(--_ag-shadow);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.35rem 0.6rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_ag-selected-background);
    outline: 2px solid var(--_ag-focus-ring);
    outline-offset: -2px;
  }
  .label {
    font-weight: 600;
  }
  .kind,
  .alias {
    ${smallPrint}
  }
  .empty {
    margin: 0.25rem 0 0;
    ${smallPrint}
  }
  ${visuallyHidden}
  ${reducedMotion}
`;

import { css } from 'lit';
import { blockHost, outlinedButton, visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-table>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${blockHost}
  .scroll {
    overflow: auto;
    max-block-size: var(--actor-graph-table-max-height, none);
  }
  .scroll:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.925em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.1em;
    padding-block-end: 0.35rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_ag-rule);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_ag-background);
    border-block-end: 2px solid var(--_ag-border);
    padding: 0;
    white-space: nowrap;
  }
  thead button {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    inline-size: 100%;
    padding: 0.35rem 0.5rem;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
    text-align: start;
  }
  .arrow {
    inline-size: 0.8em;
    color: var(--_ag-muted);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tbody button {
    font: inherit;
    color: var(--_ag-link);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  tr.selected > * {
    background: var(--_ag-selected-background);
  }
  tr.selected > :first-child {
    box-shadow: inset 4px 0 0 var(--_ag-accent);
  }
  .type {
    white-space: nowrap;
  }
  .open,
  .summary,
  .empty {
    color: var(--_ag-muted);
  }
  .summary {
    margin: 0.35rem 0 0;
    font-size: 0.875em;
  }
  button.more {
    ${outlinedButton}
    margin-block-start: 0.35rem;
  }
  ${visuallyHidden}
  ${reducedMotion}
  td.camps {
    white-space: nowrap;
  }
  .quotes {
    display: block;
    min-inline-size: 9rem;
    font-size: 0.875em;
    font-variant-numeric: normal;
    color: var(--_ag-muted);
  }
  .contradicts {
    font-weight: 600;
  }
`;

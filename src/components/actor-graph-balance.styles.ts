import { css } from 'lit';
import { panelButtons, panelHost } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-balance>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const balanceStyles = css`
  ${panelHost}
  h2,
  h3 {
    font-size: 1em;
    margin: 1rem 0 0.4rem;
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.3rem;
  }
  h2 {
    font-size: 1.1em;
    margin-top: 0;
  }
  .summary {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  ul.triads,
  ul.actors {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  ul.actors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  li.triad {
    border: 1px solid var(--_ag-border);
    border-inline-start: 6px solid var(--_ag-hostility);
    border-radius: 4px;
    padding: 0.4rem 0.6rem;
  }
  li.triad.balanced {
    border-inline-start-color: var(--_ag-cooperation);
  }
  .readings {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2rem;
    font-size: 0.925em;
  }
  ${panelButtons}
  .camps,
  .camps-k {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.75rem;
  }
  .camps > section,
  .camps-k > section {
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    padding: 0.4rem 0.6rem;
  }
  .note {
    font-size: 0.875em;
    font-style: italic;
    margin: 0.3rem 0;
  }
  ul.contradictions,
  ul.contradictions-k {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  ul.contradictions li,
  ul.contradictions-k li {
    margin-bottom: 0.25rem;
  }
  table {
    border-collapse: collapse;
    font-size: 0.95em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_ag-border);
    padding: 0.2rem 0.5rem;
    text-align: start;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  summary {
    cursor: pointer;
    margin: 0.75rem 0 0.4rem;
  }
  ul.pairs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  fieldset {
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    margin: 0;
    padding: 0.4rem 0.6rem;
    /* A fieldset is as wide as its content by default: long readings would widen the column. */
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  label.choice {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    margin: 0.2rem 0;
  }
  input[type='radio'] {
    accent-color: var(--_ag-accent);
  }
  input[type='radio']:focus-visible {
    outline: 2px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  ol.fits {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.4rem;
  }
  ol.fits li.best {
    font-weight: 600;
  }
  ${reducedMotion}
`;

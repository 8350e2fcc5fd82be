import { css } from 'lit';
import { blockHost } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-details>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${blockHost}
  :host {
    line-height: 1.45;
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 0.25rem;
  }
  h3 {
    font-size: 1em;
    margin: 1rem 0 0.35rem;
  }
  p {
    margin: 0.3rem 0;
  }
  .hint,
  .kind,
  .muted {
    color: var(--_ag-muted);
  }
  .notice {
    padding: 0.35rem 0.5rem;
    border-inline-start: 4px solid var(--_ag-accent);
    background: var(--_ag-notice-background);
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .relations {
    list-style: none;
    padding: 0;
  }
  .relations li + li {
    margin-block-start: 0.25rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  button,
  select {
    font: inherit;
    color: var(--_ag-text);
    background: var(--_ag-button-background);
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    padding: 0.2rem 0.55rem;
    cursor: pointer;
  }
  button.link {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    text-align: start;
    background: none;
    border-color: transparent;
    padding: 0.25rem 0.35rem;
  }
  button.link:hover {
    border-color: var(--_ag-border);
  }
  button.actor {
    font-weight: 600;
  }
  button:focus-visible,
  select:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  a {
    color: var(--_ag-link);
  }
  .focus {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .type {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  .evidence {
    padding-inline-start: 1.25rem;
  }
  .evidence > li + li {
    margin-block-start: 0.75rem;
  }
  blockquote {
    margin: 0;
    padding: 0.15rem 0 0.15rem 0.75rem;
    border-inline-start: 3px solid var(--_ag-border);
  }
  .claimant {
    font-style: italic;
  }
  .edit-actions,
  .evidence-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block: 0.35rem;
  }
  /* A quote's check: a sign and words; the colours only repeat what they say. */
  .check {
    margin: 0.3rem 0;
    padding: 0.2rem 0.5rem;
    border-inline-start: 4px solid var(--_ag-border);
  }
  .check p {
    margin: 0;
  }
  .check.found {
    border-color: var(--_ag-cooperation);
  }
  .check.elsewhere {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_ag-warning);
    background: var(--_ag-warning-background);
    border-color: var(--_ag-warning);
  }
  .check.missing {
    color: var(--_ag-error);
    background: var(--_ag-error-background);
    border-color: var(--_ag-error);
  }
  .sign {
    font-weight: 700;
  }
  ${reducedMotion}
`;

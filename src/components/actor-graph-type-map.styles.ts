import { css } from 'lit';
import { themeTokens } from './theme.styles.ts';

/** Styles of `<actor-graph-type-map>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${themeTokens}
  :host {
    font: inherit;
    color: var(--_ag-text);
  }
  dialog {
    box-sizing: border-box;
    max-width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1rem 1.25rem;
    color: var(--_ag-text);
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 0.5rem;
    font: inherit;
  }
  /* The backdrop takes the dialog's custom properties (Chromium 122 on), so it shades the page in either theme. */
  dialog::backdrop {
    background: color-mix(in srgb, var(--_ag-text) 45%, transparent);
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  ul {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
    max-height: 50vh;
    overflow: auto;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    padding-block: 0.25rem;
    border-bottom: 1px solid var(--_ag-rule);
  }
  .value {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--_ag-muted);
    font-weight: normal;
  }
  select,
  button {
    font: inherit;
    color: var(--_ag-text);
    border: 1px solid var(--_ag-border);
    border-radius: 0.3rem;
  }
  select {
    background: var(--_ag-background);
    padding: 0.15rem 0.3rem;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  button {
    padding: 0.3rem 0.9rem;
    background: var(--_ag-button-background);
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
`;

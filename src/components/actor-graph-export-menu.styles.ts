import { css } from 'lit';
import { visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';
import { themeTokens } from './theme.styles.ts';

/** Styles of `<actor-graph-export-menu>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${themeTokens}
  :host {
    display: inline-block;
    position: relative;
    font: inherit;
    color: var(--_ag-text);
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.25rem 0.75rem;
    background: var(--_ag-button-background);
    border: 1px solid var(--_ag-border);
    border-radius: 0.4rem;
    cursor: pointer;
  }
  .trigger:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .trigger[aria-busy='true'] {
    cursor: progress;
  }
  .caret {
    font-size: 0.75em;
  }
  :focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  [role='menu'] {
    position: absolute;
    z-index: 20;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    min-inline-size: 13rem;
    margin: 0;
    padding: 0.25rem 0;
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    box-shadow: 0 4px 12px var(--_ag-shadow);
  }
  .heading {
    padding: 0.3rem 0.75rem 0.1rem;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_ag-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  [role='separator'] {
    margin: 0.25rem 0;
    border-block-start: 1px solid var(--_ag-rule);
  }
  [role='menuitem'],
  [role='menuitemradio'] {
    display: block;
    inline-size: 100%;
    padding: 0.35rem 0.75rem;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus,
  [role='menuitemradio']:hover,
  [role='menuitemradio']:focus {
    background: var(--_ag-selected-background);
  }
  [role='menuitem']:focus-visible,
  [role='menuitemradio']:focus-visible {
    outline-offset: -3px;
  }
  /* The checked edge choice is marked by a filled circle and weight, not by colour. */
  [role='menuitemradio']::before {
    content: '○' / '';
    display: inline-block;
    inline-size: 1.3em;
  }
  [role='menuitemradio'][aria-checked='true'] {
    font-weight: 600;
  }
  [role='menuitemradio'][aria-checked='true']::before {
    content: '●' / '';
  }
  .hint {
    color: var(--_ag-muted);
    font-size: 0.85em;
  }
  ${visuallyHidden}
  .error {
    position: absolute;
    z-index: 20;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    max-inline-size: 22rem;
    padding: 0.4rem 0.6rem;
    background: var(--_ag-error-background);
    color: var(--_ag-error);
    border: 1px solid currentColor;
    border-radius: 4px;
  }
  ${reducedMotion}
`;

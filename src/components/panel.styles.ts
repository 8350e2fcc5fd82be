import { css } from 'lit';
import { themeTokens } from './theme.styles.ts';

/** The host rules every explorer panel shares: the theme, a block in its colours, hideable. */
export const panelHost = css`
  ${themeTokens}
  :host {
    display: block;
    color: var(--_ag-text);
    background: var(--_ag-background);
    font: inherit;
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Text for screen readers only: out of sight, still read. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The declarations of a button outlined in the accent colour, to put inside a rule. */
export const outlinedButton = css`
  font: inherit;
  cursor: pointer;
  color: inherit;
  background: var(--_ag-background);
  border: 1px solid var(--_ag-accent);
  border-radius: 4px;
  padding: 0.25rem 0.6rem;
`;

/** Buttons of the analysis panels: outlined in the accent colour, a pressed toggle filled with it, links that are buttons, a focus ring. */
export const panelButtons = css`
  button {
    ${outlinedButton}
    text-align: start;
  }
  button[aria-pressed='true'] {
    color: var(--_ag-accent-text);
    background: var(--_ag-accent);
  }
  button.link {
    /* Top-aligned, so a list marker sits by the first line of a reading that wraps. */
    vertical-align: top;
    border: none;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    background: none;
  }
  :focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
`;

import { css } from 'lit';

/** The host rules every explorer panel shares: a block in the theme's colours, hideable. */
export const panelHost = css`
  :host {
    display: block;
    color: var(--actor-graph-text, #1a1a1a);
    background: var(--actor-graph-background, #ffffff);
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
  background: var(--actor-graph-background, #ffffff);
  border: 1px solid var(--actor-graph-accent, #005a9c);
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
    color: var(--actor-graph-accent-text, #ffffff);
    background: var(--actor-graph-accent, #005a9c);
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
    outline: 3px solid var(--actor-graph-accent, #005a9c);
    outline-offset: 2px;
  }
`;

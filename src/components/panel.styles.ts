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

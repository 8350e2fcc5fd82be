import { css } from 'lit';
import { reducedMotion } from './reduced-motion.styles.ts';

export const explorerStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr) minmax(16rem, 24rem);
    grid-template-rows: auto auto auto minmax(0, 1fr);
    grid-template-areas:
      'header header header'
      'origin origin origin'
      'problems problems problems'
      'tools main details';
    height: 100%;
    min-height: 32rem;
    color: var(--actor-graph-text, #1b1f24);
    background: var(--actor-graph-background, #ffffff);
    /* --actor-graph-font is a font family, as <actor-graph> reads it. */
    font: 14px/1.4 var(--actor-graph-font, system-ui, sans-serif);
    color-scheme: light;
    /*
     * The drawing's colours: a page's --actor-graph-* values or the theme's, else the light ones.
     * Handed to <actor-graph> explicitly, or in the light theme it would follow a dark system
     * colour scheme on its own and draw a dark canvas in a light page.
     */
    --_ex-background: var(--actor-graph-background, #ffffff);
    --_ex-text: var(--actor-graph-text, #1a1a1a);
    --_ex-cooperation: var(--actor-graph-cooperation, #009e73);
    --_ex-hostility: var(--actor-graph-hostility, #d55e00);
    --_ex-contested: var(--actor-graph-contested, #0072b2);
    --_ex-node-fill: var(--actor-graph-node-fill, var(--actor-graph-node, #f2f2f2));
    --_ex-node-border: var(--actor-graph-node-border, #4d4d4d);
    --_ex-highlight: var(--actor-graph-highlight, #9e3d8a);
    --_ex-focus-ring: var(--actor-graph-focus-ring, #0072b2);
  }
  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--actor-graph-border, #c9ced6);
  }
  h1 {
    font-size: 1.15rem;
    margin: 0;
    flex: 1 1 auto;
  }
  .summary {
    color: var(--actor-graph-muted, #4f5660);
    font-size: 0.9em;
  }
  /* A graph from another site: as plain to see as a problem, in a colour of its own. */
  .origin {
    grid-area: origin;
    margin: 0;
    padding: 0.4rem 1rem;
    font-weight: 600;
    background: var(--actor-graph-warning-background, #fff4ce);
    color: var(--actor-graph-warning, #5c4000);
    border-bottom: 1px solid currentColor;
    border-inline-start: 6px solid currentColor;
  }
  .problems {
    grid-area: problems;
    margin: 0;
    padding: 0.5rem 1rem;
    background: var(--actor-graph-error-background, #fff1ef);
    color: var(--actor-graph-error, #8a1c0b);
    border-bottom: 1px solid currentColor;
  }
  .problems[hidden] {
    display: none;
  }
  .problems ul {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
    max-height: 8rem;
    overflow: auto;
  }
  .problems code {
    font-family: ui-monospace, monospace;
  }
  .tools,
  .details {
    overflow: auto;
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  .tools {
    grid-area: tools;
    border-right: 1px solid var(--actor-graph-border, #c9ced6);
  }
  .details {
    grid-area: details;
    border-left: 1px solid var(--actor-graph-border, #c9ced6);
  }
  main {
    grid-area: main;
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    padding: 0.25rem 0.5rem 0;
  }
  [role='tab'] {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--actor-graph-border, #c9ced6);
    border-bottom: none;
    border-radius: 0.4rem 0.4rem 0 0;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--actor-graph-accent-background, #e8f1fb);
    font-weight: 600;
  }
  [role='tabpanel'] {
    flex: 1 1 auto;
    min-height: 0;
    border-top: 1px solid var(--actor-graph-border, #c9ced6);
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  .table-panel {
    overflow: auto;
    padding: 0.5rem;
  }
  /* The problems panel lists a failed load's problems, and the status line announces them: the view's own box would repeat them. */
  actor-graph::part(error) {
    display: none;
  }
  actor-graph {
    width: 100%;
    height: 100%;
    --actor-graph-background: var(--_ex-background);
    --actor-graph-text: var(--_ex-text);
    --actor-graph-cooperation: var(--_ex-cooperation);
    --actor-graph-hostility: var(--_ex-hostility);
    --actor-graph-contested: var(--_ex-contested);
    --actor-graph-node-fill: var(--_ex-node-fill);
    --actor-graph-node-border: var(--_ex-node-border);
    --actor-graph-highlight: var(--_ex-highlight);
    --actor-graph-focus-ring: var(--_ex-focus-ring);
  }
  button,
  .file-button {
    font: inherit;
    color: inherit;
  }
  /* Colours of their own: the system's dark buttons (#6b6b6b) are too light for the dark theme's text. */
  header > button,
  .problems button {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--actor-graph-border, #767676);
    border-radius: 0.4rem;
    background: var(--actor-graph-button-background, #f2f2f2);
    cursor: pointer;
  }
  .file-button {
    display: inline-block;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--actor-graph-border, #c9ced6);
    border-radius: 0.4rem;
    cursor: pointer;
  }
  .file-button:focus-within,
  :focus-visible {
    outline: 3px solid var(--actor-graph-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .file-button input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  :host([dragging]) main {
    outline: 3px dashed var(--actor-graph-focus, #1a5fb4);
    outline-offset: -6px;
  }
  @media (max-width: 900px) {
    :host {
      grid-template-columns: 1fr;
      grid-template-rows: auto auto auto 28rem auto auto;
      grid-template-areas: 'header' 'origin' 'problems' 'main' 'details' 'tools';
      height: auto;
    }
  }
  ${reducedMotion}
`;

/** The dark theme: only custom properties change, so every inner element follows. */
export const darkTheme = css`
  :host([theme='dark']) {
    color-scheme: dark;
    --actor-graph-text: #e8eaed;
    --actor-graph-muted: #b4bac3;
    --actor-graph-background: #15181c;
    --actor-graph-surface: #1f2329;
    --actor-graph-border: #454c56;
    --actor-graph-accent: #8ab4f8;
    --actor-graph-accent-background: #233247;
    --actor-graph-accent-text: #0b1a2e;
    --actor-graph-button-background: #2a2f36;
    --actor-graph-link: #8ab4f8;
    --actor-graph-notice-background: #1f2a3a;
    --actor-graph-rule: #454c56;
    --actor-graph-selected-background: #233247;
    --actor-graph-focus-ring: #8ab4f8;
    --actor-graph-focus: #8ab4f8;
    --actor-graph-error: #ffb4a8;
    --actor-graph-error-background: #3b1712;
    --actor-graph-warning: #ffd98a;
    --actor-graph-warning-background: #3a2c05;
    --actor-graph-cooperation: #2cc49a;
    --actor-graph-hostility: #f07a2a;
    --actor-graph-contested: #56b4e9;
    --actor-graph-node-fill: #2e2e2e;
    --actor-graph-node-border: #bdbdbd;
    --actor-graph-highlight: #f0e442;
  }
`;

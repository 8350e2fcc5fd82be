import { css } from 'lit';
import { reducedMotion } from './reduced-motion.styles.ts';
import { darkThemeAttribute, handOnTheme, themeTokens } from './theme.styles.ts';

/** Styles of `<actor-graph-explorer>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const explorerStyles = css`
  ${themeTokens}
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
    color: var(--_ag-text);
    background: var(--_ag-background);
    /* --actor-graph-font is a font family, as <actor-graph> reads it. */
    font: 14px/1.4 var(--_ag-font);
    color-scheme: light;
  }
  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--_ag-rule);
  }
  h1 {
    font-size: 1.15rem;
    margin: 0;
    flex: 1 1 auto;
  }
  .summary {
    color: var(--_ag-muted);
    font-size: 0.9em;
  }
  /* A graph from another site: as plain to see as a problem, in a colour of its own. */
  .origin {
    grid-area: origin;
    margin: 0;
    padding: 0.4rem 1rem;
    font-weight: 600;
    background: var(--_ag-warning-background);
    color: var(--_ag-warning);
    border-bottom: 1px solid currentColor;
    border-inline-start: 6px solid currentColor;
  }
  .problems {
    grid-area: problems;
    margin: 0;
    padding: 0.5rem 1rem;
    background: var(--_ag-error-background);
    color: var(--_ag-error);
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
    border-right: 1px solid var(--_ag-rule);
  }
  .details {
    grid-area: details;
    border-left: 1px solid var(--_ag-rule);
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
    border: 1px solid var(--_ag-rule);
    border-bottom: none;
    border-radius: 0.4rem 0.4rem 0 0;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_ag-accent-background);
    font-weight: 600;
  }
  [role='tabpanel'] {
    flex: 1 1 auto;
    min-height: 0;
    border-top: 1px solid var(--_ag-rule);
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
  }
  /* The drawing is handed the explorer's colours: left to itself, it would follow a dark system colour scheme in a light explorer. */
  ${handOnTheme('actor-graph')}
  button,
  .file-button {
    font: inherit;
    color: inherit;
  }
  /* Colours of their own: the system's dark buttons are too light for the dark theme's text. */
  header > button,
  .file-button,
  .problems button {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_ag-border);
    border-radius: 0.4rem;
    background: var(--_ag-button-background);
    cursor: pointer;
  }
  .file-button {
    display: inline-block;
  }
  .file-button:focus-within,
  :focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
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
    outline: 3px dashed var(--_ag-focus-ring);
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
export const darkTheme = darkThemeAttribute;

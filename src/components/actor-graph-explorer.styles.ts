import { css } from 'lit';
import { reducedMotion } from './reduced-motion.styles.ts';
import { darkThemeAttribute, handOnTheme, themeTokens } from './theme.styles.ts';

/** Styles of `<actor-graph-explorer>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const explorerStyles = css`
  ${themeTokens}
  /* The drawing takes what the one column of panels leaves; a collapsed column leaves it all. */
  :host {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto auto auto auto auto minmax(0, 1fr);
    grid-template-areas:
      'header header'
      'edit edit'
      'origin origin'
      'notices notices'
      'problems problems'
      'main side';
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
    gap: 0.3rem 0.75rem;
    padding: 0.25rem 1rem;
    border-bottom: 1px solid var(--_ag-rule);
  }
  h1 {
    font-size: 1.15rem;
    margin: 0;
    flex: 1 1 auto;
  }
  /* Out of sight until the keyboard reaches it: the first stop of the page. */
  header > .skip-link {
    position: absolute;
    z-index: 10;
    inset-inline-start: 0.5rem;
    inset-block-start: 0.5rem;
    padding: 0.4rem 0.75rem;
    border: 2px solid var(--_ag-focus-ring);
    border-radius: 0.4rem;
    background: var(--_ag-background);
    color: var(--_ag-text);
    font-weight: 600;
    transform: translateY(-200%);
  }
  header > .skip-link:focus {
    transform: none;
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
  /* How a file was read: told plainly, dismissed when read; empty, it takes no room. */
  .notices {
    grid-area: notices;
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    background: var(--_ag-accent-background);
    border-inline-start: 6px solid var(--_ag-accent);
  }
  .notices[data-shown] {
    padding: 0.4rem 1rem;
    border-bottom: 1px solid var(--_ag-rule);
  }
  .notices:not([data-shown]) {
    border: none;
  }
  .notice-lines {
    flex: 1 1 auto;
    min-width: 0;
  }
  .notices ul {
    margin: 0.2rem 0 0;
    padding-left: 1.25rem;
    max-height: 7rem;
    overflow: auto;
    overflow-wrap: anywhere;
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
  /* The panels scroll inside their column; the page itself never does. */
  .side {
    grid-area: side;
    box-sizing: border-box;
    width: 18rem;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border-inline-start: 1px solid var(--_ag-rule);
  }
  .side[hidden] {
    display: none;
  }
  .panel h2 {
    margin: 0;
    font-size: 1rem;
  }
  .panel h2 button {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    width: 100%;
    padding: 0.3rem 0.25rem;
    border: none;
    border-bottom: 1px solid var(--_ag-rule);
    background: transparent;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  /* The open or closed state is drawn by the chevron's direction as well as said by aria-expanded. */
  .chevron {
    width: 0.45rem;
    height: 0.45rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .panel h2 button[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  /* A panel wider than its column (a long table) scrolls sideways inside it rather than widen the page. */
  .panel,
  .panel-body {
    min-width: 0;
  }
  .panel-body {
    padding-block: 0.5rem;
    overflow-x: auto;
  }
  .panel-body[hidden] {
    display: none;
  }
  .appearance {
    margin: 0.75rem 0 0;
    border: 1px solid var(--_ag-border);
    border-radius: 0.4rem;
    padding: 0.4rem 0.6rem 0.6rem;
    display: grid;
    gap: 0.4rem;
  }
  .appearance legend {
    font-weight: 600;
  }
  .appearance label {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  select {
    font: inherit;
    color: var(--_ag-text);
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 0.3rem;
    padding: 0.15rem 0.3rem;
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
  }
  [role='tab'] {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_ag-border);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [role='tab']:first-child {
    border-radius: 0.4rem 0 0 0.4rem;
  }
  [role='tab']:last-child {
    border-radius: 0 0.4rem 0.4rem 0;
    border-inline-start: none;
  }
  /* The tab in front is marked by weight and an underline as well as by its background. */
  [role='tab'][aria-selected='true'] {
    background: var(--_ag-accent-background);
    font-weight: 600;
    text-decoration: underline 2px;
    text-underline-offset: 0.25em;
  }
  [role='tabpanel'] {
    flex: 1 1 auto;
    min-height: 0;
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
  /*
   * The time bar's height once its bars are drawn, kept from the start: growing when the graph
   * arrives, it would shrink the drawing just laid out and move every actor under the pointer.
   */
  actor-graph-timebar {
    flex: none;
    min-block-size: 7.6rem;
    border-top: 1px solid var(--_ag-rule);
  }
  /* Shorter bars than the time bar's own: height goes to the drawing, the years stay readable. */
  actor-graph-timebar::part(histogram) {
    block-size: 2.5rem;
  }
  /* The drawing is handed the explorer's colours: left to itself, it would follow a dark system colour scheme in a light explorer. */
  ${handOnTheme('actor-graph, actor-graph-timebar')}
  button,
  .file-button {
    font: inherit;
    color: inherit;
  }
  /* Colours of their own: the system's dark buttons are too light for the dark theme's text. */
  header > button,
  .file-button,
  .notices button,
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
  .file-button[hidden] {
    display: none;
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
  /* A phone: the drawing fills the width under the header, the panels follow below it, one under another. */
  @media (max-width: 900px) {
    :host {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: repeat(7, max-content);
      grid-template-areas: 'header' 'edit' 'origin' 'notices' 'problems' 'main' 'side';
      align-content: start;
      /* Within the height the page gives, the explorer scrolls: the drawing first, the panels below. */
      overflow-y: auto;
    }
    header {
      padding: 0.4rem 0.5rem;
    }
    header {
      gap: 0.3rem 0.4rem;
    }
    h1 {
      flex-basis: 100%;
      font-size: 1rem;
    }
    header > button,
    .file-button,
    [role='tab'] {
      padding-inline: 0.5rem;
    }
    [role='tabpanel'] {
      flex: none;
      height: 62svh;
      min-height: 18rem;
    }
    .side {
      width: auto;
      overflow: visible;
      border-inline-start: none;
      border-top: 1px solid var(--_ag-rule);
    }
  }
  ${reducedMotion}
`;

/** The dark theme: only custom properties change, so every inner element follows. */
export const darkTheme = darkThemeAttribute;

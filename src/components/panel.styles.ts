import { css } from 'lit';
import { themeTokens } from './theme.styles.ts';

/** The theme and a host that is a block of text in its colour, in the page's font. */
export const blockHost = css`
  ${themeTokens}
  :host {
    display: block;
    font: inherit;
    color: var(--_ag-text);
  }
`;

/** The host rules every analysis panel shares: a block in the theme's colours, hideable. */
export const panelHost = css`
  ${blockHost}
  :host {
    background: var(--_ag-background);
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

/** The declarations of a text field in the theme's colours, to put inside a rule. */
export const textField = css`
  font: inherit;
  color: var(--_ag-text);
  background: var(--_ag-background);
  border: 1px solid var(--_ag-border);
  border-radius: 4px;
`;

/** The declarations of small print in the muted colour (hints, kinds, "nothing found"), to put inside a rule. */
export const smallPrint = css`
  font-size: 0.875em;
  color: var(--_ag-muted);
`;

/** A placeholder readable in both themes: the browser's own grey is too faint on the dark background. */
export const readablePlaceholder = css`
  input::placeholder {
    color: var(--_ag-muted);
    opacity: 1;
  }
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

/** A list of suggestions under a text field (role listbox), its options and the one picked by keys. */
export const suggestionList = css`
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 2px 0 0;
    padding: 0.25rem 0;
    list-style: none;
    max-block-size: 18rem;
    overflow-y: auto;
    background: var(--_ag-background);
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    box-shadow: 0 4px 12px var(--_ag-shadow);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.3rem 0.6rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_ag-selected-background);
    outline: 2px solid var(--_ag-focus-ring);
    outline-offset: -2px;
  }
`;

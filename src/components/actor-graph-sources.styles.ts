import { css } from 'lit';
import { outlinedButton, panelButtons, panelHost, readablePlaceholder, smallPrint, textField, visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-sources>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${panelHost}
  :host {
    line-height: 1.45;
  }
  ${panelButtons}
  p {
    margin: 0.3rem 0;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    margin-block: 0.4rem;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  select,
  textarea {
    ${textField}
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.3rem 0.45rem;
  }
  textarea {
    resize: vertical;
  }
  ${readablePlaceholder}
  [aria-invalid='true'] {
    border-color: var(--_ag-error);
    border-width: 2px;
  }
  .error {
    margin: 0;
    font-size: 0.875em;
    color: var(--_ag-error);
  }
  .hint,
  .caption,
  .empty {
    ${smallPrint}
  }
  .hint.problem {
    color: var(--_ag-error);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.4rem;
  }
  /* A file picked before its new source had a title, waiting to be opened. */
  .held p {
    overflow-wrap: anywhere;
  }
  .file-name {
    font-weight: 600;
  }
  .file-button {
    ${outlinedButton}
    display: inline-block;
    font-weight: normal;
  }
  .file-button:focus-within {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  /* The label stands for the input, which stays in the tab order. */
  .file-button input {
    position: absolute;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
  }
  button.primary {
    font-weight: 600;
    border-width: 2px;
  }
  button:disabled {
    cursor: default;
    color: var(--_ag-muted);
    border-style: dashed;
    border-color: var(--_ag-border);
  }
  .text {
    max-block-size: 60vh;
    overflow: auto;
    margin-block: 0.5rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_ag-rule);
    border-radius: 4px;
    scroll-behavior: smooth;
  }
  .text:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  .block {
    display: grid;
    grid-template-columns: 2.75rem 1fr;
    align-items: baseline;
  }
  h3.block {
    display: block;
    margin: 0.75rem 0 0.25rem 2.75rem;
    font-size: 1em;
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    /* Outside the words to quote: a selection dragged over it does not pick it up. */
    user-select: none;
  }
  .words {
    margin: 0.35rem 0;
    unicode-bidi: plaintext;
  }
  .unnumbered .words {
    ${smallPrint}
    font-size: 1em;
  }
  .words:focus {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 2px;
  }
  /* The quote shown: a background of its own and an underline, so it shows without colour too. */
  mark {
    color: var(--_ag-text);
    background: var(--_ag-warning-background);
    text-decoration: underline 2px var(--_ag-warning);
    text-underline-offset: 3px;
  }
  .cite-bar {
    margin-block: 0.5rem;
  }
  .cite-bar p {
    margin: 0.2rem 0 0;
    overflow-wrap: anywhere;
  }
  .cite-form {
    margin-block: 0.5rem;
    padding: 0.5rem 0.6rem;
    border-inline-start: 4px solid var(--_ag-accent);
    background: var(--_ag-notice-background);
  }
  .cite-form input[type='text'] {
    background: var(--_ag-background);
  }
  blockquote {
    margin: 0.3rem 0;
    padding-inline-start: 0.6rem;
    border-inline-start: 2px solid var(--_ag-border);
    overflow-wrap: anywhere;
  }
  fieldset {
    margin: 0.75rem 0 0;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_ag-rule);
    border-radius: 4px;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .status:empty {
    display: none;
  }
  ${visuallyHidden}
  ${reducedMotion}
`;

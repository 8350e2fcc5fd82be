import { css } from 'lit';
import { panelButtons, panelHost, smallPrint, suggestionList, textField } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-path-finder>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const pathFinderStyles = css`
  ${panelHost}
  form {
    display: grid;
    gap: 0.75rem;
  }
  .ends {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .field {
    position: relative;
    display: grid;
    gap: 0.25rem;
    flex: 1 1 10rem;
  }
  ${suggestionList}
  [role='listbox'] {
    top: 100%;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option-label {
    font-weight: 600;
  }
  .alias {
    ${smallPrint}
  }
  fieldset {
    border: 1px solid var(--_ag-border);
    border-radius: 4px;
    margin: 0;
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  input[type='text'],
  input[type='number'] {
    ${textField}
    padding: 0.25rem 0.4rem;
  }
  input[type='number'] {
    width: 3.5rem;
  }
  .note {
    font-size: 0.875em;
    font-style: italic;
  }
  button[type='submit'] {
    justify-self: start;
    color: var(--_ag-accent-text);
    background: var(--_ag-accent);
  }
  ${panelButtons}
  .status {
    font-weight: 600;
    margin: 0.75rem 0 0.5rem;
  }
  .narrowing {
    margin-block-end: 0.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
  }
  .narrowing .sign {
    min-width: 1.2em;
    font-size: 0.875em;
  }
  .count {
    margin: 0 0 0.5rem;
    ${smallPrint}
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  button[aria-pressed='true'] {
    color: var(--_ag-accent-text);
    background: var(--_ag-accent);
  }
  .when {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.35em;
    border: 1px solid var(--_ag-border);
    border-radius: 3px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .variant-list {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .variant[aria-current='true'] .variant-head {
    font-weight: 700;
  }
  .variant-head {
    margin: 0;
  }
  .differing {
    margin: 0.15rem 0 0.35rem;
    padding-inline-start: 1rem;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  ol.paths {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  li.path {
    border: 1px solid var(--_ag-border);
    border-inline-start-width: 6px;
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
  }
  li.path.friendly {
    border-inline-start-color: var(--_ag-cooperation);
  }
  li.path.hostile {
    border-inline-start-color: var(--_ag-hostility);
  }
  li.path.uncertain {
    border-inline-start-color: var(--_ag-contested);
  }
  li.path[aria-current='true'] {
    box-shadow: 0 0 0 2px var(--_ag-accent);
  }
  .sign {
    display: inline-block;
    min-width: 1.4em;
    text-align: center;
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: 50%;
    margin-inline-end: 0.35em;
  }
  .friendly .sign {
    border-color: var(--_ag-cooperation);
  }
  .hostile .sign {
    border-color: var(--_ag-hostility);
  }
  .uncertain .sign {
    border-color: var(--_ag-contested);
  }
  .head,
  .reading {
    margin: 0 0 0.35rem;
  }
  .steps {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.5rem;
  }
  .evidence {
    margin: 0.2rem 0 0.4rem;
    padding-inline-start: 1.1rem;
    font-size: 0.925em;
  }
  cite {
    font-style: italic;
  }
  ${reducedMotion}
`;

import { css } from 'lit';
import { panelButtons, panelHost, textField } from './panel.styles.ts';
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
  label.field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 10rem;
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

import { css } from 'lit';
import { panelButtons, panelHost } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-path-finder>`; colours come from `--actor-graph-*` properties. */
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
    border: 1px solid var(--actor-graph-border, #767676);
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
    font: inherit;
    color: inherit;
    background: var(--actor-graph-background, #ffffff);
    border: 1px solid var(--actor-graph-border, #767676);
    border-radius: 4px;
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
    color: var(--actor-graph-accent-text, #ffffff);
    background: var(--actor-graph-accent, #005a9c);
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
    border: 1px solid var(--actor-graph-border, #767676);
    border-inline-start-width: 6px;
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
  }
  li.path.friendly {
    border-inline-start-color: var(--actor-graph-cooperation, #009e73);
  }
  li.path.hostile {
    border-inline-start-color: var(--actor-graph-hostility, #d55e00);
  }
  li.path.uncertain {
    border-inline-start-color: var(--actor-graph-contested, #0072b2);
  }
  li.path[aria-current='true'] {
    box-shadow: 0 0 0 2px var(--actor-graph-accent, #005a9c);
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
    border-color: var(--actor-graph-cooperation, #009e73);
  }
  .hostile .sign {
    border-color: var(--actor-graph-hostility, #d55e00);
  }
  .uncertain .sign {
    border-color: var(--actor-graph-contested, #0072b2);
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

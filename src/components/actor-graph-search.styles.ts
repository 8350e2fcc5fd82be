import { css } from 'lit';
import { visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-search>`; colours come from `--actor-graph-*` properties with light defaults. */
export const styles = css`
  :host {
    display: block;
    position: relative;
    font: inherit;
    color: var(--actor-graph-text, #1a1a1a);
  }
  [hidden] {
    display: none !important;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    padding: 0.4rem 0.5rem;
    color: var(--actor-graph-text, #1a1a1a);
    background: var(--actor-graph-background, #ffffff);
    border: 1px solid var(--actor-graph-border, #767676);
    border-radius: 4px;
  }
  input:focus-visible {
    outline: 3px solid var(--actor-graph-focus, #1a5fb4);
    outline-offset: 1px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 2px 0 0;
    padding: 0.25rem 0;
    list-style: none;
    max-block-size: 20rem;
    overflow-y: auto;
    background: var(--actor-graph-background, #ffffff);
    border: 1px solid var(--actor-graph-border, #767676);
    border-radius: 4px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.35rem 0.6rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--actor-graph-selected-background, #dbe8fa);
    outline: 2px solid var(--actor-graph-focus, #1a5fb4);
    outline-offset: -2px;
  }
  .label {
    font-weight: 600;
  }
  .kind,
  .alias {
    font-size: 0.875em;
    color: var(--actor-graph-muted, #555555);
  }
  .empty {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--actor-graph-muted, #555555);
  }
  ${visuallyHidden}
  ${reducedMotion}
`;

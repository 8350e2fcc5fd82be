import { css } from 'lit';
import { panelButtons, panelHost, visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';
import { systemDarkTokens } from './theme.styles.ts';

/**
 * Styles of `<actor-graph-timebar>`; colours come from `--actor-graph-*` properties, else the
 * theme's, dark when the system asks for dark (as `<actor-graph>`, which it sits under).
 */
export const styles = css`
  ${panelHost}
  ${systemDarkTokens}
  ${panelButtons}
  ${visuallyHidden}
  :host {
    font-size: 0.875rem;
  }
  .bar {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.4rem 0.75rem;
  }
  .controls,
  .readout {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .readout {
    flex-direction: column;
    align-items: stretch;
    min-inline-size: 9rem;
  }
  .controls button {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-block-size: 2rem;
  }
  .controls .play {
    min-inline-size: 5.5rem;
  }
  .controls svg {
    inline-size: 0.85rem;
    block-size: 0.85rem;
    fill: currentColor;
    flex: none;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .date {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .change {
    color: var(--_ag-muted);
    font-variant-numeric: tabular-nums;
  }
  .track {
    position: relative;
    min-inline-size: 0;
    padding-block-start: 6px;
    touch-action: none;
    cursor: pointer;
    user-select: none;
  }
  .columns {
    display: flex;
    align-items: stretch;
    block-size: 3.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-end: 1px solid var(--_ag-border);
  }
  .column {
    position: relative;
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .column.current {
    background: var(--_ag-accent-background);
    box-shadow: inset 0 0 0 1px var(--_ag-accent);
  }
  .stack {
    position: absolute;
    inset-inline: 12%;
    inset-block-end: 0;
    display: flex;
    flex-direction: column-reverse;
  }
  .certain {
    background: var(--_ag-accent);
  }
  /* Possibly in force: striped and outlined, so it is told from certain by more than its colour, and lighter. */
  .possible {
    box-sizing: border-box;
    border: 1px solid color-mix(in srgb, var(--_ag-accent) 70%, transparent);
    border-block-end: none;
    background: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--_ag-accent) 40%, transparent) 4px 5px);
  }
  .changes {
    display: flex;
    block-size: 1rem;
    padding-block-start: 1px;
  }
  .changes .column {
    display: flex;
    align-items: flex-start;
    gap: 1px;
    justify-content: center;
  }
  .begin,
  .end {
    inline-size: 35%;
    max-inline-size: 6px;
    box-sizing: border-box;
  }
  .begin {
    background: var(--_ag-text);
  }
  .end {
    border: 1px solid var(--_ag-text);
    border-block-start: none;
  }
  .axis {
    position: relative;
    block-size: 1.1rem;
    color: var(--_ag-muted);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .axis span {
    position: absolute;
    inset-block-start: 0;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  /* The thumb of the slider: a line across the bars with a knob on top. */
  .handle {
    position: absolute;
    inset-block: 0 1.1rem;
    margin-inline-start: -1px;
    inline-size: 0;
    border-inline-start: 2px solid var(--_ag-text);
    pointer-events: none;
    outline: none;
    transition: left 0.25s ease-out;
  }
  .handle::before {
    content: '';
    position: absolute;
    inset-block-start: -2px;
    inset-inline-start: -9px;
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    background: var(--_ag-text);
    border: 2px solid var(--_ag-background);
  }
  .handle:focus-visible::before {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 1px;
  }
  /* Any time: no line, a hollow knob at the start. */
  .handle.any {
    border-inline-start-color: transparent;
  }
  .handle.any::before {
    background: var(--_ag-background);
    border-color: var(--_ag-text);
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_ag-muted);
    font-size: 0.75rem;
    grid-column: 2;
  }
  .key li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .key .swatch {
    display: inline-block;
    inline-size: 0.7rem;
    block-size: 0.7rem;
    position: static;
  }
  .key .begin,
  .key .end {
    inline-size: 0.4rem;
  }
  .empty {
    grid-column: 2;
    margin: 0;
    color: var(--_ag-muted);
  }
  @media (max-width: 40rem) {
    .bar {
      grid-template-columns: minmax(0, 1fr);
    }
    .key {
      grid-column: 1;
    }
  }
  ${reducedMotion}
`;

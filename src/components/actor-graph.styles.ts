import { css } from 'lit';
import { reducedMotion } from './reduced-motion.styles.ts';
import { emphasisStyles } from './actor-graph.emphasis.styles.ts';
import { systemDarkTokens, themeTokens } from './theme.styles.ts';

/**
 * Styles of `<actor-graph>`. Its colours follow the system's light or dark scheme unless a page
 * sets `--actor-graph-*` on the element or an ancestor; the drawing reads them through the
 * element's `--_ag-*` copies.
 */
export default css`
  ${themeTokens}
  ${systemDarkTokens}
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    height: 480px;
    overflow: hidden;
    color: var(--_ag-text);
    background: var(--_ag-background);
    font-family: var(--_ag-font);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  .hint {
    position: absolute;
    inset: auto 0 0.75rem;
    width: fit-content;
    margin: 0 auto;
    padding: 0.4rem 0.75rem;
    border-radius: 4px;
    background: var(--_ag-text);
    color: var(--_ag-background);
    font-size: 0.875rem;
    pointer-events: none;
  }
  .hint[hidden] {
    display: none;
  }
  .canvas {
    position: relative;
    flex: 1 1 auto;
    /* The host's height whatever its display (a page may make it a block); a flex host shrinks it for the legend. */
    height: 100%;
    min-height: 0;
    outline: none;
  }
  .drawing {
    position: absolute;
    inset: 0;
  }
  .canvas:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: -3px;
  }
  actor-graph-legend {
    flex: none;
    max-height: 40%;
    overflow: auto;
    padding: 6px 10px;
    border-top: 1px solid color-mix(in srgb, var(--_ag-text) 20%, transparent);
  }
  .error {
    position: absolute;
    top: 8px;
    left: 8px;
    right: 8px;
    max-height: 50%;
    overflow: auto;
    padding: 8px 12px;
    border-radius: 4px;
    border: 2px solid var(--_ag-hostility);
    background: var(--_ag-background);
    color: var(--_ag-text);
    font-size: 13px;
  }
  .error p {
    margin: 0 0 0.3em;
    font-weight: 600;
  }
  .error ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error code {
    font-family: ui-monospace, monospace;
  }
  .error button {
    float: right;
    font: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  ${emphasisStyles}
  ${reducedMotion}
`;

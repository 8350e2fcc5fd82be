import { css } from 'lit';

/** Styles of `<actor-graph>`'s zoom buttons and relation tooltip. */
export const emphasisStyles = css`
  .zoom-controls {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .zoom-controls button {
    min-width: 2.25rem;
    min-height: 2.25rem;
    padding: 0 0.4rem;
    font: inherit;
    font-size: 1rem;
    font-weight: 600;
    color: var(--_ag-text);
    background: var(--_ag-background);
    border: 1px solid color-mix(in srgb, var(--_ag-text) 55%, transparent);
    border-radius: 4px;
    cursor: pointer;
  }
  .zoom-controls button:hover {
    background: color-mix(in srgb, var(--_ag-highlight) 15%, var(--_ag-background));
  }
  .zoom-controls button:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 1px;
  }
  .relation-tip {
    position: absolute;
    z-index: 2;
    transform: translate(-50%, calc(-100% - 10px));
    display: grid;
    gap: 2px;
    max-width: 18rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_ag-text);
    border-radius: 4px;
    background: var(--_ag-background);
    color: var(--_ag-text);
    font-size: 0.8125rem;
    line-height: 1.3;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
`;

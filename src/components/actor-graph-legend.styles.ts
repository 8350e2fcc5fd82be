import { css } from 'lit';
import { reducedMotion } from './reduced-motion.styles.ts';
import { systemDarkTokens, themeTokens } from './theme.styles.ts';

/** Styles of `<actor-graph-legend>`; its colours follow the system's scheme, as `<actor-graph>`'s do. */
export default css`
  ${themeTokens}
  ${systemDarkTokens}
  :host {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
    font: 12px/1.3 var(--_ag-font);
    color: var(--_ag-text);
  }
  :host([hidden]) {
    display: none;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
  }
  h2 {
    font-size: inherit;
    font-weight: 600;
    margin: 0;
  }
  ul {
    display: contents;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 20px;
  }
  svg {
    flex: none;
    overflow: visible;
  }
  .line {
    fill: none;
  }
  .cooperation {
    stroke: var(--_ag-cooperation);
  }
  .hostility {
    stroke: var(--_ag-hostility);
  }
  .contested {
    stroke: var(--_ag-contested);
  }
  .possible,
  .added {
    stroke: var(--_ag-text);
  }
  .mark {
    fill: var(--_ag-background);
    stroke: var(--_ag-text);
    stroke-width: 1;
  }
  .mark-text {
    fill: var(--_ag-text);
    font-weight: 700;
    font-size: 13px;
  }
  .shape {
    fill: var(--_ag-node-fill);
    stroke: var(--_ag-node-border);
    stroke-width: 1.5;
  }
  ${reducedMotion}
`;

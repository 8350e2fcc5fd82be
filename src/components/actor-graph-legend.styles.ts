import { css } from 'lit';
import { reducedMotion } from './reduced-motion.styles.ts';

export default css`
  :host {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
    font: 12px/1.3 var(--_ag-font, system-ui, sans-serif);
    color: var(--_ag-text, #1a1a1a);
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
    stroke: var(--_ag-cooperation, #009e73);
  }
  .hostility {
    stroke: var(--_ag-hostility, #d55e00);
  }
  .contested {
    stroke: var(--_ag-contested, #0072b2);
  }
  .shape {
    fill: var(--_ag-node-fill, #f2f2f2);
    stroke: var(--_ag-node-border, #4d4d4d);
    stroke-width: 1.5;
  }
  ${reducedMotion}
`;

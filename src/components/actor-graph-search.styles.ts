import { css } from 'lit';
import { blockHost, readablePlaceholder, smallPrint, suggestionList, textField, visuallyHidden } from './panel.styles.ts';
import { reducedMotion } from './reduced-motion.styles.ts';

/** Styles of `<actor-graph-search>`; colours come from `--actor-graph-*` properties, else the theme's. */
export const styles = css`
  ${blockHost}
  :host {
    position: relative;
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
    ${textField}
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4rem 0.5rem;
  }
  ${readablePlaceholder}
  input:focus-visible {
    outline: 3px solid var(--_ag-focus-ring);
    outline-offset: 1px;
  }
  ${suggestionList}
  .label {
    font-weight: 600;
  }
  .kind,
  .alias {
    ${smallPrint}
  }
  .empty {
    margin: 0.25rem 0 0;
    ${smallPrint}
  }
  ${visuallyHidden}
  ${reducedMotion}
`;

/**
 * The line sample of a relation type, drawn as the graph draws it (same width, dash and colour
 * property), so that every panel shows one visual language. A template helper, not an element.
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import type { RelationType } from '../model/format.ts';
import { RELATION_LINES } from '../view/style.ts';

/** An inline SVG line sample for `type`; decorative (the type's name is always written beside it). */
export function relationSwatch(type: RelationType): SVGTemplateResult {
  const line = RELATION_LINES[type];
  // Dashes are scaled down with the line so that a short sample still shows its pattern.
  const dash = line.dash.map((d) => d * 0.6).join(' ');
  return svg`<svg class="swatch ${type}" part="swatch" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
    <line x1="0" y1="6" x2="36" y2="6" stroke-width=${line.width * 0.8} stroke-dasharray=${dash || 'none'}></line>
  </svg>`;
}

/** Styles for `relationSwatch`, to add to the styles of an element that has the theme's tokens (theme.styles.ts). */
export const swatchStyles = css`
  .swatch {
    flex: none;
    inline-size: 2.25rem;
    block-size: 0.75rem;
    vertical-align: middle;
  }
  .swatch line {
    fill: none;
  }
  .swatch.cooperation line {
    stroke: var(--_ag-cooperation);
  }
  .swatch.hostility line {
    stroke: var(--_ag-hostility);
  }
  .swatch.contested line {
    stroke: var(--_ag-contested);
  }
`;

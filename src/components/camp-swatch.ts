/**
 * The legend's groups for camps, contradicting relations and sized actors, each drawn as the
 * graph draws it: a camp's fill and outline pattern, the × on a contradicting relation, the
 * smallest and largest actor. A template helper, not an element; `<actor-graph-legend>` shows it.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { CampLegend } from '../view/camp-legend.ts';
import { CONTRADICTION_LABEL, CONTRADICTION_LOOK, type CampLook } from '../view/camp-style.ts';

const WIDTH = 36;
const HEIGHT = 18;

/** A camp's actor: its fill, and its outline in the text colour with the camp's pattern. */
function campSwatch(look: CampLook): TemplateResult {
  const r = HEIGHT / 2 - 2;
  const [cx, cy] = [WIDTH / 2, HEIGHT / 2];
  const dash = look.border === 'dashed' ? '4 2' : look.border === 'dotted' ? '0.1 3' : '';
  const outline =
    look.border === 'double'
      ? svg`<circle class="camp-outline" cx=${cx} cy=${cy} r=${r} stroke-width="1.2"></circle>
        <circle class="camp-outline" cx=${cx} cy=${cy} r=${r - 3} stroke-width="1.2"></circle>`
      : svg`<circle class="camp-outline" cx=${cx} cy=${cy} r=${r} stroke-width=${look.border === 'dotted' ? 2.2 : look.border === 'solid' ? 2.6 : 1.8}
          stroke-dasharray=${dash || nothing} stroke-linecap=${look.border === 'dotted' ? 'round' : 'butt'}></circle>`;
  return html`<svg width=${WIDTH} height=${HEIGHT} aria-hidden="true">
    ${svg`<circle cx=${cx} cy=${cy} r=${r} fill=${look.fill}></circle>${outline}`}
  </svg>`;
}

function contradictionSwatch(): TemplateResult {
  const [x, y] = [WIDTH / 2, HEIGHT / 2];
  return html`<svg width=${WIDTH} height=${HEIGHT} aria-hidden="true">
    ${svg`<line class="line contradiction" x1="0" y1=${y} x2=${WIDTH} y2=${y} stroke-width="2.5"></line>
      <rect class="mark" x=${x - 7} y=${y - 8} width="14" height="16" rx="3" stroke-width="2"></rect>
      <text class="mark-text" x=${x} y=${y + 5} text-anchor="middle">${CONTRADICTION_LOOK.mark}</text>`}
  </svg>`;
}

/** An actor drawn `size` pixels wide, at half scale so the largest fits a legend line. */
function sizeSwatch(size: number): TemplateResult {
  const r = size / 4;
  return html`<svg width=${Math.ceil(2 * r + 2)} height=${Math.max(HEIGHT, Math.ceil(2 * r + 2))} aria-hidden="true">
    ${svg`<circle class="shape" cx=${r + 1} cy=${Math.max(HEIGHT, 2 * r + 2) / 2} r=${r}></circle>`}
  </svg>`;
}

/** The camps, the contradiction mark and the size scale, each a group of the legend when shown. */
export function campLegendGroups(legend: CampLegend): TemplateResult {
  const { camps, contradictions, size } = legend;
  return html`${
    camps.length
      ? html`<div class="group">
          <h2 id="camps">Camps</h2>
          <ul part="camps" aria-labelledby="camps">
            ${camps.map((item) => html`<li data-camp=${item.camp}>${campSwatch(item.look)}<span>${item.label}</span></li>`)}
            ${contradictions ? html`<li data-contradiction>${contradictionSwatch()}<span>${CONTRADICTION_LABEL}</span></li>` : nothing}
          </ul>
        </div>`
      : nothing
  }${
    size
      ? html`<div class="group">
          <h2 id="size">${size.title}</h2>
          <ul part="size" aria-labelledby="size">
            <li data-size="least">${sizeSwatch(size.least.size)}<span>${size.least.text}</span></li>
            <li data-size="greatest">${sizeSwatch(size.greatest.size)}<span>${size.greatest.text}</span></li>
          </ul>
        </div>`
      : nothing
  }`;
}

/** Styles for `campLegendGroups`, beside the legend's own (which style `.line`, `.mark` and `.shape`). */
export const campSwatchStyles = css`
  .camp-outline {
    fill: none;
    stroke: var(--_ag-text);
  }
  .contradiction {
    stroke: var(--_ag-text);
  }
`;

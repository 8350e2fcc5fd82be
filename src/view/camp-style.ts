/**
 * How camps, the relations that contradict them and sized actors are drawn: the data and class
 * names the drawing carries, and the stylesheet rules that read them. Pure, like style.ts, so
 * the legend and tests share the numbers.
 */
import type { Theme } from './theme.ts';

/** How one camp's actors are drawn: a fill, and an outline pattern that tells it without colour. */
export interface CampLook {
  fill: string;
  border: 'solid' | 'dashed' | 'dotted' | 'double';
  borderWidth: number;
  /** Words for the look, for the legend's text alternative. */
  description: string;
}

/**
 * Fills for camps, one set for both themes: each stands out at least 3:1 from the light and the
 * dark background and from the text colour of either theme, which draws the outline (checked in
 * tests/view/camp-style.test.ts). The hues keep clear of the relation colours.
 */
export const CAMP_FILLS = ['#8a63d2', '#a07a00', '#c0587e', '#3d8fb0', '#6b8e23', '#8d6e63'] as const;

/**
 * Outline patterns, in camp order; after four they repeat with another fill. The first camps
 * get the patterns least like the plain thin outline of an actor in no camp.
 */
const BORDERS: readonly Pick<CampLook, 'border' | 'borderWidth' | 'description'>[] = [
  { border: 'dashed', borderWidth: 3, description: 'dashed outline' },
  { border: 'dotted', borderWidth: 4, description: 'dotted outline' },
  { border: 'double', borderWidth: 6, description: 'double outline' },
  { border: 'solid', borderWidth: 4, description: 'heavy solid outline' },
];

/** The look of camp `n` (from 1). */
export function campLook(n: number): CampLook {
  const i = Math.max(0, n - 1);
  const fillName = ['violet', 'ochre', 'rose', 'steel blue', 'olive', 'taupe'][i % CAMP_FILLS.length]!;
  const border = BORDERS[i % BORDERS.length]!;
  return { fill: CAMP_FILLS[i % CAMP_FILLS.length]!, ...border, description: `${fillName} fill, ${border.description}` };
}

/** The node data field holding an actor's camp number (from 1); absent when camps are not shown or it has none. */
export const CAMP_DATA = 'camp';
/**
 * The class of an actor drawn in camp `n`. Classes, not data, carry the look: cytoscape restyles
 * an element when a class goes, but not always when a data field is removed.
 */
export const campClass = (n: number) => `ag-camp-${n}`;
/** The node data field holding an actor's size in pixels at zoom 1; absent when actors are drawn at one size. */
export const SIZE_DATA = 'size';
/** The class of an actor drawn at its own size (`SIZE_DATA`). */
export const SIZED_CLASS = 'ag-sized';
/** The class of a relation that contradicts the camps shown. */
export const CONTRADICTS_CLASS = 'ag-contradicts';

/** How a relation that contradicts the camps is marked, whatever its type's line: a "×" at its middle. */
export const CONTRADICTION_LOOK = { mark: '×', description: 'line marked ×' } as const;

/** The legend's words for a relation that contradicts the camps. */
export const CONTRADICTION_LABEL = 'Contradicts the camps';

/** Camps a stylesheet has rules for; an actor of a later camp is drawn as no camp's. */
export const STYLED_CAMPS = 24;

/**
 * The stylesheet rules for camps, contradictions and sizes, to come after the rules for kinds
 * and relation types and before those for paths and the selection, which must win over them.
 */
export function campRules(theme: Theme): Record<string, unknown>[] {
  return [
    { selector: `node.${SIZED_CLASS}`, style: { width: `data(${SIZE_DATA})`, height: `data(${SIZE_DATA})` } },
    ...Array.from({ length: STYLED_CAMPS }, (_, i) => {
      const look = campLook(i + 1);
      return {
        selector: `node.${campClass(i + 1)}`,
        style: { 'background-color': look.fill, 'border-color': theme.text, 'border-style': look.border, 'border-width': look.borderWidth },
      };
    }),
    {
      selector: `edge.${CONTRADICTS_CLASS}`,
      style: {
        label: CONTRADICTION_LOOK.mark,
        color: theme.text,
        'font-family': theme.font,
        'font-size': 16,
        'font-weight': 'bold',
        'text-background-color': theme.background,
        'text-background-opacity': 1,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        'text-border-color': theme.text,
        'text-border-width': 2,
        'text-border-opacity': 1,
      },
    },
  ];
}

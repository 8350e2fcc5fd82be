/**
 * What the drawing stresses beyond the view's filter, focus and highlight: every path at once
 * with its relations as wide as the paths using them, the selected relation wider than its
 * neighbours, and actors left with no relation shown at the view's date faded.
 */
import type { Core } from 'cytoscape';
import type { RelationType } from '../model/format.ts';
import { CLASSES, RELATION_LINES, type Theme } from './style.ts';

export const EMPHASIS_CLASSES = {
  /** A relation drawn with the number of paths using it. */
  weighted: 'ag-weighted',
  /** An actor drawn whose relations are all left out at the view's date or types. */
  idle: 'ag-idle',
} as const;

/** Opacity of an actor with no relation shown: still legible, plainly set back. */
export const IDLE_OPACITY = 0.35;

/** How much wider the selected relation is drawn than its type's line, in pixels at zoom 1. */
export const SELECTED_EXTRA_WIDTH = 3;

/** The narrowest and widest line of a relation used by paths, in pixels at zoom 1. */
export const WEIGHT_WIDTHS = { least: 3, most: 12 } as const;

/**
 * The width of a relation used by `count` of the paths shown when the most used is used by
 * `most`: in proportion, between `WEIGHT_WIDTHS.least` and `WEIGHT_WIDTHS.most`, so that one
 * path alone draws its relations at the narrowest.
 */
export function weightWidth(count: number, most: number): number {
  if (most <= 1) return WEIGHT_WIDTHS.least;
  const share = (Math.min(count, most) - 1) / (most - 1);
  return Math.round((WEIGHT_WIDTHS.least + share * (WEIGHT_WIDTHS.most - WEIGHT_WIDTHS.least)) * 10) / 10;
}

/**
 * Marks the relations of `weights` (relation id → paths using it) with their count and width,
 * clearing marks left from before; null clears them all.
 */
export function applyWeights(cy: Core, weights: ReadonlyMap<string, number> | null): void {
  const most = weights ? Math.max(0, ...weights.values()) : 0;
  cy.batch(() => {
    cy.edges(`.${EMPHASIS_CLASSES.weighted}`).forEach((edge) => {
      if (weights?.has(edge.id())) return;
      edge.removeClass(EMPHASIS_CLASSES.weighted);
      edge.removeData('pathCount pathWidth');
    });
    for (const [id, count] of weights ?? []) {
      const edge = cy.getElementById(id);
      if (edge.empty() || !edge.isEdge()) continue;
      edge.data({ pathCount: String(count), pathWidth: weightWidth(count, most) });
      edge.addClass(EMPHASIS_CLASSES.weighted);
    }
  });
}

/**
 * Fades the actors drawn that have no relation drawn (all theirs left out by the date or the
 * types) and returns their ids; an actor hidden by a focus is not counted.
 */
export function markIdleActors(cy: Core): string[] {
  // Actors joined by a shown relation, from one pass over the relations: asking each actor for
  // its relations makes a collection apiece, a tenth of a second at 1,000 actors.
  const joined = new Set<string>();
  cy.edges().forEach((edge) => {
    if (edge.hasClass(CLASSES.filtered) || edge.hasClass(CLASSES.unfocused)) return;
    joined.add(edge.data('source') as string);
    joined.add(edge.data('target') as string);
  });
  const idle: string[] = [];
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const on = !node.hasClass(CLASSES.unfocused) && !joined.has(node.id());
      if (on) idle.push(node.id());
      if (node.hasClass(EMPHASIS_CLASSES.idle) !== on) node.toggleClass(EMPHASIS_CLASSES.idle, on);
    });
  });
  return idle;
}

/** The stylesheet rules of the emphasis, to follow the drawing's own (later rules win). */
export function emphasisRules(theme: Theme): Record<string, unknown>[] {
  return [
    { selector: `node.${EMPHASIS_CLASSES.idle}`, style: { opacity: IDLE_OPACITY } },
    {
      selector: `edge.${EMPHASIS_CLASSES.weighted}`,
      style: {
        width: 'data(pathWidth)',
        label: 'data(pathCount)',
        color: theme.text,
        'font-family': theme.font,
        'font-size': 11,
        'font-weight': 'bold',
        'text-background-color': theme.background,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'round-rectangle',
      },
    },
    // The selected relation is told from its neighbours by its width and halo, not its colour.
    ...(Object.entries(RELATION_LINES) as [RelationType, { width: number }][]).map(([type, line]) => ({
      selector: `edge[type = "${type}"].${CLASSES.selected}`,
      style: { width: line.width + SELECTED_EXTRA_WIDTH, 'underlay-padding': 7 },
    })),
    { selector: `edge.${EMPHASIS_CLASSES.weighted}.${CLASSES.selected}`, style: { width: 'data(pathWidth)' } },
  ];
}

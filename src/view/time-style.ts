/**
 * How the drawing marks what a step in time changed: relations the step added stand out with a
 * wide halo and a "+" at their middle (so not by colour alone), relations it ended are drawn
 * faint a moment before they go. Pure: no DOM and no cytoscape at run time.
 */
import type { Theme } from './theme.ts';

/** Classes the time marks put on relations. */
export const TIME_CLASSES = { added: 'ag-added', ended: 'ag-ended' } as const;

/** The look of a relation added at the step shown, for the drawing and the legend. */
export const ADDED_LOOK = { mark: '+', haloPadding: 9, haloOpacity: 0.3, description: 'wide halo marked +' } as const;

/** Opacity a relation the step ended starts from, before it fades out. */
export const ENDED_OPACITY = 0.45;

/** The legend's words for a relation added at the step shown. */
export const ADDED_LABEL = 'Added at this step';

/**
 * The stylesheet rules of the marks. They go before the rule of possible relations, whose "?"
 * is kept on a possible relation that a step added.
 */
export function timeRules(theme: Theme): Record<string, unknown>[] {
  return [
    {
      selector: `edge.${TIME_CLASSES.added}`,
      style: {
        'underlay-color': theme.text,
        'underlay-opacity': ADDED_LOOK.haloOpacity,
        'underlay-padding': ADDED_LOOK.haloPadding,
        label: ADDED_LOOK.mark,
        color: theme.text,
        'font-family': theme.font,
        'font-size': 14,
        'font-weight': 'bold',
        'text-background-color': theme.background,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'round-rectangle',
        'text-border-color': theme.text,
        'text-border-width': 1,
        'text-border-opacity': 1,
      },
    },
    { selector: `edge.${TIME_CLASSES.ended}`, style: { opacity: ENDED_OPACITY, 'z-index': 0 } },
  ];
}

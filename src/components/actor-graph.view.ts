/**
 * The reader's view, shown on the drawing of one `<actor-graph>`: its filter, focus, highlight,
 * selection, emphasis and camps, all from the element's attributes and marks, and the text it
 * then shows around the drawing (legend, label, description, camp legend).
 */
import type { Core } from 'cytoscape';
import type { ActorGraph } from '../model/graph.ts';
import type { PathMarks } from '../model/path-groups.ts';
import type { CampLegend } from '../view/camp-legend.ts';
import { applyView, type ViewText } from '../view/drawing.ts';
import { graphViewFilter, type FilterAttributes } from '../view/filter-attributes.ts';
import type { ElementCamps } from './actor-graph.camps.ts';
import type { ElementEmphasis } from './actor-graph.emphasis.ts';

/** The attributes of the element that choose the view. */
export interface ViewAttributes extends FilterAttributes {
  types: string | null;
  asOf: string | null;
  possible: boolean;
  selected: string | null;
  camps: string;
  sizeBy: string;
  choose: Record<string, string>;
}

/** What the element marks beyond its attributes, and the controllers that draw the rest. */
export interface ViewParts {
  focus: { id: string; depth: number } | null;
  highlight: PathMarks | null;
  emphasis: ElementEmphasis;
  camps: ElementCamps;
}

/** Applies the view to the drawing; what the element shows around it. */
export function showView(cy: Core, graph: ActorGraph, view: ViewAttributes, parts: ViewParts): ViewText & { campLegend: CampLegend } {
  const { types, asOf, knownOn, possible, selected } = view;
  const text = applyView(cy, graph, { types, asOf, knownOn, possible, focus: parts.focus, highlight: parts.highlight, selected });
  parts.emphasis.apply(parts.highlight?.weights ?? null);
  parts.camps.apply(cy, graph, {
    camps: view.camps,
    sizeBy: view.sizeBy,
    options: { ...graphViewFilter(graph, view), choose: view.choose },
  });
  return { ...text, campLegend: parts.camps.legend };
}

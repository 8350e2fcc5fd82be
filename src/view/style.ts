/**
 * How the graph looks: the theme (src/view/theme.ts) read from `--actor-graph-*` custom
 * properties, the line of each relation type, the shape of each actor kind, and the cytoscape
 * stylesheet built from them. Pure: no DOM and no cytoscape at run time, so the legend and tests
 * share the numbers.
 */
import type { StylesheetJson } from 'cytoscape';
import type { RelationType } from '../model/format.ts';
import { LIGHT_THEME, THEME_PROPERTIES, type Theme } from './theme.ts';
import { emphasisRules } from './emphasis.ts';
import { campRules } from './camp-style.ts';
import { timeRules } from './time-style.ts';

// The themes have a module of their own, which the elements' stylesheets read too.
export { DARK_THEME, LIGHT_THEME, THEME_PROPERTIES, type Theme } from './theme.ts';

/**
 * Reads a theme. `read` gives a custom property's value ('' when unset); `color` turns a CSS
 * colour into one cytoscape understands, or null when it is not a colour. Unset or unreadable
 * values fall back to `fallback`.
 */
export function readTheme(
  read: (property: string) => string,
  color: (value: string) => string | null = (value) => value,
  fallback: Readonly<Theme> = LIGHT_THEME,
): Theme {
  const theme = { ...fallback };
  for (const key of Object.keys(THEME_PROPERTIES) as (keyof Theme)[]) {
    const raw = read(THEME_PROPERTIES[key]).trim();
    if (raw === '') continue;
    if (key === 'font') theme.font = raw;
    else theme[key] = color(raw) ?? fallback[key];
  }
  return theme;
}

/** Something that parses CSS colours the way a canvas 2D context's `fillStyle` does. */
export interface ColorParser {
  fillStyle: string | CanvasGradient | CanvasPattern;
}

/**
 * A CSS colour as a canvas serialises it (`#rrggbb` or `rgba(…)`), which cytoscape reads, or
 * null when `value` is not a colour (an invalid colour leaves `fillStyle` unchanged, so two
 * different starting colours tell).
 */
export function normalizeColor(value: string, parser: ColorParser): string | null {
  parser.fillStyle = '#000000';
  parser.fillStyle = value;
  const first = String(parser.fillStyle);
  parser.fillStyle = '#ffffff';
  parser.fillStyle = value;
  return first === String(parser.fillStyle) ? first : null;
}

/** How a relation type's line is drawn: width in pixels at zoom 1 and dash pattern (empty: solid). */
export interface LineStyle {
  width: number;
  dash: readonly number[];
  /** Words for the line, for legends and text alternatives. */
  description: string;
}

/**
 * Lines told apart without colour: cooperation a thin solid line, hostility a heavy dash-dot
 * line, contested a thin even dash.
 */
export const RELATION_LINES: Readonly<Record<RelationType, LineStyle>> = {
  cooperation: { width: 2.5, dash: [], description: 'solid line' },
  hostility: { width: 5, dash: [14, 4, 3, 4], description: 'heavy dash-dot line' },
  contested: { width: 2.5, dash: [7, 5], description: 'dashed line' },
};

/** The actor kinds drawn with their own shape; every other kind is drawn as `other`. */
export type ActorKind = 'state' | 'government' | 'non-state armed group' | 'organization' | 'person' | 'other';

/** Actor kinds in legend order. */
export const ACTOR_KINDS: readonly ActorKind[] = ['state', 'government', 'non-state armed group', 'organization', 'person', 'other'];

/**
 * A node outline. Polygons are given as x y pairs in [-1, 1] (y down), the form cytoscape's
 * `shape-polygon-points` takes, so the legend draws the very same outline.
 */
export type Shape = { type: 'ellipse' } | { type: 'round-rectangle' } | { type: 'polygon'; points: readonly number[] };

export const KIND_SHAPES: Readonly<Record<ActorKind, Shape>> = {
  state: { type: 'ellipse' },
  government: { type: 'round-rectangle' },
  'non-state armed group': { type: 'polygon', points: [0, -1, 1, 1, -1, 1] },
  organization: { type: 'polygon', points: [-0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1, -1, 0] },
  person: { type: 'polygon', points: [0, -1, 1, 0, 0, 1, -1, 0] },
  other: { type: 'polygon', points: [0, -1, 1, -0.24, 0.62, 1, -0.62, 1, -1, -0.24] },
};

/** The shape class of an actor's free-text kind, ignoring case and spacing. */
export function kindOf(kind: string | undefined): ActorKind {
  const key = (kind ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return (ACTOR_KINDS as readonly string[]).includes(key) && key !== 'other' ? (key as ActorKind) : 'other';
}

/** Opacity of the halo under a relation on a highlighted path (in the theme's highlight colour). */
export const PATH_UNDERLAY_OPACITY = 0.8;
/** Opacity of the halo under the selected relation (in the theme's text colour). */
export const SELECTED_UNDERLAY_OPACITY = 0.5;

/** Node size in pixels at zoom 1. */
export const NODE_SIZE = 30;
const BORDER = 2;
/** Font size of actor labels, in pixels at zoom 1: a line of label text is this high. */
export const LABEL_FONT_SIZE = 12;
const LABEL_MARGIN = 5;
const LABEL_PADDING = 2;
/** Width at which a label's text wraps onto another line, in pixels at zoom 1. */
export const LABEL_MAX_WIDTH = 130;

/** Room an actor takes around its centre with a one-line label, for fitting without measuring. */
export const ACTOR_EXTENT = {
  halfWidth: Math.max(NODE_SIZE / 2 + BORDER, LABEL_MAX_WIDTH / 2 + LABEL_PADDING),
  above: NODE_SIZE / 2 + BORDER,
  below: NODE_SIZE / 2 + BORDER + LABEL_MARGIN + Math.ceil(LABEL_FONT_SIZE * 1.25) + 2 * LABEL_PADDING,
} as const;

/** Where an actor's label sits around its shape. Below is the default and needs no class. */
export type LabelSide = 'bottom' | 'top' | 'left' | 'right';

/** The class that puts an actor's label on each side other than the default (below). */
export const LABEL_SIDE_CLASSES = { top: 'ag-label-top', left: 'ag-label-left', right: 'ag-label-right' } as const;

/**
 * How far cytoscape's label bounds reach beyond the label's background on every side: it widens
 * them by 2 px against inaccurate text measures (cytoscape 3.x, `marginOfError`).
 */
export const LABEL_BOUNDS_ALLOWANCE = 2;

/** A box in model coordinates (pixels at zoom 1), y down. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The box an actor's label takes at zoom 1 when put on `side` of an actor centred at `centre`,
 * for a layout to choose sides without cytoscape. `text` is the size of the text itself as
 * cytoscape measures it: the widest line's canvas width rounded up, and LABEL_FONT_SIZE per line
 * (text wraps at LABEL_MAX_WIDTH). The box holds the text, its background padding and
 * LABEL_BOUNDS_ALLOWANCE, so it is the box `node.boundingBox({ includeNodes: false,
 * includeEdges: false, includeLabels: true })` gives, the one cytoscape fits the view to.
 */
export function labelBox(side: LabelSide, centre: { x: number; y: number }, text: { width: number; height: number }): Box {
  // Cytoscape anchors a label on the node's box (its width and height, the border not counted),
  // then shifts it by the text margin; the background padding and allowance surround the text.
  const grow = LABEL_PADDING + LABEL_BOUNDS_ALLOWANCE;
  const half = NODE_SIZE / 2;
  const { x, y } = centre;
  let left: number;
  let top: number;
  switch (side) {
    case 'bottom':
      left = x - text.width / 2;
      top = y + half + LABEL_MARGIN;
      break;
    case 'top':
      left = x - text.width / 2;
      top = y - half - LABEL_MARGIN - text.height;
      break;
    case 'left':
      left = x - half - LABEL_MARGIN - text.width;
      top = y - text.height / 2;
      break;
    case 'right':
      left = x + half + LABEL_MARGIN;
      top = y - text.height / 2;
      break;
  }
  return { x1: left - grow, y1: top - grow, x2: left + text.width + grow, y2: top + text.height + grow };
}

/**
 * The class of a single relation drawn as a curve (to go around an actor in its way) rather
 * than straight. Its edge must carry `bend` in its data: how far the curve's control point lies
 * from the straight line, in pixels at zoom 1, positive to the right of the line from source to
 * target as drawn (y down) and negative to the left. The curve's middle passes about half as
 * far from the line as the control point (a little further, as the curve leaves each actor's
 * outline on the side it bends to). Not used in the large drawing (LARGE_DRAWING_RELATIONS).
 * Cytoscape reads `bend` through a `data()` mapper, so changing it redraws the curve. Set `bend`
 * before the class and remove it after: an edge with the class and no `bend` keeps the distance
 * it had before (cytoscape warns and leaves a failed mapping's property as it was).
 */
export const BENT_CLASS = 'ag-bent';

/**
 * Least distance on screen, in CSS pixels, between the middles of neighbouring relations that
 * join the same two actors: enough to point at one of them and not its neighbour.
 */
export const PARALLEL_MIN_GAP = 6;

/**
 * Lowest zoom at which parallel relations still keep PARALLEL_MIN_GAP apart. A 14-actor graph
 * fitted to a 1000 × 700 element is drawn at 0.5 to 0.8, one of 150 actors at about 0.4; 0.35
 * leaves room below that.
 */
export const PARALLEL_MIN_ZOOM = 0.35;

const WIDEST_LINE = Math.max(...Object.values(RELATION_LINES).map((line) => line.width));

/**
 * Cytoscape's `control-point-step-size` for parallel relations, at zoom 1. Cytoscape moves the
 * control point of each relation of a bundle this much further out than the previous one, on
 * both sides of the straight line and the same way whichever actor a relation starts from; as
 * a curve's middle lies about halfway between its control point and the straight line, the
 * middles of neighbouring curves are half a step apart or a little more (measured: 0.55 to 0.57
 * of a step for the six Russia–Taliban relations). Hence twice the larger of PARALLEL_MIN_GAP at
 * PARALLEL_MIN_ZOOM and two widths of the widest line, which keeps a line's width of background
 * between two heavy dash-dot lines so that their dashes do not run together, rounded up to whole pixels: 35.
 */
export const PARALLEL_STEP = Math.ceil(2 * Math.max(PARALLEL_MIN_GAP / PARALLEL_MIN_ZOOM, 2 * WIDEST_LINE));

/** Classes the view toggles on elements. */
export const CLASSES = {
  filtered: 'ag-filtered',
  unfocused: 'ag-unfocused',
  dimmed: 'ag-dimmed',
  path: 'ag-path',
  selected: 'ag-selected',
  possible: 'ag-possible',
} as const;

/**
 * How a relation that only possibly holds at the view's date is drawn apart, whatever its
 * type's colour and line: fainter, and marked "?" at its middle.
 */
export const POSSIBLE_LOOK = { lineOpacity: 0.4, mark: '?', description: 'faint line marked ?' } as const;

const shapeStyle = (shape: Shape): Record<string, string> =>
  shape.type === 'polygon' ? { shape: 'polygon', 'shape-polygon-points': shape.points.join(' ') } : { shape: shape.type };

/**
 * Graphs with more relations than this are drawn for speed: relations as straight lines (the
 * arrow of a directed one at its middle), parallel relations on top of one another, and
 * labels left out while too small to read. Cytoscape's curved relations cost some 40 µs each
 * to route around their parallels, over a second at 20,000 relations.
 */
export const LARGE_DRAWING_RELATIONS = 2500;

/** Labels of large graphs are drawn only from this size on screen, in pixels. */
export const MIN_READABLE_FONT = 8;

/** How a graph is drawn, beyond its theme. */
export interface DrawingOptions {
  /** The speed-first drawing of large graphs (see LARGE_DRAWING_RELATIONS). */
  large?: boolean;
}

/** The cytoscape stylesheet for a theme. */
export function buildStylesheet(theme: Theme, drawing: DrawingOptions = {}): StylesheetJson {
  const sheet: Record<string, unknown>[] = [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        'background-color': theme.nodeFill,
        'border-width': BORDER,
        'border-color': theme.nodeBorder,
        label: 'data(label)',
        color: theme.text,
        'font-family': theme.font,
        'font-size': LABEL_FONT_SIZE,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': `${LABEL_PADDING}px`,
        'text-background-shape': 'round-rectangle',
        'z-index': 10,
        ...(drawing.large ? { 'min-zoomed-font-size': MIN_READABLE_FONT } : {}),
      },
    },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ selector: `node[kind = "${kind}"]`, style: shapeStyle(shape) })),
    // Each side sets both margins, so that a label moved from one side to another keeps none of the old one's.
    {
      selector: `node.${LABEL_SIDE_CLASSES.top}`,
      style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -LABEL_MARGIN },
    },
    {
      selector: `node.${LABEL_SIDE_CLASSES.left}`,
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -LABEL_MARGIN, 'text-margin-y': 0 },
    },
    {
      selector: `node.${LABEL_SIDE_CLASSES.right}`,
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': LABEL_MARGIN, 'text-margin-y': 0 },
    },
    {
      selector: 'edge',
      style: {
        ...(drawing.large
          ? { 'curve-style': 'haystack', 'haystack-radius': 0 }
          : { 'curve-style': 'bezier', 'control-point-step-size': PARALLEL_STEP }),
        'target-arrow-shape': 'none',
        'arrow-scale': 1.1,
        'line-cap': 'butt',
        'z-index': 1,
      },
    },
    // An unbundled curve is routed on its own: it leaves its parallels' fan, which closes up without it.
    ...(drawing.large
      ? []
      : [
          {
            selector: `edge.${BENT_CLASS}`,
            style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(bend)', 'control-point-weights': 0.5 },
          },
        ]),
    ...(Object.entries(RELATION_LINES) as [RelationType, LineStyle][]).map(([type, line]) => ({
      selector: `edge[type = "${type}"]`,
      style: {
        width: line.width,
        'line-color': theme[type],
        'target-arrow-color': theme[type],
        'mid-target-arrow-color': theme[type],
        'line-style': line.dash.length ? 'dashed' : 'solid',
        ...(line.dash.length ? { 'line-dash-pattern': [...line.dash] } : {}),
      },
    })),
    // Straight (haystack) lines have no end arrows in cytoscape: theirs sits at the middle.
    { selector: 'edge[?directed]', style: { [drawing.large ? 'mid-target-arrow-shape' : 'target-arrow-shape']: 'triangle' } },
    { selector: `.${CLASSES.filtered}, .${CLASSES.unfocused}`, style: { display: 'none' } },
    // Before possible relations, whose "?" a relation added at a step keeps.
    ...timeRules(theme),
    {
      selector: `edge.${CLASSES.possible}`,
      style: {
        'line-opacity': POSSIBLE_LOOK.lineOpacity,
        label: POSSIBLE_LOOK.mark,
        color: theme.text,
        'font-family': theme.font,
        'font-size': LABEL_FONT_SIZE + 2,
        'font-weight': 'bold',
        'text-background-color': theme.background,
        'text-background-opacity': 1,
        'text-background-padding': `${LABEL_PADDING}px`,
        'text-background-shape': 'round-rectangle',
        'text-border-color': theme.text,
        'text-border-width': 1,
        'text-border-opacity': 1,
      },
    },
    // Camps and sizes (see camp-style.ts) give way to the dimming, path and selection marks below.
    ...campRules(theme),
    { selector: `.${CLASSES.dimmed}`, style: { opacity: 0.2 } },
    { selector: `node.${CLASSES.path}`, style: { 'border-width': 5, 'border-color': theme.highlight } },
    {
      selector: `edge.${CLASSES.path}`,
      // Opaque enough that the halo of a path stands out 3:1 from the background.
      style: { 'underlay-color': theme.highlight, 'underlay-opacity': PATH_UNDERLAY_OPACITY, 'underlay-padding': 5, 'z-index': 5 },
    },
    {
      selector: `node.${CLASSES.selected}`,
      style: { 'border-width': 4, 'border-color': theme.text, 'outline-width': 3, 'outline-color': theme.highlight, 'outline-offset': 2 },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: { 'underlay-color': theme.text, 'underlay-opacity': SELECTED_UNDERLAY_OPACITY, 'underlay-padding': 5, 'z-index': 6 },
    },
    // Faded idle actors, paths drawn by weight and the selected relation's width (see emphasis.ts).
    ...emphasisRules(theme),
    { selector: 'node:active, edge:active', style: { 'overlay-color': theme.highlight, 'overlay-opacity': 0.2 } },
    // Beyond the picture moved while the view moves (a large drawing's), nothing is shown.
    { selector: 'core', style: { 'active-bg-color': theme.highlight, 'active-bg-opacity': 0.1, 'outside-texture-bg-opacity': 0 } },
  ];
  return sheet as unknown as StylesheetJson;
}

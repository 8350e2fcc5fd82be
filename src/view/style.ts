/**
 * How the graph looks: the theme read from `--actor-graph-*` custom properties, the line of
 * each relation type, the shape of each actor kind, and the cytoscape stylesheet built from
 * them. Pure: no DOM and no cytoscape at run time, so the legend and tests share the numbers.
 */
import type { StylesheetJson } from 'cytoscape';
import type { RelationType } from '../model/format.ts';

/** Colours and font the drawing uses; every field comes from one CSS custom property. */
export interface Theme {
  background: string;
  text: string;
  cooperation: string;
  hostility: string;
  contested: string;
  nodeFill: string;
  nodeBorder: string;
  highlight: string;
  font: string;
}

/** The custom property each theme field is read from. */
export const THEME_PROPERTIES: Readonly<Record<keyof Theme, string>> = {
  background: '--actor-graph-background',
  text: '--actor-graph-text',
  cooperation: '--actor-graph-cooperation',
  hostility: '--actor-graph-hostility',
  contested: '--actor-graph-contested',
  nodeFill: '--actor-graph-node-fill',
  nodeBorder: '--actor-graph-node-border',
  highlight: '--actor-graph-highlight',
  font: '--actor-graph-font',
};

/**
 * The light theme, in Okabe–Ito colours: bluish green, vermillion and blue; paths are marked in a
 * dark reddish purple. Every line, outline and mark stands out 3:1 from the background and text
 * 4.5:1 (WCAG AA, checked in tests/view/contrast.test.ts).
 */
export const LIGHT_THEME: Readonly<Theme> = {
  background: '#ffffff',
  text: '#1a1a1a',
  cooperation: '#009e73',
  hostility: '#d55e00',
  contested: '#0072b2',
  nodeFill: '#f2f2f2',
  nodeBorder: '#4d4d4d',
  highlight: '#9e3d8a',
  font: 'system-ui, sans-serif',
};

/** The dark theme: the same hues, lightened where the Okabe–Ito set has a lighter sibling; paths in yellow. */
export const DARK_THEME: Readonly<Theme> = {
  background: '#161616',
  text: '#ececec',
  cooperation: '#2cc49a',
  hostility: '#f07a2a',
  contested: '#56b4e9',
  nodeFill: '#2e2e2e',
  nodeBorder: '#bdbdbd',
  highlight: '#f0e442',
  font: 'system-ui, sans-serif',
};

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
const FONT_SIZE = 12;
const LABEL_MARGIN = 5;
const LABEL_PADDING = 2;
const LABEL_MAX_WIDTH = 130;

/** Room an actor takes around its centre with a one-line label, for fitting without measuring. */
export const ACTOR_EXTENT = {
  halfWidth: Math.max(NODE_SIZE / 2 + BORDER, LABEL_MAX_WIDTH / 2 + LABEL_PADDING),
  above: NODE_SIZE / 2 + BORDER,
  below: NODE_SIZE / 2 + BORDER + LABEL_MARGIN + Math.ceil(FONT_SIZE * 1.25) + 2 * LABEL_PADDING,
} as const;

/** Classes the view toggles on elements. */
export const CLASSES = {
  filtered: 'ag-filtered',
  unfocused: 'ag-unfocused',
  dimmed: 'ag-dimmed',
  path: 'ag-path',
  selected: 'ag-selected',
} as const;

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
        'font-size': FONT_SIZE,
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
    {
      selector: 'edge',
      style: {
        ...(drawing.large ? { 'curve-style': 'haystack', 'haystack-radius': 0 } : { 'curve-style': 'bezier', 'control-point-step-size': 34 }),
        'target-arrow-shape': 'none',
        'arrow-scale': 1.1,
        'line-cap': 'butt',
        'z-index': 1,
      },
    },
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
    { selector: 'node:active, edge:active', style: { 'overlay-color': theme.highlight, 'overlay-opacity': 0.2 } },
    { selector: 'core', style: { 'active-bg-color': theme.highlight, 'active-bg-opacity': 0.1 } },
  ];
  return sheet as unknown as StylesheetJson;
}

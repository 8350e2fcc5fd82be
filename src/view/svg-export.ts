/**
 * The drawing as SVG: nodes, edges, arrows and labels written from where cytoscape has drawn
 * them, with the widths, dashes, colours and opacities of its styles, so the vector image matches
 * the canvas. Labels are `<text>` elements; the document is built with DOM calls and
 * `XMLSerializer`, so text from the data is always text, never markup. No random ids or dates:
 * the same view gives the same bytes.
 *
 * Geometry comes from cytoscape's rendered scratch data (`rscratch`: edge points and arrow
 * positions, label positions and wrapped lines), the numbers its canvas renderer draws with.
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { Frame, Mark, TextFont } from './export-frame.ts';
import { svgShape } from './legend.ts';
import type { Shape } from './style.ts';
import { clean, hex, num, opacity, scratch, setAll, type Make } from './svg-write.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Where the drawing's model coordinates go in the frame: `frame = model * zoom + (x, y)`. */
export interface ViewTransform {
  x: number;
  y: number;
  zoom: number;
}

export interface SvgInput {
  cy: Core;
  frame: Frame;
  view: ViewTransform;
  /** Fill behind everything, or null for transparent. */
  background: string | null;
  /** The image's accessible title (`<title>`). */
  title: string;
  /** The image's description (`<desc>`), e.g. what it shows. */
  description: string;
  /** Distance in pixels from a line's alphabetic baseline to the bottom of its font box. */
  descent: (font: TextFont) => number;
}

/** The SVG document, as text, of the drawing in its frame. */
export function toSvg(input: SvgInput): string {
  const { frame } = input;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const make = (tag: string, attributes: Record<string, string | number | null | undefined> = {}, parent: Element = root): Element => {
    const element = doc.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined && value !== '') element.setAttribute(name, typeof value === 'number' ? num(value) : value);
    }
    parent.append(element);
    return element;
  };
  setAll(root, { width: frame.width, height: frame.height, viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`, role: 'img' });
  make('title').textContent = clean(input.title);
  make('desc').textContent = clean(input.description);
  if (input.background) make('rect', { width: frame.width, height: frame.height, fill: input.background });

  const { x, y, width, height } = frame.drawing;
  const clip = make('svg', { x, y, width, height, viewBox: `0 0 ${num(width)} ${num(height)}`, overflow: 'hidden' });
  const drawing = make(
    'g',
    { transform: `translate(${num(input.view.x - x)} ${num(input.view.y - y)}) scale(${Math.round(input.view.zoom * 1e6) / 1e6})` },
    clip,
  );
  writeDrawing(input.cy, drawing, make, input.descent);

  const around = make('g', { class: 'legend-caption' });
  for (const mark of frame.marks) writeMark(mark, around, make);

  const text = new XMLSerializer().serializeToString(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

interface EdgeScratch {
  allpts?: number[];
  edgeType?: string;
  badLine?: boolean;
  arrowEndX?: number;
  arrowEndY?: number;
  tgtArrowAngle?: number;
  arrowStartX?: number;
  arrowStartY?: number;
  srcArrowAngle?: number;
}

interface NodeScratch {
  labelX?: number;
  labelY?: number;
  labelWidth?: number;
  labelHeight?: number;
  labelActualDescent?: number;
  labelLineHeight?: number;
  labelWrapCachedLines?: string[];
}

/** Edges, then nodes, each in z-index then graph order, as cytoscape stacks them here. */
function writeDrawing(cy: Core, parent: Element, make: Make, descent: SvgInput['descent']): void {
  const shown = cy.elements().filter((ele) => ele.visible() && ele.effectiveOpacity() > 0);
  // Brings cytoscape's rendered data (edge points, label positions) up to date.
  shown.boundingBox({});
  const order = new Map(cy.elements().map((ele, i) => [ele.id(), i] as const));
  const byZ = (a: SingularElementArgument, b: SingularElementArgument) =>
    Number(a.numericStyle('z-index')) - Number(b.numericStyle('z-index')) || order.get(a.id())! - order.get(b.id())!;
  const edges = shown.edges().toArray().sort(byZ);
  const nodes = shown.nodes().toArray().sort(byZ);
  const edgeGroup = make('g', { class: 'edges' }, parent);
  for (const edge of edges) writeEdge(edge, edgeGroup, make);
  // Marks at a relation's middle ("?" for a possible one), under the actors as on the canvas.
  const markGroup = make('g', { class: 'edge-labels' }, parent);
  for (const edge of edges) writeLabel(edge, markGroup, make, descent);
  const nodeGroup = make('g', { class: 'nodes' }, parent);
  for (const node of nodes) writeNode(node, nodeGroup, make);
  const labelGroup = make('g', { class: 'labels' }, parent);
  for (const node of nodes) writeLabel(node, labelGroup, make, descent);
}

function edgePath(rs: EdgeScratch): string | null {
  const pts = rs.allpts;
  if (rs.badLine || !pts || pts.length < 4 || pts.some((p) => !Number.isFinite(p))) return null;
  let d = `M${num(pts[0]!)} ${num(pts[1]!)}`;
  if (rs.edgeType === 'bezier' || rs.edgeType === 'self' || rs.edgeType === 'compound' || rs.edgeType === 'multibezier') {
    for (let i = 2; i + 3 < pts.length; i += 4) d += `Q${num(pts[i]!)} ${num(pts[i + 1]!)} ${num(pts[i + 2]!)} ${num(pts[i + 3]!)}`;
  } else {
    for (let i = 2; i + 1 < pts.length; i += 2) d += `L${num(pts[i]!)} ${num(pts[i + 1]!)}`;
  }
  return d;
}

function writeEdge(edge: EdgeSingular, parent: Element, make: Make): void {
  const rs = scratch<EdgeScratch>(edge);
  const d = edgePath(rs);
  if (!d) return;
  const eleOpacity = edge.effectiveOpacity();
  const width = Number(edge.numericStyle('width'));
  const underlay = Number(edge.numericStyle('underlay-opacity'));
  if (underlay > 0) {
    make(
      'path',
      {
        d,
        fill: 'none',
        stroke: hex(edge.numericStyle('underlay-color')),
        'stroke-opacity': opacity(underlay * eleOpacity),
        'stroke-width': 2 * Number(edge.numericStyle('underlay-padding')),
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
      parent,
    );
  }
  const lineStyle = edge.style('line-style') as string;
  const dash =
    lineStyle === 'dotted'
      ? '1 1'
      : lineStyle === 'dashed'
        ? (edge.numericStyle('line-dash-pattern') as number[]).map(num).join(' ')
        : null;
  make(
    'path',
    {
      d,
      fill: 'none',
      stroke: hex(edge.numericStyle('line-color')),
      'stroke-width': width,
      'stroke-opacity': opacity(eleOpacity * Number(edge.numericStyle('line-opacity'))),
      'stroke-dasharray': dash,
      'stroke-dashoffset': dash ? Number(edge.numericStyle('line-dash-offset')) || null : null,
      'stroke-linecap': edge.style('line-cap') as string,
      'stroke-linejoin': 'round',
      'data-id': edge.id(),
    },
    parent,
  );
  for (const [end, x, y, angle] of [
    ['source', rs.arrowStartX, rs.arrowStartY, rs.srcArrowAngle],
    ['target', rs.arrowEndX, rs.arrowEndY, rs.tgtArrowAngle],
  ] as const) {
    const shape = edge.style(`${end}-arrow-shape`) as string;
    if (shape === 'none' || x === undefined || y === undefined || angle === undefined || ![x, y, angle].every(Number.isFinite)) continue;
    // cytoscape's triangle: tip at (0, 0), base at y = -0.3, scaled by its arrow size.
    const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * Number(edge.numericStyle('arrow-scale'));
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const points = [-0.15, -0.3, 0, 0, 0.15, -0.3];
    const pairs: string[] = [];
    for (let i = 0; i < points.length; i += 2) {
      const px = points[i]!;
      const py = points[i + 1]!;
      pairs.push(`${num((px * cos - py * sin) * size + x)},${num((px * sin + py * cos) * size + y)}`);
    }
    make(
      'polygon',
      {
        points: pairs.join(' '),
        fill: hex(edge.numericStyle(`${end}-arrow-color`)),
        'fill-opacity': opacity(eleOpacity * Number(edge.numericStyle('line-opacity'))),
      },
      parent,
    );
  }
}

/** A node's outline as cytoscape draws it, centred at (x, y), `w` by `h`. */
function outline(
  node: NodeSingular,
  x: number,
  y: number,
  w: number,
  h: number,
  make: Make,
  parent: Element,
  attributes: Record<string, string | number | null>,
): void {
  const name = node.style('shape') as string;
  const shape: Shape =
    name === 'ellipse'
      ? { type: 'ellipse' }
      : name === 'round-rectangle' || name === 'roundrectangle'
        ? { type: 'round-rectangle' }
        : name === 'polygon'
          ? { type: 'polygon', points: node.numericStyle('shape-polygon-points') as number[] }
          : { type: 'polygon', points: [-1, -1, 1, -1, 1, 1, -1, 1] };
  if (shape.type === 'ellipse') {
    make('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, ...attributes }, parent);
  } else if (shape.type === 'round-rectangle') {
    const r = Math.min(w / 4, h / 4, 8);
    make('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: r, ...attributes }, parent);
  } else {
    const pairs: string[] = [];
    for (let i = 0; i + 1 < shape.points.length; i += 2)
      pairs.push(`${num(x + (shape.points[i]! * w) / 2)},${num(y + (shape.points[i + 1]! * h) / 2)}`);
    make('polygon', { points: pairs.join(' '), ...attributes }, parent);
  }
}

function writeNode(node: NodeSingular, parent: Element, make: Make): void {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const eleOpacity = node.effectiveOpacity();
  const border = Number(node.numericStyle('border-width'));
  const outlineWidth = Number(node.numericStyle('outline-width'));
  if (outlineWidth > 0 && Number(node.numericStyle('outline-opacity')) > 0) {
    // The outline runs around the border, `outline-offset` away from it.
    const grow = border + outlineWidth + Number(node.numericStyle('outline-offset'));
    outline(node, x, y, w + grow, h + grow, make, parent, {
      fill: 'none',
      stroke: hex(node.numericStyle('outline-color')),
      'stroke-width': outlineWidth,
      'stroke-opacity': opacity(eleOpacity * Number(node.numericStyle('outline-opacity'))),
    });
  }
  outline(node, x, y, w, h, make, parent, {
    fill: hex(node.numericStyle('background-color')),
    'fill-opacity': opacity(eleOpacity * Number(node.numericStyle('background-opacity'))),
    stroke: border > 0 ? hex(node.numericStyle('border-color')) : null,
    'stroke-width': border > 0 ? border : null,
    'stroke-opacity': border > 0 ? opacity(eleOpacity * Number(node.numericStyle('border-opacity'))) : null,
    'data-id': node.id(),
  });
}

/**
 * The label where cytoscape's canvas puts it: its background box, then one `<text>` per line. An
 * edge's label sits centred on its middle point (cytoscape ignores text-halign and -valign there).
 */
function writeLabel(node: SingularElementArgument, parent: Element, make: Make, descent: SvgInput['descent']): void {
  const label = node.style('label') as string;
  const rs = scratch<NodeScratch>(node);
  if (!label || rs.labelX === undefined || rs.labelY === undefined || !Number.isFinite(rs.labelX) || !Number.isFinite(rs.labelY)) return;
  const textOpacity = node.effectiveOpacity() * Number(node.numericStyle('text-opacity'));
  if (textOpacity <= 0) return;
  const textW = rs.labelWidth ?? 0;
  const textH = rs.labelHeight ?? 0;
  const halign = node.isEdge() ? 'center' : (node.style('text-halign') as string);
  const valign = node.isEdge() ? 'center' : (node.style('text-valign') as string);
  const textX = rs.labelX + Number(node.numericStyle('text-margin-x'));
  let textY = rs.labelY + Number(node.numericStyle('text-margin-y'));
  if (valign === 'center') textY += textH / 2;
  else if (valign === 'bottom') textY += textH;
  const boxLeft = halign === 'left' ? textX - textW : halign === 'center' ? textX - textW / 2 : textX;

  const backgroundOpacity = Number(node.numericStyle('text-background-opacity'));
  if (backgroundOpacity > 0) {
    const padding = Number(node.numericStyle('text-background-padding'));
    const shape = node.style('text-background-shape') as string;
    const w = textW + 2 * padding;
    const h = textH + 2 * padding;
    make(
      'rect',
      {
        x: boxLeft - padding,
        y: textY - textH - padding,
        width: w,
        height: h,
        rx: shape === 'round-rectangle' || shape === 'roundrectangle' ? Math.min(2, w / 2, h / 2) : null,
        fill: hex(node.numericStyle('text-background-color')),
        'fill-opacity': opacity(backgroundOpacity * node.effectiveOpacity()),
        ...(Number(node.numericStyle('text-border-width')) > 0 && Number(node.numericStyle('text-border-opacity')) > 0
          ? { stroke: hex(node.numericStyle('text-border-color')), 'stroke-width': Number(node.numericStyle('text-border-width')) }
          : {}),
      },
      parent,
    );
  }

  const font: TextFont = {
    size: Number(node.numericStyle('font-size')),
    weight: (node.style('font-weight') as string) === 'bold' ? 'bold' : 'normal',
    family: node.style('font-family') as string,
  };
  const lines = node.style('text-wrap') === 'wrap' && rs.labelWrapCachedLines?.length ? rs.labelWrapCachedLines : [label];
  const lineHeight = rs.labelLineHeight ?? font.size;
  // cytoscape writes each line with its bottom at textY (canvas textBaseline "bottom").
  let bottom = textY - (rs.labelActualDescent ?? 0) - (lines.length - 1) * lineHeight;
  const anchor = halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle';
  const text = make(
    'text',
    {
      'font-family': font.family,
      'font-size': font.size,
      'font-weight': font.weight === 'bold' ? 'bold' : null,
      'font-style': (node.style('font-style') as string) === 'normal' ? null : (node.style('font-style') as string),
      fill: hex(node.numericStyle('color')),
      'fill-opacity': opacity(textOpacity),
      'text-anchor': anchor,
      'data-id': node.id(),
    },
    parent,
  );
  lines.forEach((line, i) => {
    const content = clean(line.trim());
    if (content) {
      // A space between lines, so that the label reads (and is found) as written.
      if (i > 0 && text.textContent) text.append(' ');
      make('tspan', { x: textX, y: bottom - descent(font) }, text).textContent = content;
    }
    bottom += lineHeight;
  });
}

function writeMark(mark: Mark, parent: Element, make: Make): void {
  switch (mark.type) {
    case 'text':
      make(
        'text',
        {
          x: mark.x,
          y: mark.y,
          'font-family': mark.font.family,
          'font-size': mark.font.size,
          'font-weight': mark.font.weight === 'bold' ? 'bold' : null,
          fill: mark.color,
        },
        parent,
      ).textContent = clean(mark.text);
      break;
    case 'line':
      make(
        'line',
        {
          x1: mark.x1,
          y1: mark.y1,
          x2: mark.x2,
          y2: mark.y2,
          stroke: mark.color,
          'stroke-width': mark.width,
          'stroke-dasharray': mark.dash.length ? mark.dash.map(num).join(' ') : null,
          'stroke-opacity': opacity(mark.opacity),
        },
        parent,
      );
      break;
    case 'shape': {
      const s = svgShape(mark.shape, mark.cx, mark.cy, mark.r);
      const paint = { fill: mark.fill, stroke: mark.stroke, 'stroke-width': mark.strokeWidth };
      if (s.tag === 'ellipse') make('ellipse', { cx: s.cx, cy: s.cy, rx: s.rx, ry: s.ry, ...paint }, parent);
      else if (s.tag === 'rect') make('rect', { x: s.x, y: s.y, width: s.width, height: s.height, rx: s.rx, ...paint }, parent);
      else make('polygon', { points: s.points, ...paint }, parent);
      break;
    }
  }
}

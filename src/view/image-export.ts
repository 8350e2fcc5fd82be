/**
 * Images of an `<actor-graph>` for reports: PNG, JPG or SVG of the whole graph or of the view,
 * with the legend of what is shown and a caption (title and sources) under it.
 *
 * PNG and JPG are cytoscape's own rendering (`cy.png`) with the legend and caption painted
 * under it on a canvas; SVG is written from the same drawing (see `svg-export.ts`). Both lay
 * out legend and caption with `layoutFrame`, so they agree. The element loads this module
 * only when an image is asked for.
 */
import type { Core } from 'cytoscape';
import { isolate } from '../model/bidi.ts';
import type { RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import type { NodeData } from './elements.ts';
import { parseAsOf } from './filter-attributes.ts';
import { layoutFrame, type Frame, type Mark, type TextFont } from './export-frame.ts';
import {
  IMAGE_TYPES,
  ImageExportError,
  MAX_IMAGE_AREA,
  MAX_IMAGE_SIDE,
  defaultCaption,
  resolveImageOptions,
  type ImageExportOptions,
  type ResolvedImageOptions,
} from './export-options.ts';
import { legendFor } from './legend.ts';
import { svgShape } from './legend.ts';
import { CLASSES, DARK_THEME, LIGHT_THEME, normalizeColor, readTheme, type Theme } from './style.ts';
import { toSvg, type ViewTransform } from './svg-export.ts';

export { ImageExportError, type ImageExportOptions };

/** What an export reads from the element: `<actor-graph>` is one. */
export interface ExportableView extends HTMLElement {
  readonly cy: Core | null;
  readonly graph: ActorGraph | null;
  readonly ready: Promise<unknown>;
  readonly asOf: string | null;
}

/** Space around the whole graph in a `full` image, in CSS pixels. */
export const FULL_MARGIN = 20;

/**
 * An image of what `view` draws; rejects with an ImageExportError for bad options or when
 * nothing is drawn. Waits for the current load first. The same view and options give the
 * same bytes.
 */
export async function exportImage(view: ExportableView, options: ImageExportOptions): Promise<Blob> {
  const o = resolveImageOptions(options);
  await view.ready;
  const { cy, graph } = view;
  if (!cy || !graph) throw new ImageExportError('Nothing to export: no graph is drawn');
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new ImageExportError('This browser cannot draw images (no canvas 2D context)');

  const theme = themeOf(view, context);
  const background = backgroundOf(o, theme, context);
  const shown = cy.elements().filter((ele) => ele.visible());
  const legend = o.legend
    ? legendFor(
        shown.nodes().map((node) => node.data() as NodeData),
        shown.edges().map((edge) => edge.data('type') as RelationType),
        shown.edges(`.${CLASSES.possible}`).length > 0,
      )
    : null;
  const caption = o.caption ?? defaultCaption(graph.getAttributes(), parseAsOf(view.asOf));

  // The drawing: the whole graph at zoom 1 with a margin (as cy.png draws it), or the view.
  const zoom = o.full ? 1 : cy.zoom();
  const box = cy.elements().boundingBox({});
  // Nothing drawn in a full image: only the frame.
  const empty = o.full && !(Number.isFinite(box.w) && Number.isFinite(box.h));
  const drawingSize = o.full
    ? { width: (empty ? 0 : Math.ceil(box.w)) + 2 * FULL_MARGIN, height: (empty ? 0 : Math.ceil(box.h)) + 2 * FULL_MARGIN }
    : { width: Math.max(1, Math.round(cy.width())), height: Math.max(1, Math.round(cy.height())) };
  const measure = (text: string, font: TextFont) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
  const frame = layoutFrame({ drawing: drawingSize, legend, caption, theme, size: Math.min(3, Math.max(1, zoom)), measure });
  const view0: ViewTransform = o.full
    ? { x: frame.drawing.x + FULL_MARGIN - (empty ? 0 : box.x1), y: FULL_MARGIN - (empty ? 0 : box.y1), zoom: 1 }
    : { x: frame.drawing.x + cy.pan().x, y: cy.pan().y, zoom };

  if (o.format === 'svg') {
    const counts = `${shown.nodes().length} actors and ${shown.edges().length} relations`;
    const svg = toSvg({
      cy,
      frame,
      view: view0,
      background: background.alpha === 0 ? null : background.color,
      title: caption || isolate(graph.getAttribute('title')),
      description: `${isolate(graph.getAttribute('title'))}: ${counts}, drawn as a graph; line style and colour give the relation type, shape the kind of actor.`,
      descent: (font) => {
        context.font = cssFont(font);
        return context.measureText('Mg').fontBoundingBoxDescent;
      },
    });
    return new Blob([svg], { type: IMAGE_TYPES.svg.mediaType });
  }
  return raster(cy, o, frame, background.color, empty);
}

async function raster(cy: Core, o: ResolvedImageOptions, frame: Frame, background: string, empty: boolean): Promise<Blob> {
  const width = Math.round(frame.width * o.scale);
  const height = Math.round(frame.height * o.scale);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_AREA) {
    throw new ImageExportError(
      `The image would be ${width}×${height} pixels, more than a browser can draw (${MAX_IMAGE_SIDE} a side); use a smaller scale${o.full ? ' or full: false' : ''}`,
    );
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  if (o.format === 'jpg') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  if (!empty) {
    const drawing = await cy.png({ output: 'blob-promise', full: o.full, scale: o.scale });
    const bitmap = await createImageBitmap(drawing);
    const offset = o.full ? FULL_MARGIN : 0;
    ctx.drawImage(bitmap, Math.round((frame.drawing.x + offset) * o.scale), Math.round((frame.drawing.y + offset) * o.scale));
    bitmap.close();
  }
  ctx.setTransform(o.scale, 0, 0, o.scale, 0, 0);
  for (const mark of frame.marks) paintMark(ctx, mark);
  const type = IMAGE_TYPES[o.format].mediaType;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, o.format === 'jpg' ? o.quality : undefined));
  if (!blob) throw new ImageExportError(`The browser could not encode the ${o.format.toUpperCase()} image`);
  return blob;
}

function paintMark(ctx: CanvasRenderingContext2D, mark: Mark): void {
  ctx.save();
  switch (mark.type) {
    case 'text':
      ctx.font = cssFont(mark.font);
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillStyle = mark.color;
      ctx.fillText(mark.text, mark.x, mark.y);
      break;
    case 'line':
      ctx.globalAlpha = mark.opacity;
      ctx.strokeStyle = mark.color;
      ctx.lineWidth = mark.width;
      ctx.lineCap = 'butt';
      ctx.setLineDash(mark.dash);
      ctx.beginPath();
      ctx.moveTo(mark.x1, mark.y1);
      ctx.lineTo(mark.x2, mark.y2);
      ctx.stroke();
      break;
    case 'shape': {
      const s = svgShape(mark.shape, mark.cx, mark.cy, mark.r);
      ctx.beginPath();
      if (s.tag === 'ellipse') ctx.ellipse(s.cx, s.cy, s.rx, s.ry, 0, 0, 2 * Math.PI);
      else if (s.tag === 'rect') ctx.roundRect(s.x, s.y, s.width, s.height, s.rx);
      else {
        s.points.split(' ').forEach((pair, i) => {
          const [x, y] = pair.split(',').map(Number) as [number, number];
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
      }
      ctx.fillStyle = mark.fill;
      ctx.fill();
      ctx.strokeStyle = mark.stroke;
      ctx.lineWidth = mark.strokeWidth;
      ctx.stroke();
      break;
    }
  }
  ctx.restore();
}

const cssFont = (font: TextFont): string => `${font.weight === 'bold' ? 'bold ' : ''}${font.size}px ${font.family}`;

/** The colours the element draws with, read as it reads them (its `--_ag-*` properties). */
function themeOf(view: HTMLElement, context: CanvasRenderingContext2D): Theme {
  const computed = getComputedStyle(view);
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  return readTheme(
    (name) => computed.getPropertyValue(name.replace('--actor-graph-', '--_ag-')),
    (value) => normalizeColor(value, context),
    dark ? DARK_THEME : LIGHT_THEME,
  );
}

/** The background asked for (or the theme's), checked, with its alpha. */
function backgroundOf(o: ResolvedImageOptions, theme: Theme, context: CanvasRenderingContext2D): { color: string; alpha: number } {
  const color = o.background === null ? theme.background : normalizeColor(o.background, context);
  if (color === null) throw new ImageExportError(`background must be a CSS colour, not ${JSON.stringify(o.background)}`);
  const rgba = /^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\s*\)$/.exec(color);
  if (!rgba) return { color, alpha: 1 };
  const alpha = Number(rgba[4]);
  return { color: alpha === 0 ? 'rgba(0, 0, 0, 0)' : color, alpha };
}

/**
 * What `exportImage` takes: the options, their checks, and the default caption (the
 * document's title and its sources). Pure: no DOM, so Node tests and the command line share it.
 */
import { isolate } from '../model/bidi.ts';
import type { GraphMeta } from '../model/graph.ts';

/** The image formats `exportImage` writes. */
export type ImageFormat = 'png' | 'jpg' | 'svg';

export const IMAGE_FORMATS: readonly ImageFormat[] = ['png', 'jpg', 'svg'];

/** Media type and file name ending of each image format. */
export const IMAGE_TYPES: Readonly<Record<ImageFormat, { mediaType: string; extension: string }>> = {
  png: { mediaType: 'image/png', extension: '.png' },
  jpg: { mediaType: 'image/jpeg', extension: '.jpg' },
  svg: { mediaType: 'image/svg+xml', extension: '.svg' },
};

/** The largest `scale` of a raster image. */
export const MAX_SCALE = 4;
/** The smallest `scale` of a raster image. */
export const MIN_SCALE = 0.25;
/** Largest side of a raster image in pixels, within every browser's canvas limit. */
export const MAX_IMAGE_SIDE = 16_384;
/** Largest raster image in pixels (Chromium's canvas limit is 268 million). */
export const MAX_IMAGE_AREA = 120_000_000;

/** Options of `exportImage`. */
export interface ImageExportOptions {
  /** `png`, `jpg` or `svg`. */
  format: ImageFormat;
  /** Pixels per CSS pixel for PNG and JPG, from 0.25 to 4. Default 2. SVG is vector and ignores it. */
  scale?: number;
  /** A CSS colour behind the drawing. Default: the theme's background. JPG is always opaque. */
  background?: string;
  /** True: the whole graph at zoom 1; false: what the view shows now, at its zoom. Default true. */
  full?: boolean;
  /** Draw the legend (relation types and actor kinds shown) under the drawing. Default true. */
  legend?: boolean;
  /** A caption line under the legend. Default (undefined or true): the title and sources; '' or false: none. */
  caption?: string | boolean;
  /** JPG quality from 0 to 1. Default 0.92. */
  quality?: number;
}

/** The options with every default filled in. */
export interface ResolvedImageOptions {
  format: ImageFormat;
  scale: number;
  background: string | null;
  full: boolean;
  legend: boolean;
  /** null: the default caption; '': none. */
  caption: string | null;
  quality: number;
}

/** Why an export was refused: bad options, or nothing to draw. */
export class ImageExportError extends Error {
  override name = 'ImageExportError';
}

/**
 * Checks options and fills in the defaults; throws ImageExportError with a message naming the
 * option. The background colour is checked by the caller, which can parse CSS colours.
 */
export function resolveImageOptions(options: unknown): ResolvedImageOptions {
  if (typeof options !== 'object' || options === null) throw new ImageExportError('exportImage needs options, e.g. { format: "png" }');
  const o = options as Record<string, unknown>;
  const format = o.format;
  if (typeof format !== 'string' || !(IMAGE_FORMATS as readonly string[]).includes(format)) {
    throw new ImageExportError(`format must be one of ${IMAGE_FORMATS.join(', ')}, not ${describe(format)}`);
  }
  const scale = o.scale === undefined ? 2 : o.scale;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
    throw new ImageExportError(`scale must be a number from ${MIN_SCALE} to ${MAX_SCALE}, not ${describe(scale)}`);
  }
  const background = o.background === undefined || o.background === null ? null : o.background;
  if (background !== null && (typeof background !== 'string' || background.trim() === '')) {
    throw new ImageExportError(`background must be a CSS colour, not ${describe(background)}`);
  }
  const quality = o.quality === undefined ? 0.92 : o.quality;
  if (typeof quality !== 'number' || !(quality >= 0 && quality <= 1)) {
    throw new ImageExportError(`quality must be a number from 0 to 1, not ${describe(quality)}`);
  }
  for (const flag of ['full', 'legend'] as const) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
      throw new ImageExportError(`${flag} must be true or false, not ${describe(o[flag])}`);
  }
  const caption = o.caption;
  if (caption !== undefined && caption !== null && typeof caption !== 'string' && typeof caption !== 'boolean') {
    throw new ImageExportError(`caption must be a text or false, not ${describe(caption)}`);
  }
  return {
    format: format as ImageFormat,
    scale,
    background,
    full: o.full !== false,
    legend: o.legend !== false,
    caption: caption === undefined || caption === null || caption === true ? null : caption === false ? '' : caption,
    quality,
  };
}

const describe = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;

/**
 * The caption a report needs under the figure: the title (with the date shown, when the view
 * is as of a date) and the sources, e.g. "Russia and the Taliban, 2016 — Source: Samuel Ramani,
 * Russia and the Taliban: A Closer Look, 2016". Each text from the data is set between FSI and
 * PDI (see `model/bidi.ts`), so that a right-to-left override in one reorders none after it.
 */
export function defaultCaption(meta: Pick<GraphMeta, 'title' | 'sources'>, asOf?: string): string {
  const title = asOf ? `${isolate(meta.title)} (as of ${asOf})` : isolate(meta.title);
  const sources = (meta.sources ?? [])
    .map((source) =>
      [source.author, source.title, source.publisher, source.date?.slice(0, 4)]
        .filter((part): part is string => !!part && !!part.trim())
        .map(isolate)
        .join(', '),
    )
    .filter(Boolean);
  if (sources.length === 0) return title;
  return `${title} — ${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`;
}

/** A file name for a document's export: its title in lower case with dashes, and the ending. */
export function exportFileName(title: string | undefined, extension: string): string {
  const base = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'actor-graph'}${extension}`;
}

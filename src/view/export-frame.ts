/**
 * The frame of an exported image: the drawing on top, then the legend (relation types and
 * actor kinds shown, drawn as the graph draws them) and the caption. Laid out once as a list of
 * marks in CSS pixels that the SVG writer and the canvas painter both draw, so that the vector
 * and raster images agree. Pure: text widths come from the `measure` function given.
 */
import { isolatedLines } from '../model/bidi.ts';
import { POSSIBLE_LABEL, type LegendItems, type RelationLegendItem } from './legend.ts';
import { POSSIBLE_LOOK, type Shape, type Theme } from './style.ts';

/** Font of a text mark. */
export interface TextFont {
  size: number;
  weight: 'normal' | 'bold';
  family: string;
}

/** Width of `text` in CSS pixels, set in `font`. */
export type Measure = (text: string, font: TextFont) => number;

/** One thing drawn around the drawing; coordinates in CSS pixels from the frame's top left. */
export type Mark =
  /** Text on an alphabetic baseline at y, starting at x. */
  | { type: 'text'; x: number; y: number; text: string; font: TextFont; color: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; dash: number[]; color: string; opacity: number }
  | { type: 'shape'; shape: Shape; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number };

/** The laid-out frame: its size, where the drawing goes, and what is drawn around it. */
export interface Frame {
  width: number;
  height: number;
  drawing: { x: number; y: number; width: number; height: number };
  marks: Mark[];
}

export interface FrameInput {
  /** Size of the drawing in CSS pixels (whole numbers). */
  drawing: { width: number; height: number };
  /** The legend to draw, or null for none. */
  legend: LegendItems | null;
  /** The caption, '' for none. */
  caption: string;
  theme: Theme;
  /** How large legend and caption are, 1 for the on-screen legend's size (the drawing's zoom). */
  size: number;
  measure: Measure;
}

/** Sizes at `size` 1, in CSS pixels. */
const METRICS = {
  padding: 12,
  font: 13,
  row: 22,
  swatchLine: 36,
  swatchShape: 16,
  swatchGap: 6,
  itemGap: 20,
  headingGap: 10,
  captionGap: 6,
  captionLine: 1.35,
};

/** Lays out the frame of an image: legend rows wrap to the drawing's width, so does the caption. */
export function layoutFrame(input: FrameInput): Frame {
  const k = input.size;
  const m = Object.fromEntries(
    Object.entries(METRICS).map(([key, value]) => [key, key === 'captionLine' ? value : value * k]),
  ) as typeof METRICS;
  const { theme, measure } = input;
  const text: TextFont = { size: m.font, weight: 'normal', family: theme.font };
  const bold: TextFont = { ...text, weight: 'bold' };
  const groups = input.legend ? legendGroups(input.legend, theme, m) : [];

  // Wide enough for the widest legend item and heading, even under a narrow drawing.
  const widest = Math.max(
    0,
    ...groups.flatMap((g) => [measure(g.heading, bold), ...g.items.map((i) => i.swatch + m.swatchGap + measure(i.label, text))]),
  );
  const width = Math.max(input.drawing.width, Math.ceil(widest + 2 * m.padding));
  const drawing = { x: Math.floor((width - input.drawing.width) / 2), y: 0, ...input.drawing };
  const marks: Mark[] = [];
  let y = drawing.height;
  if (groups.length || input.caption) {
    marks.push({ type: 'line', x1: 0, y1: y + 0.5, x2: width, y2: y + 0.5, width: 1, dash: [], color: theme.text, opacity: 0.2 });
    y += m.padding;
  }
  const right = width - m.padding;
  const baseline = (top: number) => top + m.row / 2 + 0.35 * m.font;

  for (const group of groups) {
    let x = m.padding;
    marks.push({ type: 'text', x, y: baseline(y), text: group.heading, font: bold, color: theme.text });
    x += measure(group.heading, bold) + m.headingGap;
    for (const item of group.items) {
      const itemWidth = item.swatch + m.swatchGap + measure(item.label, text);
      if (x + itemWidth > right && x > m.padding) {
        x = m.padding;
        y += m.row;
      }
      marks.push(...item.draw(x, y + m.row / 2));
      marks.push({ type: 'text', x: x + item.swatch + m.swatchGap, y: baseline(y), text: item.label, font: text, color: theme.text });
      x += itemWidth + m.itemGap;
    }
    y += m.row;
  }

  if (input.caption) {
    if (groups.length) y += m.captionGap;
    const lineHeight = m.font * m.captionLine;
    // A text from the data cut by a line break stays isolated on both lines.
    for (const line of isolatedLines(wrapText(input.caption, right - m.padding, (t) => measure(t, text)))) {
      marks.push({ type: 'text', x: m.padding, y: y + lineHeight / 2 + 0.35 * m.font, text: line, font: text, color: theme.text });
      y += lineHeight;
    }
  }
  if (marks.length) y += m.padding;
  return { width, height: Math.ceil(y - 1e-6), drawing, marks };
}

interface LegendGroup {
  heading: string;
  items: { label: string; swatch: number; draw: (x: number, middle: number) => Mark[] }[];
}

/** The legend's entry for relations that only possibly hold at the view's date. */
interface PossibleItem {
  label: string;
  possible: true;
}

function legendGroups(legend: LegendItems, theme: Theme, m: typeof METRICS): LegendGroup[] {
  const scale = m.font / METRICS.font;
  const bold: TextFont = { size: m.font, weight: 'bold', family: theme.font };
  // A relation that only possibly holds: a faint line in the text colour, marked "?" at its middle.
  const possible: PossibleItem[] = legend.possible && legend.relations.length ? [{ label: POSSIBLE_LABEL, possible: true }] : [];
  const relations: (RelationLegendItem | PossibleItem)[] = [...legend.relations, ...possible];
  return [
    ...legendGroup('Relations', relations, m.swatchLine, (item, x, middle): Mark[] =>
      'possible' in item
        ? [
            {
              type: 'line',
              x1: x,
              y1: middle,
              x2: x + m.swatchLine,
              y2: middle,
              width: 2.5 * scale,
              dash: [],
              color: theme.text,
              opacity: POSSIBLE_LOOK.lineOpacity,
            },
            {
              type: 'text',
              x: x + m.swatchLine / 2 - 0.3 * m.font,
              y: middle + 0.35 * m.font,
              text: POSSIBLE_LOOK.mark,
              font: bold,
              color: theme.text,
            },
          ]
        : [
            {
              type: 'line',
              x1: x,
              y1: middle,
              x2: x + m.swatchLine,
              y2: middle,
              width: item.width * scale,
              dash: item.dash ? item.dash.split(/\s+/).map((d) => Number(d) * scale) : [],
              color: theme[item.type],
              opacity: 1,
            },
          ],
    ),
    ...legendGroup('Actors', legend.kinds, m.swatchShape, (item, x, middle) => [
      {
        type: 'shape',
        shape: item.shape,
        cx: x + m.swatchShape / 2,
        cy: middle,
        r: m.swatchShape / 2 - 1,
        fill: theme.nodeFill,
        stroke: theme.nodeBorder,
        strokeWidth: 1.5 * scale,
      },
    ]),
  ];
}

/** A legend group of `items`, each drawn by `draw` in a swatch `swatch` wide; none when there are no items. */
function legendGroup<T extends { label: string }>(
  heading: string,
  items: readonly T[],
  swatch: number,
  draw: (item: T, x: number, middle: number) => Mark[],
): LegendGroup[] {
  if (!items.length) return [];
  return [{ heading, items: items.map((item) => ({ label: item.label, swatch, draw: (x, middle) => draw(item, x, middle) })) }];
}

/** Splits text into lines no wider than `width`, at spaces; a word wider than the line gets a line of its own. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\n|\r/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next) > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

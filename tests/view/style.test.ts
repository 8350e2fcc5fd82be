import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/format.ts';
import {
  ACTOR_KINDS,
  BENT_CLASS,
  CLASSES,
  LABEL_BOUNDS_ALLOWANCE,
  LABEL_SIDE_CLASSES,
  MIN_READABLE_FONT,
  DARK_THEME,
  KIND_SHAPES,
  LIGHT_THEME,
  NODE_SIZE,
  PARALLEL_MIN_GAP,
  PARALLEL_MIN_ZOOM,
  PARALLEL_STEP,
  RELATION_LINES,
  THEME_PROPERTIES,
  buildStylesheet,
  kindOf,
  labelBox,
  normalizeColor,
  readTheme,
  type LabelSide,
} from '../../src/view/style.ts';

type Block = { selector: string; style: Record<string, unknown> };
const blocks = (sheet: unknown) => sheet as Block[];
const styleOf = (sheet: unknown, selector: string) => blocks(sheet).find((b) => b.selector === selector)?.style;

describe('kindOf', () => {
  it('maps the known kinds, ignoring case and spacing, and everything else to other', () => {
    expect(kindOf('state')).toBe('state');
    expect(kindOf('  Non-State   Armed Group ')).toBe('non-state armed group');
    expect(kindOf('non-state group')).toBe('other');
    expect(kindOf(undefined)).toBe('other');
    expect(kindOf('other')).toBe('other');
  });
});

describe('readTheme', () => {
  it('takes set properties, falls back for unset or unreadable ones', () => {
    const values: Record<string, string> = {
      '--actor-graph-cooperation': ' #123456 ',
      '--actor-graph-hostility': 'not-a-colour',
      '--actor-graph-font': ' Inter, sans-serif',
    };
    const theme = readTheme(
      (p) => values[p] ?? '',
      (v) => (v.startsWith('#') ? v : null),
      DARK_THEME,
    );
    expect(theme.cooperation).toBe('#123456');
    expect(theme.hostility).toBe(DARK_THEME.hostility);
    expect(theme.background).toBe(DARK_THEME.background);
    expect(theme.font).toBe('Inter, sans-serif');
  });

  it('names one --actor-graph-* property per field', () => {
    expect(Object.keys(THEME_PROPERTIES).sort()).toEqual(Object.keys(LIGHT_THEME).sort());
    for (const name of Object.values(THEME_PROPERTIES)) expect(name).toMatch(/^--actor-graph-[a-z-]+$/);
  });
});

describe('relation lines', () => {
  it('tell the three types apart without colour: width or dash pattern differ pairwise', () => {
    const lines = RELATION_TYPES.map((t) => RELATION_LINES[t]);
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        expect(a.width !== b.width || a.dash.join() !== b.dash.join()).toBe(true);
      }
    }
    expect(RELATION_LINES.cooperation.dash).toEqual([]);
    expect(RELATION_LINES.hostility.width).toBeGreaterThan(RELATION_LINES.cooperation.width);
    expect(RELATION_LINES.contested.dash.length).toBeGreaterThan(0);
  });
});

describe('buildStylesheet', () => {
  const sheet = buildStylesheet({ ...LIGHT_THEME, cooperation: '#010203' });

  it('draws each relation type with its colour, width and dash', () => {
    expect(styleOf(sheet, 'edge[type = "cooperation"]')).toMatchObject({ 'line-color': '#010203', 'line-style': 'solid', width: 2.5 });
    expect(styleOf(sheet, 'edge[type = "hostility"]')).toMatchObject({
      'line-style': 'dashed',
      'line-dash-pattern': [14, 4, 3, 4],
      width: 5,
    });
    expect(styleOf(sheet, 'edge[type = "contested"]')).toMatchObject({ 'line-style': 'dashed', 'line-dash-pattern': [7, 5] });
  });

  it('puts arrows on directed relations only and fans out parallel ones', () => {
    expect(styleOf(sheet, 'edge')).toMatchObject({
      'target-arrow-shape': 'none',
      'curve-style': 'bezier',
      'control-point-step-size': PARALLEL_STEP,
    });
    expect(styleOf(sheet, 'edge[?directed]')).toMatchObject({ 'target-arrow-shape': 'triangle' });
  });

  it('bends relations of the bent class by their data, except in the large drawing', () => {
    expect(styleOf(sheet, `edge.${BENT_CLASS}`)).toEqual({
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bend)',
      'control-point-weights': 0.5,
    });
    expect(styleOf(buildStylesheet(LIGHT_THEME, { large: true }), `edge.${BENT_CLASS}`)).toBeUndefined();
  });

  it('moves labels above, left or right of the shape by class, resetting both margins', () => {
    expect(styleOf(sheet, `node.${LABEL_SIDE_CLASSES.top}`)).toMatchObject({
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-x': 0,
      'text-margin-y': -5,
    });
    expect(styleOf(sheet, `node.${LABEL_SIDE_CLASSES.left}`)).toMatchObject({
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -5,
      'text-margin-y': 0,
    });
    expect(styleOf(sheet, `node.${LABEL_SIDE_CLASSES.right}`)).toMatchObject({
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 5,
      'text-margin-y': 0,
    });
    // After the base node block, so that the class wins over the default (below).
    const at = (selector: string) => blocks(sheet).findIndex((b) => b.selector === selector);
    for (const name of Object.values(LABEL_SIDE_CLASSES)) expect(at(`node.${name}`)).toBeGreaterThan(at('node'));
  });

  it('gives every actor kind its own shape and puts labels below nodes on a background', () => {
    const shapes = ACTOR_KINDS.map((kind) => JSON.stringify(styleOf(sheet, `node[kind = "${kind}"]`)));
    expect(new Set(shapes).size).toBe(ACTOR_KINDS.length);
    expect(styleOf(sheet, 'node[kind = "non-state armed group"]')).toEqual({
      shape: 'polygon',
      'shape-polygon-points':
        KIND_SHAPES['non-state armed group'].type === 'polygon' ? KIND_SHAPES['non-state armed group'].points.join(' ') : '',
    });
    expect(styleOf(sheet, 'node')).toMatchObject({ label: 'data(label)', 'text-valign': 'bottom', 'text-background-opacity': 0.85 });
  });

  it('draws large graphs for speed: straight lines with the arrow at the middle, labels only once readable', () => {
    const large = buildStylesheet(LIGHT_THEME, { large: true });
    expect(styleOf(large, 'edge')).toMatchObject({ 'curve-style': 'haystack', 'haystack-radius': 0 });
    expect(styleOf(large, 'edge[?directed]')).toEqual({ 'mid-target-arrow-shape': 'triangle' });
    expect(styleOf(large, 'node')).toMatchObject({ 'min-zoomed-font-size': MIN_READABLE_FONT });
    // Line styles stay: colour is still not the only difference between relation types.
    expect(styleOf(large, 'edge[type = "hostility"]')).toMatchObject({
      'line-style': 'dashed',
      'line-dash-pattern': [14, 4, 3, 4],
      width: 5,
    });
    expect(styleOf(sheet, 'node')).not.toHaveProperty('min-zoomed-font-size');
  });

  it('hides filtered and unfocused elements', () => {
    expect(styleOf(sheet, `.${CLASSES.filtered}, .${CLASSES.unfocused}`)).toEqual({ display: 'none' });
  });

  it('keeps polygon points inside the unit box', () => {
    for (const shape of Object.values(KIND_SHAPES)) {
      if (shape.type !== 'polygon') continue;
      expect(shape.points.length % 2).toBe(0);
      for (const p of shape.points) expect(Math.abs(p)).toBeLessThanOrEqual(1);
    }
  });
});

describe('parallel relations', () => {
  // Cytoscape puts the control points of neighbouring curves one step apart; their middles lie
  // half as far from the straight line as their control points, so half a step apart.
  const middleGap = (zoom: number) => (PARALLEL_STEP / 2) * zoom;
  const widest = Math.max(...RELATION_TYPES.map((t) => RELATION_LINES[t].width));

  it('keeps the middles of neighbouring curves 6 px apart down to the lowest fitted zoom planned for', () => {
    expect(PARALLEL_MIN_ZOOM).toBeLessThanOrEqual(0.5);
    expect(middleGap(PARALLEL_MIN_ZOOM)).toBeGreaterThanOrEqual(PARALLEL_MIN_GAP);
    expect(middleGap(0.5)).toBeGreaterThanOrEqual(7.5);
    expect(middleGap(0.8)).toBeGreaterThanOrEqual(12);
  });

  it('leaves a line width of background between two of the widest lines, so that their dashes stay apart', () => {
    expect(middleGap(1) - widest).toBeGreaterThanOrEqual(widest);
    expect(PARALLEL_STEP).toBe(35);
  });
});

describe('labelBox', () => {
  // What cytoscape 3.34 (Chromium) reported as the label bounds of a node with a one-line label
  // of 30 × 12 ("India"), each side, moved to a node centred at (100, 200).
  const centre = { x: 100, y: 200 };
  const text = { width: 30, height: 12 };
  const drawn: Record<LabelSide, { x1: number; y1: number; x2: number; y2: number }> = {
    bottom: { x1: 81, y1: 216, x2: 119, y2: 236 },
    top: { x1: 81, y1: 164, x2: 119, y2: 184 },
    left: { x1: 46, y1: 190, x2: 84, y2: 210 },
    right: { x1: 116, y1: 190, x2: 154, y2: 210 },
  };

  it('gives the box cytoscape draws the label in, on each side', () => {
    for (const side of ['bottom', 'top', 'left', 'right'] as const) expect(labelBox(side, centre, text)).toEqual(drawn[side]);
  });

  it("holds the text, its 2 px background padding and cytoscape's allowance, clear of the shape", () => {
    const grow = 2 * (2 + LABEL_BOUNDS_ALLOWANCE);
    const wrapped = { width: 128, height: 24 };
    for (const side of ['bottom', 'top', 'left', 'right'] as const) {
      const box = labelBox(side, { x: -40, y: 15 }, wrapped);
      expect(box.x2 - box.x1).toBe(wrapped.width + grow);
      expect(box.y2 - box.y1).toBe(wrapped.height + grow);
    }
    // The text itself starts 5 px beyond the shape's box (30 × 30), on every side.
    const half = NODE_SIZE / 2;
    const inner = (side: LabelSide) => {
      const box = labelBox(side, centre, text);
      return { x1: box.x1 + grow / 2, y1: box.y1 + grow / 2, x2: box.x2 - grow / 2, y2: box.y2 - grow / 2 };
    };
    expect(inner('bottom').y1 - (centre.y + half)).toBe(5);
    expect(centre.y - half - inner('top').y2).toBe(5);
    expect(centre.x - half - inner('left').x2).toBe(5);
    expect(inner('right').x1 - (centre.x + half)).toBe(5);
    // Left and right mirror each other about the centre, as do top and bottom.
    const left = labelBox('left', centre, text);
    const right = labelBox('right', centre, text);
    expect(left.x1 + right.x2).toBe(2 * centre.x);
    expect(left.y1).toBe(right.y1);
    const top = labelBox('top', centre, text);
    const bottom = labelBox('bottom', centre, text);
    expect(top.y1 + bottom.y2).toBe(2 * centre.y);
  });
});

describe('normalizeColor', () => {
  /** A stand-in for a canvas context: knows a few colours, ignores anything else. */
  const parser = () => {
    const known: Record<string, string> = { '#000000': '#000000', '#ffffff': '#ffffff', red: '#ff0000', '#F00': '#ff0000' };
    let value = '#000000';
    return {
      get fillStyle(): string {
        return value;
      },
      set fillStyle(v: string) {
        if (v in known) value = known[v]!;
      },
    };
  };

  it('serialises colours and rejects what is not one', () => {
    expect(normalizeColor('red', parser())).toBe('#ff0000');
    expect(normalizeColor('#F00', parser())).toBe('#ff0000');
    expect(normalizeColor('#000000', parser())).toBe('#000000');
    expect(normalizeColor('light-dark(red, blue', parser())).toBeNull();
  });
});

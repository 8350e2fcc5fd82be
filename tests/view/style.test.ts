import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/format.ts';
import {
  ACTOR_KINDS, CLASSES, MIN_READABLE_FONT, DARK_THEME, KIND_SHAPES, LIGHT_THEME, RELATION_LINES, THEME_PROPERTIES, buildStylesheet, kindOf, normalizeColor, readTheme,
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
    const theme = readTheme((p) => values[p] ?? '', (v) => (v.startsWith('#') ? v : null), DARK_THEME);
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
    expect(styleOf(sheet, 'edge[type = "hostility"]')).toMatchObject({ 'line-style': 'dashed', 'line-dash-pattern': [14, 4, 3, 4], width: 5 });
    expect(styleOf(sheet, 'edge[type = "contested"]')).toMatchObject({ 'line-style': 'dashed', 'line-dash-pattern': [7, 5] });
  });

  it('puts arrows on directed relations only and fans out parallel ones', () => {
    expect(styleOf(sheet, 'edge')).toMatchObject({ 'target-arrow-shape': 'none', 'curve-style': 'bezier' });
    expect(styleOf(sheet, 'edge[?directed]')).toMatchObject({ 'target-arrow-shape': 'triangle' });
  });

  it('gives every actor kind its own shape and puts labels below nodes on a background', () => {
    const shapes = ACTOR_KINDS.map((kind) => JSON.stringify(styleOf(sheet, `node[kind = "${kind}"]`)));
    expect(new Set(shapes).size).toBe(ACTOR_KINDS.length);
    expect(styleOf(sheet, 'node[kind = "non-state armed group"]')).toEqual({
      shape: 'polygon',
      'shape-polygon-points': KIND_SHAPES['non-state armed group'].type === 'polygon' ? KIND_SHAPES['non-state armed group'].points.join(' ') : '',
    });
    expect(styleOf(sheet, 'node')).toMatchObject({ label: 'data(label)', 'text-valign': 'bottom', 'text-background-opacity': 0.85 });
  });

  it('draws large graphs for speed: straight lines with the arrow at the middle, labels only once readable', () => {
    const large = buildStylesheet(LIGHT_THEME, { large: true });
    expect(styleOf(large, 'edge')).toMatchObject({ 'curve-style': 'haystack', 'haystack-radius': 0 });
    expect(styleOf(large, 'edge[?directed]')).toEqual({ 'mid-target-arrow-shape': 'triangle' });
    expect(styleOf(large, 'node')).toMatchObject({ 'min-zoomed-font-size': MIN_READABLE_FONT });
    // Line styles stay: colour is still not the only difference between relation types.
    expect(styleOf(large, 'edge[type = "hostility"]')).toMatchObject({ 'line-style': 'dashed', 'line-dash-pattern': [14, 4, 3, 4], width: 5 });
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

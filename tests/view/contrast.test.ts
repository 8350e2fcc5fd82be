/**
 * Contrast of what is drawn on the canvas, which axe cannot see: in both themes (and the
 * explorer's dark theme), labels stand out 4.5:1 from the background and every line, outline,
 * path mark, selection mark and focus ring 3:1 (WCAG 2.2 AA, 1.4.3 and 1.4.11).
 */
import { describe, expect, it } from 'vitest';
import { darkTheme } from '../../src/components/actor-graph-explorer.styles.ts';
import elementStyles from '../../src/components/actor-graph.styles.ts';
import { DARK_THEME, LIGHT_THEME, PATH_UNDERLAY_OPACITY, SELECTED_UNDERLAY_OPACITY, type Theme } from '../../src/view/style.ts';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** The WCAG contrast ratio of two colours written #rrggbb. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** `color` at `opacity` over `background`. */
const over = (color: string, opacity: number, background: string) =>
  `#${channels(color).map((c, i) => Math.round(c * opacity + channels(background)[i]! * (1 - opacity)).toString(16).padStart(2, '0')).join('')}`;

/** `--prefix-name: var(--actor-graph-name, #hex)` defaults in a stylesheet, in order, as [name, hex]. */
const defaults = (cssText: string, prefix: string) =>
  [...cssText.matchAll(new RegExp(`--${prefix}-([a-z-]+): var\\(--actor-graph-[a-z-]+(?:, var\\(--actor-graph-[a-z-]+)?, (#[0-9a-f]{6})\\)`, 'gi'))].map((m) => [m[1]!, m[2]!.toLowerCase()] as const);

const themes: [string, Theme, string][] = [];
{
  // <actor-graph>'s own defaults: its light block, then its dark (prefers-color-scheme) block.
  const pairs = defaults(elementStyles.cssText, '_ag');
  const half = pairs.length / 2;
  const block = (list: readonly (readonly [string, string])[]) => Object.fromEntries(list);
  const light = block(pairs.slice(0, half));
  const dark = block(pairs.slice(half));
  themes.push(['light', LIGHT_THEME, light['focus-ring']!], ['dark', DARK_THEME, dark['focus-ring']!]);
  // The explorer's dark theme hands the drawing its own colours.
  const explorer = Object.fromEntries([...darkTheme.cssText.matchAll(/--actor-graph-([a-z-]+): (#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  themes.push(['explorer dark', {
    ...DARK_THEME, background: explorer.background!, text: explorer.text!, cooperation: explorer.cooperation!, hostility: explorer.hostility!,
    contested: explorer.contested!, nodeFill: explorer['node-fill']!, nodeBorder: explorer['node-border']!, highlight: explorer.highlight!,
  }, explorer['focus-ring']!]);

  describe('the element’s CSS defaults', () => {
    it('are the themes the drawing falls back to', () => {
      for (const [name, theme, colors] of [['light', LIGHT_THEME, light], ['dark', DARK_THEME, dark]] as const) {
        for (const key of ['background', 'text', 'cooperation', 'hostility', 'contested', 'highlight'] as const) expect(colors[key], `${name} ${key}`).toBe(theme[key]);
        expect(colors['node-fill'], name).toBe(theme.nodeFill);
        expect(colors['node-border'], name).toBe(theme.nodeBorder);
      }
    });
  });
}

describe('contrast of the drawing', () => {
  for (const [name, theme, focusRing] of themes) {
    it(`${name}: labels 4.5:1, lines, outlines, marks and focus ring 3:1`, () => {
      const bg = theme.background;
      const ratios: Record<string, number> = {
        'label text': contrast(theme.text, bg),
        'cooperation line': contrast(theme.cooperation, bg),
        'hostility line': contrast(theme.hostility, bg),
        'contested line': contrast(theme.contested, bg),
        'actor outline': contrast(theme.nodeBorder, bg),
        'path outline': contrast(theme.highlight, bg),
        'path halo': contrast(over(theme.highlight, PATH_UNDERLAY_OPACITY, bg), bg),
        'selected halo': contrast(over(theme.text, SELECTED_UNDERLAY_OPACITY, bg), bg),
        'focus ring': contrast(focusRing, bg),
      };
      const failing = Object.entries(ratios)
        .filter(([what, ratio]) => ratio < (what === 'label text' ? 4.5 : 3))
        .map(([what, ratio]) => `${what} ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
});

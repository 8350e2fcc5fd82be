/**
 * Contrast of both themes (WCAG 2.2 AA, 1.4.3 and 1.4.11), worked out from the theme's values:
 * - on the canvas, which axe cannot see, labels stand out 4.5:1 from the background and every
 *   line, outline, path mark, selection mark and focus ring 3:1;
 * - in the panels, each text 4.5:1 from the background it is written on, and each control's
 *   outline, mark and focus ring 3:1 from what lies around it, for every pair the stylesheets use.
 * The stylesheets take every colour from the theme sheet, which is written out from the themes:
 * checked here too, so that these figures are the colours shown. The same pairs are measured in
 * Chromium in tests/components/theme-contrast.browser.test.ts.
 */
import type { CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { darkTheme } from '../../src/components/actor-graph-explorer.styles.ts';
import { swatchStyles } from '../../src/components/relation-swatch.ts';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  TOKEN_PROPERTIES,
  handOnTheme,
  ownProperty,
  systemDarkTokens,
  themeTokens,
  type Palette,
  type Token,
} from '../../src/components/theme.styles.ts';
import { PATH_UNDERLAY_OPACITY, SELECTED_UNDERLAY_OPACITY } from '../../src/view/style.ts';
import { contrast, over } from '../support/contrast.ts';

const THEMES: [string, Palette][] = [
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
];
const TOKENS = Object.keys(TOKEN_PROPERTIES) as Token[];

/** `--_ag-name: var(--actor-graph-name, [var(--former, ]value[)])` declarations in a sheet, as public name → value. */
const resolved = (sheet: CSSResult) =>
  Object.fromEntries(
    [...sheet.cssText.matchAll(/--_ag-[a-z-]+: var\((--actor-graph-[a-z-]+), (.+)\);/g)].map((m) => [
      m[1]!,
      m[2]!.replace(/^var\(--actor-graph-[a-z-]+, (.+)\)$/, '$1'),
    ]),
  );
/** `--actor-graph-name: value` declarations in a sheet, as name → value. */
const assigned = (sheet: CSSResult) =>
  Object.fromEntries([...sheet.cssText.matchAll(/(--actor-graph-[a-z-]+): ([^;]+);/g)].map((m) => [m[1]!, m[2]!]));
const byProperty = (palette: Palette, tokens = TOKENS) =>
  Object.fromEntries(tokens.map((token) => [TOKEN_PROPERTIES[token], palette[token]]));

describe('the theme sheet', () => {
  it('gives every element the light theme unless a page sets a property', () => {
    expect(resolved(themeTokens)).toEqual(byProperty(LIGHT_PALETTE));
    expect(Object.keys(resolved(themeTokens))).toHaveLength(25);
    // One accent and one focus ring for every panel, where there were three of each.
    expect(resolved(themeTokens)['--actor-graph-accent']).toBe('#005a9c');
    expect(resolved(themeTokens)['--actor-graph-focus-ring']).toBe('#005a9c');
  });

  it('reads the names an earlier release read when the current ones are not set', () => {
    expect(themeTokens.cssText).toContain('--_ag-focus-ring: var(--actor-graph-focus-ring, var(--actor-graph-focus, #005a9c));');
    expect(themeTokens.cssText).toContain('--_ag-node-fill: var(--actor-graph-node-fill, var(--actor-graph-node, #f2f2f2));');
  });

  it('gives <actor-graph> the dark theme when the system asks for dark', () => {
    expect(systemDarkTokens.cssText).toMatch(/^\s*@media \(prefers-color-scheme: dark\) \{\s*:host \{/);
    expect(resolved(systemDarkTokens)).toEqual(byProperty(DARK_PALETTE));
    expect(resolved(systemDarkTokens)['--actor-graph-focus-ring']).toBe('#8ab4f8');
  });

  it('gives the explorer’s dark theme the same colours, set for the panels inside it to inherit', () => {
    expect(darkTheme.cssText).toMatch(/^\s*:host\(\[theme='dark'\]\) \{\s*color-scheme: dark;/);
    const colours = TOKENS.filter((token) => token !== 'font' && token !== 'shadow');
    expect(assigned(darkTheme)).toEqual(byProperty(DARK_PALETTE, colours));
    expect(assigned(darkTheme)['--actor-graph-background']).toBe('#161616');
  });

  it('hands an inner element the host’s colours through copies under other names, not its own, which would be a cycle', () => {
    const css = handOnTheme('actor-graph').cssText;
    expect(css).toContain('--_ag-outer-focus-ring: var(--_ag-focus-ring);');
    expect(css).toMatch(/actor-graph \{[^}]*--actor-graph-focus-ring: var\(--_ag-outer-focus-ring\);/);
    expect(css.match(/--actor-graph-[a-z-]+: var\(--_ag-(?!outer-)[a-z-]+\)/g)).toBeNull();
  });
});

describe('the elements’ stylesheets', () => {
  const modules = import.meta.glob<Record<string, unknown>>('../../src/components/*.styles.ts', { eager: true });
  const sheets: [string, string][] = Object.entries(modules).flatMap(([path, module]) =>
    Object.entries(module)
      .filter((entry): entry is [string, CSSResult] => typeof (entry[1] as CSSResult | undefined)?.cssText === 'string')
      .map(([name, sheet]) => [`${path.split('/').pop()} ${name}`, sheet.cssText] as [string, string]),
  );
  sheets.push(['relation-swatch.ts swatchStyles', swatchStyles.cssText]);
  /** A sheet's own rules: the theme sheet it starts with and its comments taken out. */
  const own = (cssText: string) =>
    [themeTokens, systemDarkTokens, darkTheme, handOnTheme('actor-graph')]
      .reduce((text, sheet) => text.replaceAll(sheet.cssText, ''), cssText)
      .replace(/\/\*[\s\S]*?\*\//g, '');

  it('are found: every element’s, the panels’ shared rules and the swatches’', () => {
    expect(sheets.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'actor-graph.styles.ts default',
        'actor-graph-legend.styles.ts default',
        'actor-graph-explorer.styles.ts explorerStyles',
        'actor-graph-explorer.styles.ts darkTheme',
        'actor-graph-balance.styles.ts balanceStyles',
        'actor-graph-details.styles.ts styles',
        'actor-graph-export-menu.styles.ts styles',
        'actor-graph-filters.styles.ts styles',
        'actor-graph-path-finder.styles.ts pathFinderStyles',
        'actor-graph-search.styles.ts styles',
        'actor-graph-table.styles.ts styles',
        'panel.styles.ts panelButtons',
        'relation-swatch.ts swatchStyles',
      ]),
    );
  });

  it('write no colour of their own: each comes from the theme sheet', () => {
    const named = '(?<![-\\w])(?:white|black|gr[ae]y|red|blue|green)(?![-\\w])';
    const colour = new RegExp(`#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\\(|${named}`, 'gi');
    const literals = sheets.flatMap(([name, css]) => [...own(css).matchAll(colour)].map((m) => `${name}: ${m[0]}`));
    expect(literals).toEqual([]);
  });

  it('read only private properties they declare: no token misnamed', () => {
    const declared = new Set(sheets.flatMap(([, css]) => [...css.matchAll(/(--_ag-[a-z-]+):/g)].map((m) => m[1]!)));
    expect(TOKENS.map(ownProperty).filter((p) => !declared.has(p))).toEqual([]);
    const unknown = sheets.flatMap(([name, css]) =>
      [...css.matchAll(/var\((--_ag-[a-z-]+)/g)]
        .map((m) => m[1]!)
        .filter((p) => !declared.has(p))
        .map((p) => `${name}: ${p}`),
    );
    expect(unknown).toEqual([]);
  });

  it('draw every focus ring in the one focus-ring colour', () => {
    const rings = new Set(sheets.flatMap(([, css]) => [...own(css).matchAll(/outline(?:-color)?:[^;]*?(var\([^)]*\))/g)].map((m) => m[1])));
    expect([...rings]).toEqual(['var(--_ag-focus-ring)']);
  });
});

describe('contrast of the drawing', () => {
  for (const [name, theme] of THEMES) {
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
        'focus ring': contrast(theme.focusRing, bg),
      };
      const failing = Object.entries(ratios)
        .filter(([what, ratio]) => ratio < (what === 'label text' ? 4.5 : 3))
        .map(([what, ratio]) => `${what} ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
});

/** Text in the panels, and the background it is written on: 4.5:1. */
const TEXT: [Token, Token, string][] = [
  ['text', 'background', 'text of every panel and the canvas hint'],
  ['muted', 'background', 'kinds, counts, hints'],
  ['link', 'background', 'links, and the table’s row buttons'],
  ['error', 'background', 'the message about a mistyped date'],
  ['text', 'buttonBackground', 'buttons of the details and the header, the export button'],
  ['accentText', 'accent', 'a pressed toggle, Find paths'],
  ['text', 'selectedBackground', 'the active search option, the focused menu item, the selected row'],
  ['muted', 'selectedBackground', 'kind and alias in the active option, an open end in the selected row'],
  ['link', 'selectedBackground', 'row buttons of the selected row'],
  ['text', 'accentBackground', 'the selected tab'],
  ['text', 'noticeBackground', 'a notice in the details'],
  ['error', 'errorBackground', 'the problems bar, an export that failed'],
  ['warning', 'warningBackground', 'the line saying a graph is from another site'],
];

/** Outlines, marks and focus rings, and what lies around them: 3:1. */
const MARKS: [Token, Token, string][] = [
  ['border', 'background', 'outlines of fields, buttons and groups'],
  ['accent', 'background', 'outlined buttons, a pressed toggle, checkboxes and the slider, the chosen path'],
  ['accent', 'selectedBackground', 'the edge mark of the selected row'],
  ['error', 'background', 'the outline of a mistyped date'],
  ['focusRing', 'background', 'the focus ring around a control, and inside the canvas'],
  ['focusRing', 'selectedBackground', 'the focus ring inside the active option and the focused menu item'],
  ['cooperation', 'background', 'line samples, balanced triads, friendly paths'],
  ['hostility', 'background', 'line samples, unbalanced triads, hostile paths'],
  ['contested', 'background', 'line samples, uncertain paths'],
];

describe('contrast of the panels', () => {
  for (const [name, theme] of THEMES) {
    it(`${name}: text 4.5:1, outlines, marks and focus ring 3:1`, () => {
      const failing = [...TEXT.map((pair) => [...pair, 4.5] as const), ...MARKS.map((pair) => [...pair, 3] as const)]
        .map(([fg, bg, where, least]) => ({ fg, bg, where, least, ratio: contrast(theme[fg], theme[bg]) }))
        .filter(({ ratio, least }) => ratio < least)
        .map(({ fg, bg, where, ratio }) => `${fg} on ${bg} (${where}) ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
});

/**
 * The light and dark themes: the drawing's colours, which cytoscape draws with, and the colours
 * of the panels and controls around it. Every element's stylesheet takes its colours from here
 * (src/components/theme.styles.ts turns them into custom properties), so each colour is written
 * once. Checked against WCAG AA in tests/view/contrast.test.ts.
 */

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
 * 4.5:1 (WCAG AA).
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
 * Colours of the panels and controls, which lie on the drawing's background and write in its
 * text colour. Which colour meets which, and the contrast each pair needs, is listed in
 * tests/view/contrast.test.ts.
 */
export interface PanelTheme {
  /** Secondary text: kinds, counts, hints. */
  muted: string;
  /** Outlines of fields, buttons and groups: what shows where a control is. */
  border: string;
  /** Rules between rows and between the explorer's columns, which only divide. */
  rule: string;
  /** Outlines of the analysis panels' buttons, a pressed toggle, checkboxes, the chosen path. */
  accent: string;
  /** Text on the accent colour. */
  accentText: string;
  /** The selected tab. */
  accentBackground: string;
  buttonBackground: string;
  link: string;
  noticeBackground: string;
  /** The active option, menu item or table row. */
  selectedBackground: string;
  /** The keyboard focus ring, on the canvas and on every control. */
  focusRing: string;
  error: string;
  errorBackground: string;
  warning: string;
  warningBackground: string;
  /** Shadow under lists and menus that open over the page. */
  shadow: string;
}

/** The custom property each panel theme field is read from. */
export const PANEL_THEME_PROPERTIES: Readonly<Record<keyof PanelTheme, string>> = {
  muted: '--actor-graph-muted',
  border: '--actor-graph-border',
  rule: '--actor-graph-rule',
  accent: '--actor-graph-accent',
  accentText: '--actor-graph-accent-text',
  accentBackground: '--actor-graph-accent-background',
  buttonBackground: '--actor-graph-button-background',
  link: '--actor-graph-link',
  noticeBackground: '--actor-graph-notice-background',
  selectedBackground: '--actor-graph-selected-background',
  focusRing: '--actor-graph-focus-ring',
  error: '--actor-graph-error',
  errorBackground: '--actor-graph-error-background',
  warning: '--actor-graph-warning',
  warningBackground: '--actor-graph-warning-background',
  shadow: '--actor-graph-shadow',
};

/**
 * Names an earlier release read, still read when the current one is not set: actor shapes were
 * filled from `--actor-graph-node`, and most panels drew their focus ring in `--actor-graph-focus`.
 */
export const FORMER_PROPERTIES: Readonly<Partial<Record<keyof Theme | keyof PanelTheme, string>>> = {
  nodeFill: '--actor-graph-node',
  focusRing: '--actor-graph-focus',
};

export const LIGHT_PANEL_THEME: Readonly<PanelTheme> = {
  muted: '#555555',
  border: '#767676',
  rule: '#d0d0d0',
  accent: '#005a9c',
  accentText: '#ffffff',
  accentBackground: '#e8f1fb',
  buttonBackground: '#f2f2f2',
  link: '#0b57a4',
  noticeBackground: '#eef3fb',
  selectedBackground: '#dbe8fa',
  focusRing: '#005a9c',
  error: '#8a1c0b',
  errorBackground: '#fff1ef',
  warning: '#5c4000',
  warningBackground: '#fff4ce',
  shadow: 'rgb(0 0 0 / 0.15)',
};

/** Blue-grey surfaces; outlines of controls light enough to stand out 3:1 from the dark background. */
export const DARK_PANEL_THEME: Readonly<PanelTheme> = {
  muted: '#b4bac3',
  border: '#6e757e',
  rule: '#454c56',
  accent: '#8ab4f8',
  accentText: '#0b1a2e',
  accentBackground: '#233247',
  buttonBackground: '#2a2f36',
  link: '#8ab4f8',
  noticeBackground: '#1f2a3a',
  selectedBackground: '#233247',
  focusRing: '#8ab4f8',
  error: '#ffb4a8',
  errorBackground: '#3b1712',
  warning: '#ffd98a',
  warningBackground: '#3a2c05',
  shadow: 'rgb(0 0 0 / 0.15)',
};

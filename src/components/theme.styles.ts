/**
 * The theme as custom properties, written out from src/view/theme.ts so that every colour is
 * typed once. Each token has a public property a page sets (`--actor-graph-accent`) and a
 * private copy the element's styles read (`--_ag-accent`): the page's value, or the theme's.
 * The public properties are never declared on an element's own host, where they would hide
 * the values a page sets on an ancestor (or the explorer's dark theme sets on its panels).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import {
  DARK_PANEL_THEME,
  DARK_THEME,
  FORMER_PROPERTIES,
  LIGHT_PANEL_THEME,
  LIGHT_THEME,
  PANEL_THEME_PROPERTIES,
  THEME_PROPERTIES,
  type PanelTheme,
  type Theme,
} from '../view/theme.ts';

/** Every value of a theme: the drawing's and the panels'. */
export type Palette = Theme & PanelTheme;
export type Token = keyof Palette;

export const LIGHT_PALETTE: Readonly<Palette> = { ...LIGHT_THEME, ...LIGHT_PANEL_THEME };
export const DARK_PALETTE: Readonly<Palette> = { ...DARK_THEME, ...DARK_PANEL_THEME };

/** The public custom property of each token. */
export const TOKEN_PROPERTIES: Readonly<Record<Token, string>> = { ...THEME_PROPERTIES, ...PANEL_THEME_PROPERTIES };

const TOKENS = Object.keys(TOKEN_PROPERTIES) as Token[];

/** The private property holding a token's value on an element, which its styles read. */
export const ownProperty = (token: Token): string => TOKEN_PROPERTIES[token].replace('--actor-graph-', '--_ag-');

/** The page's value of a token (under its current name, then its former one), else `value`. */
function chosen(token: Token, value: string): string {
  const former = FORMER_PROPERTIES[token];
  return `var(${TOKEN_PROPERTIES[token]}, ${former ? `var(${former}, ${value})` : value})`;
}

const resolved = (palette: Palette) =>
  unsafeCSS(TOKENS.map((token) => `${ownProperty(token)}: ${chosen(token, palette[token])};`).join('\n'));

/** The tokens the dark theme changes: every colour (the font is the same in both). */
const THEMED = TOKENS.filter((token) => LIGHT_PALETTE[token] !== DARK_PALETTE[token]);

/** Every token on the host, from the page or else the light theme. Each element's styles start with it. */
export const themeTokens = css`
  :host {
    ${resolved(LIGHT_PALETTE)}
  }
`;

/** The dark theme's defaults when the system asks for dark, for elements that follow the system (`<actor-graph>`). */
export const systemDarkTokens = css`
  @media (prefers-color-scheme: dark) {
    :host {
      ${resolved(DARK_PALETTE)}
    }
  }
`;

/**
 * The dark theme of an element with a `theme` attribute (the explorer): its public properties
 * set on its host, so that the panels inside inherit them.
 */
export const darkThemeAttribute = css`
  :host([theme='dark']) {
    color-scheme: dark;
    ${unsafeCSS(THEMED.map((token) => `${TOKEN_PROPERTIES[token]}: ${DARK_PALETTE[token]};`).join('\n'))}
  }
`;

/** The host's copy of a token handed on to an inner element, which that element does not declare. */
const handedProperty = (token: Token) => ownProperty(token).replace('--_ag-', '--_ag-outer-');

/**
 * Hands the elements `selector` finds inside the host the host's colours: an `<actor-graph>`
 * in a light explorer would otherwise follow a dark system colour scheme. Through a copy of each
 * token under another name, as `--actor-graph-x: var(--_ag-x)` on the inner element would read
 * that element's own `--_ag-x`, which reads `--actor-graph-x`: a cycle, and no colour at all.
 */
export function handOnTheme(selector: string): CSSResult {
  return css`
    :host {
      ${unsafeCSS(THEMED.map((token) => `${handedProperty(token)}: var(${ownProperty(token)});`).join('\n'))}
    }
    ${unsafeCSS(selector)} {
      ${unsafeCSS(THEMED.map((token) => `${TOKEN_PROPERTIES[token]}: var(${handedProperty(token)});`).join('\n'))}
    }
  `;
}

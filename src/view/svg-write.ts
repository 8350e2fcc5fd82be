/**
 * The small pieces every part of the SVG export writes with: how numbers, colours, opacities and
 * text are put into attributes, and where cytoscape keeps what it drew.
 */
import type { SingularElementArgument } from 'cytoscape';

/** Makes an SVG element with these attributes (null or undefined ones left out), under `parent`. */
export type Make = (tag: string, attributes?: Record<string, string | number | null | undefined>, parent?: Element) => Element;

export function setAll(element: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, typeof value === 'number' ? num(value) : value);
}

/** Numbers written with at most two decimals, never `-0`. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Text without the characters XML 1.0 cannot hold (control characters, lone surrogates). */
export function clean(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

export function hex(rgb: unknown): string {
  if (!Array.isArray(rgb)) return '#000000';
  return `#${rgb
    .slice(0, 3)
    .map((c) => Math.round(Number(c)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** An opacity attribute, left out when fully opaque. */
export const opacity = (value: number): number | null => (value >= 1 ? null : Math.max(0, value));

/** cytoscape's rendered scratch data of an element (internal, but what its own canvas draws from). */
export const scratch = <T>(ele: SingularElementArgument): T => (ele as unknown as { _private: { rscratch: T } })._private.rscratch;

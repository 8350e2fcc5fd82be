/**
 * GEXF's visual attributes (the `viz` namespace) as actor fields. Gephi stores where it drew a
 * node (`viz:position`), its colour and its size there; the position becomes the actor's x and
 * y, the colour and size are kept as the fields `color` and `size`.
 *
 * Gephi's y axis points up, a screen's down: y is negated both ways, so that a graph opened from
 * Gephi is drawn the way up Gephi drew it.
 */
import type { Cell } from './fields.ts';
import { attribute, childElements, localName } from './xml.ts';
import type { XmlElement } from './xml.ts';

/** The viz namespace of the GEXF version our writer declares. */
export const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** The viz element named `name` under a node, whatever the namespace's version or prefix. */
function vizChild(node: XmlElement, name: string): XmlElement | undefined {
  return childElements(node).find((child) => localName(child) === name && (child.namespaceURI ?? '').includes('viz'));
}

const numberAttribute = (element: XmlElement, name: string): number | undefined => {
  const text = attribute(element, name);
  const n = Number(text);
  return text === undefined || text.trim() === '' || !Number.isFinite(n) ? undefined : n;
};

const number = (n: number): Cell => ({ text: String(n), value: n });

const hex = (n: number) =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');

/** A viz colour as `#rrggbb` (`#rrggbbaa` when not opaque); GEXF 1.3 may give `hex` instead of r, g, b. */
function colourOf(element: XmlElement): string | undefined {
  const given = attribute(element, 'hex')?.trim();
  if (given !== undefined && /^#?[0-9a-f]{6}$/i.test(given)) return `#${given.replace('#', '').toLowerCase()}`;
  const [r, g, b] = ['r', 'g', 'b'].map((name) => numberAttribute(element, name));
  if (r === undefined || g === undefined || b === undefined) return undefined;
  const alpha = numberAttribute(element, 'a');
  return `#${hex(r)}${hex(g)}${hex(b)}${alpha === undefined || alpha >= 1 ? '' : hex(alpha * 255)}`;
}

/** The actor fields a node's viz elements give: x and y from its position, color, size. */
export function vizCells(node: XmlElement): Array<[string, Cell]> {
  const cells: Array<[string, Cell]> = [];
  const position = vizChild(node, 'position');
  const x = position === undefined ? undefined : numberAttribute(position, 'x');
  const y = position === undefined ? undefined : numberAttribute(position, 'y');
  // `0 - y` rather than `-y`, so that 0 stays 0 and never becomes -0.
  if (x !== undefined && y !== undefined) cells.push(['x', number(x)], ['y', number(0 - y)]);
  const colour = vizChild(node, 'color');
  const text = colour === undefined ? undefined : colourOf(colour);
  if (text !== undefined) cells.push(['color', { text, value: text }]);
  const size = vizChild(node, 'size');
  const value = size === undefined ? undefined : numberAttribute(size, 'value');
  if (value !== undefined) cells.push(['size', number(value)]);
  return cells;
}

/** The attributes of the `viz:position` of an actor at (x, y). */
export const vizPosition = (x: number, y: number): Array<[string, string]> => [
  ['x', String(x)],
  ['y', String(0 - y)],
];

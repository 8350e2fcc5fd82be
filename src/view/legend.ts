/**
 * What the legend lists and how its swatches are drawn: only the relation types and actor
 * kinds on screen, each with the line or outline the drawing uses (see `style.ts`). Pure.
 */
import { isolate } from '../model/bidi.ts';
import { RELATION_TYPES, type RelationType } from '../model/format.ts';
import { ACTOR_KINDS, KIND_SHAPES, RELATION_LINES, type ActorKind, type Shape } from './style.ts';

/** One relation type in the legend. */
export interface RelationLegendItem {
  type: RelationType;
  label: string;
  width: number;
  /** SVG `stroke-dasharray`, or '' for a solid line. */
  dash: string;
  description: string;
}

/** One actor kind in the legend. */
export interface KindLegendItem {
  kind: ActorKind;
  label: string;
  shape: Shape;
}

export interface LegendItems {
  relations: RelationLegendItem[];
  kinds: KindLegendItem[];
  /** True when some relation shown only possibly holds at the view's date (drawn as POSSIBLE_LOOK). */
  possible?: boolean;
}

/** The legend's words for a relation that only possibly holds at the view's date. */
export const POSSIBLE_LABEL = 'Possible at this date';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The legend for what is on screen. `kinds` maps each shape class shown to the kinds as
 * written in the data; for `other` those names are listed in its label, each between FSI and
 * PDI (see `model/bidi.ts`) so that none reorders the next.
 */
export function legendItems(types: Iterable<RelationType>, kinds: ReadonlyMap<ActorKind, Iterable<string>>, possible = false): LegendItems {
  const shown = new Set(types);
  const relations = RELATION_TYPES.filter((type) => shown.has(type)).map((type) => {
    const line = RELATION_LINES[type];
    return { type, label: capitalise(type), width: line.width, dash: line.dash.join(' '), description: line.description };
  });
  const kindItems = ACTOR_KINDS.filter((kind) => kinds.has(kind)).map((kind) => {
    let label = capitalise(kind);
    if (kind === 'other') {
      const names = [...new Set(kinds.get(kind))].filter((name) => name.toLowerCase() !== 'other').sort();
      if (names.length) label = `Other: ${names.map(isolate).join(', ')}`;
    }
    return { kind, label, shape: KIND_SHAPES[kind] };
  });
  return possible && relations.length ? { relations, kinds: kindItems, possible: true } : { relations, kinds: kindItems };
}

/**
 * The legend for the nodes and relation types shown (see `NodeData` in `elements.ts`), with the
 * entry for possible relations when `possible` (some relation shown only possibly holds).
 */
export function legendFor(
  nodes: Iterable<{ kind: ActorKind; kindName: string }>,
  types: Iterable<RelationType>,
  possible = false,
): LegendItems {
  const kinds = new Map<ActorKind, string[]>();
  for (const { kind, kindName } of nodes) kinds.set(kind, [...(kinds.get(kind) ?? []), kindName]);
  return legendItems(types, kinds, possible);
}

/** An SVG outline for a shape centred at (cx, cy) with half-size r. */
export type SvgShape =
  | { tag: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { tag: 'rect'; x: number; y: number; width: number; height: number; rx: number }
  | { tag: 'polygon'; points: string };

/** The outline cytoscape draws for a shape, in SVG terms. */
export function svgShape(shape: Shape, cx: number, cy: number, r: number): SvgShape {
  switch (shape.type) {
    case 'ellipse':
      return { tag: 'ellipse', cx, cy, rx: r, ry: r };
    case 'round-rectangle':
      // cytoscape rounds a quarter of the smaller side.
      return { tag: 'rect', x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, rx: r / 2 };
    case 'polygon': {
      const pairs: string[] = [];
      for (let i = 0; i + 1 < shape.points.length; i += 2) {
        const x = cx + shape.points[i]! * r;
        const y = cy + shape.points[i + 1]! * r;
        pairs.push(`${round(x)},${round(y)}`);
      }
      return { tag: 'polygon', points: pairs.join(' ') };
    }
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

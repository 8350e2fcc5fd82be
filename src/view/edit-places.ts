/**
 * Where actors are drawn while a graph is edited, so that an edit moves nothing but what it
 * changes. Every actor of the document handed to the drawing has a place (which makes the
 * drawing use the preset layout, with no layout run): its position in the file when the file
 * has positions, else where it was drawn last; an actor new to the drawing is placed near those
 * it joins. Places are worked out in the preset layout's box; positions written to the file are
 * in the file's own units.
 */
import type { Actor, GraphDocument } from '../model/format.ts';
import { presetScale, type Point } from './layout.ts';
import { placeNear } from './place-near.ts';

/** Positions written to a file, to a tenth of a unit: finer is noise. */
const rounded = (p: Point): Point => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });

const hasPosition = (a: Actor): a is Actor & Point => typeof a.x === 'number' && typeof a.y === 'number';

/** The actors the file places, and the move of their positions into the box and back. */
function fileScale(document: GraphDocument) {
  const placed = document.actors.filter(hasPosition);
  return placed.length ? presetScale(placed) : null;
}

/**
 * The place of every actor, in box units: from the file's positions when it has any, else from
 * `drawn` (where each was drawn last); actors in neither are placed near those they join.
 * Null when nothing is placed at all: the drawing lays the graph out.
 */
export function editPlaces(document: GraphDocument, drawn: ReadonlyMap<string, Point>): Map<string, Point> | null {
  const scale = fileScale(document);
  const places = new Map<string, Point>();
  for (const actor of document.actors) {
    const place = scale && hasPosition(actor) ? scale.toBox(actor) : scale ? undefined : drawn.get(actor.id);
    if (place) places.set(actor.id, place);
  }
  if (places.size === 0) return null;
  const joins = (id: string) => document.relations.flatMap((r) => (r.source === id ? [r.target] : r.target === id ? [r.source] : []));
  const missing = document.actors.filter((a) => !places.has(a.id)).map((a) => a.id);
  for (const [id, place] of placeNear(missing, joins, places)) places.set(id, place);
  return places;
}

/** The document as the drawing gets it: every actor at its place. */
export function placedDocument(document: GraphDocument, places: ReadonlyMap<string, Point>): GraphDocument {
  return { ...document, actors: document.actors.map((a) => ({ ...a, ...places.get(a.id) })) };
}

/**
 * The positions to write in the file for every actor, in the file's units, after `moved` were
 * dragged to `dropped` (where the drawing shows them). `places` are the places the drawing was
 * given, which it moved into its box: that move is undone first. When the drawing laid the graph
 * out itself (`given` false), `places` are where it drew each actor, and nothing is undone.
 */
export function movedPositions(
  document: GraphDocument,
  places: ReadonlyMap<string, Point>,
  dropped: ReadonlyMap<string, Point>,
  given = true,
): Record<string, Point> {
  const drawing = given ? presetScale([...places.values()]) : { fromBox: (p: Point) => p };
  const file = fileScale(document);
  const positions: Record<string, Point> = {};
  for (const actor of document.actors) {
    const drop = dropped.get(actor.id);
    const box = drop ? drawing.fromBox(drop) : places.get(actor.id);
    if (!drop && file && hasPosition(actor)) positions[actor.id] = { x: actor.x, y: actor.y };
    else if (box) positions[actor.id] = rounded(file ? file.fromBox(box) : box);
  }
  return positions;
}

/**
 * The document to save: when the file has positions, the actors added since get theirs too, in
 * the file's units, so that the file opens as it was drawn.
 */
export function documentToSave(document: GraphDocument, places: ReadonlyMap<string, Point> | null): GraphDocument {
  const file = fileScale(document);
  if (!file || !places) return document;
  return {
    ...document,
    actors: document.actors.map((a) => {
      const place = places.get(a.id);
      return hasPosition(a) || !place ? a : { ...a, ...rounded(file.fromBox(place)) };
    }),
  };
}

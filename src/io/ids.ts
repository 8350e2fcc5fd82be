/**
 * Ids for records a foreign file left without one, kept unique across actors and relations,
 * which share one namespace.
 */
import { freshId } from '../model/ids.ts';
import type { Fields } from './fields.ts';

export { freshId };

const blank = (x: unknown) => typeof x !== 'string' || x.trim() === '';

/**
 * Gives ids to records a foreign file left without one, and renames relations whose id an actor
 * or an earlier relation already holds: many tools number nodes and edges separately from 0,
 * while actor-graph keeps one namespace. A valid document is left exactly as it is.
 */
export function settleIds(actors: Fields[], relations: Fields[]): void {
  const used = new Set<string>();
  for (const actor of actors) if (!blank(actor.id)) used.add(actor.id as string);
  actors.forEach((actor, i) => {
    if (blank(actor.id)) actor.id = freshId(`actor-${i + 1}`, used);
    if (blank(actor.label)) actor.label = actor.id;
  });
  relations.forEach((relation, i) => {
    const id = relation.id;
    if (blank(id)) relation.id = freshId(`relation-${i + 1}`, used);
    else if (used.has(id as string)) relation.id = freshId(`relation-${id as string}`, used);
    else used.add(id as string);
  });
}

/**
 * Ids for records a foreign file left without one, kept unique across actors and relations,
 * which share one namespace.
 */
import type { Fields } from './fields.ts';

/** `base`, or `base-2`, `base-3`… whichever is not in `used`; the result is added to `used`. */
export function freshId(base: string, used: Set<string>): string {
  let id = base;
  if (used.has(id)) {
    // Where the last search for this base ended: ids are only ever added, so the first free
    // number is never below it, and n duplicates of one id take n steps, not n² / 2.
    let next = searches.get(used);
    if (!next) searches.set(used, (next = new Map<string, number>()));
    let n = next.get(base) ?? 2;
    while (used.has(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
    next.set(base, n + 1);
  }
  used.add(id);
  return id;
}

/** For each set of ids in use, the next number to try for each base. */
const searches = new WeakMap<Set<string>, Map<string, number>>();

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

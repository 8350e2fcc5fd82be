/**
 * Finding an actor by what a user types: its id, its label or one of its aliases, in any case.
 */
import type { ActorGraph } from './graph.ts';
import { normalizeName } from './search.ts';
import { closestNames } from './similar.ts';

/** A found actor id, or why none was found with the nearest names. */
export type ActorLookup = { ok: true; id: string } | { ok: false; message: string; suggestions: string[] };

/**
 * The form names are compared in: case, accents, curly quotes and spacing folded, and a
 * leading "the" dropped, so "Kremlin" finds "the Kremlin" and "taliban" finds "The Taliban".
 */
function lookupKey(name: string): string {
  return normalizeName(name).replace(/^the /, '');
}

/** Every name an actor answers to (id, label, aliases) mapped to actor ids, lower-cased. */
function nameIndex(graph: ActorGraph): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = lookupKey(name);
    if (!index.has(key)) index.set(key, new Set());
    index.get(key)!.add(id);
  };
  graph.forEachNode((id, actor) => {
    add(id, id);
    add(actor.label, id);
    for (const alias of actor.aliases ?? []) add(alias, id);
  });
  return index;
}

/**
 * Finds the actor named `name`. An exact id wins; otherwise a label or alias that names
 * exactly one actor. Never throws: an unknown or ambiguous name gives a message and suggestions.
 */
export function findActor(graph: ActorGraph, name: string): ActorLookup {
  if (graph.hasNode(name)) return { ok: true, id: name };
  const index = nameIndex(graph);
  const ids = index.get(lookupKey(name));
  if (ids && ids.size === 1) return { ok: true, id: [...ids][0]! };
  if (ids && ids.size > 1) {
    const suggestions = [...ids].sort();
    return { ok: false, message: `"${name}" names several actors: ${suggestions.join(', ')}`, suggestions };
  }
  // Suggest each near actor once, by its label, however many of its names came close.
  const near = closestNames(name, index.keys(), 10);
  const suggestions: string[] = [];
  for (const key of near) {
    for (const id of index.get(key) ?? []) {
      const label = graph.getNodeAttribute(id, 'label');
      if (!suggestions.includes(label)) suggestions.push(label);
    }
  }
  suggestions.splice(3);
  const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  return { ok: false, message: `No actor is named "${name}"${hint}`, suggestions };
}

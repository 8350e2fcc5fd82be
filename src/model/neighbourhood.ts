/**
 * The part of a graph around one actor, for showing an actor's neighbourhood alone.
 */
import type { ActorGraph } from './graph.ts';

/** The actors and relations within `depth` steps of an actor, walking relations either way. */
export interface Neighbourhood {
  actors: Set<string>;
  relations: Set<string>;
}

/**
 * The neighbourhood of `actorId` within `depth` steps along relations for which `usable` is
 * true. Relations between two actors of the neighbourhood are included when usable.
 */
export function neighbourhood(graph: ActorGraph, actorId: string, depth: number, usable: (relationId: string) => boolean): Neighbourhood {
  const actors = new Set<string>([actorId]);
  let front = [actorId];
  for (let step = 0; step < depth && front.length > 0; step++) {
    const next: string[] = [];
    for (const actor of front) {
      graph.forEachEdge(actor, (id, _relation, source, target) => {
        if (!usable(id)) return;
        const other = source === actor ? target : source;
        if (!actors.has(other)) {
          actors.add(other);
          next.push(other);
        }
      });
    }
    front = next;
  }
  const relations = new Set<string>();
  graph.forEachEdge((id, _relation, source, target) => {
    if (actors.has(source) && actors.has(target) && usable(id)) relations.add(id);
  });
  return { actors, relations };
}

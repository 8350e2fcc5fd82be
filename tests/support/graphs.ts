/** Small hand-made graphs for model tests. */
import type { GraphDocument, Relation, RelationType } from '../../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../../src/model/graph.ts';

/** A relation as a row: id, source, target, type, and any other fields. */
export type Row = [id: string, source: string, target: string, type: RelationType, extra?: Partial<Relation>];

/** A loaded graph of `actors` (an id, labelled with its upper case, or [id, label]) and `rows`. */
export function graphOf(actors: (string | [id: string, label: string])[], rows: Row[]): ActorGraph {
  const document: GraphDocument = {
    version: 1,
    title: 'test',
    sources: [],
    actors: actors.map((actor) =>
      typeof actor === 'string' ? { id: actor, label: actor.toUpperCase() } : { id: actor[0], label: actor[1] },
    ),
    relations: rows.map(([id, source, target, type, extra]) => ({ id, source, target, type, ...extra })),
  };
  return loadGraph(document);
}

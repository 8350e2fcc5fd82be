/**
 * What a path means: its overall sign, and plain-language readings of relations, paths and
 * signs, worded from actor labels.
 */
import { asWritten, type Name } from './bidi.ts';
import type { RelationType } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { periodClause } from './timeline.ts';

/** A path's overall stance: `+` friendly, `-` hostile, `?` when any step is contested. */
export type PathSign = '+' | '-' | '?';

/** A path as `readPath` needs it: `relations[i]` joins `actors[i]` to `actors[i + 1]`. */
export interface PathSteps {
  actors: readonly string[];
  relations: readonly string[];
}

/**
 * The phrase joining two actors, by relation type. `against` words a directed relation read
 * from its target, so "Russia → Taliban" read from the Taliban's side stays true.
 */
const PHRASES: Record<RelationType, { along: string; against: string }> = {
  cooperation: { along: 'cooperates with', against: 'receives cooperation from' },
  hostility: { along: 'is hostile to', against: 'faces hostility from' },
  contested: { along: 'has a contested relation with', against: 'is the target of a contested relation from' },
};

const SIGNS: Record<PathSign, string> = {
  '+': 'friendly overall (cooperation, or the enemy of an enemy)',
  '-': 'hostile overall',
  '?': 'uncertain: a step is contested',
};

/**
 * The overall sign of a chain of relations: the product of its steps, cooperation `+` and
 * hostility `-`, so the enemy of an enemy is `+`; any contested step makes it `?`. An empty
 * chain is `+`. Throws on an unknown relation id, which is a caller's mistake.
 */
export function pathSign(graph: ActorGraph, relationIds: readonly string[]): PathSign {
  let negative = false;
  for (const id of relationIds) {
    if (!graph.hasEdge(id)) throw new RangeError(`No relation has the id "${id}"`);
    const type = graph.getEdgeAttributes(id).type;
    if (type === 'contested') return '?';
    if (type === 'hostility') negative = !negative;
  }
  return negative ? '-' : '+';
}

/**
 * The phrase for one relation type, e.g. `cooperates with`; with `against`, the phrase for a
 * directed relation read from its target, e.g. `receives cooperation from`.
 */
export function relationPhrase(type: RelationType, against = false): string {
  // Own keys only, so a stray name such as "constructor" is refused rather than read.
  if (!Object.hasOwn(PHRASES, type)) throw new RangeError(`Unknown relation type "${String(type)}"`);
  return against ? PHRASES[type].against : PHRASES[type].along;
}

/**
 * One sentence for a path, e.g. "Russia cooperates with Taliban, which is hostile to ISIS."
 * Labels are used as written, or as `name` gives them (`isolate` for a page); each relation is
 * worded in the direction it is walked. Throws when the path does not fit the graph, which is a
 * caller's mistake.
 */
export function readPath(graph: ActorGraph, path: PathSteps, name: Name = asWritten): string {
  const { actors, relations } = path;
  if (actors.length === 0 || actors.length !== relations.length + 1) {
    throw new RangeError(`A path needs one actor more than relations, not ${actors.length} and ${relations.length}`);
  }
  for (const id of actors) label(graph, id);
  const first = name(label(graph, actors[0]!));
  if (relations.length === 0) return `${first} is both the start and the end; no relation is needed.`;
  const clauses = relations.map((id, i) => step(graph, id, actors[i]!, actors[i + 1]!, name));
  return `${first} ${clauses.join(', which ')}.`;
}

/**
 * One sentence for one relation, read from its source, e.g. "Russia cooperates with Taliban
 * (one way, arms deliveries) from 2015 to 2021." or "… since no later than December 2015.",
 * dates in words as `periodClause` gives them; a relation without dates gets no clause.
 * Labels are named by `name`, as for `readPath`. Throws on an unknown relation id.
 */
export function readRelation(graph: ActorGraph, relationId: string, name: Name = asWritten): string {
  if (!graph.hasEdge(relationId)) throw new RangeError(`No relation has the id "${relationId}"`);
  const relation = graph.getEdgeAttributes(relationId);
  const source = graph.source(relationId);
  const notes: string[] = [];
  if (graph.isDirected(relationId)) notes.push('one way');
  if (relation.label) notes.push(name(relation.label));
  let sentence = `${name(label(graph, source))} ${step(graph, relationId, source, graph.target(relationId), name)}`;
  if (notes.length) sentence += ` (${notes.join(', ')})`;
  const period = periodClause(relation);
  if (period) sentence += ` ${period}`;
  return `${sentence}.`;
}

/** What a path's sign means, in words, e.g. `hostile overall` for `-`. */
export function readSign(sign: PathSign): string {
  if (!Object.hasOwn(SIGNS, sign)) throw new RangeError(`Unknown path sign "${String(sign)}"`);
  return SIGNS[sign];
}

function label(graph: ActorGraph, id: string): string {
  if (!graph.hasNode(id)) throw new RangeError(`No actor has the id "${id}"`);
  // Labels are required by the format, but a graph built by hand may lack one.
  return graph.getNodeAttributes(id).label || id;
}

/** The phrase and far actor for walking `relationId` from `from` to `to`, e.g. "is hostile to ISIS". */
function step(graph: ActorGraph, relationId: string, from: string, to: string, name: Name): string {
  if (!graph.hasEdge(relationId)) throw new RangeError(`No relation has the id "${relationId}"`);
  const [source, target] = graph.extremities(relationId);
  if (!((source === from && target === to) || (source === to && target === from))) {
    throw new RangeError(`Relation "${relationId}" does not join "${from}" and "${to}"`);
  }
  const against = graph.isDirected(relationId) && source !== from;
  return `${relationPhrase(graph.getEdgeAttributes(relationId).type, against)} ${name(label(graph, to))}`;
}

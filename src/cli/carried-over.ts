/**
 * What a written file loses: the document as written is read back and compared with the one it
 * was written from, field by field, so that the report follows the data and the formats as they
 * are rather than a fixed list.
 */
import { isDeepStrictEqual } from 'node:util';
import type { GraphDocument } from '../model/format.ts';
import { listed } from './write-data.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Field names as a person reads them. */
const WORDS: Record<string, string> = {
  startBound: 'start bound',
  endBound: 'end bound',
  x: 'position',
  y: 'position',
};

/** Counts per field of the records whose field did not come back as it was. */
function lostFields<T extends object>(pairs: Array<[T, T]>, skip: readonly string[]): Map<string, number> {
  const lost = new Map<string, number>();
  for (const [before, after] of pairs) {
    const names = new Set<string>();
    for (const [key, value] of Object.entries(before)) {
      if (skip.includes(key) || value === undefined) continue;
      if (!isDeepStrictEqual(value, (after as Record<string, unknown>)[key])) names.add(WORDS[key] ?? key);
    }
    for (const name of names) lost.set(name, (lost.get(name) ?? 0) + 1);
  }
  return lost;
}

const describe = (lost: Map<string, number>, what: string, total: number): string[] =>
  [...lost].map(
    ([field, n]) => `the ${field} of ${n === total ? `every ${what}` : plural(n, what)}${n === total && total > 1 ? ` (${total})` : ''}`,
  );

/**
 * What of `before` is not in `after` (the file read back), one line per kind of loss: "the
 * evidence of every relation (37)", "1 source", "the title". Empty when nothing was lost.
 */
export function carriedOver(before: GraphDocument, after: GraphDocument): string[] {
  const lines: string[] = [];
  const head = Object.keys(before).filter(
    (key) => !['actors', 'relations', 'sources', 'version'].includes(key) && !isDeepStrictEqual(before[key], after[key]),
  );
  if (head.length) lines.push(`the document's ${listed(head)}`);
  if (before.version !== after.version) lines.push(`the version ${before.version} (read back as ${after.version})`);

  const sourcesBefore = before.sources ?? [];
  const sourcesAfter = new Map((after.sources ?? []).map((s) => [s.id, s]));
  const lostSources = sourcesBefore.filter((s) => !sourcesAfter.has(s.id)).length;
  if (lostSources) lines.push(plural(lostSources, 'source'));
  const sourcePairs = sourcesBefore.flatMap((s) => (sourcesAfter.has(s.id) ? [[s, sourcesAfter.get(s.id)!] as [typeof s, typeof s]] : []));
  lines.push(...describe(lostFields(sourcePairs, ['id']), 'source', sourcesBefore.length));

  // Actors by id, else by label: a file that names ends by label gives ids of its own.
  const byId = new Map(after.actors.map((a) => [a.id, a]));
  const byLabel = new Map(after.actors.map((a) => [a.label.trim().toLowerCase(), a]));
  const actorPairs: Array<[(typeof before.actors)[number], (typeof before.actors)[number]]> = [];
  const idOf = new Map<string, string>();
  let missingActors = 0;
  for (const actor of before.actors) {
    const match = byId.get(actor.id) ?? byLabel.get(actor.label.trim().toLowerCase());
    if (match === undefined) missingActors++;
    else {
      actorPairs.push([actor, match]);
      idOf.set(actor.id, match.id);
    }
  }
  if (missingActors) lines.push(plural(missingActors, 'actor'));
  const actorIds = actorPairs.filter(([a, b]) => a.id !== b.id).length;
  if (actorIds) lines.push(`the id of ${actorIds === before.actors.length ? `every actor (${actorIds})` : plural(actorIds, 'actor')}`);
  lines.push(...describe(lostFields(actorPairs, ['id']), 'actor', before.actors.length));

  // Relations by id, else in the order written, which every format keeps.
  const relationsById = new Map(after.relations.map((r) => [r.id, r]));
  const sameIds = before.relations.every((r) => relationsById.has(r.id));
  const relationPairs = before.relations.flatMap((relation, i) => {
    const match = sameIds ? relationsById.get(relation.id) : after.relations[i];
    return match === undefined ? [] : [[relation, match] as [typeof relation, typeof relation]];
  });
  if (after.relations.length < before.relations.length) lines.push(plural(before.relations.length - after.relations.length, 'relation'));
  if (after.relations.length > before.relations.length) {
    lines.push(
      `${plural(after.relations.length - before.relations.length, 'relation')} more than written, read back as relations of their own`,
    );
  }
  if (!sameIds) lines.push(`the id of every relation (${before.relations.length})`);
  // Ends are compared through the actors they became.
  const ends = relationPairs.filter(([a, b]) => idOf.get(a.source) !== b.source || idOf.get(a.target) !== b.target).length;
  if (ends) lines.push(`the ends of ${plural(ends, 'relation')}`);
  const relationFields = lostFields(relationPairs, ['id', 'source', 'target', 'evidence']);
  lines.push(...describe(relationFields, 'relation', before.relations.length));
  const evidence = relationPairs.filter(([a, b]) => a.evidence !== undefined && !isDeepStrictEqual(a.evidence, b.evidence));
  if (evidence.length) {
    const pieces = evidence.reduce((n, [a]) => n + (a.evidence?.length ?? 0), 0);
    lines.push(`the evidence of ${plural(evidence.length, 'relation')} (${plural(pieces, 'piece')})`);
  }
  return lines;
}

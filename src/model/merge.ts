/**
 * Merging graph documents into one: actors matched by id, label or alias, relations that say
 * the same thing united with their evidence, sources matched by address or title, every id
 * kept unique, and a report of what matched, what was added and what conflicts. Pure.
 */
import type { Actor, Evidence, GraphDocument, Relation, RelationType, Source } from './format.ts';
import { IdSpace, evidenceKey, fillFields, nameKey, pairKey, relationKey, urlKey } from './merge-keys.ts';
import { normalizeName } from './search.ts';
import { commonWindow } from './time-bounds.ts';

export { describeMerge } from './merge-describe.ts';

/**
 * What a merge did. Files are numbered by their place in the list given, from 0; the first
 * file is the base everything else is compared with, so entries name files from 1 on. Ids
 * `from` are as the later file wrote them, ids `into` and added ids as the merged document has them.
 */
export interface MergeReport {
  /** Actors of a later document matched to an earlier one: by what (id, label, alias), with both ids. */
  matchedActors: { from: string; into: string; by: 'id' | 'label' | 'alias'; file: number }[];
  addedActors: { id: string; file: number }[];
  matchedRelations: { from: string; into: string; file: number; evidenceAdded: number }[];
  addedRelations: { id: string; file: number }[];
  matchedSources: { from: string; into: string; by: 'id' | 'url' | 'title'; file: number }[];
  addedSources: { id: string; file: number }[];
  /** Same pair, overlapping dates, different type: kept as separate relations. */
  conflicts: { relations: [string, string]; actors: [string, string]; types: [RelationType, RelationType] }[];
  /** Ids changed to stay unique: file index, old id, new id, and what it names. */
  renamed: { file: number; what: 'actor' | 'relation' | 'source'; from: string; to: string }[];
}

/** The merged document and its report; see `mergeDocuments`. */
export interface MergeResult {
  document: GraphDocument;
  report: MergeReport;
}

/** A merged document as it is built: its lists, and the id spaces they share. */
interface Merged {
  sources: Source[];
  actors: Actor[];
  relations: Relation[];
  /** Actors and relations share one space of ids, since a selection names either. */
  ids: IdSpace;
  sourceIds: IdSpace;
  report: MergeReport;
}

/**
 * Merges `documents` into one, the first being the base: its title (unless `options.title`
 * gives one), its order and its values come first, and what later files add is appended.
 *
 * - An actor matches an earlier one with the same id and a name in common, else one whose label
 *   is its label, else one with any name (label or alias) in common; names are compared ignoring
 *   case, accents and a leading "the". The same id with no name in common is a different actor,
 *   since tools number their nodes and `n0` of one file is rarely `n0` of another. An earlier
 *   actor is matched by one actor of each file at most, so no relation comes to join an actor to itself.
 * - A matched actor keeps its id and label; the other file's label and aliases become aliases
 *   when they differ from its names as searches compare them.
 * - A source matches by id with the same address or title, else by address (scheme and host in
 *   any case, trailing slash ignored), else by title (compared as names are); never when both
 *   have addresses that differ.
 * - Relations with the same ends (either order when undirected), type, direction and dates
 *   (with their bound kinds) are one; their evidence is united, a piece with the same source,
 *   locator, quote and claimant as one already there being left out.
 * - A relation added from a later file with a different type than an earlier relation of the
 *   same pair, over dates that overlap or are not given, is a conflict: both are kept.
 * - Any other field is kept; on a clash the earlier file's value stays.
 * - An id a later file uses for something else is renamed `id-2` (or the next free number), and
 *   relation ends and evidence follow it.
 */
export function mergeDocuments(documents: readonly GraphDocument[], options: { title?: string } = {}): MergeResult {
  const report: MergeReport = {
    matchedActors: [],
    addedActors: [],
    matchedRelations: [],
    addedRelations: [],
    matchedSources: [],
    addedSources: [],
    conflicts: [],
    renamed: [],
  };
  const [first, ...later] = documents.map((document) => structuredClone(document));
  if (!first) return { document: { version: 1, title: options.title ?? '', actors: [], relations: [] }, report };
  const merged: Merged = {
    sources: first.sources ?? [],
    actors: first.actors,
    relations: first.relations,
    ids: new IdSpace([...first.actors, ...first.relations].map((item) => item.id)),
    sourceIds: new IdSpace((first.sources ?? []).map((source) => source.id)),
    report,
  };
  later.forEach((document, i) => mergeFile(merged, document, i + 1));
  return { document: assemble(first, later, merged, options.title), report };
}

function mergeFile(merged: Merged, document: GraphDocument, file: number): void {
  merged.sourceIds.reserve((document.sources ?? []).map((source) => source.id));
  const sourceIds = mergeSources(merged, document.sources ?? [], file);
  merged.ids.reserve([...document.actors, ...document.relations].map((item) => item.id));
  const actorIds = mergeActors(merged, document.actors, file);
  mergeRelations(merged, document.relations, file, actorIds, sourceIds);
}

/** Matches or adds each source of a later file; its ids mapped to the merged document's. */
function mergeSources(merged: Merged, sources: readonly Source[], file: number): Map<string, string> {
  const earlier = merged.sources.slice();
  const byId = new Map(earlier.map((source) => [source.id, source]));
  const urlOf = (source: Source) => (source.url === undefined ? undefined : urlKey(source.url));
  const byUrl = new Index(earlier, (source) => [urlOf(source)]);
  const byTitle = new Index(earlier, (source) => [nameKey(source.title)]);
  const taken = new Set<Source>();
  const ids = new Map<string, string>();
  for (const source of sources) {
    const url = urlOf(source);
    const title = nameKey(source.title);
    // Two addresses that differ are two publications, whatever their titles.
    const addressesAgree = (other: Source) => url === undefined || urlOf(other) === undefined || urlOf(other) === url;
    const sameId = byId.get(source.id);
    let match: { into: Source; by: 'id' | 'url' | 'title' } | undefined;
    if (
      sameId &&
      !taken.has(sameId) &&
      addressesAgree(sameId) &&
      ((url !== undefined && urlOf(sameId) === url) || nameKey(sameId.title) === title)
    )
      match = { into: sameId, by: 'id' };
    match ??= byUrl.first([url], taken, 'url');
    match ??= byTitle.first([title], taken, 'title', addressesAgree);
    if (match) {
      taken.add(match.into);
      ids.set(source.id, match.into.id);
      fillFields(match.into, source, ['id']);
      merged.report.matchedSources.push({ from: source.id, into: match.into.id, by: match.by, file });
    } else {
      const id = rename(merged, merged.sourceIds, 'source', source.id, file);
      ids.set(source.id, id);
      merged.sources.push({ ...source, id });
      merged.report.addedSources.push({ id, file });
    }
  }
  return ids;
}

/** Items by keys, so that a match is found without a pass over every item. */
class Index<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly place = new Map<T, number>();

  constructor(items: readonly T[], keys: (item: T) => readonly (string | undefined)[]) {
    items.forEach((item, i) => {
      this.place.set(item, i);
      for (const key of new Set(keys(item))) if (key !== undefined) listAt(this.byKey, key).push(item);
    });
  }

  /** The first item, in the items' order, filed under any of `keys`, not taken, that `test` accepts; as a match `by` that. */
  first<B>(keys: readonly (string | undefined)[], taken: ReadonlySet<T>, by: B, test: (item: T) => boolean = () => true) {
    let best: T | undefined;
    for (const key of keys) {
      if (key === undefined) continue;
      const found = this.byKey.get(key)?.find((item) => !taken.has(item) && test(item));
      if (found !== undefined && (best === undefined || this.place.get(found)! < this.place.get(best)!)) best = found;
    }
    return best === undefined ? undefined : { into: best, by };
  }
}

/** `id` if free in `space`, else a fresh one, reported as a rename. */
function rename(merged: Merged, space: IdSpace, what: 'actor' | 'relation' | 'source', id: string, file: number): string {
  const fresh = space.take(id);
  if (fresh !== id) merged.report.renamed.push({ file, what, from: id, to: fresh });
  return fresh;
}

const namesOf = (actor: Actor): string[] => [actor.label, ...(actor.aliases ?? [])];

/** Matches or adds each actor of a later file; its ids mapped to the merged document's. */
function mergeActors(merged: Merged, actors: readonly Actor[], file: number): Map<string, string> {
  const earlier = merged.actors.slice();
  const byId = new Map(earlier.map((actor) => [actor.id, actor]));
  const byLabel = new Index(earlier, (actor) => [nameKey(actor.label)]);
  const byName = new Index(earlier, (actor) => namesOf(actor).map(nameKey));
  const taken = new Set<Actor>();
  const ids = new Map<string, string>();
  for (const actor of actors) {
    const own = namesOf(actor).map(nameKey);
    const sameId = byId.get(actor.id);
    let match: { into: Actor; by: 'id' | 'label' | 'alias' } | undefined;
    if (sameId && !taken.has(sameId) && namesOf(sameId).some((name) => own.includes(nameKey(name)))) match = { into: sameId, by: 'id' };
    match ??= byLabel.first([nameKey(actor.label)], taken, 'label');
    match ??= byName.first(own, taken, 'alias');
    if (match) {
      taken.add(match.into);
      ids.set(actor.id, match.into.id);
      uniteAliases(match.into, namesOf(actor));
      fillFields(match.into, actor, ['id', 'label', 'aliases']);
      merged.report.matchedActors.push({ from: actor.id, into: match.into.id, by: match.by, file });
    } else {
      const id = rename(merged, merged.ids, 'actor', actor.id, file);
      ids.set(actor.id, id);
      merged.actors.push({ ...actor, id });
      merged.report.addedActors.push({ id, file });
    }
  }
  return ids;
}

/**
 * Adds to an actor's aliases each name a search for it would not find among its names as they
 * are: "The Taliban" is added to "Taliban" (a search for it finds no "Taliban"), "Kremlin" is not
 * added beside "the Kremlin".
 */
function uniteAliases(actor: Actor, others: readonly string[]): void {
  const known = new Set(namesOf(actor).flatMap((name) => [normalizeName(name), nameKey(name)]));
  const added = others.filter((name) => {
    const key = normalizeName(name);
    if (known.has(key)) return false;
    known.add(key).add(nameKey(name));
    return true;
  });
  if (added.length) actor.aliases = [...(actor.aliases ?? []), ...added];
}

/** Matches or adds each relation of a later file, then reports what the added ones conflict with. */
function mergeRelations(
  merged: Merged,
  relations: readonly Relation[],
  file: number,
  actorIds: ReadonlyMap<string, string>,
  sourceIds: ReadonlyMap<string, string>,
): void {
  const earlier = merged.relations.slice();
  const byKey = new Map<string, Relation[]>();
  for (const relation of earlier) listAt(byKey, relationKey(relation, relation.source, relation.target)).push(relation);
  const taken = new Set<Relation>();
  const added: Relation[] = [];
  const actorOf = (id: string) => actorIds.get(id) ?? id;
  for (const relation of relations) {
    const source = actorOf(relation.source);
    const target = actorOf(relation.target);
    const evidence = relation.evidence?.map((piece) => ({ ...piece, source: sourceIds.get(piece.source) ?? piece.source }));
    const candidates = (byKey.get(relationKey(relation, source, target)) ?? []).filter((other) => !taken.has(other));
    const into = candidates.find((other) => other.id === relation.id) ?? candidates[0];
    if (into) {
      taken.add(into);
      const evidenceAdded = uniteEvidence(into, evidence);
      fillFields(into, relation, ['id', 'source', 'target', 'evidence']);
      merged.report.matchedRelations.push({ from: relation.id, into: into.id, file, evidenceAdded });
    } else {
      const id = rename(merged, merged.ids, 'relation', relation.id, file);
      const copy: Relation = { ...relation, id, source, target };
      if (evidence) copy.evidence = evidence;
      merged.relations.push(copy);
      added.push(copy);
      merged.report.addedRelations.push({ id, file });
    }
  }
  reportConflicts(
    merged,
    earlier.filter((relation) => !taken.has(relation)),
    added,
  );
}

function listAt<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Appends the pieces of evidence `into` lacks; how many it gained. Each piece already there
 * takes the fields it lacks from one piece saying the same thing at most, so that pieces a file
 * repeats are paired one to one and none takes another's fields.
 */
function uniteEvidence(into: Relation, evidence: readonly Evidence[] | undefined): number {
  if (!evidence?.length) return 0;
  const list = (into.evidence ??= []);
  const unpaired = new Map<string, Evidence[]>();
  for (const piece of list) listAt(unpaired, evidenceKey(piece, piece.source)).push(piece);
  let added = 0;
  for (const piece of evidence) {
    const key = evidenceKey(piece, piece.source);
    const same = unpaired.get(key);
    if (same) {
      const pair = same.shift();
      if (pair) fillFields(pair, piece);
      continue;
    }
    list.push(piece);
    unpaired.set(key, []);
    added++;
  }
  return added;
}

/**
 * Conflicts between relations a file added and earlier relations it does not itself hold: a file
 * that gives one pair both cooperation and hostility disagrees with no other file by doing so.
 */
function reportConflicts(merged: Merged, earlier: readonly Relation[], added: readonly Relation[]): void {
  const byPair = new Map<string, Relation[]>();
  for (const relation of earlier) listAt(byPair, pairKey(relation.source, relation.target)).push(relation);
  for (const relation of added) {
    for (const other of byPair.get(pairKey(relation.source, relation.target)) ?? []) {
      if (other.type === relation.type || commonWindow([other, relation]) === null) continue;
      merged.report.conflicts.push({
        relations: [other.id, relation.id],
        actors: [other.source, other.target],
        types: [other.type, relation.type],
      });
    }
  }
}

/**
 * The merged document, its fields in the first file's order: the highest version of any file
 * (1.1 says bounds or evidence dates may be used), the title, and a sources list when any file had one.
 */
function assemble(first: GraphDocument, later: readonly GraphDocument[], merged: Merged, title: string | undefined): GraphDocument {
  const document: Record<string, unknown> = {};
  const anySources = [first, ...later].some((doc) => doc.sources !== undefined);
  const lists: Record<string, unknown> = { actors: merged.actors, relations: merged.relations };
  if (anySources) lists.sources = merged.sources;
  for (const key of Object.keys(first)) {
    // Sources given only by a later file go where the format puts them, before the actors.
    if (key === 'actors' && anySources && first.sources === undefined) document.sources = merged.sources;
    Object.defineProperty(document, key, {
      value: Object.hasOwn(lists, key) ? lists[key] : first[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const doc of later) fillFields(document, doc, ['sources', 'actors', 'relations']);
  document.version = Math.max(...[first, ...later].map((doc) => doc.version));
  if (title !== undefined) document.title = title;
  return document as GraphDocument;
}

/**
 * What every flat format (GEXF, GraphML, CSV) shares: which fields of a record have a slot of
 * their own, and how named values read from a file become actors, relations and documents.
 *
 * Files written by actor-graph carry every field under its own name, so reading them back is
 * exact. Files from elsewhere go through the same code: a value under a name we know fills that
 * field, any other value is kept as an extra field, and the few things a foreign file lacks
 * (ids, labels, relation types) are filled by the documented rules below.
 */
import { isDate } from '../model/dates.ts';
import { BOUND_KINDS } from '../model/format.ts';
import type { BoundKind, Problem, RelationType, ValidationResult } from '../model/format.ts';
import { isRelationType } from '../model/relation-types.ts';
import { validateDocument } from '../model/validate.ts';
import { ReadRefusal, parseJsonText } from './json-values.ts';
import type { RelationTyping, TypeFieldValue } from './relation-typing.ts';
import { Cells, isRecord } from './cells.ts';
import type { Cell } from './cells.ts';
import { settleIds } from './ids.ts';

// Reading a record's values, and giving foreign records ids, have modules of their own.
export { Cells, cell, dropBlank, isRecord } from './cells.ts';
export type { Cell } from './cells.ts';
export { freshId, settleIds } from './ids.ts';
import { inferredVersion, versionFromText } from './versions.ts';

// The fields with a slot of their own, which cells.ts also matches in any case.
export { ACTOR_FIELDS, DOCUMENT_FIELDS, EVIDENCE_FIELDS, RELATION_FIELDS, SOURCE_FIELDS } from './field-names.ts';

/** Actor fields written only when some actor has them, so that files without positions are as they were. */
export const POSITION_FIELDS: readonly string[] = ['x', 'y'];

/** Whether any actor has a position. */
export const hasPositions = (actors: readonly object[]): boolean => actors.some((actor) => has(actor, 'x') || has(actor, 'y'));

/** Options for reading GEXF and GraphML from elsewhere. */
export interface ReadOptions {
  /** The title to give a document when the file names none (e.g. the file name). */
  title?: string;
  /**
   * Reads relation types by the rules for files from elsewhere (relation-typing.ts) instead of
   * the older rule of typeFromWeight; openGraphFiles passes one for every file it opens.
   */
  typing?: RelationTyping;
}

/** A plain JSON-ish record. */
export type Fields = Record<string, unknown>;

/** True when `record` has `key` as an own, defined field. */
export function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key) && (record as Fields)[key] !== undefined;
}

/**
 * Sets a field as an own property. Plain assignment of a key such as `__proto__` would change
 * the object's prototype instead of adding a field, so names read from files go through here.
 */
export function setField(record: Fields, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The fields of `record` not in `known`, or undefined when there are none. */
export function extraFields(record: object, known: readonly string[]): Fields | undefined {
  let extra: Fields | undefined;
  for (const key of Object.keys(record)) {
    if (known.includes(key) || (record as Fields)[key] === undefined) continue;
    extra ??= {};
    setField(extra, key, (record as Fields)[key]);
  }
  return extra;
}

/** Copies the fields of a JSON object text into `record`, never over a field already set. */
export function mergeJsonObject(record: Fields, text: string): boolean {
  const parsed = parseJsonText(text, 'extra');
  if (!parsed || !isRecord(parsed.value)) return false;
  for (const [key, value] of Object.entries(parsed.value)) if (!has(record, key)) setField(record, key, value);
  return true;
}

/**
 * The rule for a relation whose file names no type of ours: a positive weight is cooperation, a
 * negative one hostility; no weight, zero or an unreadable one is contested, since the file then
 * says nothing about the sign (GEXF's default weight of 1 is not taken as a statement of support).
 */
export function typeFromWeight(weight: number | undefined): RelationType {
  if (weight === undefined || !Number.isFinite(weight) || weight === 0) return 'contested';
  return weight > 0 ? 'cooperation' : 'hostility';
}

/** The number a text writes (`12.5`, `-3e2`, with spaces around), else the text itself. */
export function numberFrom(text: string): number | string {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/** `true`/`false` (also `1`/`0`, any case, as spreadsheets and GraphML write them), else undefined. */
export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return undefined;
}

/** A date of the format from a date or date-time another tool wrote (`2016-12-31T00:00:00`), else undefined. */
export function dateFrom(text: string): string | undefined {
  const t = text.trim();
  const day = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t)?.[1];
  return day !== undefined && isDate(day) ? day : undefined;
}

/** A bound kind from text in any case with spaces around (`No-Later-Than`), else undefined. */
export function boundFrom(text: string): BoundKind | undefined {
  const t = text.trim().toLowerCase();
  return BOUND_KINDS.find((kind) => kind === t);
}

/** Sets the plain text fields named in `names` that `cells` holds, and takes them out. */
function takeTexts(record: Fields, cells: Cells, names: readonly string[]): void {
  for (const name of names) {
    const value = cells.take(name);
    if (value !== undefined) setField(record, name, value.text);
  }
}

/** Whatever is left in `cells` becomes extra fields (typed values), then `extra`'s JSON fields. */
function takeRest(record: Fields, cells: Cells, reserved: readonly string[] = []): void {
  const extra = cells.take('extra');
  for (const [name, value] of cells.map) if (!reserved.includes(name) && !has(record, name)) setField(record, name, value.value);
  // Not JSON: a foreign attribute that happens to be called "extra" is an ordinary field.
  if (extra !== undefined && !mergeJsonObject(record, extra.text) && !has(record, 'extra')) record.extra = extra.value;
}

/** How a format writes a list of aliases in one value. */
export type AliasDecoder = (value: Cell) => unknown;

/** Aliases as JSON text (our XML files), a typed list (GEXF liststring), or names joined by `|`. */
export const decodeAliasesXml: AliasDecoder = (value) => {
  if (Array.isArray(value.value)) return value.value.map(String);
  const parsed = parseJsonText(value.text, 'aliases')?.value;
  if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed;
  return value.text.split('|');
};

/** A record of plain text fields (a source, a piece of evidence) from the values of a row. */
export function buildPlain(cells: Cells, names: readonly string[]): Fields {
  const record: Fields = {};
  takeTexts(record, cells, names);
  takeRest(record, cells);
  return record;
}

/** An actor from the values of a node or row; `id` and `label` may come out missing (see settleIds). */
export function buildActor(cells: Cells, decodeAliases: AliasDecoder = decodeAliasesXml): Fields {
  cells.applyExact();
  const actor: Fields = {};
  takeTexts(actor, cells, ['id', 'label', 'kind', 'description']);
  const aliases = cells.take('aliases');
  if (aliases !== undefined) actor.aliases = decodeAliases(aliases);
  for (const axis of POSITION_FIELDS) {
    // Text that is no number stays text, for the validator to name.
    const value = cells.take(axis);
    if (value !== undefined) actor[axis] = typeof value.value === 'number' ? value.value : numberFrom(value.text);
  }
  takeRest(actor, cells);
  return actor;
}

/** What an edge says besides its attribute values. */
export interface EdgeFacts {
  /** Whether the file draws the edge with an arrow. */
  directed: boolean;
  /** GEXF's timeline bounds, as the file wrote them. */
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * A relation from the values of an edge or row. Its type is the `type` value when that is one of
 * ours; otherwise a `kind` value (GEXF's edge kind) that is; otherwise the sign of `weight` (see
 * typeFromWeight). A
 * `type` of `directed`/`undirected`/`mutual` (Gephi's edge tables) gives the direction instead;
 * any other `type` is kept as the field `originalType`.
 */
export function buildRelation(cells: Cells, edge: EdgeFacts, typing?: RelationTyping): Fields {
  cells.applyExact();
  const relation: Fields = {};
  takeTexts(relation, cells, ['id', 'source', 'target']);
  let arrow: boolean | undefined;
  const typeCell = cells.take('type');
  const typeText = typeCell?.text.trim().toLowerCase();
  const isDirection = typeText === 'directed' || typeText === 'undirected' || typeText === 'mutual';
  if (isRelationType(typeText)) relation.type = typeText;
  else if (isDirection) arrow = typeText === 'directed';
  else if (typeCell !== undefined) relation.originalType = typeCell.value;
  const kind = cells.text('kind')?.trim().toLowerCase();
  if (!has(relation, 'type') && isRelationType(kind)) relation.type = kind;
  if (!has(relation, 'type')) {
    const weightValue = cells.map.get('weight')?.value;
    const weight = typeof weightValue === 'number' ? weightValue : Number(weightValue ?? NaN);
    if (typing === undefined) relation.type = typeFromWeight(weight);
    else {
      const values: TypeFieldValue[] = typeCell === undefined || isDirection ? [] : [{ field: 'type', text: typeCell.text }];
      for (const field of ['kind', 'relation', 'sign'] as const) {
        for (const [name, value] of cells.map) if (name.toLowerCase() === field) values.push({ field, text: value.text });
      }
      typing.note(relation, { values, weight: Number.isFinite(weight) ? weight : undefined });
    }
  }
  // Our GEXF repeats the type as the edge kind (Gephi keeps edges of different kinds apart);
  // a kind that says something else is kept.
  if (kind === relation.type) cells.take('kind');
  // An explicit `directed` value is kept as it is (so a missing one and `false` stay apart);
  // otherwise an arrow makes the relation directed and its absence leaves the field out.
  const directedCell = cells.take('directed');
  if (directedCell !== undefined) relation.directed = parseBoolean(directedCell.text) ?? directedCell.text;
  else if (arrow ?? edge.directed) relation.directed = true;
  takeTexts(relation, cells, ['label', 'note']);
  for (const bound of ['start', 'end'] as const) {
    // A date-time another tool wrote keeps its day; text that is no date stays for the validator to name.
    const value = cells.take(bound);
    if (value !== undefined) relation[bound] = dateFrom(value.text) ?? value.text;
  }
  for (const field of ['startBound', 'endBound'] as const) {
    const value = cells.take(field);
    if (value !== undefined) relation[field] = boundFrom(value.text) ?? value.text;
  }
  // GEXF timeline bounds fill dates the attributes do not give; bounds we cannot read are kept.
  for (const [bound, raw, keep] of [
    ['start', edge.start, 'timelineStart'],
    ['end', edge.end, 'timelineEnd'],
  ] as const) {
    if (raw === undefined || has(relation, bound)) continue;
    const day = dateFrom(raw);
    if (day !== undefined) relation[bound] = day;
    else relation[keep] = raw;
  }
  const evidence = cells.take('evidence');
  if (evidence !== undefined) {
    const parsed = parseJsonText(evidence.text, 'evidence');
    relation.evidence = parsed === undefined ? evidence.text : parsed.value;
  }
  takeRest(relation, cells);
  return relation;
}

/**
 * Document-level fields from a graph's values: version, title (else `name`, else
 * `fallbackTitle`), description, sources. A `version` that names none of ours (another tool's
 * numbering) is kept as the field `originalVersion`; without one, `assemble` infers it.
 */
export function buildDocumentHead(cells: Cells, fallbackTitle: string): Fields {
  cells.applyExact();
  const head: Fields = {};
  const version = cells.take('version');
  if (version !== undefined) {
    const known = versionFromText(version.text);
    if (known !== undefined) head.version = known;
    else head.originalVersion = version.value;
  }
  takeTexts(head, cells, ['title', 'description']);
  if (!has(head, 'title')) head.title = cells.take('name')?.text ?? fallbackTitle;
  const sources = cells.take('sources');
  if (sources !== undefined) {
    const parsed = parseJsonText(sources.text, 'sources');
    head.sources = parsed === undefined ? sources.text : parsed.value;
  }
  // A foreign graph attribute called actors or relations cannot become that field.
  takeRest(head, cells, ['actors', 'relations']);
  return head;
}

/** Where each record came from in the file (`line 12`, `actors.csv row 3`), for problem messages. */
export type Locate = (list: string, index: number, evidence?: number) => string | undefined;

/**
 * Adds where in the file a problem is (a line, a spreadsheet row) to its message, using the
 * JSON path's first index: `$.relations[3].type` → "(line 40)".
 */
export function annotate(problems: Problem[], where: Locate): Problem[] {
  return problems.map((problem) => {
    const m = /^\$\.(actors|relations|sources)\[(\d+)\](?:\.evidence\[(\d+)\])?/.exec(problem.path);
    if (!m) return problem;
    const place = where(m[1]!, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    return place === undefined ? problem : { ...problem, message: `${problem.message} (${place})` };
  });
}

/**
 * The document made of a head and records read from a file, checked by the same
 * `validateDocument` as a JSON file; problems say where in the file they are. A head without a
 * version gets the one its relations call for (see versions.ts).
 */
export function assemble(head: Fields, actors: Fields[], read: Fields[], locate: Locate, typing?: RelationTyping): ValidationResult {
  settleIds(actors, read);
  // Ids are settled first, so that leaving relations out renumbers none of the others.
  const keep = typing?.settle(read);
  const kept = keep === undefined ? undefined : read.flatMap((_, i) => (keep[i] ? [i] : []));
  const relations = kept === undefined ? read : kept.map((i) => read[i]!);
  const document: Fields = { version: has(head, 'version') ? head.version : inferredVersion(relations) };
  for (const [key, value] of Object.entries(head)) if (key !== 'version') setField(document, key, value);
  document.actors = actors;
  document.relations = relations;
  const result = validateDocument(document);
  const untyped = typing?.problem() ?? null;
  const where: Locate = (list, i, evidence) => locate(list, list === 'relations' && kept !== undefined ? kept[i]! : i, evidence);
  const problems = result.ok ? [] : annotate(result.problems, where);
  if (untyped !== null) return { ok: false, problems: [...problems, untyped] };
  return result.ok ? result : { ok: false, problems };
}

/** Runs a reader, turning anything unexpected it throws into a problem: readers never throw. */
export function guard(what: string, read: () => ValidationResult): ValidationResult {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReadRefusal) return { ok: false, problems: [error.problem] };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `${what} could not be read: ${reason}` }] };
  }
}

/**
 * Checking an input against the format: every problem at once, each with its JSON path and
 * a plain message. Never throws; the result is typed.
 */
import * as v from 'valibot';
import { firstDay, lastDay } from './dates.ts';
import type { GraphDocument, Problem, ValidationResult } from './format.ts';
import { parseJson } from './json.ts';
import { listLimitProblem, textLimitProblem } from './limits.ts';
import { DocumentSchema } from './schema.ts';
import { closestNames } from './similar.ts';

type PathItem = { key?: unknown };

/** `$.relations[3].source` from a list of keys. */
export function jsonPath(keys: readonly unknown[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

function shapeProblems(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item: PathItem) => item.key);
    const last = keys[keys.length - 1];
    // A missing required field reads better as "missing" than as a type mismatch.
    const missing = issue.input === undefined && typeof last === 'string';
    return { path: jsonPath(keys), message: missing ? `${last} is required` : issue.message };
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const records = (x: unknown): [Record<string, unknown>, number][] =>
  Array.isArray(x) ? x.flatMap((item, i) => (isRecord(item) ? [[item, i] as [Record<string, unknown>, number]] : [])) : [];
const idOf = (item: Record<string, unknown>) => (typeof item.id === 'string' ? item.id : undefined);

function duplicateIds(list: unknown, where: string, noun: string, seen: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [item, i] of records(list)) {
    const id = idOf(item);
    if (id === undefined) continue;
    const earlier = seen.get(id);
    if (earlier) problems.push({ path: jsonPath([where, i, 'id']), message: `${noun} id "${id}" is already used at ${earlier}` });
    else seen.set(id, jsonPath([where, i, 'id']));
  }
  return problems;
}

function unknownReference(kind: string, id: string, known: readonly string[]): string {
  const near = closestNames(id, known);
  const hint = near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
  return `unknown ${kind} "${id}"${hint}`;
}

/** Problems that need the whole document: ids, references and date order. */
function referenceProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  problems.push(...duplicateIds(input.actors, 'actors', 'actor', ids));
  // Actors and relations share one namespace, since a selection names either.
  problems.push(...duplicateIds(input.relations, 'relations', 'relation', ids));
  problems.push(...duplicateIds(input.sources, 'sources', 'source', new Map()));
  const actorIds = records(input.actors).map(([a]) => idOf(a)).filter((id): id is string => id !== undefined);
  const sourceIds = records(input.sources).map(([s]) => idOf(s)).filter((id): id is string => id !== undefined);
  const actorSet = new Set(actorIds);
  const sourceSet = new Set(sourceIds);
  // References into a list that is not a list are not checked: its own problem says enough.
  const actorsListed = Array.isArray(input.actors);
  const sourcesListed = Array.isArray(input.sources) || input.sources === undefined;
  for (const [relation, i] of records(input.relations)) {
    for (const end of ['source', 'target'] as const) {
      const id = relation[end];
      if (actorsListed && typeof id === 'string' && id.trim() !== '' && !actorSet.has(id)) {
        problems.push({ path: jsonPath(['relations', i, end]), message: unknownReference('actor', id, actorIds) });
      }
    }
    const { start, end } = relation;
    if (typeof start === 'string' && typeof end === 'string') {
      const from = firstDay(start);
      const to = lastDay(end);
      if (from !== null && to !== null && from > to) {
        problems.push({ path: jsonPath(['relations', i, 'start']), message: `start ${start} is after end ${end}` });
      }
    }
    for (const [evidence, j] of records(relation.evidence)) {
      const id = evidence.source;
      if (sourcesListed && typeof id === 'string' && id.trim() !== '' && !sourceSet.has(id)) {
        problems.push({ path: jsonPath(['relations', i, 'evidence', j, 'source']), message: unknownReference('source', id, sourceIds) });
      }
    }
  }
  return problems;
}

/** Lists over their limits: checked first, so that nothing else is done with a huge file. */
function sizeProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const what of ['actors', 'relations', 'sources'] as const) {
    const list = input[what];
    const message = Array.isArray(list) ? listLimitProblem(what, list.length) : null;
    if (message) problems.push({ path: jsonPath([what]), message });
  }
  for (const [relation, i] of records(input.relations)) {
    const message = Array.isArray(relation.evidence) ? listLimitProblem('evidence', relation.evidence.length) : null;
    if (message) problems.push({ path: jsonPath(['relations', i, 'evidence']), message: `${message} on one relation` });
  }
  return problems;
}

function byPath(a: Problem, b: Problem): number {
  // Numeric-aware so that relations[10] follows relations[9].
  return a.path.localeCompare(b.path, 'en', { numeric: true });
}

/** Checks a parsed JSON value. Every problem is reported, ordered by where it is. */
export function validateDocument(input: unknown): ValidationResult {
  if (!isRecord(input)) return { ok: false, problems: [{ path: '$', message: 'a graph file must be a JSON object' }] };
  const tooLarge = sizeProblems(input);
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge };
  // One message a field: a malformed date need not also be reported as off the calendar.
  const parsed = v.safeParse(DocumentSchema, input, { abortEarly: false, abortPipeEarly: true });
  const problems = parsed.success ? [] : shapeProblems(parsed.issues);
  problems.push(...referenceProblems(input));
  if (problems.length > 0 || !parsed.success) {
    problems.sort(byPath);
    return { ok: false, problems };
  }
  return { ok: true, document: parsed.output as GraphDocument };
}

/** Parses and checks the text of a graph file. JSON that does not parse is one problem with its line and column. */
export function parseDocument(text: string): ValidationResult {
  const tooLong = textLimitProblem(text.length);
  if (tooLong) return { ok: false, problems: [{ path: '$', message: tooLong }] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return validateDocument(json.value);
}

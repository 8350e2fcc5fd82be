/**
 * Checking an input against the format: every problem at once, each with its JSON path and
 * a plain message. Never throws; the result is typed.
 */
import * as v from 'valibot';
import { firstDay, lastDay } from './dates.ts';
import type { Problem, ValidationResult } from './format.ts';
import { checkJson, jsonPath, parseJson } from './json.ts';
import { LIMITS, NESTING_PROBLEM, listLimitProblem, textLimitProblem } from './limits.ts';
import { DocumentSchema } from './schema.ts';
import { closestNames } from './similar.ts';

export { jsonPath };

type PathItem = { key?: unknown };

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
  const actorIds = records(input.actors)
    .map(([a]) => idOf(a))
    .filter((id): id is string => id !== undefined);
  const sourceIds = records(input.sources)
    .map(([s]) => idOf(s))
    .filter((id): id is string => id !== undefined);
  for (const [actor, i] of records(input.actors)) {
    // A point needs both coordinates; one alone would be drawn nowhere in particular.
    const [given, missing] = actor.x === undefined ? ['y', 'x'] : ['x', 'y'];
    if ((actor.x === undefined) !== (actor.y === undefined)) {
      problems.push({ path: jsonPath(['actors', i, missing]), message: `${given} is given without ${missing}; give both or neither` });
    }
  }
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
    problems.push(...boundProblems(relation, i));
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

/** A list or object on the way down, with the way back up to name its path. */
interface Level {
  value: object;
  depth: number;
  key: string | number | undefined;
  up: Level | undefined;
}

/**
 * The first list or object nested past the limit, in the order of the file, or null. Iterative,
 * so that a value nested thousands deep is named rather than overflowing the stack; a value
 * within the limit is then safe for every recursive walk downstream (JSON.stringify included).
 */
function nestingProblem(input: object): Problem | null {
  const stack: Level[] = [{ value: input, depth: 1, key: undefined, up: undefined }];
  for (let level = stack.pop(); level !== undefined; level = stack.pop()) {
    if (level.depth > LIMITS.nesting) {
      const keys: Array<string | number> = [];
      for (let l: Level | undefined = level; l?.key !== undefined; l = l.up) keys.push(l.key);
      return { path: jsonPath(keys.reverse()), message: NESTING_PROBLEM };
    }
    const value = level.value as Record<string, unknown>;
    const children: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    // Pushed last first, so that the first child is looked at first.
    for (let k = children.length - 1; k >= 0; k--) {
      const child = value[children[k]!];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: level.depth + 1, key: children[k], up: level });
    }
  }
  return null;
}

/** Field names valibot leaves out of what it returns, to guard objects it builds; ours are kept. */
const GUARDED_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * Puts back on each record the fields named `__proto__`, `constructor` or `prototype` that the
 * file gave it, as plain own fields (defineProperty never reaches a prototype). Deeper values
 * are the file's own objects, which keep theirs.
 */
function keepGuardedKeys(input: Record<string, unknown>, output: Record<string, unknown>): void {
  const copy = (from: unknown, to: unknown) => {
    if (!isRecord(from) || !isRecord(to)) return;
    for (const key of GUARDED_KEYS) {
      if (!Object.prototype.hasOwnProperty.call(from, key)) continue;
      Object.defineProperty(to, key, { value: from[key], enumerable: true, writable: true, configurable: true });
    }
  };
  const each = (from: unknown, to: unknown, also?: (f: Record<string, unknown>, t: Record<string, unknown>) => void) => {
    if (!Array.isArray(from) || !Array.isArray(to)) return;
    from.forEach((item, i) => {
      copy(item, to[i]);
      if (also && isRecord(item) && isRecord(to[i])) also(item, to[i]);
    });
  };
  copy(input, output);
  each(input.actors, output.actors);
  each(input.sources, output.sources);
  each(input.relations, output.relations, (from, to) => each(from.evidence, to.evidence));
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
  const tooDeep = nestingProblem(input);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  // One message a field: a malformed date need not also be reported as off the calendar.
  const parsed = v.safeParse(DocumentSchema, input, { abortEarly: false, abortPipeEarly: true });
  const problems = parsed.success ? [] : shapeProblems(parsed.issues);
  problems.push(...referenceProblems(input));
  if (problems.length > 0 || !parsed.success) {
    problems.sort(byPath);
    return { ok: false, problems };
  }
  keepGuardedKeys(input, parsed.output);
  return { ok: true, document: parsed.output };
}

/** Parses and checks the text of a graph file. JSON that does not parse is one problem with its line and column. */
export function parseDocument(text: string): ValidationResult {
  const tooLong = textLimitProblem(text.length);
  if (tooLong) return { ok: false, problems: [{ path: '$', message: tooLong }] };
  // Anything but an object is refused whatever it holds: its grammar is checked, nothing is built.
  if (!/^\uFEFF?\s*\{/.test(text)) {
    const check = checkJson(text, { deeper: 'grammar' });
    if (!check.ok) return { ok: false, problems: check.problems };
    return validateDocument(null);
  }
  const json = parseJson(text);
  if (!json.ok) return json;
  return validateDocument(json.value);
}

/**
 * A bound kind needs its date, and the bounds must leave some day for the relation: "began no
 * later than 2016" may end in 2015, "began 2016" may not.
 */
function boundProblems(relation: Record<string, unknown>, i: number): Problem[] {
  const problems: Problem[] = [];
  const { start, end, startBound, endBound } = relation;
  for (const [field, date] of [
    ['startBound', start],
    ['endBound', end],
  ] as const) {
    if (relation[field] !== undefined && date === undefined) {
      const named = field === 'startBound' ? 'start' : 'end';
      problems.push({ path: jsonPath(['relations', i, field]), message: `${field} says how ${named} is meant, but there is no ${named}` });
    }
  }
  if (typeof start !== 'string' || typeof end !== 'string') return problems;
  // Only a start that may not move earlier and an end that may not move later can clash.
  if (startBound === 'no-later-than' || endBound === 'no-earlier-than') return problems;
  const from = firstDay(start);
  const to = lastDay(end);
  if (from !== null && to !== null && from > to) {
    problems.push({ path: jsonPath(['relations', i, 'start']), message: `start ${start} is after end ${end}` });
  }
  return problems;
}

/**
 * The valibot schema of the format, version 1.1. It checks shapes, types, dates and URLs;
 * cross-references (ids, "did you mean", start after end) are checked in `validate.ts`.
 * `graph/schema.json` is generated from it, so the two never drift.
 */
import * as v from 'valibot';
import { isDate } from './dates.ts';

/** A version as the file gave it: JSON has no Infinity, and a number too large to hold reads as one. */
const shownVersion = (value: unknown): string =>
  typeof value === 'number' && !Number.isFinite(value) ? 'too large a number' : (JSON.stringify(value) ?? String(value));
import { BOUND_KINDS, RELATION_TYPES, VERSIONS } from './format.ts';

/** The pattern a date matches before its calendar check. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const text = (what: string) => v.string(`${what} must be text`);
// Trim would rewrite the value; check non-emptiness without changing what the user wrote.
const nonBlank = (what: string) =>
  v.pipe(
    text(what),
    v.check((s) => s.trim().length > 0, `${what} must not be empty`),
  );

const date = (what: string) =>
  v.pipe(
    text(what),
    v.regex(DATE_PATTERN, (issue) => `${what} "${String(issue.input)}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`),
    v.check(isDate, (issue) => `${what} "${String(issue.input)}" is not a day on the calendar`),
  );

/** A coordinate of the preset layout: any finite number. */
const position = (what: string) =>
  v.pipe(
    v.number((issue) => `${what} must be a number, not ${JSON.stringify(issue.input)}`),
    v.finite(`${what} must be a finite number`),
  );

const bound = (what: string) =>
  v.picklist(BOUND_KINDS, (issue) => `${what} ${JSON.stringify(issue.input)} is not one of ${BOUND_KINDS.join(', ')}`);

const webUrl = (name: string) =>
  v.pipe(
    text(name),
    v.regex(/^https?:\/\//i, (issue) => `${name} "${String(issue.input)}" must start with http:// or https://`),
    v.check(isWebUrl, (issue) => `${name} "${String(issue.input)}" is not a valid web address`),
  );

/** A publication evidence points into. */
export const SourceSchema = v.looseObject(
  {
    id: nonBlank('source id'),
    title: nonBlank('source title'),
    author: v.optional(text('author')),
    publisher: v.optional(text('publisher')),
    date: v.optional(date('source date')),
    url: v.optional(webUrl('url')),
    text: v.optional(webUrl('text')),
  },
  'a source must be an object',
);

/** A party that relations join. */
export const ActorSchema = v.looseObject(
  {
    id: nonBlank('actor id'),
    label: nonBlank('actor label'),
    kind: v.optional(text('kind')),
    description: v.optional(text('description')),
    aliases: v.optional(v.array(text('alias'), 'aliases must be a list of names')),
    x: v.optional(position('x')),
    y: v.optional(position('y')),
  },
  'an actor must be an object',
);

/** Where a relation is asserted, and by whom. */
export const EvidenceSchema = v.looseObject(
  {
    source: nonBlank('evidence source'),
    locator: v.optional(text('locator')),
    quote: v.optional(text('quote')),
    claimant: v.optional(text('claimant')),
    date: v.optional(date('evidence date')),
    note: v.optional(text('note')),
  },
  'evidence must be an object',
);

/** A typed, dated, evidenced link between two actors. */
export const RelationSchema = v.looseObject(
  {
    id: nonBlank('relation id'),
    source: nonBlank('relation source'),
    target: nonBlank('relation target'),
    type: v.picklist(
      RELATION_TYPES,
      (issue) => `unknown relation type ${JSON.stringify(issue.input)}; use one of ${RELATION_TYPES.join(', ')}`,
    ),
    directed: v.optional(v.boolean('directed must be true or false')),
    label: v.optional(text('label')),
    start: v.optional(date('start')),
    end: v.optional(date('end')),
    startBound: v.optional(bound('startBound')),
    endBound: v.optional(bound('endBound')),
    evidence: v.optional(v.array(EvidenceSchema, 'evidence must be a list')),
    note: v.optional(text('note')),
  },
  'a relation must be an object',
);

/** A whole actor-graph file, version 1 or 1.1. */
export const DocumentSchema = v.looseObject(
  {
    version: v.picklist(VERSIONS, (issue) => `unsupported version ${shownVersion(issue.input)}; this reader knows versions 1 and 1.1`),
    title: nonBlank('title'),
    description: v.optional(text('description')),
    sources: v.optional(v.array(SourceSchema, 'sources must be a list')),
    actors: v.array(ActorSchema, 'actors must be a list'),
    relations: v.array(RelationSchema, 'relations must be a list'),
  },
  'a graph file must be a JSON object',
);

/**
 * fast-check generators of valid documents that are hard to convert: ids and texts with
 * quotes, commas, line breaks, markup, formula starters, emoji and characters XML cannot carry;
 * optional fields present, absent or empty (the bounds and evidence dates of version 1.1 too, in
 * documents of either version); parallel and self relations; unknown fields holding
 * any JSON value on the document and on every record.
 */
import fc from 'fast-check';
import { firstDay, lastDay } from '../../src/model/dates.ts';
import { BOUND_KINDS, RELATION_TYPES, VERSIONS } from '../../src/model/format.ts';

const PIECES = [
  ' ',
  '"',
  "'",
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '<!--',
  '--',
  '=',
  '+',
  '-',
  '@',
  '|',
  '\\',
  '\\|',
  '{',
  '[',
  'é',
  'Ж',
  '😀',
  '👩‍👩‍👧',
  '\u00A0',
  '\u0085',
  '\u2028',
  '\uFEFF',
  '\u0000',
  '\u0001',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  'a',
  'Z',
  '1',
  '.',
  '__proto__',
];

/** Any text, often awkward. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom(
    '',
    ' ',
    '=SUM(A1)',
    '-5 degrees',
    '+1',
    '@home',
    "'=x",
    "''-1",
    '\t=1',
    '<b>bold</b> &amp; co',
    'a|b',
    'true',
    '{"a":1}',
  ),
);

/** Text that is not blank, as ids, labels and titles must be. */
export const nonBlank: fc.Arbitrary<string> = text.filter((s) => s.trim() !== '');

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date written YYYY, YYYY-MM or YYYY-MM-DD. */
export const date: fc.Arbitrary<string> = fc
  .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 0, max: 12 }), day: fc.integer({ min: 0, max: 31 }) })
  .map(({ year, month, day }) => {
    if (month === 0) return String(year);
    if (day === 0) return `${year}-${pad(month)}`;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad(month)}-${pad(Math.min(day, days))}`;
  });

/** Names that plain assignment or a careless copy would take for the object's machinery: they are fields like any other. */
const RESERVED = ['__proto__', 'constructor', 'prototype'];

/** A JSON value as JSON gives it back: fast-check may make -0, which JSON writes as 0. */
const json = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** Unknown fields: names that are no field of the record, values any JSON. */
function extras(known: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof(text, fc.constantFrom(...RESERVED)).filter((k) => !known.includes(k));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.dictionary(key, json, { maxKeys: 2, noNullPrototype: true }) },
  );
}

/** A record of `model` (optional keys but those required) with unknown fields in front. */
function withExtras<T extends Record<string, unknown>>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: Array<keyof T>,
  known: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.record(model, { requiredKeys: required }), extras(known)).map(([record, extra]) => ({ ...extra, ...record }));
}

const sourceOf = (id: string) =>
  withExtras(
    {
      id: fc.constant(id),
      title: nonBlank,
      author: text,
      publisher: text,
      date,
      url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    },
    ['id', 'title'],
    ['id', 'title', 'author', 'publisher', 'date', 'url'],
  );

/** A coordinate: any finite number but -0, which JSON writes as 0. */
const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));

const actorOf = (id: string) =>
  fc
    .tuple(
      withExtras(
        { id: fc.constant(id), label: nonBlank, kind: text, description: text, aliases: fc.array(text, { maxLength: 3 }) },
        ['id', 'label'],
        ['id', 'label', 'kind', 'description', 'aliases', 'x', 'y'],
      ),
      fc.option(fc.record({ x: coordinate, y: coordinate }), { nil: undefined }),
    )
    // A position has both coordinates or none.
    .map(([actor, position]) => (position === undefined ? actor : { ...actor, ...position }));

const evidenceFrom = (sources: string[]) =>
  withExtras(
    { source: fc.constantFrom(...sources), locator: text, quote: text, claimant: text, date, note: text },
    ['source'],
    ['source', 'locator', 'quote', 'claimant', 'date', 'note'],
  );

function relationOf(id: string, actors: string[], sources: string[]) {
  const evidence = sources.length === 0 ? fc.constant([]) : fc.array(evidenceFrom(sources), { maxLength: 3 });
  return withExtras(
    {
      id: fc.constant(id),
      source: fc.constantFrom(...actors),
      target: fc.constantFrom(...actors),
      type: fc.constantFrom(...RELATION_TYPES),
      directed: fc.boolean(),
      label: text,
      start: date,
      end: date,
      startBound: fc.constantFrom(...BOUND_KINDS),
      endBound: fc.constantFrom(...BOUND_KINDS),
      evidence,
      note: text,
    },
    ['id', 'source', 'target', 'type'],
    ['id', 'source', 'target', 'type', 'directed', 'label', 'start', 'end', 'startBound', 'endBound', 'evidence', 'note'],
  ).map((generated) => {
    const relation = { ...generated };
    // A bound kind without its date is invalid: it goes.
    if (relation.start === undefined) delete relation.startBound;
    if (relation.end === undefined) delete relation.endBound;
    // A start after the end is invalid; the two periods then lie apart, so swapping them fixes it.
    const { start, end } = relation as { start?: string; end?: string };
    if (start !== undefined && end !== undefined && firstDay(start)! > lastDay(end)!) return { ...relation, start: end, end: start };
    return relation;
  });
}

/** A valid document (validateDocument accepts it). */
export const documentArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    ids: fc.uniqueArray(nonBlank, { minLength: 1, maxLength: 9 }),
    sourceIds: fc.uniqueArray(nonBlank, { maxLength: 3 }),
    split: fc.nat(),
  })
  .chain(({ ids, sourceIds, split }) => {
    // Actors and relations share one namespace of ids; at least one actor so relations have ends.
    const actorIds = ids.slice(0, 1 + (split % ids.length));
    const relationIds = ids.slice(actorIds.length);
    return withExtras(
      {
        // Either version, whichever fields are used: 1.1 asks for none, and 1 refuses none.
        version: fc.constantFrom(...VERSIONS),
        title: nonBlank,
        description: text,
        sources: fc.tuple(...sourceIds.map(sourceOf)),
        actors: fc.tuple(...actorIds.map(actorOf)),
        relations: fc.tuple(...relationIds.map((id) => relationOf(id, actorIds, sourceIds))),
      },
      // Sources may be left out (they read as none) unless evidence points into them.
      sourceIds.length > 0 ? ['version', 'title', 'sources', 'actors', 'relations'] : ['version', 'title', 'actors', 'relations'],
      ['version', 'title', 'description', 'sources', 'actors', 'relations'],
    );
  });

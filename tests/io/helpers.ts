/** Shared by the converter tests: the seed graph, validated, and a check that a reader never throws. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { GraphDocument, ValidationResult } from '../../src/model/format.ts';
import { parseDocument, validateDocument } from '../../src/model/validate.ts';
import { documentArbitrary } from './arbitraries.ts';

/** graph/russia-taliban-2016.json as validateDocument returns it. */
export function seedDocument(): GraphDocument {
  const result = parseDocument(readFileSync(new URL('../../graph/russia-taliban-2016.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`the seed graph does not validate: ${JSON.stringify(result.problems)}`);
  return result.document;
}

/**
 * A version 1.1 document using every field 1.1 added: each bound kind on starts and ends, a start
 * after its end that "no later than" allows, and dated evidence.
 */
export const datedDocument: GraphDocument = {
  version: 1.1,
  title: 'Revealed later',
  sources: [{ id: 'paper', title: 'The paper', date: '2016-12' }],
  actors: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  relations: [
    {
      id: 'sharing',
      source: 'a',
      target: 'b',
      type: 'cooperation',
      start: '2015-12',
      startBound: 'no-later-than',
      evidence: [
        { source: 'paper', locator: '¶12', claimant: 'a spokeswoman, via the paper', date: '2015-12' },
        { source: 'paper', locator: '¶14' },
      ],
    },
    {
      id: 'feud',
      source: 'a',
      target: 'b',
      type: 'hostility',
      start: '1996',
      startBound: 'exact',
      end: '2001-10',
      endBound: 'no-earlier-than',
    },
    {
      id: 'talks',
      source: 'b',
      target: 'a',
      type: 'contested',
      directed: true,
      start: '2016',
      startBound: 'no-later-than',
      end: '2015',
      endBound: 'no-later-than',
    },
    {
      id: 'aid',
      source: 'b',
      target: 'a',
      type: 'cooperation',
      start: '2010-03-01',
      startBound: 'no-earlier-than',
      endBound: 'exact',
      end: '2012',
    },
  ],
};

/** Valid documents, as validateDocument returns them. */
export const validDocuments: fc.Arbitrary<GraphDocument> = documentArbitrary.map((raw) => {
  const result = validateDocument(raw);
  if (!result.ok) throw new Error(`generated an invalid document: ${JSON.stringify(result.problems)}`);
  return result.document;
});

/** Property runs per format: enough to find awkward cases, few enough for a fast suite. */
export const RUNS = { numRuns: 100 };

/**
 * A value as nested lists of [key, value] pairs, keys sorted. Deep equality of these is strict
 * (undefined is not missing, -0 is not 0) yet takes a field named `constructor` as data: the
 * matcher's own check that two objects are of one type reads that name.
 */
export function entryTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(entryTree);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.keys(value)
    .sort()
    .map((key) => [key, entryTree((value as Record<string, unknown>)[key])]);
  return Object.getPrototypeOf(value) === Object.prototype ? entries : ['not a plain object', entries];
}

/** Asserts a result is ok and its document deep-equals `expected`, fields named like object machinery included. */
export function expectDocument(result: ValidationResult, expected: unknown): void {
  if (!result.ok) expect.fail(`expected a document, got problems:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  expect(entryTree(result.document)).toStrictEqual(entryTree(expected));
}

/** Asserts a result is a list of problems, and gives them. */
export function expectProblems(result: ValidationResult): { path: string; message: string }[] {
  if (result.ok) expect.fail('expected problems, got a document');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

/** Any text, and cuts of a well-formed file: a reader must answer each without throwing. */
export function neverThrows(read: (text: string) => ValidationResult, sample: string): void {
  const inputs = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.nat({ max: sample.length }).map((n) => sample.slice(0, n)),
    fc.tuple(fc.nat({ max: sample.length }), fc.string({ maxLength: 5 })).map(([n, s]) => sample.slice(0, n) + s + sample.slice(n + 1)),
  );
  fc.assert(
    fc.property(inputs, (input) => {
      const result = read(input);
      expect(typeof result.ok).toBe('boolean');
    }),
    RUNS,
  );
}

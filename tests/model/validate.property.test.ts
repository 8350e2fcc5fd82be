import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/model/limits.ts';
import { parseDocument, validateDocument } from '../../src/model/validate.ts';
import { documentArbitrary } from '../io/arbitraries.ts';
import { seedDocument } from '../seed.ts';

describe('validation never throws and never lets a broken file through', () => {
  it('reports any JSON value that is not a document, without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDocument(value);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.ok ? [] : result.problems) {
          expect(problem.path.startsWith('$')).toBe(true);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports any text that is not JSON with a line and column (or as empty), without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const result = parseDocument(text);
        if (!parses) {
          expect(result.ok).toBe(false);
          expect(!result.ok && result.problems[0]!.message).toMatch(
            text.trim() === '' ? /^the file is empty$/ : /^JSON does not parse at line \d+, column \d+: /,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every valid document and gives it back unchanged', () => {
    fc.assert(
      fc.property(documentArbitrary, (doc) => {
        const result = validateDocument(structuredClone(doc));
        expect(result.ok).toBe(true);
        expect(result.ok && result.document).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  /** A generated document, open to the values the format refuses that each breakage writes into it. */
  type Fields = Record<string, unknown>;
  type Breakable = { actors: Fields[]; relations: Fields[]; sources?: Fields[]; [key: string]: unknown };
  const breakages: [string, (doc: Breakable) => boolean][] = [
    ['an unknown actor', (doc) => doc.relations.length > 0 && ((doc.relations[0]!.source = '\u0000no such actor'), true)],
    ['a duplicate actor id', (doc) => doc.actors.length > 0 && (doc.actors.push({ ...doc.actors[0] }), true)],
    ['an unknown type', (doc) => doc.relations.length > 0 && ((doc.relations[0]!.type = 'alliance'), true)],
    ['a malformed date', (doc) => doc.relations.length > 0 && ((doc.relations[0]!.start = '2015-13'), true)],
    ['a missing label', (doc) => doc.actors.length > 0 && (delete doc.actors[0]!.label, true)],
    ['a version of 2', (doc) => ((doc.version = 2), true)],
    [
      'a javascript: link',
      (doc) => ((doc.sources = [...(doc.sources ?? []), { id: '\u0000js', title: 't', url: 'javascript:alert(1)' }]), true),
    ],
    ['a relations object', (doc) => (Object.assign(doc, { relations: {} }), true)],
  ];
  for (const [what, breakIt] of breakages) {
    it(`reports ${what} in any valid document`, () => {
      fc.assert(
        fc.property(documentArbitrary, (doc) => {
          const broken = structuredClone(doc) as unknown as Breakable;
          fc.pre(breakIt(broken));
          expect(validateDocument(broken).ok).toBe(false);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('limits', () => {
  it('refuses a file with more relations than the limit, naming it, before anything else', () => {
    const doc = seedDocument();
    const relation = doc.relations[0]!;
    const relations = Array.from({ length: LIMITS.relations + 1 }, (_, i) => ({ ...relation, id: `r${i}` }));
    expect(validateDocument({ ...doc, relations })).toEqual({
      ok: false,
      problems: [{ path: '$.relations', message: '50,001 relations; the limit is 50,000' }],
    });
  });

  it('refuses text over the size limit before parsing it', () => {
    const text = ' '.repeat(LIMITS.characters + 1);
    expect(parseDocument(text)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'the file holds 33,554,433 characters; the limit is 33,554,432' }],
    });
  });
});

/**
 * Reading JSON text strictly: keys given twice, text cut short, UTF-16 files and nesting past the
 * limit each get a problem saying so and where, and the check takes exactly the texts JSON takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJson, parseJson } from '../../src/model/json.ts';
import { LIMITS } from '../../src/model/limits.ts';
import { parseDocument, validateDocument } from '../../src/model/validate.ts';

const NESTING = 'nested more than 64 levels deep; the limit is 64';
const doc = '{"version": 1, "title": "T", "actors": [], "relations": []}';

/** Text as a reader gets it when the file is UTF-16 and is read as UTF-8. */
const asUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
function utf16(text: string, order: 'le' | 'be', bom: boolean): string {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (ch) => ch.charCodeAt(0))];
  units.forEach((unit, i) => {
    bytes[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8;
  });
  return asUtf8(bytes);
}

describe('keys given twice', () => {
  it('names each key given twice in one object, with its path and where the second one is', () => {
    const text =
      '{\n  "version": 1, "title": "T", "actors": [\n    {"id": "a", "label": "A", "label": "B"}\n  ],\n  "relations": [], "title": "U"\n}';
    expect(parseDocument(text)).toEqual({
      ok: false,
      problems: [
        { path: '$.actors[0].label', message: 'the key "label" is given twice in one object, the second time at line 3, column 31' },
        { path: '$.title', message: 'the key "title" is given twice in one object, the second time at line 5, column 20' },
      ],
    });
  });

  it('takes a key written with escapes as the same key, and the same key in different objects as no repeat', () => {
    expect(parseJson('{"a": 1, "\\u0061": 2}')).toEqual({
      ok: false,
      problems: [{ path: '$.a', message: 'the key "a" is given twice in one object, the second time at line 1, column 10' }],
    });
    expect(parseJson('[{"a": 1}, {"a": 2, "b": {"a": 3}}]')).toEqual({ ok: true, value: [{ a: 1 }, { a: 2, b: { a: 3 } }] });
  });

  it('lists the first 100 and sums up the rest in one line', () => {
    const text = `{${Array.from({ length: 150 }, (_, i) => `"k${i}": 1, "k${i}": 2`).join(', ')}}`;
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(101);
    expect(result.problems[99]!.path).toBe('$.k99');
    expect(result.problems[100]).toEqual({ path: '$', message: 'more keys are given twice; only the first 100 are listed' });
  });
});

describe('text that ends early', () => {
  it('says the text ends too early, and where, however deep it was when it ended', () => {
    const text = `{"a": ${'['.repeat(100_000)}`;
    expect(parseDocument(text)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'JSON does not parse at line 1, column 100007: the text ends too early' }],
    });
    expect(parseDocument('{"version": 1,\n "actors": [{"id": "a"')).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'JSON does not parse at line 2, column 23: the text ends too early where "," or "}" belongs' }],
    });
  });
});

describe('UTF-16 files', () => {
  for (const order of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`names UTF-16 ${order === 'le' ? 'little' : 'big'}-endian ${bom ? 'with' : 'without'} a byte order mark`, () => {
        const name = order === 'le' ? 'little-endian' : 'big-endian';
        expect(parseDocument(utf16(doc, order, bom))).toEqual({
          ok: false,
          problems: [{ path: '$', message: `the file is UTF-16 (${name}); save it as UTF-8` }],
        });
      });
    }
  }

  it('still reads a UTF-8 file with a byte order mark, and names a stray "�" as unexpected', () => {
    expect(parseDocument(`\uFEFF${doc}`).ok).toBe(true);
    expect(parseDocument(`\uFFFD\uFFFD${doc}`)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'JSON does not parse at line 1, column 1: unexpected "�"' }],
    });
  });
});

describe('nesting', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it(`refuses a value nested past ${LIMITS.nesting} levels in the text, naming its path, before building it`, () => {
    // The document is level 1, actors 2, the actor 3, lists 4: its 61st list down is level 65.
    const text = `{"version": 1, "title": "T", "actors": [{"id": "a", "label": "A", "lists": ${nested(5_000)}}], "relations": []}`;
    const expected = { ok: false, problems: [{ path: `$.actors[0].lists${'[0]'.repeat(61)}`, message: NESTING }] };
    expect(parseDocument(text)).toEqual(expected);
    expect(validateDocument(JSON.parse(text))).toEqual(expected);
  });

  it(`takes a value nested exactly ${LIMITS.nesting} levels`, () => {
    const text = `{"version": 1, "title": "T", "actors": [{"id": "a", "label": "A", "lists": ${nested(61)}}], "relations": []}`;
    expect(parseDocument(text).ok).toBe(true);
    expect(checkJson(nested(64))).toEqual({ ok: true });
    expect(checkJson(nested(65))).toEqual({ ok: false, why: 'nesting', problems: [{ path: `$${'[0]'.repeat(64)}`, message: NESTING }] });
  });

  it('checks only the grammar of a deep value that is refused anyway for not being an object', () => {
    expect(checkJson(nested(1_000_000), { deeper: 'grammar' })).toEqual({ ok: true });
    expect(parseDocument(`${nested(1_000_000)}x`)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'JSON does not parse at line 1, column 2000001: unexpected "x" after the end of the JSON value' }],
    });
  });
});

describe('the check takes exactly the texts JSON takes', () => {
  const pieces = [
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"',
    '\\',
    'u',
    '0',
    '1',
    '-',
    '.',
    'e',
    '+',
    'a',
    'true',
    'null',
    ' ',
    '\n',
    '\t',
    '\u0000',
    '\u00A0',
    '"k"',
    '"\\u00e9"',
  ];
  const texts = fc.oneof(
    fc.json(),
    fc.string({ unit: fc.constantFrom(...pieces), maxLength: 20 }),
    fc.tuple(fc.json(), fc.nat(), fc.constantFrom(...pieces)).map(([json, n, piece]) => {
      const at = n % (json.length + 1);
      return json.slice(0, at) + piece + json.slice(at + 1);
    }),
  );

  it('accepts what JSON.parse accepts (keys twice and nesting aside), and places every refusal', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const check = checkJson(text);
        expect(check.ok || check.why === 'duplicate' || check.why === 'nesting').toBe(parses);
        if (!check.ok && check.why === 'syntax')
          expect(check.problems[0]!.message).toMatch(/^JSON does not parse at line \d+, column \d+: /);
      }),
      { numRuns: 2_000 },
    );
  });
});

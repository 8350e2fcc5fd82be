/**
 * The library over the shared list of broken files (tests/support/bad-inputs.ts): the same
 * problems from parseDocument, from validateDocument given the parsed value, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/model/limits.ts';
import { parseDocument, validateDocument } from '../../src/model/validate.ts';
import { BAD_INPUTS } from '../support/bad-inputs.ts';

describe('the library over the shared list of broken files', () => {
  for (const input of BAD_INPUTS) {
    it(`${input.name}: ${input.problems.length} problem(s), the same from parseDocument and validateDocument`, () => {
      const text = input.text();
      expect(parseDocument(text)).toEqual({ ok: false, problems: input.problems });
      // Text over the size limit is refused before it is parsed; every other value validates alike.
      if (input.json && text.length <= LIMITS.characters) {
        expect(validateDocument(JSON.parse(text))).toEqual({ ok: false, problems: input.problems });
      }
    });
  }

  it('keeps __proto__ keys as plain fields rather than taking them as the prototype, and takes ids like "constructor" as ids', () => {
    const result = parseDocument(
      JSON.stringify({
        version: 1,
        title: 'Prototype keys',
        actors: [
          { id: '__proto__', label: 'P' },
          { id: 'constructor', label: 'C' },
        ],
        relations: [{ id: 'hasOwnProperty', source: '__proto__', target: 'constructor', type: 'hostility' }],
      }).replace('"title"', '"__proto__": {"sources": "not a list", "polluted": true}, "title"'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.document)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.document, '__proto__')?.value).toEqual({ sources: 'not a list', polluted: true });
    expect((result.document as Record<string, unknown>).sources).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.document.actors.map((a) => a.id)).toEqual(['__proto__', 'constructor']);
  });
});

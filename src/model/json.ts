/**
 * Reading JSON text with errors a person can act on: where (line and column) and what.
 * Engines word and place JSON.parse errors differently, so the place is found by our own scan.
 */
import type { Problem } from './format.ts';

/** Parsed JSON, or the one problem that stopped it. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * The offset and reason of the first error in text that JSON.parse refused.
 * A small recursive-descent scan that only looks for the place, never builds values.
 */
function locateError(text: string): { offset: number; reason: string } {
  let i = 0;
  class Stop extends Error {
    constructor(readonly offset: number, readonly reason: string) {
      super(reason);
    }
  }
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const describe = () => (i >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[i])}`);
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(describe());
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a string is not closed');
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch < ' ') fail('a string holds a raw control character or line break');
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a \\u escape needs four hex digits');
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail('a string holds an unknown escape');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '-' || m[0] === '') fail(describe());
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail(`${describe()} where a property name in double quotes belongs`);
        string();
        space();
        if (text[i] !== ':') fail(`${describe()} where ":" belongs`);
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        fail(`${describe()} where "," or "}" belongs`);
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return void i++;
        fail(`${describe()} where "," or "]" belongs`);
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(describe());
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    space();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
    return { offset: i, reason: 'the JSON is not valid' };
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    // A scan this deep means nesting past the stack: say so rather than crash.
    return { offset: i, reason: 'the JSON is nested too deeply' };
  }
}

/** Parses JSON text; a failure names its line, column and reason. Never throws. */
export function parseJson(text: string): JsonResult {
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: { path: '$', message: 'the file is empty' } };
    const { offset, reason } = locateError(text);
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, problem: { path: '$', message: `JSON does not parse at line ${line}, column ${column}: ${reason}` } };
  }
}

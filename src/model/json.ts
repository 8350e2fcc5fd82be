/**
 * Reading JSON text strictly, with errors a person can act on: where (line and column) and what.
 *
 * One pass over the text, iterative and linear, checks it before JSON.parse builds anything:
 * - the grammar, since engines word and place JSON.parse's errors each their own way;
 * - keys given twice in one object, which JSON.parse lets the last one win silently;
 * - nesting past LIMITS.nesting, since the engine takes seconds to build a value nested millions
 *   deep, and its JSON writer (like any recursive code) then overflows the stack.
 */
import { encodingProblem } from './encoding.ts';
import type { Problem } from './format.ts';
import { LIMITS, NESTING_PROBLEM } from './limits.ts';

/** Parsed JSON, or the problems that stopped it. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Why text was refused: it is blank, not UTF-8, not JSON, has a key twice, or nests too deep. */
export type JsonRefusal = 'empty' | 'encoding' | 'syntax' | 'duplicate' | 'nesting';

/** The outcome of checking JSON text without building it. */
export type JsonCheck = { ok: true } | { ok: false; why: JsonRefusal; problems: Problem[] };

export interface JsonOptions {
  /**
   * What to do past LIMITS.nesting: refuse (the default), or go on checking the grammar alone,
   * for a caller that refuses the value anyway (a graph file that is not an object).
   */
  deeper?: 'refuse' | 'grammar';
}

/** How many keys given twice are listed before the rest are summed up in one line. */
const MAX_DUPLICATES = 100;

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

/** Stops the scan at text that is not JSON. */
class Stop extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'Stop';
  }
}

// Sticky patterns, matched in place: the plain run of a string, four hex digits, a number.
const PLAIN = /[^"\\\u0000-\u001F]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SIMPLE_ESCAPES = '"\\/bfnrt';

/** Checks JSON text: the grammar, keys given twice, and nesting. Never throws; builds nothing. */
export function checkJson(text: string, options: JsonOptions = {}): JsonCheck {
  if (/^\uFEFF?\s*$/.test(text)) return { ok: false, why: 'empty', problems: [{ path: '$', message: 'the file is empty' }] };
  const encoding = encodingProblem(text);
  if (encoding) return { ok: false, why: 'encoding', problems: [{ path: '$', message: encoding }] };
  const refuseDeeper = options.deeper !== 'grammar';
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  // The open lists and objects: a kind (1 object, 0 list) for each, and within the nesting limit
  // the key or index being read in each and the keys each object has had so far.
  let kinds = new Uint8Array(64);
  let depth = 0;
  const keys: Array<string | number> = [];
  const seen: Array<Set<string> | undefined> = [];
  const duplicates: Problem[] = [];
  let moreDuplicates = false;
  let tooDeep: Problem | undefined;

  const at = (offset: number) => `line ${line}, column ${offset - lineStart + 1}`;
  const fail = (reason: string): never => {
    throw new Stop({ path: '$', message: `JSON does not parse at ${at(i)}: ${reason}` });
  };
  const describe = () => (i >= n ? 'the text ends too early' : `unexpected ${JSON.stringify(text[i])}`);
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) i++;
      else if (c === 10) {
        i++;
        line++;
        lineStart = i;
      } else return;
    }
  };
  /** Reads a string from its opening quote; true when it holds an escape. */
  const string = (): boolean => {
    i++;
    let escaped = false;
    for (;;) {
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
      if (i >= n) fail('a string is not closed');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return escaped;
      }
      if (c !== 92) fail('a string holds a raw control character or line break');
      escaped = true;
      i++;
      if (text[i] === 'u') {
        HEX4.lastIndex = i + 1;
        if (!HEX4.test(text)) fail('a \\u escape needs four hex digits');
        i += 5;
      } else if (i < n && SIMPLE_ESCAPES.includes(text[i]!)) i++;
      else fail('a string holds an unknown escape');
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text.charCodeAt(i) !== word.charCodeAt(k)) fail(describe());
  };
  const open = (object: boolean) => {
    if (depth === kinds.length) {
      const more = new Uint8Array(kinds.length * 2);
      more.set(kinds);
      kinds = more;
    }
    kinds[depth++] = object ? 1 : 0;
    if (depth <= LIMITS.nesting) {
      keys[depth - 1] = 0;
      seen[depth - 1] = object ? new Set() : undefined;
    } else if (refuseDeeper && tooDeep === undefined) {
      // The rest is still read, keys and all unchecked, so that a file cut short inside deep
      // nesting says it ends early: a file that does not parse gets that one problem first.
      tooDeep = { path: jsonPath(keys.slice(0, depth - 1)), message: NESTING_PROBLEM };
    }
  };
  /** Reads `"key":` in the innermost object, noting a key it has had before. */
  const key = () => {
    space();
    if (text.charCodeAt(i) !== 34) fail(`${describe()} where a property name in double quotes belongs`);
    const start = i;
    const escaped = string();
    if (depth <= LIMITS.nesting) {
      // Escapes are rare in keys; JSON.parse decodes them so that "\u0061" and "a" are one key.
      const name = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
      keys[depth - 1] = name;
      const names = seen[depth - 1]!;
      if (!names.has(name)) names.add(name);
      else if (duplicates.length < MAX_DUPLICATES) {
        duplicates.push({
          path: jsonPath(keys.slice(0, depth)),
          message: `the key ${JSON.stringify(name)} is given twice in one object, the second time at ${at(start)}`,
        });
      } else moreDuplicates = true;
    }
    space();
    if (text.charCodeAt(i) !== 58) fail(`${describe()} where ":" belongs`);
    i++;
  };

  try {
    let afterValue = false;
    for (;;) {
      space();
      const c = text.charCodeAt(i);
      if (afterValue) {
        if (depth === 0) {
          if (i < n) fail(`${describe()} after the end of the JSON value`);
          break;
        }
        const object = kinds[depth - 1] === 1;
        if (c === 44) {
          i++;
          if (object) key();
          else if (depth <= LIMITS.nesting) keys[depth - 1] = (keys[depth - 1] as number) + 1;
          afterValue = false;
        } else if (c === (object ? 125 : 93)) {
          i++;
          depth--;
        } else fail(`${describe()} where "," or "${object ? '}' : ']'}" belongs`);
        continue;
      }
      if (c === 123 || c === 91) {
        open(c === 123);
        i++;
        space();
        if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
          i++;
          depth--;
          afterValue = true;
        } else if (c === 123) key();
        continue;
      }
      if (c === 34) string();
      else if (c === 116) literal('true');
      else if (c === 102) literal('false');
      else if (c === 110) literal('null');
      else if (c === 45 || (c >= 48 && c <= 57)) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) fail(describe());
        i = NUMBER.lastIndex;
      } else fail(describe());
      afterValue = true;
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ok: false, why: 'syntax', problems: [error.problem] };
  }
  if (tooDeep) return { ok: false, why: 'nesting', problems: [tooDeep] };
  if (moreDuplicates) duplicates.push({ path: '$', message: `more keys are given twice; only the first ${MAX_DUPLICATES} are listed` });
  return duplicates.length > 0 ? { ok: false, why: 'duplicate', problems: duplicates } : { ok: true };
}

/** Parses JSON text once `checkJson` has passed it; a failure names its line, column and reason. Never throws. */
export function parseJson(text: string): JsonResult {
  const check = checkJson(text);
  if (!check.ok) return { ok: false, problems: check.problems };
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    // Not expected once the check passed; said plainly all the same.
    return {
      ok: false,
      problems: [{ path: '$', message: `JSON does not parse: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}

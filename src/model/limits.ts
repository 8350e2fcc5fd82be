/**
 * How large an input may be, and how far a question may reach. Past the input limits, a file is
 * refused with a message naming the limit before any work is done on it, so that a huge or
 * hostile file cannot freeze the page; the reach limits are kept alike by the element, its
 * panels, links and the model.
 */

/** The limits every reader applies; documented in graph/README.md. */
export const LIMITS = {
  /** Characters of text in one file (about 32 MB of plain text). */
  characters: 32 * 1024 * 1024,
  actors: 20_000,
  relations: 50_000,
  sources: 10_000,
  /** Pieces of evidence on one relation. */
  evidence: 1_000,
  /**
   * Lists and objects inside one another, the document itself being the first (XML elements
   * likewise). Real files need a handful; the bound keeps every walk over the data, and the
   * engine's own JSON writer, far from the end of the stack.
   */
  nesting: 64,
} as const;

/** How far "all paths" looks when no number of relations is given. */
export const DEFAULT_MAX_HOPS = 4;
/** Fewest relations a path of "all paths" may be limited to. */
export const MIN_PATH_HOPS = 1;
/**
 * Most relations a path of "all paths" may be limited to in the panel and a link: past six,
 * the paths between two actors of a dense graph run into the thousands.
 */
export const MAX_PATH_HOPS = 6;

/** Steps out from an actor that a focused view shows when none is given. */
export const DEFAULT_FOCUS_DEPTH = 1;
/** Fewest steps out from a focused actor. */
export const MIN_FOCUS_DEPTH = 1;
/** Most steps out from a focused actor: three steps already reach most of a small-world graph. */
export const MAX_FOCUS_DEPTH = 3;

/**
 * Up to this many actors, betweenness with no single day set counts only shortest paths that held
 * together (see betweenness-in-time.ts). Its states multiply with the dates a graph holds; beyond,
 * betweenness counts shortest paths as the plain graph gives them.
 */
export const HELD_TOGETHER_BETWEENNESS_ACTORS = 500;

/** `value` rounded to a whole number from `low` to `high`; `fallback` when it is not a finite number. */
export function wholeWithin(value: number, low: number, high: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, Math.round(value))) : fallback;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The problem with text over the size limit, or null; `file` names it when there are several (CSV tables). */
export function textLimitProblem(length: number, file = 'the file'): string | null {
  if (length <= LIMITS.characters) return null;
  return `${file} holds ${count(length)} characters; the limit is ${count(LIMITS.characters)}`;
}

/** Most bytes a file of at most `LIMITS.characters` characters of UTF-8 can hold: three a character. */
export const MAX_BYTES = 3 * LIMITS.characters;

/** The problem with a file given up once past `MAX_BYTES` bytes, its length never known (a device, a pipe). */
export function passedBytesProblem(): string {
  return `the file holds more than ${Math.round(MAX_BYTES / (1024 * 1024))} MB; the limit is ${count(LIMITS.characters)} characters`;
}

/** The problem with text given up once past the character limit, its length never known (an endless body). */
export function passedCharactersProblem(): string {
  return `the file holds more than ${count(LIMITS.characters)} characters; the limit is ${count(LIMITS.characters)}`;
}

/**
 * The problem with a file of `bytes` bytes of UTF-8 too large to hold at most the characters
 * allowed, or null: each character takes at most 3 bytes, so past 3 × the limit the text is over
 * it for sure. Lets a reader refuse a huge file without reading it.
 */
export function byteLimitProblem(bytes: number): string | null {
  if (!(bytes > MAX_BYTES)) return null;
  return `the file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is ${count(LIMITS.characters)} characters`;
}

/**
 * The problem with a list a reader stopped counting as soon as it passed its limit, e.g. the
 * nodes of a GEXF file, counted before any of them is built.
 */
export function passedLimitProblem(what: 'actors' | 'relations' | 'sources'): string {
  return `more than ${count(LIMITS[what])} ${what}; the limit is ${count(LIMITS[what])}`;
}

/** The problem with a value nested past the limit; its path says where. */
export const NESTING_PROBLEM = `nested more than ${LIMITS.nesting} levels deep; the limit is ${LIMITS.nesting}`;

/** The problem with a list over its limit (`what` names it, e.g. "relations"), or null. */
export function listLimitProblem(what: keyof typeof LIMITS, length: number): string | null {
  const limit = LIMITS[what];
  if (length <= limit) return null;
  return `${count(length)} ${what}; the limit is ${count(limit)}`;
}

/**
 * How large an input may be. Past these, a file is refused with a message naming the limit
 * before any work is done on it, so that a huge or hostile file cannot freeze the page.
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
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** The problem with text over the size limit, or null. */
export function textLimitProblem(length: number): string | null {
  if (length <= LIMITS.characters) return null;
  return `the file holds ${count(length)} characters; the limit is ${count(LIMITS.characters)}`;
}

/**
 * The problem with a file of `bytes` bytes of UTF-8 too large to hold at most the characters
 * allowed, or null: each character takes at most 3 bytes, so past 3 × the limit the text is over
 * it for sure. Lets a reader refuse a huge file without reading it.
 */
export function byteLimitProblem(bytes: number): string | null {
  if (!(bytes > 3 * LIMITS.characters)) return null;
  return `the file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is ${count(LIMITS.characters)} characters`;
}

/** The problem with a list over its limit (`what` names it, e.g. "relations"), or null. */
export function listLimitProblem(what: keyof typeof LIMITS, length: number): string | null {
  const limit = LIMITS[what];
  if (length <= limit) return null;
  return `${count(length)} ${what}; the limit is ${count(limit)}`;
}

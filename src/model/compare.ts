/**
 * The one order for ids and names wherever an order must not depend on the reader's locale:
 * layouts, searches and analyses sort by it so that the same data always comes out the same.
 */

/** Compares two strings by UTF-16 code units, as `<` does: -1, 0 or 1. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two lists hold the same values in the same order (typed arrays included). */
export function sameValues<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The one order for ids and names wherever an order must not depend on the reader's locale:
 * layouts, searches and analyses sort by it so that the same data always comes out the same.
 */

/** Compares two strings by UTF-16 code units, as `<` does: -1, 0 or 1. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

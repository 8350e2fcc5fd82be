/**
 * Ids kept unique across actors and relations, which share one namespace: for records a
 * foreign file left without one, and for what a reader adds in the explorer.
 */

/** `base`, or `base-2`, `base-3`… whichever is not in `used`; the result is added to `used`. */
export function freshId(base: string, used: Set<string>): string {
  let id = base;
  if (used.has(id)) {
    // Where the last search for this base ended: ids are only ever added, so the first free
    // number is never below it, and n duplicates of one id take n steps, not n² / 2.
    let next = searches.get(used);
    if (!next) searches.set(used, (next = new Map<string, number>()));
    let n = next.get(base) ?? 2;
    while (used.has(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
    next.set(base, n + 1);
  }
  used.add(id);
  return id;
}

/** For each set of ids in use, the next number to try for each base. */
const searches = new WeakMap<Set<string>, Map<string, number>>();

/** An id made of a name's letters and digits, lower case, words joined by hyphens: "Harbour Council" → `harbour-council`. */
export function slugOf(name: string, fallback = 'item'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

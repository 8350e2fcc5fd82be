/**
 * "Did you mean": the closest known names to a mistyped one, by edit distance.
 */

/** Levenshtein distance between two strings, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The known names closest to `name`, best first: those within a third of its length in
 * edits (at least 1), or that contain it or are contained by it. Empty when none is close.
 */
export function closestNames(name: string, known: Iterable<string>, most = 3): string[] {
  const wanted = name.toLowerCase();
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const candidate of new Set(known)) {
    const lower = candidate.toLowerCase();
    let score = editDistance(wanted, lower);
    // Containment only counts between names long enough to mean something ("us" is in "russia").
    if (wanted.length >= 3 && lower.length >= 3 && (lower.includes(wanted) || wanted.includes(lower))) score = Math.min(score, 1);
    if (score <= allowed) scored.push({ name: candidate, score });
  }
  scored.sort((p, q) => p.score - q.score || p.name.localeCompare(q.name));
  return scored.slice(0, most).map((s) => s.name);
}

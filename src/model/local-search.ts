/**
 * The first step of a local search from several starts: each start improved in place, and the
 * one that scores lowest kept (the earliest on a tie, so that the order of starts decides).
 */
export function bestOfStarts<T>(
  starts: readonly T[],
  improve: (start: T) => void,
  score: (start: T) => number,
): { best: T; score: number } {
  let best = starts[0] as T;
  let least = Infinity;
  for (const start of starts) {
    improve(start);
    const value = score(start);
    if (value < least) {
      best = start;
      least = value;
    }
  }
  return { best, score: least };
}

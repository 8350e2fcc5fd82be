/**
 * Long work done in short tasks: a page that has to work out something large (the styles of
 * 25,000 elements, the betweenness of 5,000 actors) yields between slices, so that it still
 * paints and answers the reader meanwhile.
 */

/** Time one slice may take, in ms: well under the 50 ms from which a task counts as long. */
export const SLICE_MS = 25;

/**
 * Calls `step` (a small piece of the work, true once all is done) again and again, in tasks of
 * about SLICE_MS, yielding to the page between them. Stops early once `current()` turns false
 * (what the work was for has changed); resolves to whether the work got done.
 */
export async function inSlices(step: () => boolean, current: () => boolean = () => true): Promise<boolean> {
  let done = false;
  while (!done && current()) {
    const until = performance.now() + SLICE_MS;
    do done = step();
    while (!done && performance.now() < until);
    if (!done) await nextTask();
  }
  return done;
}

/** Resolves in a task of its own, after the page has had its turn (to paint, take input, start a worker). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

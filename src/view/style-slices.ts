/**
 * Working out the style of thousands of elements a slice at a time. Cytoscape computes an
 * element's style when it is first drawn, which at 20,000 relations holds the first frame for
 * 0.7 s; done beforehand in short tasks, while the layout worker runs, that frame does less.
 */
import type { Collection, SingularElementArgument } from 'cytoscape';

/** Time one slice may take, in ms: well under the 50 ms from which a task counts as long. */
const SLICE_MS = 25;

/**
 * Calls `work` on every element of `elements`, yielding to the page between slices; stops early
 * once `current()` turns false (another graph was loaded meanwhile).
 */
async function inSlices(elements: Collection, work: (element: SingularElementArgument) => void, current: () => boolean): Promise<void> {
  let i = 0;
  while (i < elements.length && current()) {
    const until = performance.now() + SLICE_MS;
    for (; i < elements.length && performance.now() < until; i++) work(elements[i]!);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Works out the style of every element (reading a property makes cytoscape apply its stylesheet). */
export function styleInSlices(elements: Collection, current: () => boolean = () => true): Promise<void> {
  return inSlices(elements, (element) => void element.style('display'), current);
}

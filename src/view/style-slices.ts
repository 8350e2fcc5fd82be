/**
 * Preparing thousands of elements for their first frame a slice at a time. Cytoscape works out
 * an element's style, then its geometry and bounds, when it is first drawn: at 20,000 relations
 * that held the first frame for 1.5 s. Done beforehand in short tasks (the styles while the
 * layout worker runs, the geometry once actors are placed), that frame mostly draws.
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

/**
 * Works out where every element is drawn: its bounding box, which makes cytoscape compute the
 * geometry drawing needs (a relation's end points, a label's place).
 */
export function boundsInSlices(elements: Collection, current: () => boolean = () => true): Promise<void> {
  return inSlices(elements, (element) => void element.boundingBox(), current);
}

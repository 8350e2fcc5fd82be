/**
 * Preparing thousands of elements for their first frame a slice at a time. Cytoscape works out
 * an element's style, then its geometry and bounds, when it is first drawn: at 20,000 relations
 * that held the first frame for 1.5 s. Done beforehand in short tasks (the styles while the
 * layout worker runs, the geometry once actors are placed), that frame mostly draws.
 */
import type { Collection, Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { inSlices } from './slices.ts';

/** Calls `work` on every element of `elements` in slices, stopping early once `current()` turns false. */
async function eachInSlices(elements: Collection, work: (element: SingularElementArgument) => void, current: () => boolean): Promise<void> {
  let i = 0;
  await inSlices(() => {
    if (i < elements.length) work(elements[i++]!);
    return i >= elements.length;
  }, current);
}

/** Elements added per step: few enough that a step stays well inside a slice. */
const ADD_STEP = 100;

/** Elements whose geometry is worked out per step. */
const BOUNDS_STEP = 40;

/**
 * Adds `elements` to `cy` (actors before the relations that join them) in slices; false where
 * `current()` turned false first, the rest left out.
 */
export function addInSlices(cy: Core, elements: ElementDefinition[], current: () => boolean = () => true): Promise<boolean> {
  let i = 0;
  return inSlices(() => {
    cy.add(elements.slice(i, (i += ADD_STEP)));
    return i >= elements.length;
  }, current);
}

/** Works out the style of every element (reading a property makes cytoscape apply its stylesheet). */
export function styleInSlices(elements: Collection, current: () => boolean = () => true): Promise<void> {
  return eachInSlices(elements, (element) => void element.style('display'), current);
}

/** The part of an element's private state where cytoscape's renderer keeps whether its geometry is fresh. */
interface RenderedState {
  _private?: { rstyle?: { clean?: boolean; cleanConnected?: boolean } };
}

/**
 * Works out where every element is drawn: its bounding box, which makes cytoscape compute the
 * geometry drawing needs (a relation's end points, a label's place). Cytoscape then forgets it
 * has: the box, once worked out, is announced as changed, which marks the geometry stale, so
 * fitting worked it all out again, in one task, and so did the first frame, for every relation
 * of an actor that moved. Each element is marked fresh again here, and each actor as having had
 * its relations' geometry asked for anew, which the relations that follow it do.
 */
export function boundsInSlices(elements: Collection, current: () => boolean = () => true): Promise<void> {
  const ordered = elements.nodes().union(elements.edges());
  let i = 0;
  // A few dozen at a time: cytoscape works out relations' geometry pair by pair, all the
  // relations between two actors at once, which one element at a time would repeat for each.
  return inSlices(() => {
    const chunk = ordered.slice(i, (i += BOUNDS_STEP));
    chunk.boundingBox();
    chunk.forEach((element) => {
      const rstyle = (element as unknown as RenderedState)._private?.rstyle;
      if (!rstyle) return;
      rstyle.clean = true;
      if (element.isNode()) rstyle.cleanConnected = true;
    });
    return i >= ordered.length;
  }, current).then(() => undefined);
}

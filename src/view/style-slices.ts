/**
 * Preparing thousands of elements for their first frame a slice at a time. Cytoscape works out
 * an element's style, then its geometry and bounds, when it is first drawn: at 20,000 relations
 * that held the first frame for 1.5 s. Done beforehand in short tasks (the styles while the
 * layout worker runs, the geometry once actors are placed), that frame mostly draws.
 */
import type { Collection, Core, ElementDefinition, SingularElementArgument, StylesheetJson } from 'cytoscape';
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

/** The parts of cytoscape's stylesheet object (3.x) used to build one in place. */
interface StyleInternals {
  length: number;
  /** How many of its rules are cytoscape's own defaults, which come first. */
  defaultLength: number;
  resetToDefault(): void;
  appendFromJson(json: StylesheetJson): void;
  update(): void;
}

/** Rules parsed per step: a rule's properties are parsed one by one, a few dozen µs each. */
const RULE_STEP = 2;

/**
 * Gives a drawing with no element yet its stylesheet in slices: cytoscape parses every property
 * of every rule, 70 ms and more in one task on a fresh page. Its own default rules, parsed when
 * it was created, are kept rather than parsed again (`cy.style(json)` made a new stylesheet,
 * which parses them twice more). Resolves to false, the stylesheet unchanged from cytoscape's
 * defaults, where `current()` turned false first; a drawing with elements is styled at once.
 */
export async function stylesheetInSlices(cy: Core, json: StylesheetJson, current: () => boolean = () => true): Promise<boolean> {
  const style = cy.style() as unknown as Partial<StyleInternals>;
  const inPlace =
    cy.elements().empty() &&
    typeof style.appendFromJson === 'function' &&
    typeof style.resetToDefault === 'function' &&
    typeof style.update === 'function';
  if (!inPlace) {
    cy.style(json);
    return true;
  }
  const sheet = style as StyleInternals;
  if (sheet.length !== sheet.defaultLength) sheet.resetToDefault();
  const rules = json as unknown as unknown[];
  let i = 0;
  // Another stylesheet given meanwhile (a theme change) takes this one's place: it is left.
  const done = await inSlices(
    () => {
      sheet.appendFromJson(rules.slice(i, (i += RULE_STEP)) as unknown as StylesheetJson);
      return i >= rules.length;
    },
    () => current() && (cy.style() as unknown) === sheet,
  );
  if (!done) {
    if ((cy.style() as unknown) === sheet) sheet.resetToDefault();
    return false;
  }
  sheet.update();
  return true;
}

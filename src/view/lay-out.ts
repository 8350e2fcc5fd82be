/**
 * Laying out a drawing: the careful placement of small graphs (small-layout.ts) and ForceAtlas2
 * for large ones (large-layout.ts), each in a layout worker with the drawing's frames held, or
 * one of the layouts a page names (named-layout.ts, fetched on first use).
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { holdFrames, type FrameHold } from './batching.ts';
import { layOutLarge } from './force-runner.ts';
import { largeInput, largePositions } from './large-layout.ts';
import { COLA_MAX_ACTORS, seedPositions, type LayoutName } from './layout.ts';
import { applyPlacement, clearPlacementMarks, labelSize, placeFor, placementPairs } from './small-layout.ts';
import { CLASSES } from './style.ts';

/** Actors moved in one batch, when the large layout's answer comes in slices. */
const MOVE_CHUNK = 100;

/** Work to do while a layout is worked out off the page. */
export type Meanwhile = () => Promise<void>;

const always = () => true;
const nothing: Meanwhile = async () => {};

/**
 * Lays out every actor from the seed positions, whatever is hidden: the careful placement up
 * to COLA_MAX_ACTORS actors, ForceAtlas2 in a worker beyond (`auto`), or the layout named.
 */
export async function layOutDrawing(cy: Core, name: LayoutName): Promise<void> {
  const seeds = seedPositions(cy.nodes().map((node) => node.id()));
  cy.batch(() => {
    // Only where set: removing a class an element lacks still restyles it.
    cy.elements(`.${CLASSES.filtered}, .${CLASSES.unfocused}`).removeClass([CLASSES.filtered, CLASSES.unfocused]);
    cy.nodes().positions((node) => ({ ...seeds.get(node.id())! }));
  });
  // Label sides and bends belong to the careful placement alone.
  clearPlacementMarks(cy);
  const large = cy.nodes().length > COLA_MAX_ACTORS;
  if (name === 'auto' || (name === 'cola' && large)) {
    const hold = holdFrames(cy);
    try {
      await (large ? placeLarge : placeSmall)(cy, hold, always, nothing);
    } finally {
      hold.release();
    }
    return;
  }
  const { layOutNamed } = await import('./named-layout.ts');
  await layOutNamed(cy, name);
}

/** Works out the style of each of `elements` in slices (reading a property makes cytoscape apply its stylesheet). */
export function styleAll(elements: ArrayLike<SingularElementArgument>, hold: FrameHold, current: () => boolean): Promise<boolean> {
  return hold.each(elements.length, (i) => void elements[i]!.style('display'), current);
}

/**
 * The careful placement: labels measured in slices, the placement worked out in a worker while
 * `meanwhile` runs, then the actors moved, labels put on their sides and relations bent.
 * False when `current()` turned false or the drawing was destroyed.
 */
export async function placeSmall(cy: Core, hold: FrameHold, current: () => boolean, meanwhile: Meanwhile): Promise<boolean> {
  const { nodes, ids, pairs, relations, pairOf } = placementPairs(cy);
  const labels: ReturnType<typeof labelSize>[] = [];
  if (!(await styleAll(nodes, hold, current)) || !(await hold.each(nodes.length, (i) => void labels.push(labelSize(nodes[i]!)), current)))
    return false;
  const placing = placeFor(cy, { labels, pairs, relations });
  if (!(await styleAll(cy.edges(), hold, current))) return false;
  await meanwhile();
  const placement = await placing;
  if (!placement || !current() || cy.destroyed()) return false;
  hold.run(() => cy.batch(() => applyPlacement(cy, ids, placement, pairOf)));
  return true;
}

/** ForceAtlas2 in a worker while every element is styled and `meanwhile` runs, then the actors moved in slices. */
export async function placeLarge(cy: Core, hold: FrameHold, current: () => boolean, meanwhile: Meanwhile): Promise<boolean> {
  const { ids, input } = largeInput(cy);
  const placing = layOutLarge(input, () => !cy.destroyed());
  if (!(await styleAll(cy.elements(), hold, current))) return false;
  await meanwhile();
  const placed = await placing;
  if (!placed || !current() || cy.destroyed()) return false;
  const at = largePositions(placed, ids.length);
  return hold.each(
    Math.ceil(ids.length / MOVE_CHUNK),
    (k) =>
      cy.batch(() => {
        for (let i = k * MOVE_CHUNK; i < Math.min(ids.length, (k + 1) * MOVE_CHUNK); i++) cy.getElementById(ids[i]!).position(at(i));
      }),
    current,
  );
}

/**
 * The whole placement of a graph of up to COLA_MAX_ACTORS actors, as a layout worker runs it,
 * or the page where no worker may start (it then fetches this module, and what it needs, on
 * first use, so that the library file carries none of it): ForceAtlas2's starts where the graph
 * is large enough for them, then placement.ts.
 */
import { forceStart } from './force-layout.ts';
import { forceStarts, placeActors, type Placement, type PlacementInput } from './placement.ts';
import { EDGE_LENGTH } from './stress.ts';

export function placeGraph(input: PlacementInput): Placement {
  const n = input.labels.length;
  return placeActors(
    input,
    forceStarts(n, (seeds, first) => forceStart(n, input.pairs, EDGE_LENGTH, seeds, first)),
  );
}

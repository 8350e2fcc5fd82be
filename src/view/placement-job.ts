/**
 * The whole placement of a graph of up to COLA_MAX_ACTORS actors, as a layout worker runs it,
 * or the page where no worker may start (it then fetches this module, and what it needs, on
 * first use, so that the library file carries none of it): ForceAtlas2's starts where the graph
 * is large enough for them, then placement.ts. In two parts, so that the longer one can begin
 * before the labels are measured.
 */
import { forceStart } from './force-layout.ts';
import { bestStart, finishPlacement, forceStarts, type PlacementStructure } from './placement.ts';
import { EDGE_LENGTH } from './stress.ts';

/** The untangled start the placement finishes from (see finishPlacement). */
export function startPlacement({ actors: n, pairs, relations }: PlacementStructure): Float64Array {
  return bestStart(
    n,
    pairs,
    relations,
    forceStarts(n, (seeds, first) => forceStart(n, pairs, EDGE_LENGTH, seeds, first)),
  );
}

export { finishPlacement };

/**
 * Places the actors of a mid-sized graph off the page's main thread, so that the page stays
 * responsive while its layout is worked out.
 */
import { forceStart } from './force-layout.ts';
import { forceStarts, placeActors, type PlacementInput } from './placement.ts';
import { EDGE_LENGTH } from './stress.ts';

self.onmessage = (event: MessageEvent<PlacementInput>) => {
  const input = event.data;
  const n = input.labels.length;
  const starts = forceStarts(n, (seeds, first) => forceStart(n, input.pairs, EDGE_LENGTH, seeds, first));
  (self as unknown as Worker).postMessage(placeActors(input, starts));
};

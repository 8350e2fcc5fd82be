/**
 * Places the actors of a mid-sized graph off the page's main thread, so that the page stays
 * responsive while its layout is worked out.
 */
import { placeActors, type PlacementInput } from './placement.ts';

self.onmessage = (event: MessageEvent<PlacementInput>) => {
  (self as unknown as Worker).postMessage(placeActors(event.data));
};

/**
 * The types of what `<actor-graph>` gives out besides its events (see `events.ts`): the result
 * of a load and what `highlight()` takes. Beside the element so that embedders and the explorer
 * import them without the element.
 */
import type { Problem } from '../model/format.ts';

/** What `ready` resolves with: the counts drawn, or why the load failed. */
export type LoadResult = { ok: true; actors: number; relations: number } | { ok: false; problems: Problem[] };
/** Actors and relations to pick out, as `highlight()` takes them. */
export interface Highlight {
  actors?: Iterable<string>;
  relations?: Iterable<string>;
  /** How many paths use each relation (relation id → count), to draw them as wide as their count. */
  weights?: Readonly<Record<string, number>>;
}

/**
 * The camps a view shows: none, the two camps of strong balance, or the k camps of weak balance
 * with the k that fits best; and how each actor's camp is named.
 */
import type { AnalysisOptions } from './balance.ts';
import { splitIntoCamps, type Contradiction } from './camps.ts';
import type { ActorGraph } from './graph.ts';
import { bestCampCount, type CampFit } from './k-camps.ts';

/** `none`, `two` (strong balance) or `many` (weak balance with the best k). */
export type CampMode = 'none' | 'two' | 'many';

/** `two` or `many` as given; anything else is `none`. */
export function parseCampMode(value: string | null | undefined): CampMode {
  return value === 'two' || value === 'many' ? value : 'none';
}

/** The camps shown under a filter, numbered from 1 in the order of `camps`. */
export interface ShownCamps {
  mode: 'two' | 'many';
  /** Each camp's actors sorted by id; none empty. */
  camps: string[][];
  /** Each placed actor's camp number, from 1. */
  campOf: Map<string, number>;
  /** The relations the split goes against, sorted by their actors. */
  contradictions: Contradiction[];
  /** Actors no cooperation or hostility places. */
  unattached: string[];
  /** True when no split with as many camps contradicts fewer relations. */
  exact: boolean;
  /** With `many`: how each number of camps up to the best fits (see `bestCampCount`). */
  fits?: CampFit[];
}

/** The camps for `mode` under the options, or null for `none`. */
export function campsFor(graph: ActorGraph, mode: CampMode, options: AnalysisOptions = {}): ShownCamps | null {
  if (mode === 'none') return null;
  const found =
    mode === 'two'
      ? splitIntoCamps(graph, options)
      : (() => {
          const best = bestCampCount(graph, options);
          return { ...best.split, exact: best.exact, fits: best.fits };
        })();
  const camps = found.camps.filter((camp) => camp.length > 0);
  const campOf = new Map<string, number>();
  camps.forEach((camp, i) => camp.forEach((id) => campOf.set(id, i + 1)));
  return {
    mode,
    camps,
    campOf,
    contradictions: found.contradictions,
    unattached: found.unattached,
    exact: found.exact,
    ...('fits' in found ? { fits: found.fits } : {}),
  };
}

/** "camp 2 of 3", or "in no camp" for an actor no signed relation places; '' for an unknown actor. */
export function campPhrase(camps: ShownCamps, id: string): string {
  const camp = camps.campOf.get(id);
  if (camp !== undefined) return `camp ${camp} of ${camps.camps.length}`;
  return camps.unattached.includes(id) ? 'in no camp' : '';
}

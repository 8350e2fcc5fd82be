/**
 * Pieces of the small graphs that test the two questions of time: three actors, and the
 * intelligence sharing of the seed graph in miniature, revealed in December 2015 and so begun
 * no later than then, its one piece of evidence dated when it was revealed.
 */
import type { Actor, Relation } from '../../src/model/format.ts';

/** Alpha, Beta and Gamma. */
export const threeActors = (): Actor[] => [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
  { id: 'c', label: 'Gamma' },
];

/** Alpha and Beta's cooperation, begun no later than 2015-12, with evidence of `source` dated 2015-12. */
export const revealedSharing = (source = 'brief'): Relation => ({
  id: 'sharing',
  source: 'a',
  target: 'b',
  type: 'cooperation',
  start: '2015-12',
  startBound: 'no-later-than',
  evidence: [{ source, date: '2015-12' }],
});

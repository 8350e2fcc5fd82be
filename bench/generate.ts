/**
 * A seeded generator of realistic actor graphs for the benchmark: a few hubs, communities that
 * cooperate inside and clash across, all three relation types, parallel relations, dates and
 * evidence. The same size and seed always give the same graph.
 */
import type { Actor, GraphDocument, Relation, RelationType } from '../src/model/format.ts';
import { seededRandom } from '../src/model/random.ts';

/** The model's seeded random source, shared with the bench's other generators. */
export { seededRandom };

const KINDS = ['state', 'government', 'non-state armed group', 'organization', 'person'];

export interface GenerateOptions {
  actors: number;
  /** Relations per actor, on average. Default 4. */
  perActor?: number;
  seed?: number;
}

/** A valid document of `actors` actors and about `perActor × actors` relations. */
export function generateGraph({ actors: n, perActor = 4, seed = 1 }: GenerateOptions): GraphDocument {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const communities = Math.max(1, Math.round(Math.sqrt(n) / 2));
  const community = (i: number) => i % communities;
  const hubs = Math.max(1, Math.round(n / 100));
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    actors.push({
      id: `a${i}`,
      label: `Actor ${i}`,
      kind: i < hubs ? 'state' : pick(KINDS),
      description: `Member of community ${community(i)}.`,
      aliases: i % 7 === 0 ? [`A-${i}`] : [],
    });
  }
  const relations: Relation[] = [];
  const target = Math.round(n * perActor);
  const addRelation = (s: number, t: number) => {
    const same = community(s) === community(t);
    const roll = random();
    const type: RelationType = roll < 0.12 ? 'contested' : same === roll < 0.8 ? 'cooperation' : 'hostility';
    const year = 1990 + Math.floor(random() * 30);
    const relation: Relation = {
      id: `r${relations.length}`,
      source: `a${s}`,
      target: `a${t}`,
      type,
      directed: random() < 0.2,
      label: `${type} ${relations.length}`,
      evidence: [
        { source: 'generated', locator: `¶${1 + Math.floor(random() * 40)}`, quote: 'generated evidence', claimant: 'the generator' },
      ],
    };
    if (random() < 0.7) relation.start = String(year);
    if (random() < 0.3) relation.end = String(year + 1 + Math.floor(random() * 10));
    relations.push(relation);
  };
  while (relations.length < target && n > 1) {
    const s = Math.floor(random() * n);
    const roll = random();
    let t: number;
    if (roll < 0.15) t = Math.floor(random() * hubs);
    else if (roll < 0.75) {
      // Inside the same community: actors congruent to s modulo the community count.
      const size = Math.ceil((n - community(s)) / communities);
      t = community(s) + communities * Math.floor(random() * size);
    } else t = Math.floor(random() * n);
    if (t === s || t >= n) continue;
    addRelation(s, t);
    // Parallel relations: the same pair again, at another time.
    if (random() < 0.05 && relations.length < target) addRelation(s, t);
  }
  return {
    version: 1,
    title: `Generated graph of ${n} actors (seed ${seed})`,
    sources: [{ id: 'generated', title: 'Benchmark generator' }],
    actors,
    relations,
  };
}

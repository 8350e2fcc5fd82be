/** The plan a careful placement starts from, the same whether read from the graph model or the drawing. */
import { describe, expect, it } from 'vitest';
import { placementPlan, samePlan } from '../../src/view/small-layout.ts';

const relations = [
  { id: 'r1', source: 'c', target: 'a' },
  { id: 'r2', source: 'a', target: 'c' },
  { id: 'r3', source: 'b', target: 'b' },
  { id: 'r4', source: 'b', target: 'c' },
];

describe('placementPlan', () => {
  it('numbers actors in id order and each related pair once, counting its relations', () => {
    const plan = placementPlan(['c', 'a', 'b'], relations);
    expect(plan.ids).toEqual(['a', 'b', 'c']);
    expect([...plan.structure.pairs]).toEqual([0, 2, 1, 2]);
    expect([...plan.structure.relations]).toEqual([2, 1]);
    expect(plan.structure.actors).toBe(3);
    // A relation to itself takes no part in the placement.
    expect([...plan.pairOf]).toEqual([
      ['r1', { pair: 0, reversed: true }],
      ['r2', { pair: 0, reversed: false }],
      ['r4', { pair: 1, reversed: false }],
    ]);
  });

  it('is the same for the same actors and relations in another order of actors, and differs when a relation goes', () => {
    const plan = placementPlan(['c', 'a', 'b'], relations);
    expect(samePlan(plan, placementPlan(['a', 'b', 'c'], relations))).toBe(true);
    expect(samePlan(plan, placementPlan(['a', 'b', 'c'], relations.slice(1)))).toBe(false);
    expect(samePlan(plan, placementPlan(['a', 'b', 'c', 'd'], relations))).toBe(false);
  });
});

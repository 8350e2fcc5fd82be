import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../src/model/neighbourhood.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

describe('neighbourhood', () => {
  it('walks usable relations either way up to the depth', () => {
    const all = () => true;
    const one = neighbourhood(graph, 'india', 1, all);
    expect([...one.actors].sort()).toEqual(['india', 'russia']);
    expect([...one.relations]).toEqual(['russia-india']);
    const two = neighbourhood(graph, 'india', 2, all);
    expect(two.actors.size).toBe(12);
    expect(two.relations.has('russia-taliban-arms')).toBe(true);
  });

  it('ignores relations that are not usable', () => {
    const result = neighbourhood(graph, 'india', 3, (id) => id !== 'russia-india');
    expect([...result.actors]).toEqual(['india']);
    expect(result.relations.size).toBe(0);
  });
});

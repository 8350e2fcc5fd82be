import { describe, expect, it } from 'vitest';
import { actorSizes, parseSizeBy, sizeValueText } from '../../src/model/actor-sizes.ts';
import { graphOf } from '../support/graphs.ts';

/** A star: a tied to b, c and d; d also to e; f alone. */
const star = () =>
  graphOf(
    ['a', 'b', 'c', 'd', 'e', 'f'],
    [
      ['ab', 'a', 'b', 'cooperation'],
      ['ac', 'a', 'c', 'hostility'],
      ['ad', 'a', 'd', 'cooperation', { start: '2010' }],
      ['de', 'd', 'e', 'contested'],
    ],
  );

describe('actorSizes', () => {
  it('sizes by degree on a linear scale from the least to the greatest', () => {
    const scale = actorSizes(star(), 'degree', {}, { min: 20, max: 50 })!;
    expect([...scale.actors]).toEqual([
      ['a', { value: 3, size: 50 }],
      ['b', { value: 1, size: 30 }],
      ['c', { value: 1, size: 30 }],
      ['d', { value: 2, size: 40 }],
      ['e', { value: 1, size: 30 }],
      ['f', { value: 0, size: 20 }],
    ]);
    expect([scale.least, scale.greatest]).toEqual([0, 3]);
  });

  it('follows the filter: before 2010 a has two relations', () => {
    const scale = actorSizes(star(), 'degree', { asOf: '2005' }, { min: 20, max: 50 })!;
    expect(scale.actors.get('a')).toEqual({ value: 2, size: 50 });
    expect(scale.actors.get('d')).toEqual({ value: 1, size: 35 });
  });

  it('sizes by betweenness, rounded to what is shown, and gives everyone the middle size when all are equal', () => {
    const scale = actorSizes(star(), 'betweenness', {}, { min: 20, max: 50 })!;
    // Of the 10 pairs of other actors, a lies between 5 (b–c, b–d, c–d, b–e, c–e), d between 3 (e with a, b and c).
    expect(scale.actors.get('a')).toEqual({ value: 0.5, size: 50 });
    expect(scale.actors.get('d')).toEqual({ value: 0.3, size: 38 });
    expect(scale.actors.get('b')).toEqual({ value: 0, size: 20 });
    const flat = actorSizes(graphOf(['x', 'y'], [['xy', 'x', 'y', 'cooperation']]), 'degree', {}, { min: 20, max: 50 })!;
    expect([...flat.actors.values()]).toEqual([
      { value: 1, size: 35 },
      { value: 1, size: 35 },
    ]);
  });

  it('is null for none, and reads only degree and betweenness', () => {
    expect(actorSizes(star(), 'none')).toBeNull();
    expect(['degree', 'betweenness', 'Degree', '', null].map(parseSizeBy)).toEqual(['degree', 'betweenness', 'none', 'none', 'none']);
    expect([sizeValueText('degree', 3), sizeValueText('betweenness', 0.25)]).toEqual(['3', '0.250']);
  });
});

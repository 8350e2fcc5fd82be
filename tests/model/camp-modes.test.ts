import { describe, expect, it } from 'vitest';
import { campPhrase, campsFor, parseCampMode } from '../../src/model/camp-modes.ts';
import { kCampsView } from '../../src/model/balance-report.ts';
import { graphOf } from '../support/graphs.ts';

/** a and b cooperate, both are hostile to c; d has only a contested relation. */
const graph = () =>
  graphOf(
    ['a', 'b', 'c', 'd'],
    [
      ['ab', 'a', 'b', 'cooperation'],
      ['ac', 'a', 'c', 'hostility'],
      ['bc', 'b', 'c', 'hostility'],
      ['cd', 'c', 'd', 'contested'],
    ],
  );

describe('campsFor', () => {
  it('gives each placed actor its camp number, and names it', () => {
    const two = campsFor(graph(), 'two')!;
    expect(two.camps).toEqual([['a', 'b'], ['c']]);
    expect([...two.campOf]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ]);
    expect(['a', 'c', 'd', 'nobody'].map((id) => campPhrase(two, id))).toEqual(['camp 1 of 2', 'camp 2 of 2', 'in no camp', '']);
    expect(two.fits).toBeUndefined();
    const many = campsFor(graph(), 'many')!;
    expect(many.camps).toEqual([['a', 'b'], ['c']]);
    expect(many.fits).toEqual([
      { k: 1, contradictions: 2, exact: true },
      { k: 2, contradictions: 0, exact: true },
    ]);
  });

  it('is null for none, and reads only two and many', () => {
    expect(campsFor(graph(), 'none')).toBeNull();
    expect(['two', 'many', 'Two', '', null].map(parseCampMode)).toEqual(['two', 'many', 'none', 'none', 'none']);
  });
});

describe('kCampsView', () => {
  it('writes how each number of camps fits and marks the best', () => {
    const view = kCampsView(graph());
    expect(view.fits.map((f) => [f.text, f.best])).toEqual([
      ['1 camp: 2 relations contradict it', false],
      ['2 camps: no relation contradicts them', true],
    ]);
    expect(view.camps).toEqual([
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      [{ id: 'c', label: 'C' }],
    ]);
    expect(view.contradictions).toEqual([]);
    expect(view.exact).toBe(true);
  });
});

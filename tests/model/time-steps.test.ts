import { describe, expect, it } from 'vitest';
import type { GraphDocument, Relation } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { histogramPosition, periodAfter, relationHistogram, stepChange, stepIndexOf, timeSteps } from '../../src/model/time-steps.ts';
import { seedGraph } from '../seed.ts';

type Dates = Pick<Relation, 'id' | 'start' | 'end' | 'startBound' | 'endBound'> & Partial<Pick<Relation, 'type'>>;

/** Two actors and relations between them with the dates given. */
function graphOf(relations: Dates[]) {
  const document: GraphDocument = {
    version: 1.1,
    title: 't',
    sources: [],
    actors: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    relations: relations.map((r): Relation => ({ source: 'a', target: 'b', type: 'cooperation', ...r })),
  };
  return loadGraph(document);
}

/** A graph dated in years, with months in 2015 and a day in March 2016. */
const months = graphOf([
  { id: 'war', type: 'hostility', start: '2010', end: '2012' },
  { id: 'talks', start: '2015-03', end: '2015-06' },
  { id: 'truce', start: '2015' },
  { id: 'sharing', start: '2015-10', startBound: 'no-later-than' },
  { id: 'deal', start: '2016-03-14' },
  { id: 'aid', start: '2011', end: '2013', endBound: 'no-earlier-than' },
  { id: 'ties' },
]);

describe('timeSteps', () => {
  it('steps the seed graph through the years with a change, and months in the years where the data gives months', () => {
    expect(timeSteps(seedGraph())).toEqual(['1990', '1996', '1997', '2000', '2001', '2002', '2007', '2015-10', '2015-12', '2016-12']);
  });

  it('steps by months through a year that has a month, by days through a month that has a day, and where uncertain bounds change', () => {
    // "aid" ended no earlier than 2013, so it turns possible as of 2014; 2016 has only one change, on 14 March.
    expect(timeSteps(months)).toEqual(['2010', '2011', '2013', '2014', '2015-01', '2015-03', '2015-07', '2015-10', '2016-03-14']);
  });

  it('counts only the relation types the filter allows', () => {
    expect(timeSteps(months, { types: ['hostility'] })).toEqual(['2010', '2013']);
    expect(timeSteps(months, { types: ['hostility'], asOf: '2011' })).toEqual(['2010', '2013']);
  });

  it('has no step for a graph without dates', () => {
    expect(timeSteps(graphOf([{ id: 'r' }]))).toEqual([]);
  });
});

describe('stepIndexOf', () => {
  const steps = ['1990', '1996', '2015-10'];
  it('finds the step a date falls in, -1 for any time or a date before every step', () => {
    expect(stepIndexOf(steps, '1996')).toBe(1);
    expect(stepIndexOf(steps, '2005-06-01')).toBe(1);
    expect(stepIndexOf(steps, '2015-10')).toBe(2);
    expect(stepIndexOf(steps, '2020')).toBe(2);
    expect(stepIndexOf(steps, '1989')).toBe(-1);
    expect(stepIndexOf(steps, null)).toBe(-1);
    expect(stepIndexOf(steps, 'soon')).toBe(-1);
  });
});

describe('periodAfter', () => {
  it('gives the next period at the same precision', () => {
    expect(periodAfter('1999')).toBe('2000');
    expect(periodAfter('2015-10')).toBe('2015-11');
    expect(periodAfter('2015-12')).toBe('2016-01');
    expect(periodAfter('2016-02-29')).toBe('2016-03-01');
    expect(periodAfter('9999')).toBeNull();
    expect(periodAfter('later')).toBeNull();
  });
});

describe('stepChange', () => {
  it('names the relations each step of Play adds and ends on the seed graph', () => {
    const graph = seedGraph();
    expect(stepChange(graph, '1990', '1996')).toEqual({ added: ['russia-taliban-hostages-1996'], ended: [] });
    expect(stepChange(graph, '1997', '2000')).toEqual({
      added: [],
      ended: ['russia-taliban-1990s', 'taliban-chechen-rebels', 'russia-chechen-rebels', 'taliban-central-asian-networks'],
    });
    expect(stepChange(graph, '2000', '2001')).toEqual({
      added: ['russia-united-states-2001', 'russia-taliban-2001', 'united-states-taliban'],
      ended: [],
    });
    expect(stepChange(graph, '2001', '2002')).toEqual({ added: [], ended: ['russia-united-states-2001', 'russia-taliban-2001'] });
  });

  it('adds a relation begun "no later than" a month when it turns certain, or never when possible relations are shown', () => {
    expect(stepChange(months, '2015-07', '2015-10')).toEqual({ added: ['sharing'], ended: [] });
    expect(stepChange(months, '2015-07', '2015-10', { possible: true })).toEqual({ added: [], ended: [] });
    // Going back ends it again.
    expect(stepChange(months, '2015-10', '2015-07')).toEqual({ added: [], ended: ['sharing'] });
  });

  it("compares with any time when a date is null, and ignores the filter's own date", () => {
    expect(stepChange(months, null, '2011', { asOf: '2016' })).toEqual({ added: [], ended: ['talks', 'truce', 'sharing', 'deal'] });
    expect(stepChange(months, '2011', null)).toEqual({ added: ['talks', 'truce', 'sharing', 'deal'], ended: [] });
  });

  it("keeps to the filter's types", () => {
    expect(stepChange(months, '2011', '2015-03', { types: ['cooperation'] })).toEqual({ added: ['talks', 'truce'], ended: ['aid'] });
    expect(stepChange(months, '2011', '2015-03', { types: ['cooperation'], possible: true })).toEqual({
      added: ['talks', 'truce'],
      ended: [],
    });
  });
});

describe('relationHistogram', () => {
  it('counts the seed graph by year: begin, end, in force for certain and possibly, undated apart', () => {
    const histogram = relationHistogram(seedGraph());
    expect(histogram.years).toBe(1);
    expect(histogram.dated).toBe(20);
    expect(histogram.undated).toBe(17);
    const rows = histogram.bins.map((b) => [b.from, b.begin, b.end, b.inForce, b.possible]);
    expect(rows.length).toBe(27);
    expect(rows[0]).toEqual([1990, 4, 0, 4, 11]);
    expect(rows.find((r) => r[0] === 1996)).toEqual([1996, 1, 1, 5, 11]);
    expect(rows.find((r) => r[0] === 1999)).toEqual([1999, 0, 4, 4, 11]);
    expect(rows.find((r) => r[0] === 2000)).toEqual([2000, 0, 0, 0, 11]);
    expect(rows.find((r) => r[0] === 2001)).toEqual([2001, 3, 2, 3, 11]);
    expect(rows.find((r) => r[0] === 2007)).toEqual([2007, 1, 0, 2, 11]);
    // Begun no later than December 2015: possible before 2015, certain in it.
    expect(rows.find((r) => r[0] === 2015)).toEqual([2015, 8, 0, 10, 3]);
    expect(rows.at(-1)).toEqual([2016, 3, 0, 13, 0]);
  });

  it("counts a hand-made graph by year, the year after an end included, and keeps to the filter's types", () => {
    const histogram = relationHistogram(months);
    expect(histogram.bins.map((b) => [b.from, b.begin, b.end, b.inForce, b.possible])).toEqual([
      [2010, 1, 0, 1, 1],
      [2011, 1, 0, 2, 1],
      [2012, 0, 1, 2, 1],
      [2013, 0, 1, 1, 1],
      [2014, 0, 0, 0, 2],
      [2015, 3, 1, 3, 1],
      [2016, 1, 0, 3, 1],
    ]);
    expect([histogram.dated, histogram.undated]).toEqual([6, 1]);
    expect(relationHistogram(months, { types: ['hostility'] }).bins.map((b) => [b.from, b.inForce])).toEqual([
      [2010, 1],
      [2011, 1],
      [2012, 1],
      [2013, 0],
    ]);
  });

  it('puts several years in a bar when the dates span centuries, and has no bar without dates', () => {
    const long = relationHistogram(
      graphOf([
        { id: 'old', start: '1500', end: '1620' },
        { id: 'new', start: '1900' },
      ]),
    );
    expect(long.years).toBe(10);
    expect(long.bins[0]).toEqual({ from: 1500, to: 1509, begin: 1, end: 0, inForce: 1, possible: 0 });
    expect(long.bins.find((b) => b.from === 1620)).toEqual({ from: 1620, to: 1629, begin: 0, end: 1, inForce: 1, possible: 0 });
    expect(long.bins.length).toBe(41);
    expect(relationHistogram(graphOf([{ id: 'r' }]))).toEqual({ bins: [], years: 1, dated: 0, undated: 1 });
  });
});

describe('histogramPosition', () => {
  it('puts a year in the middle of its bar and a month inside it', () => {
    const histogram = relationHistogram(graphOf([{ id: 'r', start: '2010', end: '2018' }]));
    // Bars of 2010 to 2019: ten years. July 2012 (a leap year) begins 182 days in and lasts 31.
    expect(histogram.bins.length).toBe(10);
    expect(histogramPosition(histogram, '2010')).toBe(0.05);
    expect(histogramPosition(histogram, '2019')).toBe(0.95);
    expect(histogramPosition(histogram, '2012-07')! * 10).toBeCloseTo(2 + (182 + 15.5) / 366, 10);
    expect(histogramPosition(histogram, 'soon')).toBeNull();
  });
});

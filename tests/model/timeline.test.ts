import { describe, expect, it } from 'vitest';
import type { GraphDocument, Relation } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import {
  boundCell,
  boundText,
  dateBounds,
  dateText,
  dayAfter,
  periodClause,
  periodText,
  stopIndex,
  timelineStops,
} from '../../src/model/timeline.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

function graphOf(relations: Pick<Relation, 'id' | 'start' | 'end' | 'startBound' | 'endBound'>[]) {
  const document: GraphDocument = {
    version: 1,
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

describe('dateBounds', () => {
  it('spans the seed graph from its first start to its latest date', () => {
    expect(dateBounds(graph)).toEqual({ first: '1990-01-01', last: '2016-12-01' });
  });

  it('reads a partial start from its first day and a partial end to its last', () => {
    expect(dateBounds(graphOf([{ id: 'r1', start: '2015-02', end: '2016-02' }]))).toEqual({ first: '2015-02-01', last: '2016-02-29' });
    expect(
      dateBounds(
        graphOf([
          { id: 'r1', end: '1999' },
          { id: 'r2', start: '2001-10-07' },
        ]),
      ),
    ).toEqual({ first: '1999-12-31', last: '2001-10-07' });
  });

  it('is null without dates', () => {
    expect(dateBounds(graphOf([{ id: 'r1' }]))).toBeNull();
    expect(dateBounds(graphOf([]))).toBeNull();
  });
});

describe('timelineStops', () => {
  it('lists every start, and the day after every end, once and in order', () => {
    expect(timelineStops(graph)).toEqual([
      '1990-01-01',
      '1996-01-01',
      '1997-01-01',
      '2000-01-01',
      '2001-01-01',
      '2002-01-01',
      '2007-01-01',
      '2015-10-31',
      '2015-12-31',
      '2016-12-31',
    ]);
  });

  it('stops where a relation turns possible or certain, as its bounds say', () => {
    const bounded = graphOf([
      { id: 'revealed', start: '2015-12', startBound: 'no-later-than' },
      { id: 'later', start: '2014', startBound: 'no-earlier-than' },
      { id: 'lasted', end: '2010', endBound: 'no-earlier-than' },
      { id: 'over', end: '1999-06', endBound: 'no-later-than' },
    ]);
    expect(timelineStops(bounded)).toEqual(['1999-07-01', '2010-01-02', '2014-01-01', '2015-12-31']);
  });

  it('rolls over months, leap days and years', () => {
    expect(
      timelineStops(
        graphOf([
          { id: 'r1', start: '2016-02', end: '2016-02' },
          { id: 'r2', end: '2015-12-31' },
          { id: 'r3', start: '2016-03' },
        ]),
      ),
    ).toEqual(['2016-01-01', '2016-02-01', '2016-03-01']);
    expect(dayAfter(20160228)).toBe(20160229);
    expect(dayAfter(99991231)).toBeNull();
    expect(timelineStops(graphOf([{ id: 'r1' }]))).toEqual([]);
  });
});

describe('stopIndex', () => {
  const stops = ['1990-01-01', '1996-01-01', '2001-01-01'];
  it('finds the last stop on or before a date', () => {
    expect(stopIndex(stops, '1996')).toBe(1);
    expect(stopIndex(stops, '2000-12-31')).toBe(1);
    expect(stopIndex(stops, '2016')).toBe(2);
    expect(stopIndex(stops, '1066')).toBe(0);
    expect(stopIndex(stops, 'nonsense')).toBe(-1);
    expect(stopIndex([], '2001')).toBe(-1);
  });
});

describe('periodText', () => {
  it('words a period', () => {
    expect(periodText({ start: '1990', end: '1999' })).toBe('1990 – 1999');
    expect(periodText({ start: '1996', end: '1996' })).toBe('1996');
    expect(periodText({ start: '2007' })).toBe('since 2007');
    expect(periodText({ end: '2019' })).toBe('until 2019');
    expect(periodText({ start: '2015-12', end: '2016' })).toBe('December 2015 – 2016');
    expect(periodText({ start: '2001-10-07' })).toBe('since 7 October 2001');
  });

  it('says "dates not given" for a relation without dates, not "any time"', () => {
    expect(periodText({})).toBe('dates not given');
  });

  it('says plainly when a bound is only a limit', () => {
    expect(periodText({ start: '2015-12', startBound: 'no-later-than' })).toBe('since no later than December 2015');
    expect(periodText({ start: '2007', startBound: 'exact' })).toBe('since 2007');
    expect(periodText({ end: '2010', endBound: 'no-earlier-than' })).toBe('until no earlier than 2010');
    expect(periodText({ start: '1990', startBound: 'no-later-than', end: '1999' })).toBe('from no later than 1990 to 1999');
    expect(periodText({ start: '2014', startBound: 'no-earlier-than', end: '2014', endBound: 'no-later-than' })).toBe(
      'from no earlier than 2014 to no later than 2014',
    );
  });
});

describe('bound words', () => {
  it('words a bound for a sentence, and for a table cell as written', () => {
    expect(boundText('2015-12', 'no-later-than')).toBe('no later than December 2015');
    expect(boundText('2010', 'no-earlier-than')).toBe('no earlier than 2010');
    expect(boundText('2001-10-07')).toBe('7 October 2001');
    expect(boundCell('2015-12', 'no-later-than')).toBe('no later than 2015-12');
    expect(boundCell('2015-12', 'exact')).toBe('2015-12');
    expect(periodClause({})).toBe('');
    expect(periodClause({ start: '1990', end: '1999' })).toBe('from 1990 to 1999');
  });
});

describe('dateText', () => {
  it('words a date', () => {
    expect(dateText('2001-10-07')).toBe('7 October 2001');
    expect(dateText('2015-12')).toBe('December 2015');
    expect(dateText('1990')).toBe('1990');
    expect(dateText('2001-13')).toBe('2001-13');
  });
});

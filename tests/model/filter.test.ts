import { describe, expect, it } from 'vitest';
import {
  evidenceDate,
  filterFor,
  filterGraph,
  holdingOf,
  isKnownOn,
  mergeFilter,
  passingRelations,
  sourceDatesOf,
  withSourceDates,
  type RelationFilter,
} from '../../src/model/filter.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import type { PathOptions } from '../../src/model/paths.ts';
import { revealedSharing, threeActors } from '../support/time-fixtures.ts';

describe('mergeFilter', () => {
  it('merges the view filter into path options', () => {
    expect(mergeFilter<PathOptions>({ all: true }, { types: ['cooperation'], asOf: '2001' })).toEqual({
      all: true,
      types: ['cooperation'],
      asOf: '2001',
    });
    expect(mergeFilter({ types: ['cooperation', 'hostility'] }, { types: ['hostility', 'contested'] })).toEqual({ types: ['hostility'] });
    expect(mergeFilter({ types: ['hostility'], asOf: '1999' }, {})).toEqual({ types: ['hostility'], asOf: '1999' });
    const bad = { types: 'hostility' as unknown as [] };
    expect(mergeFilter(bad, { types: ['cooperation'] }).types).toBe('hostility');
  });

  it("takes the view's possible relations and its date of knowledge", () => {
    expect(mergeFilter<PathOptions>({ all: true, possible: false }, { asOf: '2015-06', possible: true, knownOn: '2016-01' })).toEqual({
      all: true,
      asOf: '2015-06',
      possible: true,
      knownOn: '2016-01',
    });
    const dates = new Map([['s', '2016']]);
    expect(mergeFilter<RelationFilter>({}, { knownOn: '2016', sourceDates: dates }).sourceDates).toBe(dates);
  });
});

/** Hand-made: one relation revealed in December 2015, one dated by its source only, one never dated. */
const timeDocument: GraphDocument = {
  version: 1.1,
  title: 'two questions of time',
  sources: [
    { id: 'brief', title: 'A brief', date: '2016-12-31' },
    { id: 'report', title: 'A report', date: '2015-03' },
    { id: 'undated', title: 'An undated note' },
  ],
  actors: threeActors(),
  relations: [
    revealedSharing(),
    { id: 'old', source: 'b', target: 'c', type: 'hostility', start: '2007', evidence: [{ source: 'report' }] },
    {
      id: 'later',
      source: 'a',
      target: 'c',
      type: 'hostility',
      start: '2014',
      startBound: 'no-earlier-than',
      evidence: [{ source: 'undated' }],
    },
  ],
};
const timeGraph = loadGraph(timeDocument);
const relation = (id: string) => timeGraph.getEdgeAttributes(id);

describe('as it was on a date: certain, or possible too', () => {
  it('leaves out a relation that only began no later than 2015-12 as of 2015-06, unless possible ones are asked for', () => {
    expect(passingRelations(timeGraph, { asOf: '2015-06' })).toEqual(['old']);
    expect(passingRelations(timeGraph, { asOf: '2015-06', possible: true })).toEqual(['sharing', 'old', 'later']);
    expect(passingRelations(timeGraph, { asOf: '2016' })).toEqual(['sharing', 'old']);
    expect(passingRelations(timeGraph, { asOf: '2013', possible: true })).toEqual(['sharing', 'old']);
  });

  it('lets possible alone change nothing without a date', () => {
    expect(passingRelations(timeGraph, { possible: true })).toEqual(['sharing', 'old', 'later']);
    expect(filterGraph(timeGraph, { possible: true })).toBe(timeGraph);
  });

  it('says which passing relations hold only possibly', () => {
    expect(holdingOf(relation('sharing'), { asOf: '2015-06', possible: true })).toBe('possible');
    expect(holdingOf(relation('sharing'), { asOf: '2016' })).toBe('certain');
    expect(holdingOf(relation('later'), { asOf: '2020', possible: true })).toBe('possible');
    expect(holdingOf(relation('old'), { asOf: '2015-06' })).toBe('certain');
    expect(holdingOf(relation('sharing'), {})).toBe('certain');
  });
});

describe('as known on a date', () => {
  it('keeps a relation only from the date of its evidence on', () => {
    expect(passingRelations(timeGraph, { knownOn: '2015-06' })).toEqual(['old']);
    expect(passingRelations(timeGraph, { knownOn: '2016-01' })).toEqual(['sharing', 'old']);
    expect(passingRelations(timeGraph, { knownOn: '2015-12' })).toEqual(['sharing', 'old']);
    expect(passingRelations(timeGraph, { knownOn: '2015-12-30' })).toEqual(['old']);
  });

  it("reads evidence without a date of its own by its source's date, and never counts undated evidence", () => {
    expect(passingRelations(timeGraph, { knownOn: '2015-02' })).toEqual([]);
    expect(passingRelations(timeGraph, { knownOn: '2015-03' })).toEqual(['old']);
    expect(passingRelations(timeGraph, { knownOn: '2100' })).toEqual(['sharing', 'old']);
    expect(isKnownOn(relation('old'), '2015-03')).toBe(false);
    expect(isKnownOn(relation('old'), '2015-03', sourceDatesOf(timeDocument.sources))).toBe(true);
    expect(isKnownOn(relation('old'), 'soon', sourceDatesOf(timeDocument.sources))).toBe(false);
    expect(evidenceDate({ source: 'report' }, sourceDatesOf(timeDocument.sources))).toBe('2015-03');
    expect(evidenceDate({ source: 'report', date: '2014' }, sourceDatesOf(timeDocument.sources))).toBe('2014');
    expect(evidenceDate({ source: 'undated' }, sourceDatesOf(timeDocument.sources))).toBeUndefined();
  });

  it('counts a date only once its whole period is over: evidence of 2015 is not known in mid-2015', () => {
    const yearOnly = { ...relation('old'), evidence: [{ source: 'x', date: '2015' }] };
    expect(isKnownOn(yearOnly, '2015-06')).toBe(false);
    expect(isKnownOn(yearOnly, '2015')).toBe(true);
    expect(isKnownOn({ ...yearOnly, evidence: [] }, '2100')).toBe(false);
  });

  it('fills in the source dates from the graph, once', () => {
    const filter = filterFor(timeGraph, { knownOn: '2016' });
    expect([...filter.sourceDates!]).toEqual([
      ['brief', '2016-12-31'],
      ['report', '2015-03'],
    ]);
    expect(filterFor(timeGraph, filter)).toBe(filter);
    const noDate = { asOf: '2016' };
    expect(filterFor(timeGraph, noDate)).toBe(noDate);
    expect(withSourceDates({ knownOn: '2016' }, undefined)).toEqual({ knownOn: '2016', sourceDates: new Map() });
  });

  it('answers both questions at once, and in a copy of the graph', () => {
    expect(passingRelations(timeGraph, { asOf: '2015-06', possible: true, knownOn: '2015-06' })).toEqual(['old']);
    expect(filterGraph(timeGraph, { asOf: '2016', knownOn: '2016-01', types: ['cooperation'] }).edges()).toEqual(['sharing']);
    expect(filterGraph(timeGraph, { knownOn: '2015-06' }).order).toBe(3);
  });
});

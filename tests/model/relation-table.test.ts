import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { actorRelationIds, relationRows, sortRows, typeCounts } from '../../src/model/relation-table.ts';
import { SEED_IN_2001, seedGraph } from '../seed.ts';
import { revealedSharing, threeActors } from '../support/time-fixtures.ts';

const graph = seedGraph();

const IN_2001 = SEED_IN_2001;

const small: GraphDocument = {
  version: 1,
  title: 'small',
  sources: [],
  actors: [
    { id: 'a', label: 'Alpha' },
    { id: 'b', label: 'beta' },
    { id: 'c', label: 'Ćharlie' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'hostility',
      start: '2015-10',
      evidence: [
        { source: 's', claimant: 'X' },
        { source: 's', claimant: 'X' },
      ],
    },
    { id: 'r2', source: 'b', target: 'c', type: 'cooperation', directed: true, label: 'aid 10', start: '2015' },
    { id: 'r3', source: 'c', target: 'a', type: 'contested', label: 'aid 9', end: '2001' },
    { id: 'r4', source: 'a', target: 'c', type: 'cooperation', label: 'Aid 9', start: '2015', end: '2016', evidence: [{ source: 's' }] },
  ],
};
const smallGraph = loadGraph(small);

/** Revealed in December 2015; undated evidence falling back to its source's date; no dates at all. */
const boundedGraph = loadGraph({
  version: 1.1,
  title: 'bounded',
  sources: [
    { id: 'brief', title: 'A brief', date: '2015-03' },
    { id: 'note', title: 'A note' },
  ],
  actors: threeActors(),
  relations: [
    revealedSharing(),
    {
      id: 'strain',
      source: 'b',
      target: 'c',
      type: 'hostility',
      end: '2010',
      endBound: 'no-earlier-than',
      evidence: [{ source: 'brief' }],
    },
    { id: 'ties', source: 'c', target: 'b', type: 'hostility', evidence: [{ source: 'note' }] },
  ],
});

describe('relationRows', () => {
  it('lists all 37 seed relations unfiltered, in graph order', () => {
    const rows = relationRows(graph);
    expect(rows).toHaveLength(37);
    expect(rows[0]!.id).toBe('russia-taliban-1990s');
  });

  it('lists exactly the relations holding in 2001', () => {
    expect(relationRows(graph, { asOf: '2001' }).map((r) => r.id)).toEqual(IN_2001);
  });

  it('fills every column of a row', () => {
    const row = relationRows(graph).find((r) => r.id === 'russia-taliban-arms');
    expect(row).toEqual({
      id: 'russia-taliban-arms',
      fromId: 'russia',
      from: 'Russia',
      type: 'contested',
      toId: 'taliban',
      to: 'Taliban',
      directed: true,
      direction: 'one way',
      label: 'arms shipments to the Taliban, if true',
      start: '2015-10',
      end: '',
      startText: 'no later than 2015-10',
      endText: '',
      period: 'since no later than October 2015',
      evidence: 2,
      claimants: ['a high-level Taliban official, via The Daily Beast', 'Samuel Ramani, the article’s author'],
    });
    expect(relationRows(smallGraph)[0]!.claimants).toEqual(['X']);
  });

  it('words the dates of each row: exact, bounded, open or not given', () => {
    expect(relationRows(smallGraph).map(({ startText, endText, period }) => [startText, endText, period])).toEqual([
      ['2015-10', '', 'since October 2015'],
      ['2015', '', 'since 2015'],
      ['', '2001', 'until 2001'],
      ['2015', '2016', '2015 – 2016'],
    ]);
    expect(relationRows(boundedGraph).map(({ id, startText, endText, period }) => [id, startText, endText, period])).toEqual([
      ['sharing', 'no later than 2015-12', '', 'since no later than December 2015'],
      ['strain', '', 'no earlier than 2010', 'until no earlier than 2010'],
      ['ties', '', '', 'dates not given'],
    ]);
  });

  it('lists possible relations and relations as known on a date only when asked', () => {
    expect(relationRows(boundedGraph, { asOf: '2015-06' }).map((r) => r.id)).toEqual(['ties']);
    expect(relationRows(boundedGraph, { asOf: '2015-06', possible: true }).map((r) => r.id)).toEqual(['sharing', 'strain', 'ties']);
    expect(relationRows(boundedGraph, { knownOn: '2015-06' }).map((r) => r.id)).toEqual(['strain']);
    expect(relationRows(boundedGraph, { knownOn: '2016-01' }).map((r) => r.id)).toEqual(['sharing', 'strain']);
    expect(actorRelationIds(boundedGraph, 'a', { knownOn: '2016-01' })).toEqual(['sharing']);
    // The types of a filter are not counted against: the counts are the checkboxes'.
    const possibleCounts = typeCounts(boundedGraph, { asOf: '2015-06', possible: true, types: ['cooperation'] });
    expect(possibleCounts).toEqual({ cooperation: 1, hostility: 2, contested: 0 });
    expect(typeCounts(boundedGraph, { knownOn: '2015-06' })).toEqual({ cooperation: 0, hostility: 1, contested: 0 });
    expect(typeCounts(boundedGraph, '2015-06')).toEqual({ cooperation: 0, hostility: 1, contested: 0 });
  });

  it('obeys the type filter', () => {
    expect(relationRows(graph, { types: ['contested'], asOf: '2016' }).map((r) => r.id)).toEqual([
      'russia-taliban-arms',
      'russia-tajikistan-arms',
      'tajikistan-taliban-arms',
      'russia-afghan-government-undermining',
      'afghan-government-drug-traffickers',
    ]);
  });
});

describe('sortRows', () => {
  const rows = relationRows(smallGraph);
  const ids = (column: Parameters<typeof sortRows>[1], direction?: 'ascending' | 'descending') =>
    sortRows(rows, column, direction).map((r) => r.id);

  it('sorts by start by the days named, blanks last, stably', () => {
    expect(ids('start')).toEqual(['r2', 'r4', 'r1', 'r3']);
    expect(ids('start', 'descending')).toEqual(['r1', 'r2', 'r4', 'r3']);
    expect(ids('end')).toEqual(['r3', 'r4', 'r1', 'r2']);
    expect(ids('end', 'descending')).toEqual(['r4', 'r3', 'r1', 'r2']);
  });

  it('sorts text without case or accents, numbers numerically', () => {
    expect(ids('from')).toEqual(['r1', 'r4', 'r2', 'r3']);
    expect(ids('to', 'descending')).toEqual(['r2', 'r4', 'r1', 'r3']);
    expect(ids('label')).toEqual(['r3', 'r4', 'r2', 'r1']);
    expect(ids('label', 'descending')).toEqual(['r2', 'r3', 'r4', 'r1']);
  });

  it('sorts types in legend order, and by direction, evidence and claimants', () => {
    expect(ids('type')).toEqual(['r2', 'r4', 'r1', 'r3']);
    expect(ids('direction')).toEqual(['r1', 'r3', 'r4', 'r2']);
    expect(ids('evidence', 'descending')).toEqual(['r1', 'r4', 'r2', 'r3']);
    expect(ids('claimants')).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('leaves its input alone', () => {
    sortRows(rows, 'start', 'descending');
    expect(rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('sorts the seed rows of 2001 by start', () => {
    expect(
      sortRows(relationRows(graph, { asOf: '2001' }), 'start')
        .slice(0, 4)
        .map((r) => r.id),
    ).toEqual(['russia-united-states-2001', 'russia-taliban-2001', 'united-states-taliban', 'united-states-russia']);
  });
});

describe('actorRelationIds', () => {
  it('lists an actor’s relations passing the filter', () => {
    expect(actorRelationIds(graph, 'india')).toEqual(['russia-india']);
    expect(actorRelationIds(graph, 'tajikistan', { asOf: '2016' })).toEqual(['russia-tajikistan-arms', 'tajikistan-taliban-arms']);
    expect(actorRelationIds(graph, 'tajikistan', { asOf: '2001' })).toEqual([]);
    expect(actorRelationIds(graph, 'chechen-rebels', { types: ['hostility'] })).toEqual(['russia-chechen-rebels']);
    expect(actorRelationIds(graph, 'nobody')).toEqual([]);
  });
});

describe('typeCounts', () => {
  it('counts relations of each type holding at a date', () => {
    expect(typeCounts(graph)).toEqual({ cooperation: 16, hostility: 16, contested: 5 });
    expect(typeCounts(graph, '2001')).toEqual({ cooperation: 11, hostility: 7, contested: 2 });
    // 10 undated + 2 of the 1990s + the 1996 hostages; 5 undated + 2 of the 1990s; 2 undated.
    expect(typeCounts(graph, '1996-06-01')).toEqual({ cooperation: 13, hostility: 7, contested: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { readPath, readRelation, readSign, relationPhrase } from '../../src/model/reading.ts';

const document: GraphDocument = {
  version: 1,
  title: 'test',
  sources: [],
  actors: [
    { id: 'russia', label: 'Russia' },
    { id: 'taliban', label: 'Taliban' },
    { id: 'isis', label: 'ISIS' },
    { id: 'usa', label: 'United States' },
  ],
  relations: [
    { id: 'r1', source: 'russia', target: 'taliban', type: 'cooperation' },
    { id: 'r2', source: 'taliban', target: 'isis', type: 'hostility' },
    {
      id: 'r3',
      source: 'russia',
      target: 'taliban',
      type: 'cooperation',
      directed: true,
      label: 'arms deliveries',
      start: '2015',
      end: '2021',
    },
    { id: 'r4', source: 'usa', target: 'taliban', type: 'hostility', directed: true, start: '2001-10' },
    { id: 'r5', source: 'usa', target: 'isis', type: 'contested', directed: true, end: '2019' },
    { id: 'r6', source: 'usa', target: 'russia', type: 'contested' },
  ],
};
const graph = loadGraph(document);

const bounded = loadGraph({
  version: 1.1,
  title: 'bounds',
  actors: [
    { id: 'russia', label: 'Russia' },
    { id: 'taliban', label: 'Taliban' },
  ],
  relations: [
    { id: 'sharing', source: 'russia', target: 'taliban', type: 'cooperation', start: '2015-12', startBound: 'no-later-than' },
    {
      id: 'talks',
      source: 'russia',
      target: 'taliban',
      type: 'cooperation',
      start: '2007',
      startBound: 'no-earlier-than',
      end: '2010-06-30',
      endBound: 'no-later-than',
    },
    { id: 'strain', source: 'russia', target: 'taliban', type: 'hostility', end: '2010', endBound: 'no-earlier-than' },
    { id: 'undated', source: 'russia', target: 'taliban', type: 'hostility' },
  ],
});

describe('readPath', () => {
  it('chains steps with "which", using labels as written', () => {
    expect(readPath(graph, { actors: ['russia', 'taliban', 'isis'], relations: ['r1', 'r2'] })).toBe(
      'Russia cooperates with Taliban, which is hostile to ISIS.',
    );
    expect(readPath(graph, { actors: ['isis', 'taliban', 'russia', 'usa'], relations: ['r2', 'r1', 'r6'] })).toBe(
      'ISIS is hostile to Taliban, which cooperates with Russia, which has a contested relation with United States.',
    );
  });

  it('words a directed relation walked against its direction from the other side', () => {
    expect(readPath(graph, { actors: ['taliban', 'russia'], relations: ['r3'] })).toBe('Taliban receives cooperation from Russia.');
    expect(readPath(graph, { actors: ['russia', 'taliban', 'usa'], relations: ['r3', 'r4'] })).toBe(
      'Russia cooperates with Taliban, which faces hostility from United States.',
    );
    expect(readPath(graph, { actors: ['isis', 'usa'], relations: ['r5'] })).toBe(
      'ISIS is the target of a contested relation from United States.',
    );
  });

  it('reads a path of one actor', () => {
    expect(readPath(graph, { actors: ['usa'], relations: [] })).toBe('United States is both the start and the end; no relation is needed.');
  });

  it('refuses a path that does not fit the graph', () => {
    expect(() => readPath(graph, { actors: [], relations: [] })).toThrow(RangeError);
    expect(() => readPath(graph, { actors: ['russia', 'taliban'], relations: [] })).toThrow(/one actor more/);
    expect(() => readPath(graph, { actors: ['russia', 'isis'], relations: ['r1'] })).toThrow(/does not join/);
    expect(() => readPath(graph, { actors: ['russia', 'nobody'], relations: ['r1'] })).toThrow(/nobody/);
    expect(() => readPath(graph, { actors: ['russia', 'taliban'], relations: ['r99'] })).toThrow(/r99/);
  });
});

describe('readRelation', () => {
  it('reads one relation from its source with its label and period', () => {
    expect(readRelation(graph, 'r1')).toBe('Russia cooperates with Taliban.');
    expect(readRelation(graph, 'r3')).toBe('Russia cooperates with Taliban (one way, arms deliveries) from 2015 to 2021.');
    expect(readRelation(graph, 'r4')).toBe('United States is hostile to Taliban (one way) since October 2001.');
    expect(readRelation(graph, 'r5')).toBe('United States has a contested relation with ISIS (one way) until 2019.');
  });

  it('says plainly when a bound is only a limit', () => {
    expect(readRelation(bounded, 'sharing')).toBe('Russia cooperates with Taliban since no later than December 2015.');
    expect(readRelation(bounded, 'talks')).toBe('Russia cooperates with Taliban from no earlier than 2007 to no later than 30 June 2010.');
    expect(readRelation(bounded, 'strain')).toBe('Russia is hostile to Taliban until no earlier than 2010.');
    expect(readRelation(bounded, 'undated')).toBe('Russia is hostile to Taliban.');
  });

  it('refuses an unknown relation id', () => {
    expect(() => readRelation(graph, 'r99')).toThrow(/r99/);
  });
});

describe('readSign and relationPhrase', () => {
  it('says what each sign means', () => {
    expect(readSign('+')).toBe('friendly overall (cooperation, or the enemy of an enemy)');
    expect(readSign('-')).toBe('hostile overall');
    expect(readSign('?')).toBe('uncertain: a step is contested');
    expect(() => readSign('x' as '+')).toThrow(RangeError);
  });

  it('gives the phrase for each type, both ways', () => {
    expect(relationPhrase('cooperation')).toBe('cooperates with');
    expect(relationPhrase('hostility', true)).toBe('faces hostility from');
    expect(() => relationPhrase('friendship' as 'cooperation')).toThrow(RangeError);
    expect(() => relationPhrase('constructor' as 'cooperation')).toThrow(RangeError);
    expect(() => readSign('toString' as '+')).toThrow(RangeError);
  });
});

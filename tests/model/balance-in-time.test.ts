import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceReport, pairKey, pairTies, signedTies, triads } from '../../src/model/balance.ts';
import { splitIntoCamps } from '../../src/model/camps.ts';
import type { BoundKind, Relation, RelationType } from '../../src/model/format.ts';
import { holdingOn } from '../../src/model/time-bounds.ts';
import { graphOf, type Row } from '../support/graphs.ts';
import { seedGraph } from '../seed.ts';

// The 1990s: a hostile to b, b helping c; a's cooperation with c was revealed in December 2015.
const nineties = graphOf(
  ['a', 'b', 'c'],
  [
    ['ab', 'a', 'b', 'hostility', { start: '1990', end: '1999' }],
    ['bc', 'b', 'c', 'cooperation', { start: '1990', end: '1999' }],
    ['ac-old', 'a', 'c', 'hostility', { start: '1990', end: '1999' }],
    ['ac', 'a', 'c', 'cooperation', { start: '2015-12', startBound: 'no-later-than' }],
  ],
);

describe('triads in time', () => {
  it('counts a triad only if its three relations held on one same day', () => {
    // With no date set the a–c tie is the later cooperation, certain only from December 2015.
    expect(signedTies(nineties).map((t) => t.relation)).toEqual(['ab', 'ac', 'bc']);
    expect(triads(nineties)).toEqual([]);
    expect(triads(nineties, { asOf: '1995' })).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac-old', 'bc'], hostilities: 2, balanced: true },
    ]);
    // Counting every day a relation may have held, the cooperation may reach back to the 1990s.
    expect(triads(nineties, { possible: true })).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac', 'bc'], hostilities: 1, balanced: false },
    ]);
  });

  it('joins undated relations to dated ones unless kept apart', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['ac', 'a', 'c', 'cooperation'],
        ['bc', 'b', 'c', 'hostility', { start: '2007' }],
      ],
    );
    expect(triads(graph).map((t) => t.relations)).toEqual([['ab', 'ac', 'bc']]);
    expect(triads(graph, { undated: 'apart' })).toEqual([]);
    // With a date set, undated relations hold on it like any other.
    expect(triads(graph, { undated: 'apart', asOf: '2010' }).map((t) => t.relations)).toEqual([['ab', 'ac', 'bc']]);
  });

  it('needs one same day of an as-of year', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'cooperation', { end: '2005-03' }],
        ['bc', 'b', 'c', 'cooperation', { start: '2005-06' }],
        ['ac', 'a', 'c', 'cooperation'],
      ],
    );
    expect(signedTies(graph, { asOf: '2005' })).toHaveLength(3);
    expect(triads(graph, { asOf: '2005' })).toEqual([]);
    expect(triads(graph, { asOf: '2005-06' })).toEqual([]);
  });
});

describe('triads in time against brute force', () => {
  it('lists exactly the closed triangles of ties whose relations all held for certain on some day', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const year = fc.option(fc.constantFrom('1995', '2000', '2005'), { nil: undefined });
    const arbRow = fc.record({
      source: fc.constantFrom(...ids),
      target: fc.constantFrom(...ids),
      type: fc.constantFrom<RelationType>('cooperation', 'hostility', 'contested'),
      start: year,
      startBound: fc.constantFrom<BoundKind>('exact', 'no-later-than'),
      end: year,
    });
    const days = ['1980', '1995', '2000', '2005', '2030'].flatMap((y) => [`${y}-01-01`, `${y}-12-31`]);
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 16 }), (rows) => {
        const graph = graphOf(
          ids,
          rows.map((r, i): Row => {
            const extra: Partial<Relation> = {};
            if (r.start !== undefined) Object.assign(extra, { start: r.start, startBound: r.startBound });
            if (r.end !== undefined) extra.end = r.end;
            return [`r${i}`, r.source, r.target, r.type, extra];
          }),
        );
        const tie = new Map(signedTies(graph).map((t) => [`${t.a} ${t.b}`, t]));
        const expected: string[] = [];
        for (let i = 0; i < ids.length; i++)
          for (let j = i + 1; j < ids.length; j++)
            for (let k = j + 1; k < ids.length; k++) {
              const three = [tie.get(`${ids[i]} ${ids[j]}`), tie.get(`${ids[i]} ${ids[k]}`), tie.get(`${ids[j]} ${ids[k]}`)];
              if (three.some((t) => t === undefined)) continue;
              const relations = three.map((t) => graph.getEdgeAttributes(t!.relation));
              if (days.some((day) => relations.every((r) => holdingOn(r, day) === 'certain')))
                expected.push(three.map((t) => t!.relation).join());
            }
        expect(triads(graph).map((t) => t.relations.join())).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ambivalent pairs', () => {
  // a and b are strained and work together at once, both undated; c cooperates with both.
  const torn = graphOf(
    ['a', 'b', 'c'],
    [
      ['strain', 'a', 'b', 'hostility'],
      ['help', 'b', 'a', 'cooperation'],
      ['talks', 'a', 'b', 'contested', { directed: true }],
      ['ac', 'a', 'c', 'cooperation'],
      ['bc', 'b', 'c', 'cooperation'],
    ],
  );
  const key = '["a","b"]';

  it('lists a pair whose cooperation and hostility start and hold together, with both, and gives it no tie', () => {
    expect(pairKey('b', 'a')).toBe(key);
    expect(pairTies(torn)).toEqual({
      ties: [
        { a: 'a', b: 'c', sign: 1, relation: 'ac' },
        { a: 'b', b: 'c', sign: 1, relation: 'bc' },
      ],
      spans: [
        { from: -1, to: 99_999_999 },
        { from: -1, to: 99_999_999 },
      ],
      ambivalent: [{ a: 'a', b: 'b', key, relations: ['strain', 'help'] }],
    });
    expect(balanceReport(torn)).toEqual({
      triads: [],
      ambivalent: [{ a: 'a', b: 'b', key, relations: ['strain', 'help'] }],
      balanced: 0,
      unbalanced: 0,
    });
  });

  it('counts the relation the user chooses for the view, and ignores other choices', () => {
    const hostile = balanceReport(torn, { choose: { [key]: 'strain' } });
    expect(hostile.triads).toEqual([{ actors: ['a', 'b', 'c'], relations: ['strain', 'ac', 'bc'], hostilities: 1, balanced: false }]);
    expect(hostile.ambivalent).toEqual([{ a: 'a', b: 'b', key, relations: ['strain', 'help'], chosen: 'strain' }]);
    expect(triads(torn, { choose: { [key]: 'help' } })).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['help', 'ac', 'bc'], hostilities: 0, balanced: true },
    ]);
    const ignored: Record<string, string>[] = [{ [key]: 'talks' }, { [key]: 'ac' }, { '["b","a"]': 'help' }];
    for (const choose of ignored) {
      expect(balanceReport(torn, { choose })).toEqual(balanceReport(torn));
    }
  });

  it('lets a later start supersede, as before', () => {
    const graph = graphOf(
      ['a', 'b'],
      [
        ['allies', 'a', 'b', 'cooperation', { start: '2000' }],
        ['enemies', 'a', 'b', 'hostility', { start: '2005' }],
      ],
    );
    expect(pairTies(graph).ambivalent).toEqual([]);
    expect(signedTies(graph)).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'enemies' }]);
  });

  it('needs the two to hold on one same day', () => {
    // Both start in 2000; the hostility, revealed then, is certain only from its last day.
    const graph = graphOf(
      ['a', 'b'],
      [
        ['spring', 'a', 'b', 'cooperation', { start: '2000', end: '2000-06' }],
        ['revealed', 'a', 'b', 'hostility', { start: '2000', startBound: 'no-later-than' }],
      ],
    );
    expect(pairTies(graph).ambivalent).toEqual([]);
    expect(signedTies(graph)).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'revealed' }]);
    expect(pairTies(graph, { possible: true }).ambivalent).toEqual([{ a: 'a', b: 'b', key, relations: ['spring', 'revealed'] }]);
    // An undated relation and one with only an end both start at no date; kept apart, they never meet.
    const open = graphOf(
      ['a', 'b'],
      [
        ['until', 'a', 'b', 'cooperation', { end: '1999' }],
        ['undated', 'a', 'b', 'hostility'],
      ],
    );
    expect(pairTies(open).ambivalent.map((p) => p.relations)).toEqual([['until', 'undated']]);
    expect(pairTies(open, { undated: 'apart' }).ambivalent).toEqual([]);
    expect(signedTies(open, { undated: 'apart' })).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'undated' }]);
  });

  it('leaves the pair out of the camps unless chosen', () => {
    const graph = graphOf(
      ['a', 'b'],
      [
        ['strain', 'a', 'b', 'hostility'],
        ['help', 'a', 'b', 'cooperation'],
      ],
    );
    expect(splitIntoCamps(graph)).toEqual({ camps: [[], []], contradictions: [], exact: true, unattached: ['a', 'b'] });
    expect(splitIntoCamps(graph, { choose: { [key]: 'strain' } })).toEqual({
      camps: [['a'], ['b']],
      contradictions: [],
      exact: true,
      unattached: [],
    });
  });
});

describe('balance in time on the seed graph', () => {
  const graph = seedGraph();
  const key = pairKey('russia', 'afghan-government');

  it('lists Russia and the Afghan government as ambivalent, with both relations, at any date', () => {
    const pair = {
      a: 'afghan-government',
      b: 'russia',
      key,
      relations: ['russia-afghan-government-strain', 'russia-afghan-government-counterterrorism'],
    };
    for (const filter of [{}, { asOf: '2016' }, { asOf: '2001' }, { types: ['cooperation', 'hostility'] as const }]) {
      expect(balanceReport(graph, { ...filter, types: filter.types && [...filter.types] }).ambivalent).toEqual([pair]);
    }
  });

  it('no longer joins the 1990s with 2015: the Chechen rebels’ triad is judged in the 1990s only', () => {
    const report = balanceReport(graph);
    expect([report.triads.length, report.balanced, report.unbalanced]).toEqual([10, 7, 3]);
    expect(report.triads.some((t) => t.actors.includes('chechen-rebels'))).toBe(false);
    expect(triads(graph, { asOf: '1998' }).filter((t) => t.actors.includes('chechen-rebels'))).toEqual([
      {
        actors: ['chechen-rebels', 'russia', 'taliban'],
        relations: ['russia-chechen-rebels', 'taliban-chechen-rebels', 'russia-taliban-1990s'],
        hostilities: 2,
        balanced: true,
      },
    ]);
  });

  it('changes the triads and camps of 2016 by the choice made', () => {
    const contradictions = (choice?: string) =>
      splitIntoCamps(graph, { asOf: '2016', ...(choice ? { choose: { [key]: choice } } : {}) }).contradictions.map((c) => c.relation);
    expect(contradictions()).toEqual(['afghan-government-isis', 'russia-drug-traffickers', 'nato-isis']);
    expect(contradictions('russia-afghan-government-strain')).toEqual(['afghan-government-isis', 'russia-drug-traffickers', 'nato-isis']);
    expect(contradictions('russia-afghan-government-counterterrorism')).toEqual([
      'afghan-government-isis',
      'russia-afghan-government-counterterrorism',
      'russia-drug-traffickers',
      'nato-isis',
    ]);
    const count = (choice?: string) => {
      const r = balanceReport(graph, { asOf: '2016', ...(choice ? { choose: { [key]: choice } } : {}) });
      return [r.triads.length, r.balanced, r.unbalanced];
    };
    expect([count(), count('russia-afghan-government-strain'), count('russia-afghan-government-counterterrorism')]).toEqual([
      [11, 8, 3],
      [14, 10, 4],
      [14, 9, 5],
    ]);
  });
});

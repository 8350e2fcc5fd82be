import { describe, expect, it } from 'vitest';
import { balanceReport, signedTies, triads } from '../../src/model/balance.ts';
import type { RelationType } from '../../src/model/format.ts';
import { graphOf, type Row } from '../support/graphs.ts';

const triangle = (ab: RelationType, ac: RelationType, bc: RelationType) =>
  graphOf(
    ['a', 'b', 'c'],
    [
      ['ab', 'a', 'b', ab],
      ['ac', 'a', 'c', ac],
      ['bc', 'b', 'c', bc],
    ],
  );

describe('signedTies', () => {
  it('gives one tie per pair, a < b, sorted, direction and self-loops ignored', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['r1', 'c', 'a', 'hostility', { directed: true }],
        ['r2', 'b', 'a', 'cooperation'],
        ['r3', 'a', 'a', 'hostility'],
      ],
    );
    expect(signedTies(graph)).toEqual([
      { a: 'a', b: 'b', sign: 1, relation: 'r2' },
      { a: 'a', b: 'c', sign: -1, relation: 'r1' },
    ]);
  });

  it('counts the latest-starting of parallel relations; a missing start is earliest', () => {
    const graph = graphOf(
      ['a', 'b'],
      [
        ['late', 'a', 'b', 'hostility', { start: '2010' }],
        ['open', 'a', 'b', 'cooperation'],
        ['early', 'b', 'a', 'cooperation', { start: '2009-12-31' }],
      ],
    );
    expect(signedTies(graph)).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'late' }]);
  });

  it('breaks equal starts in favour of the relation later in the document', () => {
    const graph = graphOf(
      ['a', 'b'],
      [
        ['first', 'a', 'b', 'cooperation', { start: '2010-01' }],
        ['second', 'a', 'b', 'cooperation', { start: '2010' }],
      ],
    );
    expect(signedTies(graph)).toEqual([{ a: 'a', b: 'b', sign: 1, relation: 'second' }]);
    // Cooperation and hostility starting together are an ambivalent pair instead: no tie.
    const torn = graphOf(
      ['a', 'b'],
      [
        ['first', 'a', 'b', 'hostility', { start: '2010-01' }],
        ['second', 'a', 'b', 'cooperation', { start: '2010' }],
      ],
    );
    expect(signedTies(torn)).toEqual([]);
  });

  it('picks the relation that holds on the as-of date', () => {
    const graph = graphOf(
      ['a', 'b'],
      [
        ['allies', 'a', 'b', 'cooperation', { start: '2000', end: '2005' }],
        ['enemies', 'a', 'b', 'hostility', { start: '2006' }],
      ],
    );
    expect(signedTies(graph, { asOf: '2003' })).toEqual([{ a: 'a', b: 'b', sign: 1, relation: 'allies' }]);
    expect(signedTies(graph, { asOf: '2010-06-01' })).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'enemies' }]);
    expect(signedTies(graph, { asOf: '1999' })).toEqual([]);
    expect(signedTies(graph)).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'enemies' }]);
  });

  it('leaves a pair without a tie when its counting relation is contested', () => {
    const graph = graphOf(
      ['a', 'b'],
      [
        ['war', 'a', 'b', 'hostility', { start: '2010' }],
        ['talks', 'a', 'b', 'contested', { start: '2015' }],
      ],
    );
    expect(signedTies(graph)).toEqual([]);
    expect(signedTies(graph, { asOf: '2012' })).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'war' }]);
    expect(signedTies(graph, { types: ['hostility'] })).toEqual([{ a: 'a', b: 'b', sign: -1, relation: 'war' }]);
  });
});

describe('triads', () => {
  it('finds a (+,+,+) triangle balanced', () => {
    expect(triads(triangle('cooperation', 'cooperation', 'cooperation'))).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac', 'bc'], hostilities: 0, balanced: true },
    ]);
  });

  it('finds a (+,-,-) triangle balanced', () => {
    expect(triads(triangle('hostility', 'cooperation', 'hostility'))).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac', 'bc'], hostilities: 2, balanced: true },
    ]);
  });

  it('finds (+,+,-) and (-,-,-) triangles unbalanced', () => {
    expect(triads(triangle('cooperation', 'hostility', 'cooperation'))).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac', 'bc'], hostilities: 1, balanced: false },
    ]);
    expect(triads(triangle('hostility', 'hostility', 'hostility'))).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac', 'bc'], hostilities: 3, balanced: false },
    ]);
  });

  it('excludes a triangle closed only by a contested pair', () => {
    expect(triads(triangle('cooperation', 'contested', 'cooperation'))).toEqual([]);
  });

  it('lists relation ids in pair order whatever the relations’ own direction', () => {
    const graph = graphOf(
      ['x', 'm', 'c'],
      [
        ['r1', 'x', 'm', 'cooperation'],
        ['r2', 'm', 'c', 'hostility'],
        ['r3', 'x', 'c', 'hostility', { directed: true }],
      ],
    );
    // Sorted actors c < m < x: pairs c–m (r2), c–x (r3), m–x (r1).
    expect(triads(graph)).toEqual([{ actors: ['c', 'm', 'x'], relations: ['r2', 'r3', 'r1'], hostilities: 2, balanced: true }]);
  });

  it('follows the as-of date through the triangle', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'cooperation'],
        ['ac-old', 'a', 'c', 'cooperation', { end: '2005' }],
        ['ac-new', 'a', 'c', 'hostility', { start: '2006' }],
      ],
    );
    expect(triads(graph, { asOf: '2004' })).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac-old', 'bc'], hostilities: 0, balanced: true },
    ]);
    expect(triads(graph, { asOf: '2007' })).toEqual([
      { actors: ['a', 'b', 'c'], relations: ['ab', 'ac-new', 'bc'], hostilities: 1, balanced: false },
    ]);
    expect(triads(graph, { types: ['hostility'] })).toEqual([]);
  });
});

describe('balanceReport', () => {
  it('counts the four triads of a K4 by hand', () => {
    // Camps {a, b, c} and {d}, except c–d is cooperation: acd and bcd each have one hostility.
    const graph = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['ac', 'a', 'c', 'cooperation'],
        ['ad', 'a', 'd', 'hostility'],
        ['bc', 'b', 'c', 'cooperation'],
        ['bd', 'b', 'd', 'hostility'],
        ['cd', 'c', 'd', 'cooperation'],
      ],
    );
    const report = balanceReport(graph);
    expect(report.triads.map((t) => [t.actors.join(''), t.hostilities, t.balanced])).toEqual([
      ['abc', 0, true],
      ['abd', 2, true],
      ['acd', 1, false],
      ['bcd', 1, false],
    ]);
    expect(report.balanced).toBe(2);
    expect(report.unbalanced).toBe(2);
    expect(report.ratio).toBe(0.5);
  });

  it('answers an empty graph with zeros and no ratio', () => {
    const report = balanceReport(graphOf([], []));
    expect(report).toEqual({ triads: [], ambivalent: [], balanced: 0, unbalanced: 0 });
    expect('ratio' in report).toBe(false);
    expect(balanceReport(graphOf(['a', 'b'], [['ab', 'a', 'b', 'cooperation']]))).toEqual({
      triads: [],
      ambivalent: [],
      balanced: 0,
      unbalanced: 0,
    });
  });

  it('agrees with brute force on random graphs, and copes with 5,000 actors', () => {
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
    const random = (actors: number, relations: number) => {
      const ids = Array.from({ length: actors }, (_, i) => `n${i}`);
      const types: RelationType[] = ['cooperation', 'hostility', 'contested'];
      const rows: Row[] = Array.from({ length: relations }, (_, k) => [
        `r${k}`,
        ids[Math.floor(next() * actors)]!,
        ids[Math.floor(next() * actors)]!,
        types[Math.floor(next() * 3)]!,
        next() < 0.5 ? { start: String(1990 + Math.floor(next() * 30)) } : {},
      ]);
      return graphOf(ids, rows);
    };
    for (let round = 0; round < 20; round++) {
      const graph = random(12, 40);
      const ties = signedTies(graph);
      const sign = new Map(ties.map((t) => [`${t.a}|${t.b}`, t.sign]));
      const ids = graph.nodes().sort();
      const expected: string[] = [];
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
          for (let k = j + 1; k < ids.length; k++) {
            const [x, y, z] = [ids[i]!, ids[j]!, ids[k]!];
            const s = [sign.get(`${x}|${y}`), sign.get(`${x}|${z}`), sign.get(`${y}|${z}`)];
            if (s.every((v) => v !== undefined)) expected.push(`${x} ${y} ${z} ${s[0]! * s[1]! * s[2]! > 0}`);
          }
      expect(triads(graph).map((t) => `${t.actors.join(' ')} ${t.balanced}`)).toEqual(expected);
    }

    // How long this takes is measured by `npm run bench -- --timings`.
    const report = balanceReport(random(5000, 20000));
    expect(report.balanced + report.unbalanced).toBe(report.triads.length);
  });
});

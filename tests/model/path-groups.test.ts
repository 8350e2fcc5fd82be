import { describe, expect, it } from 'vitest';
import type { GraphDocument, Relation, RelationType } from '../../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../../src/model/graph.ts';
import {
  actorsOf,
  chosenMarks,
  countPaths,
  groupPaths,
  narrowPaths,
  pathMarks,
  relationWeights,
  stepDates,
} from '../../src/model/path-groups.ts';
import { findPaths, type Path } from '../../src/model/paths.ts';
import { seedGraph } from '../seed.ts';

const rel = (id: string, source: string, target: string, type: RelationType, extra: Partial<Relation> = {}) =>
  ({ id, source, target, type, ...extra }) as Relation;

/**
 * Four actors: A and B joined by two hostilities (of the 1990s and of 2001), so that two paths
 * read alike; every other relation undated.
 */
function fourActors(): ActorGraph {
  const document: GraphDocument = {
    version: 1,
    title: 'four actors',
    sources: [],
    actors: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() })),
    relations: [
      rel('a-b-1990s', 'a', 'b', 'hostility', { start: '1990', end: '1999' }),
      rel('a-b-2001', 'a', 'b', 'hostility', { start: '2001', end: '2001' }),
      rel('b-c', 'b', 'c', 'cooperation'),
      rel('a-c', 'a', 'c', 'contested'),
      rel('a-d', 'a', 'd', 'cooperation'),
      rel('d-c', 'd', 'c', 'hostility'),
      rel('b-d', 'b', 'd', 'cooperation'),
    ],
  };
  return loadGraph(document);
}

function allPaths(graph: ActorGraph, from: string, to: string): Path[] {
  const result = findPaths(graph, from, to, { all: true, maxHops: 4 });
  if (!result.ok) throw new Error(result.problem.message);
  return result.paths;
}

describe('groupPaths', () => {
  it('puts the paths that differ only by a parallel relation in one group, with the steps that differ', () => {
    const graph = fourActors();
    const groups = groupPaths(graph, allPaths(graph, 'a', 'c'));
    expect(groups.map((g) => [g.reading, g.sign, g.steps, g.variants.map((p) => p.relations.join(' ')), g.differing])).toEqual([
      ['A has a contested relation with C.', '?', 1, ['a-c'], []],
      ['A is hostile to B, which cooperates with C.', '-', 2, ['a-b-1990s b-c', 'a-b-2001 b-c'], [0]],
      ['A cooperates with D, which is hostile to C.', '-', 2, ['a-d d-c'], []],
      ['A is hostile to B, which cooperates with D, which is hostile to C.', '+', 3, ['a-b-1990s b-d d-c', 'a-b-2001 b-d d-c'], [0]],
      ['A cooperates with D, which cooperates with B, which cooperates with C.', '+', 3, ['a-d b-d b-c'], []],
    ]);
    expect(groups[1]!.actors).toEqual(['a', 'b', 'c']);
  });

  it('tells the variants apart by the dates of their steps', () => {
    const graph = fourActors();
    const [, twins] = groupPaths(graph, allPaths(graph, 'a', 'c'));
    expect(twins!.variants.map((path) => stepDates(graph, path).map((step) => step.when))).toEqual([
      ['1990 – 1999', 'dates not given'],
      ['2001', 'dates not given'],
    ]);
    expect(twins!.variants.map((path) => path.holds)).toEqual([
      'holds 1990 – 1999, with an undated step',
      'holds 2001, with an undated step',
    ]);
  });

  it('groups nothing when there is no path', () => {
    expect(groupPaths(fourActors(), [])).toEqual([]);
  });
});

describe('narrowPaths and countPaths', () => {
  const graph = fourActors();
  const paths = allPaths(graph, 'a', 'c');

  it('counts the paths of each sign and length', () => {
    expect(paths).toHaveLength(7);
    expect(countPaths(paths)).toEqual({
      signs: { '+': 3, '-': 3, '?': 1 },
      steps: [
        { steps: 1, paths: 1 },
        { steps: 2, paths: 3 },
        { steps: 3, paths: 3 },
      ],
    });
  });

  it('keeps the paths of the chosen signs and lengths, both chosen together', () => {
    const ids = (kept: Path[]) => kept.map((p) => p.relations.join(' '));
    expect(ids(narrowPaths(paths, { signs: ['-'] }))).toEqual(['a-b-1990s b-c', 'a-b-2001 b-c', 'a-d d-c']);
    expect(narrowPaths(paths, { signs: ['+', '?'] })).toHaveLength(4);
    expect(narrowPaths(paths, { steps: [2] })).toHaveLength(3);
    expect(ids(narrowPaths(paths, { signs: ['+'], steps: [3] }))).toEqual(['a-b-1990s b-d d-c', 'a-b-2001 b-d d-c', 'a-d b-d b-c']);
    expect(narrowPaths(paths, { signs: ['-'], steps: [1] })).toEqual([]);
    expect(narrowPaths(paths, {})).toHaveLength(7);
    expect(narrowPaths(paths, { signs: [], steps: [] })).toHaveLength(7);
  });
});

describe('relationWeights', () => {
  it('counts the paths using each relation, most used first', () => {
    const graph = fourActors();
    const paths = allPaths(graph, 'a', 'c');
    expect([...relationWeights(paths)]).toEqual([
      ['b-c', 3],
      ['b-d', 3],
      ['d-c', 3],
      ['a-b-1990s', 2],
      ['a-b-2001', 2],
      ['a-d', 2],
      ['a-c', 1],
    ]);
    expect(actorsOf(paths)).toEqual(['a', 'c', 'b', 'd']);
    expect([...relationWeights(narrowPaths(paths, { signs: ['-'] }))]).toEqual([
      ['b-c', 2],
      ['a-b-1990s', 1],
      ['a-b-2001', 1],
      ['a-d', 1],
      ['d-c', 1],
    ]);
  });
});

describe('pathMarks', () => {
  it("marks the paths' actors and relations, with each relation's count only when weighted", () => {
    const paths = allPaths(fourActors(), 'a', 'c');
    const first = pathMarks(paths.slice(0, 1), false)!;
    expect([[...first.actors], [...first.relations], first.weights]).toEqual([paths[0]!.actors, paths[0]!.relations, undefined]);
    const every = pathMarks(paths, true)!;
    expect([...every.actors].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(every.relations.size).toBe(7);
    expect(every.weights).toEqual(relationWeights(paths));
    expect(pathMarks([], true)).toBeNull();
  });
});

describe('chosenMarks', () => {
  it('marks actors and relations chosen by hand, each once, with counts only where given', () => {
    const marks = chosenMarks({ actors: ['russia', 'taliban', 'russia'], relations: new Set(['r1']) });
    expect([[...marks.actors], [...marks.relations], marks.weights]).toEqual([['russia', 'taliban'], ['r1'], undefined]);
    expect(chosenMarks({ relations: ['r1', 'r2'], weights: { r1: 3, r2: 1 } }).weights).toEqual(
      new Map([
        ['r1', 3],
        ['r2', 1],
      ]),
    );
    const none = chosenMarks({});
    expect([none.actors.size, none.relations.size]).toEqual([0, 0]);
  });
});

describe('the seed graph', () => {
  const graph = seedGraph();

  it('groups the 71 paths from China to ISIS in 63, the two through the two Russia–Taliban cooperations in one', () => {
    const paths = allPaths(graph, 'China', 'ISIS');
    const groups = groupPaths(graph, paths);
    expect(paths).toHaveLength(71);
    expect(groups).toHaveLength(63);
    expect(groups.filter((g) => g.variants.length === 2)).toHaveLength(8);
    const twins = groups.find(
      (g) => g.reading === 'China cooperates with Russia, which cooperates with Taliban, which is hostile to ISIS.',
    )!;
    expect(twins.variants.map((p) => p.relations)).toEqual([
      ['russia-china', 'russia-taliban-counterterrorism', 'taliban-isis'],
      ['russia-china', 'russia-taliban-since-2007', 'taliban-isis'],
    ]);
    expect(twins.differing).toEqual([1]);
    // Both hold from December 2015: the dates of the step that differs tell them apart.
    expect(twins.variants.map((p) => p.holds)).toEqual([
      'holds from 2015-12, with an undated step',
      'holds from 2015-12, with an undated step',
    ]);
    expect(twins.variants.map((p) => stepDates(graph, p)[1]!.when)).toEqual(['since no later than December 2015', 'since 2007']);
  });

  it('narrows the paths from China to ISIS by sign and length to exact counts', () => {
    const paths = allPaths(graph, 'China', 'ISIS');
    expect(countPaths(paths)).toEqual({
      signs: { '+': 26, '-': 25, '?': 20 },
      steps: [
        { steps: 2, paths: 2 },
        { steps: 3, paths: 16 },
        { steps: 4, paths: 53 },
      ],
    });
    expect(narrowPaths(paths, { signs: ['?'], steps: [2, 3] })).toHaveLength(3);
    expect(narrowPaths(paths, { signs: ['+', '-'], steps: [2] }).map((p) => p.relations)).toEqual([
      ['russia-china', 'russia-isis'],
      ['china-taliban', 'taliban-isis'],
    ]);
  });

  it('puts the two Russia–Taliban hostilities of the 1990s and 2001 from China to the Taliban in one group, with the arms embargo', () => {
    const groups = groupPaths(graph, allPaths(graph, 'China', 'Taliban'));
    const hostile = groups.find((g) => g.reading === 'China cooperates with Russia, which is hostile to Taliban.')!;
    expect(hostile.variants.map((p) => [p.relations[1], p.holds])).toEqual([
      ['russia-taliban-1990s', 'holds 1990 – 1999, with an undated step'],
      ['russia-taliban-2001', 'holds 2001, with an undated step'],
      ['russia-taliban-arms-embargo', 'holds from 2015-10, with an undated step'],
    ]);
  });
});

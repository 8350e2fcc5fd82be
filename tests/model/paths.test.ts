import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationPasses } from '../../src/model/filter.ts';
import type { Actor, GraphDocument, Relation, RelationType } from '../../src/model/format.ts';
import { type ActorGraph, loadGraph } from '../../src/model/graph.ts';
import { findPaths, type PathOptions, type PathResult } from '../../src/model/paths.ts';
import { pathSign } from '../../src/model/reading.ts';

function graphOf(actors: (string | Actor)[], relations: Relation[]): ActorGraph {
  const document: GraphDocument = {
    version: 1,
    title: 'test',
    sources: [],
    actors: actors.map((a) => (typeof a === 'string' ? { id: a, label: a.toUpperCase() } : a)),
    relations,
  };
  return loadGraph(document);
}

const rel = (id: string, source: string, target: string, type: RelationType, extra: Partial<Relation> = {}) =>
  ({ id, source, target, type, ...extra }) as Relation;

/** The paths of a result as [actors, relations, sign] triples, failing on a problem. */
function triples(result: PathResult): [string[], string[], string][] {
  if (!result.ok) throw new Error(result.problem.message);
  return result.paths.map((p) => [p.actors, p.relations, p.sign]);
}

const world = graphOf(
  [
    { id: 'russia', label: 'Russia', aliases: ['Russian Federation'] },
    { id: 'taliban', label: 'Taliban' },
    { id: 'isis', label: 'ISIS', aliases: ['Islamic State', 'ISIL'] },
    { id: 'usa', label: 'United States', aliases: ['USA'] },
    { id: 'iran', label: 'Iran' },
    { id: 'lonely', label: 'Lonely Island' },
  ],
  [
    rel('d1', 'russia', 'taliban', 'cooperation', { directed: true }),
    rel('d2', 'isis', 'taliban', 'hostility', { directed: true }),
    rel('u1', 'taliban', 'iran', 'cooperation'),
    rel('u2', 'russia', 'usa', 'hostility'),
    rel('d3', 'usa', 'isis', 'hostility', { directed: true }),
  ],
);

// Relation ids run against actor ids (z1 reaches x, a1 reaches y) so the tie order shows.
const diamond = graphOf(
  ['s', 'x', 'y', 't'],
  [
    rel('st', 's', 't', 'cooperation'),
    rel('z1', 's', 'x', 'cooperation'),
    rel('z0', 's', 'x', 'hostility'),
    rel('a1', 's', 'y', 'cooperation'),
    rel('xt', 'x', 't', 'cooperation'),
    rel('yt', 'y', 't', 'hostility'),
    rel('xy', 'x', 'y', 'cooperation'),
  ],
);

const diamondPaths: [string[], string[], string][] = [
  [['s', 't'], ['st'], '+'],
  [['s', 'x', 't'], ['z0', 'xt'], '-'],
  [['s', 'x', 't'], ['z1', 'xt'], '+'],
  [['s', 'y', 't'], ['a1', 'yt'], '-'],
  [['s', 'x', 'y', 't'], ['z0', 'xy', 'yt'], '+'],
  [['s', 'x', 'y', 't'], ['z1', 'xy', 'yt'], '-'],
  [['s', 'y', 'x', 't'], ['a1', 'xy', 'xt'], '+'],
];

describe('findPaths: the shortest path', () => {
  it('gives the path with its sign and reading', () => {
    expect(findPaths(world, 'russia', 'iran')).toEqual({
      ok: true,
      from: 'russia',
      to: 'iran',
      truncated: false,
      paths: [
        {
          actors: ['russia', 'taliban', 'iran'],
          relations: ['d1', 'u1'],
          sign: '+',
          window: { from: null, to: null },
          undatedSteps: 2,
          holds: 'dates not given',
          reading: 'Russia cooperates with Taliban, which cooperates with Iran. Dates not given.',
        },
      ],
    });
  });

  it('breaks ties by the next actor id before the relation id', () => {
    // russia → isis is two steps through taliban or through usa; taliban comes first.
    const result = findPaths(world, 'russia', 'isis');
    expect(triples(result)).toEqual([[['russia', 'taliban', 'isis'], ['d1', 'd2'], '-']]);
    expect(result.ok && result.paths[0]!.reading).toBe('Russia cooperates with Taliban, which faces hostility from ISIS. Dates not given.');
    expect(triples(findPaths(diamond, 's', 't', { types: ['hostility', 'cooperation'], maxHops: 9 }))).toEqual([[['s', 't'], ['st'], '+']]);
    expect(triples(findPaths(diamond, 's', 't', { types: ['hostility'] }))).toEqual([]);
  });

  it('is the first path that `all` lists', () => {
    const shortest = findPaths(diamond, 'x', 'y', { types: ['cooperation', 'hostility'] });
    const all = findPaths(diamond, 'x', 'y', { all: true });
    expect(triples(shortest)).toEqual([[['x', 'y'], ['xy'], '+']]);
    expect(triples(all)[0]).toEqual(triples(shortest)[0]);
  });

  it('walks directed relations only forward when asked', () => {
    expect(triples(findPaths(world, 'russia', 'isis', { directed: true }))).toEqual([[['russia', 'usa', 'isis'], ['u2', 'd3'], '+']]);
    const back = findPaths(world, 'taliban', 'russia');
    expect(back.ok && back.paths.map((p) => p.reading)).toEqual(['Taliban receives cooperation from Russia. Dates not given.']);
    expect(triples(findPaths(world, 'taliban', 'russia', { directed: true }))).toEqual([]);
    // An undirected relation is walked both ways even in directed mode.
    expect(triples(findPaths(world, 'iran', 'taliban', { directed: true }))).toEqual([[['iran', 'taliban'], ['u1'], '+']]);
    expect(triples(findPaths(world, 'russia', 'iran', { directed: true }))).toEqual([[['russia', 'taliban', 'iran'], ['d1', 'u1'], '+']]);
  });

  it('uses only relations that hold at the as-of date', () => {
    const g = graphOf(
      ['a', 'b', 'c'],
      [
        rel('old', 'a', 'b', 'cooperation', { end: '2001' }),
        rel('new', 'a', 'c', 'hostility', { start: '2002' }),
        rel('cb', 'c', 'b', 'contested'),
      ],
    );
    expect(triples(findPaths(g, 'a', 'b'))).toEqual([[['a', 'b'], ['old'], '+']]);
    expect(triples(findPaths(g, 'a', 'b', { asOf: '2001-12-31' }))).toEqual([[['a', 'b'], ['old'], '+']]);
    expect(triples(findPaths(g, 'a', 'b', { asOf: '2002' }))).toEqual([[['a', 'c', 'b'], ['new', 'cb'], '?']]);
    expect(triples(findPaths(g, 'a', 'b', { asOf: '2002-01-01', types: ['hostility'] }))).toEqual([]);
  });

  it('obeys the possible switch and the date things were known on', () => {
    const g = graphOf(
      ['a', 'b'],
      [
        rel('sharing', 'a', 'b', 'cooperation', {
          start: '2015-12',
          startBound: 'no-later-than',
          evidence: [{ source: 's', date: '2015-12' }],
        }),
      ],
    );
    expect(triples(findPaths(g, 'a', 'b', { asOf: '2015-06' }))).toEqual([]);
    expect(triples(findPaths(g, 'a', 'b', { asOf: '2015-06', possible: true }))).toEqual([[['a', 'b'], ['sharing'], '+']]);
    expect(triples(findPaths(g, 'a', 'b', { knownOn: '2015-06' }))).toEqual([]);
    expect(triples(findPaths(g, 'a', 'b', { knownOn: '2016', all: true }))).toEqual([[['a', 'b'], ['sharing'], '+']]);
  });

  it('answers with no path, not an error, for unreachable actors', () => {
    const none = { ok: true, paths: [], truncated: false };
    expect(findPaths(world, 'russia', 'lonely')).toEqual({ ...none, from: 'russia', to: 'lonely' });
    expect(findPaths(world, 'lonely', 'isis', { all: true })).toEqual({ ...none, from: 'lonely', to: 'isis' });
    expect(triples(findPaths(diamond, 's', 'y', { maxHops: 1, types: ['hostility'] }))).toEqual([]);
    expect(triples(findPaths(world, 'russia', 'iran', { maxHops: 1 }))).toEqual([]);
  });

  it('gives an actor alone as the one path from it to itself', () => {
    const reading = 'Russia is both the start and the end; no relation is needed.';
    const path = {
      actors: ['russia'],
      relations: [],
      sign: '+',
      window: { from: null, to: null },
      undatedSteps: 0,
      holds: 'holds at any time',
      reading,
    };
    expect(findPaths(world, 'russia', 'Russian Federation')).toEqual({
      ok: true,
      from: 'russia',
      to: 'russia',
      paths: [path],
      truncated: false,
    });
    expect(triples(findPaths(diamond, 's', 's', { all: true }))).toEqual([[['s'], [], '+']]);
  });
});

describe('findPaths: naming actors', () => {
  it('finds actors by id, label or alias in any case', () => {
    const expected = [[['russia', 'usa', 'isis'], ['u2', 'd3'], '+']];
    expect(triples(findPaths(world, 'RUSSIAN FEDERATION', 'islamic state', { directed: true }))).toEqual(expected);
    expect(triples(findPaths(world, 'Russia', 'isil', { directed: true }))).toEqual(expected);
    const result = findPaths(world, 'taliban', 'united states');
    expect(result.ok && [result.from, result.to]).toEqual(['taliban', 'usa']);
  });

  it('says which end is unknown and suggests a name', () => {
    const from = findPaths(world, 'Rusia', 'isis');
    expect(from.ok).toBe(false);
    if (from.ok) return;
    expect(from.problem.path).toBe('from');
    expect(from.problem.message).toMatch(/^No actor is named "Rusia"; did you mean .*"Russia"/);
    expect(from.problem.suggestions).toContain('Russia');
    const to = findPaths(world, 'russia', 'Talibn');
    expect(!to.ok && to.problem.path).toBe('to');
    expect(!to.ok && to.problem.suggestions).toContain('Taliban');
    expect(findPaths(world, '', 'isis')).toMatchObject({ ok: false, problem: { path: 'from', suggestions: [] } });
  });
});

describe('findPaths: every path', () => {
  it('lists shortest first, then by next actor id and relation id, parallel relations apart', () => {
    expect(triples(findPaths(diamond, 's', 't', { all: true }))).toEqual(diamondPaths);
    const result = findPaths(diamond, 's', 't', { all: true });
    expect(result.ok && result.paths[4]!.reading).toBe(
      'S is hostile to X, which cooperates with Y, which is hostile to T. Dates not given.',
    );
  });

  it('stops at the limit and says when paths were left out', () => {
    const three = findPaths(diamond, 's', 't', { all: true, limit: 3 });
    expect(triples(three)).toEqual(diamondPaths.slice(0, 3));
    expect(three.ok && three.truncated).toBe(true);
    const seven = findPaths(diamond, 's', 't', { all: true, limit: 7 });
    expect(triples(seven)).toEqual(diamondPaths);
    expect(seven.ok && seven.truncated).toBe(false);
  });

  it('stops at maxHops', () => {
    expect(triples(findPaths(diamond, 's', 't', { all: true, maxHops: 2 }))).toEqual(diamondPaths.slice(0, 4));
    expect(triples(findPaths(diamond, 's', 't', { all: true, maxHops: 1 }))).toEqual(diamondPaths.slice(0, 1));
  });

  it('obeys type, date and direction filters', () => {
    expect(triples(findPaths(diamond, 's', 't', { all: true, types: ['cooperation'] }))).toEqual([
      [['s', 't'], ['st'], '+'],
      [['s', 'x', 't'], ['z1', 'xt'], '+'],
      [['s', 'y', 'x', 't'], ['a1', 'xy', 'xt'], '+'],
    ]);
    expect(triples(findPaths(world, 'russia', 'isis', { all: true }))).toEqual([
      [['russia', 'taliban', 'isis'], ['d1', 'd2'], '-'],
      [['russia', 'usa', 'isis'], ['u2', 'd3'], '+'],
    ]);
    expect(triples(findPaths(world, 'isis', 'russia', { all: true, directed: true }))).toEqual([]);
    expect(triples(findPaths(world, 'isis', 'iran', { all: true, directed: true }))).toEqual([
      [['isis', 'taliban', 'iran'], ['d2', 'u1'], '-'],
    ]);
  });

  it('sees relations added after an earlier search', () => {
    const g = graphOf(['a', 'b'], []);
    expect(triples(findPaths(g, 'a', 'b'))).toEqual([]);
    g.addUndirectedEdgeWithKey('ab', 'a', 'b', rel('ab', 'a', 'b', 'hostility'));
    expect(triples(findPaths(g, 'a', 'b', { all: true }))).toEqual([[['a', 'b'], ['ab'], '-']]);
    g.dropEdge('ab');
    expect(triples(findPaths(g, 'a', 'b'))).toEqual([]);
  });
});

describe('findPaths: options', () => {
  const problemOf = (options: unknown) => {
    const result = findPaths(diamond, 's', 't', options as PathOptions);
    return result.ok ? null : result.problem;
  };

  it('refuses bad options with the option at fault', () => {
    for (const [options, path] of [
      [{ maxHops: 0 }, 'maxHops'],
      [{ maxHops: 1.5 }, 'maxHops'],
      [{ maxHops: '3' }, 'maxHops'],
      [{ limit: -1 }, 'limit'],
      [{ limit: Number.NaN }, 'limit'],
      [{ asOf: '2001-13' }, 'asOf'],
      [{ asOf: 2001 }, 'asOf'],
      [{ directed: 'yes' }, 'directed'],
      [{ all: 1 }, 'all'],
      [{ types: 'cooperation' }, 'types'],
      [null, 'options'],
    ] as [unknown, string][]) {
      expect(problemOf(options)?.path, JSON.stringify(options)).toBe(path);
    }
  });

  it('suggests a known relation type for a misspelt one', () => {
    expect(problemOf({ types: ['cooperation', 'hostilty'] })).toEqual({
      path: 'types',
      message: 'Unknown relation type "hostilty" (known: cooperation, hostility, contested); did you mean "hostility"?',
      suggestions: ['hostility'],
    });
  });
});

describe('pathSign', () => {
  it('multiplies steps and lets a contested step make it uncertain', () => {
    expect(pathSign(diamond, [])).toBe('+');
    expect(pathSign(diamond, ['z0', 'xy', 'yt'])).toBe('+');
    expect(pathSign(diamond, ['z0'])).toBe('-');
    expect(pathSign(graphOf(['a', 'b'], [rel('c', 'a', 'b', 'contested')]), ['c'])).toBe('?');
    expect(() => pathSign(diamond, ['nope'])).toThrow(/nope/);
  });
});

/** Every simple path by brute force, in the documented order, as [actors, relations] pairs. */
function bruteForce(g: ActorGraph, from: string, to: string, options: PathOptions): [string[], string[]][] {
  const maxHops = options.maxHops ?? 4;
  const found: [string[], string[]][] = [];
  const extend = (actors: string[], relations: string[]) => {
    const here = actors[actors.length - 1]!;
    if (here === to) return void found.push([actors, relations]);
    if (relations.length === maxHops) return;
    g.forEachEdge(here, (id, relation, source, target, _sa, _ta, undirected) => {
      if (!relationPasses(relation, options)) return;
      if (options.directed && !undirected && source !== here) return;
      const next = source === here ? target : source;
      if (!actors.includes(next)) extend([...actors, next], [...relations, id]);
    });
  };
  extend([from], []);
  const key = ([actors, relations]: [string[], string[]]) => actors.slice(1).flatMap((a, i) => [a, relations[i]!]);
  const compare = (p: [string[], string[]], q: [string[], string[]]) => {
    if (p[1].length !== q[1].length) return p[1].length - q[1].length;
    const [kp, kq] = [key(p), key(q)];
    for (let i = 0; i < kp.length; i++) if (kp[i] !== kq[i]) return kp[i]! < kq[i]! ? -1 : 1;
    return 0;
  };
  return found.sort(compare);
}

describe('findPaths against brute force', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const arbRelation = fc.record({
    source: fc.constantFrom(...ids),
    target: fc.constantFrom(...ids),
    type: fc.constantFrom<RelationType>('cooperation', 'hostility', 'contested'),
    directed: fc.boolean(),
    end: fc.option(fc.constantFrom('2000', '2010'), { nil: undefined }),
  });
  const arbOptions = fc.record(
    {
      directed: fc.boolean(),
      maxHops: fc.integer({ min: 1, max: 6 }),
      limit: fc.integer({ min: 1, max: 30 }),
      types: fc.subarray<RelationType>(['cooperation', 'hostility', 'contested']),
      asOf: fc.constantFrom('1999', '2005', '2020'),
    },
    { requiredKeys: ['maxHops'] },
  );

  it('lists the same paths in the same order, and the shortest first', () => {
    fc.assert(
      fc.property(
        fc.array(arbRelation, { maxLength: 14 }),
        arbOptions,
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        (relations, options, from, to) => {
          fc.pre(from !== to);
          const g = graphOf(
            ids,
            relations.map((r, i) => ({ id: `r${(i * 7) % 15}`, ...r })),
          );
          const expected = bruteForce(g, from, to, options);
          const limit = options.limit ?? 100;
          const all = findPaths(g, from, to, { ...options, all: true });
          expect(triples(all).map(([a, r]) => [a, r])).toEqual(expected.slice(0, limit));
          expect(all.ok && all.truncated).toBe(expected.length > limit);
          const shortest = findPaths(g, from, to, options);
          expect(triples(shortest).map(([a, r]) => [a, r])).toEqual(expected.slice(0, 1));
        },
      ),
      { numRuns: 400 },
    );
  });
});

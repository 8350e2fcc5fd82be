import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '../../src/model/dates.ts';
import { relationPasses } from '../../src/model/filter.ts';
import type { BoundKind, Relation, RelationType } from '../../src/model/format.ts';
import type { ActorGraph } from '../../src/model/graph.ts';
import { findPaths, type PathOptions, type PathResult } from '../../src/model/paths.ts';
import { holdingOn, isUndated } from '../../src/model/time-bounds.ts';
import { graphOf, type Row } from '../support/graphs.ts';
import { seedGraph } from '../seed.ts';

/** The paths of a result as [actors, relations] pairs, failing on a problem. */
function pairs(result: PathResult): [string[], string[]][] {
  if (!result.ok) throw new Error(result.problem.message);
  return result.paths.map((p) => [p.actors, p.relations]);
}

// s–x–t is the fewest hops but never held together: x–t ended in 2000, s–x began in 2010.
// s–y–z–t held together in 2014–2016, s–y giving no date.
const detour = graphOf(
  ['s', 'x', 'y', 'z', 't'],
  [
    ['sx', 's', 'x', 'cooperation', { start: '2010' }],
    ['xt', 'x', 't', 'hostility', { end: '2000' }],
    ['sy', 's', 'y', 'cooperation'],
    ['yz', 'y', 'z', 'cooperation', { start: '2012', end: '2016' }],
    ['zt', 'z', 't', 'hostility', { start: '2014' }],
  ],
);

describe('findPaths in time', () => {
  it('keeps only paths whose relations held on one same day, with that window', () => {
    expect(findPaths(detour, 's', 't')).toEqual({
      ok: true,
      from: 's',
      to: 't',
      truncated: false,
      paths: [
        {
          actors: ['s', 'y', 'z', 't'],
          relations: ['sy', 'yz', 'zt'],
          sign: '-',
          window: { from: 20140101, to: 20161231, fromText: '2014', toText: '2016' },
          undatedSteps: 1,
          holds: 'holds 2014 – 2016, with an undated step',
          reading: 'S cooperates with Y, which cooperates with Z, which is hostile to T. Holds 2014 – 2016, with an undated step.',
        },
      ],
    });
    expect(pairs(findPaths(detour, 's', 't', { all: true }))).toEqual([
      [
        ['s', 'y', 'z', 't'],
        ['sy', 'yz', 'zt'],
      ],
    ]);
  });

  it('keeps undated relations apart from dated ones when asked, but not from each other', () => {
    expect(pairs(findPaths(detour, 's', 't', { undated: 'apart', all: true }))).toEqual([]);
    expect(pairs(findPaths(detour, 's', 'y', { undated: 'apart' }))).toEqual([[['s', 'y'], ['sy']]]);
    const undated = graphOf(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'cooperation'],
        ['bc', 'b', 'c', 'hostility'],
      ],
    );
    const result = findPaths(undated, 'a', 'c', { undated: 'apart' });
    expect(result.ok && result.paths.map((p) => [p.relations, p.holds, p.reading])).toEqual([
      [['ab', 'bc'], 'dates not given', 'A cooperates with B, which is hostile to C. Dates not given.'],
    ]);
  });

  it('counts a step on the days it certainly held, or every day it may have held with possible', () => {
    // Revealed in December 2015, perhaps older; the other relation ended in 1999.
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['revealed', 'a', 'b', 'cooperation', { start: '2015-12', startBound: 'no-later-than' }],
        ['nineties', 'b', 'c', 'hostility', { start: '1990', end: '1999' }],
        ['later', 'a', 'c', 'hostility', { start: '2014', startBound: 'no-earlier-than' }],
      ],
    );
    expect(pairs(findPaths(graph, 'a', 'c', { all: true }))).toEqual([]);
    const possible = findPaths(graph, 'a', 'c', { all: true, possible: true });
    expect(possible.ok && possible.paths.map((p) => [p.relations, p.window, p.holds])).toEqual([
      [['later'], { from: 20140101, to: null, fromText: '2014' }, 'holds from 2014'],
      [['revealed', 'nineties'], { from: 19900101, to: 19991231, fromText: '1990', toText: '1999' }, 'holds 1990 – 1999'],
    ]);
    const certain = findPaths(graph, 'a', 'b');
    expect(certain.ok && certain.paths.map((p) => [p.window, p.holds])).toEqual([
      [{ from: 20151231, to: null, fromText: '2015-12' }, 'holds from 2015-12'],
    ]);
  });

  it('needs one same day of an as-of month or year, and shows the window uncut', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['spring', 'a', 'b', 'cooperation', { end: '2005-03' }],
        ['summer', 'b', 'c', 'cooperation', { start: '2005-06', end: '2007' }],
        ['ac', 'a', 'c', 'hostility'],
      ],
    );
    expect(pairs(findPaths(graph, 'a', 'c', { asOf: '2005', all: true }))).toEqual([[['a', 'c'], ['ac']]]);
    expect(pairs(findPaths(graph, 'b', 'c', { asOf: '2005', undated: 'apart', all: true }))).toEqual([
      [['b', 'c'], ['summer']],
      [
        ['b', 'a', 'c'],
        ['spring', 'ac'],
      ],
    ]);
    const result = findPaths(graph, 'b', 'c', { asOf: '2006-02-01' });
    expect(result.ok && result.paths.map((p) => p.holds)).toEqual(['holds 2005-06 – 2007']);
  });

  it('finds a longer shortest path when the short ones never held together, in tie order', () => {
    // Two 2-hop paths fail in time; of the 3-hop ones that hold, a–b–d–e comes first by ids.
    const graph = graphOf(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['ab', 'a', 'b', 'cooperation', { start: '2000', end: '2004' }],
        ['be', 'b', 'e', 'cooperation', { start: '2010' }],
        ['ac', 'a', 'c', 'cooperation', { start: '2001' }],
        ['ce', 'c', 'e', 'cooperation', { end: '2000' }],
        ['bd', 'b', 'd', 'hostility'],
        ['cd', 'c', 'd', 'hostility'],
        ['de', 'd', 'e', 'hostility', { start: '2003', end: '2003' }],
      ],
    );
    expect(pairs(findPaths(graph, 'a', 'e'))).toEqual([
      [
        ['a', 'b', 'd', 'e'],
        ['ab', 'bd', 'de'],
      ],
    ]);
    expect(pairs(findPaths(graph, 'a', 'e', { all: true, maxHops: 3 }))).toEqual([
      [
        ['a', 'b', 'd', 'e'],
        ['ab', 'bd', 'de'],
      ],
      [
        ['a', 'c', 'd', 'e'],
        ['ac', 'cd', 'de'],
      ],
    ]);
    expect(pairs(findPaths(graph, 'a', 'e', { maxHops: 2 }))).toEqual([]);
  });

  it('refuses an undated rule it does not know', () => {
    const result = findPaths(detour, 's', 't', { undated: 'never' as never });
    expect(!result.ok && result.problem).toEqual({
      path: 'undated',
      message: '"undated" must be "join" or "apart", not "never"',
      suggestions: [],
    });
  });
});

describe('findPaths in time on the seed graph', () => {
  const graph = seedGraph();
  const ended = (id: string) => {
    const end = graph.getEdgeAttribute(id, 'end');
    return end !== undefined && (lastDay(end) ?? 0) < 20020101;
  };

  it('uses no relation that ended before 2002 from China to ISIS, undated relations joining dated ones by default', () => {
    const result = findPaths(graph, 'China', 'ISIS', { all: true });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.paths).toHaveLength(71);
    expect(result.paths.filter((p) => p.relations.some(ended))).toEqual([]);
    // Every fight against ISIS is certain no earlier than December 2015, so every path holds from then on.
    expect(result.paths.every((p) => /^holds from 2015|^holds from 2016/.test(p.holds))).toBe(true);
    expect(result.paths.slice(0, 3).map((p) => [p.relations, p.holds])).toEqual([
      [['russia-china', 'russia-isis'], 'holds from 2015-12, with an undated step'],
      [['china-taliban', 'taliban-isis'], 'holds from 2015-12, with an undated step'],
      [['russia-china', 'russia-afghan-government-counterterrorism', 'afghan-government-isis'], 'holds from 2016-12, with 2 undated steps'],
    ]);
    expect(result.paths[0]!.reading).toBe(
      'China cooperates with Russia, which is hostile to ISIS. Holds from 2015-12, with an undated step.',
    );
  });

  it('finds no path from China to ISIS when undated relations are kept apart: every relation from China is undated, every one to ISIS dated', () => {
    const result = findPaths(graph, 'China', 'ISIS', { all: true, undated: 'apart' });
    expect(result.ok && result.paths).toEqual([]);
  });

  it('shows the window of a path that joins undated relations to the 1990s', () => {
    const result = findPaths(graph, 'China', 'chechen-rebels', { all: true, maxHops: 3 });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.paths.slice(0, 4).map((p) => [p.relations, p.holds])).toEqual([
      [['russia-china', 'russia-chechen-rebels'], 'holds 1990 – 1999, with an undated step'],
      [['china-taliban', 'taliban-chechen-rebels'], 'holds 1990 – 1999, with an undated step'],
      [['russia-china', 'russia-taliban-1990s', 'taliban-chechen-rebels'], 'holds 1990 – 1999, with an undated step'],
      [['russia-china', 'russia-taliban-hostages-1996', 'taliban-chechen-rebels'], 'holds 1996, with an undated step'],
    ]);
    expect(result.paths[0]!.reading).toBe(
      'China cooperates with Russia, which is hostile to Chechen rebels. Holds 1990 – 1999, with an undated step.',
    );
    // Russia's cooperation since 2007 and its counterterrorism with the Taliban never held with the 1990s.
    expect(
      result.paths.filter((p) => p.relations.some((id) => id === 'russia-taliban-since-2007' || id === 'russia-taliban-counterterrorism')),
    ).toEqual([]);
  });

  it('no longer judges the 1990s with 2015', () => {
    // The Taliban's sponsorship of Chechen rebels ended in 1999; Russia's counterterrorism with
    // the Taliban is certain from December 2015.
    expect(pairs(findPaths(graph, 'chechen-rebels', 'russia', { all: true, maxHops: 2 }))).toEqual([
      [['chechen-rebels', 'russia'], ['russia-chechen-rebels']],
      [
        ['chechen-rebels', 'taliban', 'russia'],
        ['taliban-chechen-rebels', 'russia-taliban-1990s'],
      ],
      [
        ['chechen-rebels', 'taliban', 'russia'],
        ['taliban-chechen-rebels', 'russia-taliban-hostages-1996'],
      ],
      // The drug sales are undated, so they join the 1990s.
      [
        ['chechen-rebels', 'taliban', 'russia'],
        ['taliban-chechen-rebels', 'taliban-drug-sales-to-russia'],
      ],
    ]);
  });
});

/** True when some day leaves every relation holding, as the options ask, by trying the days that matter. */
function heldTogether(relations: Relation[], options: PathOptions): boolean {
  if (options.asOf === undefined && options.undated === 'apart') {
    const undated = relations.filter(isUndated).length;
    if (undated > 0 && undated < relations.length) return false;
  }
  const years = ['1980', '1995', '1999', '2000', '2005', '2010', '2020', '2030'];
  const days = [...years.flatMap((y) => [`${y}-01-01`, `${y}-12-31`]), '2005-06-15'];
  const period = options.asOf === undefined ? null : [firstDay(options.asOf)!, lastDay(options.asOf)!];
  return days.some((day) => {
    if (period && (firstDay(day)! < period[0]! || firstDay(day)! > period[1]!)) return false;
    return relations.every((r) => {
      const holding = holdingOn(r, day);
      return holding === 'certain' || (holding === 'possible' && options.possible === true);
    });
  });
}

/** Every simple path that held together, by brute force, in the documented order. */
function bruteForce(g: ActorGraph, from: string, to: string, options: PathOptions): [string[], string[]][] {
  const maxHops = options.maxHops ?? 4;
  const found: [string[], string[]][] = [];
  const extend = (actors: string[], relations: string[]) => {
    const here = actors[actors.length - 1]!;
    if (
      !heldTogether(
        relations.map((id) => g.getEdgeAttributes(id)),
        options,
      )
    )
      return;
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
  return found.sort((p, q) => {
    if (p[1].length !== q[1].length) return p[1].length - q[1].length;
    const [kp, kq] = [key(p), key(q)];
    for (let i = 0; i < kp.length; i++) if (kp[i] !== kq[i]) return kp[i]! < kq[i]! ? -1 : 1;
    return 0;
  });
}

describe('findPaths in time against brute force', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const year = fc.option(fc.constantFrom('1995', '2000', '2005', '2010'), { nil: undefined });
  const bound = fc.option(fc.constantFrom<BoundKind>('exact', 'no-later-than', 'no-earlier-than'), { nil: undefined });
  const arbRelation = fc.record({
    source: fc.constantFrom(...ids),
    target: fc.constantFrom(...ids),
    type: fc.constantFrom<RelationType>('cooperation', 'hostility', 'contested'),
    directed: fc.boolean(),
    start: year,
    startBound: bound,
    end: year,
    endBound: bound,
  });
  const arbOptions = fc.record(
    {
      directed: fc.boolean(),
      maxHops: fc.integer({ min: 1, max: 5 }),
      limit: fc.integer({ min: 1, max: 30 }),
      asOf: fc.constantFrom('1999', '2005', '2005-06-15', '2020'),
      possible: fc.boolean(),
      undated: fc.constantFrom<'join' | 'apart'>('join', 'apart'),
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
        (rows, options, from, to) => {
          fc.pre(from !== to);
          const clean = (r: (typeof rows)[number]) =>
            Object.fromEntries(
              Object.entries(r).filter(
                ([key, value]) =>
                  value !== undefined && !(key === 'startBound' && r.start === undefined) && !(key === 'endBound' && r.end === undefined),
              ),
            );
          const g = graphOf(
            ids,
            rows.map((r, i): Row => [`r${(i * 7) % 15}`, r.source, r.target, r.type, clean(r) as Partial<Relation>]),
          );
          const expected = bruteForce(g, from, to, options);
          const limit = options.limit ?? 100;
          const all = findPaths(g, from, to, { ...options, all: true });
          expect(pairs(all)).toEqual(expected.slice(0, limit));
          expect(all.ok && all.truncated).toBe(expected.length > limit);
          // Without `all` the search is not bounded by 4 hops, so compare within maxHops.
          expect(pairs(findPaths(g, from, to, options))).toEqual(expected.slice(0, 1));
        },
      ),
      { numRuns: 500 },
    );
  });
});

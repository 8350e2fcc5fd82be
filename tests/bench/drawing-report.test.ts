import { describe, expect, it } from 'vitest';
import type { DrawingRow } from '../../bench/drawing-bench.ts';
import { bestReference, drawingGoals, drawingTable } from '../../bench/drawing-report.ts';
import type { Measures } from '../../bench/drawing-types.ts';
import { beforeSeed } from '../../bench/before-layout.ts';
import { fa2Best, indexGraph, medianLength, scaleToLength } from '../../bench/reference-layouts.ts';
import { countCrossings } from '../../src/view/drawing-measures.ts';

const measures = (crossings: number, extra: Partial<Measures> = {}): Measures => ({
  crossings,
  relationsThroughActors: 0,
  labelOverlaps: 0,
  parallelMidpointGap: null,
  fill: 0.5,
  ...extra,
});

function row(
  key: string,
  actors: number,
  ours: Measures,
  refs: [number, number, number] | null,
  extra: Partial<DrawingRow> = {},
): DrawingRow {
  return {
    key,
    label: key,
    actors,
    relations: actors * 2,
    planar: false,
    ours,
    readyMs: 100,
    layoutMs: 50,
    layoutHow: 'rerun',
    layoutMarks: [],
    rerunIdentical: true,
    longTaskInLayout: 0,
    deterministic: true,
    loads: 3,
    measureMs: 1,
    references: refs
      ? {
          before: { measures: measures(refs[0]), ms: 1, scale: 1 },
          fa2: { measures: measures(refs[1]), ms: 1, scale: 1 },
          stress: { measures: measures(refs[2]), ms: 1, scale: 1 },
        }
      : {},
    ...extra,
  };
}

const status = (rows: DrawingRow[], start: string) => drawingGoals(rows).find((goal) => goal.goal.startsWith(start))!;

describe('the drawing goals', () => {
  it('compares ours with the best reference on graphs of 30 to 150 actors only', () => {
    const rows = [
      row('rt', 14, measures(1), [37, 10, 12]),
      row('30', 30, measures(8), [20, 10, 12]),
      row('150', 150, measures(90), [400, 100, 120]),
    ];
    expect(bestReference(rows[1]!)).toEqual({ name: 'fa2', crossings: 10 });
    const goal = status(rows, 'crossings, graphs of 30 to 150');
    expect(goal.status).toBe('met');
    expect(goal.figure).toContain('30: 8 vs fa2 10 (0.80)');
    expect(goal.figure).not.toContain('rt:');
    expect(status([row('30', 30, measures(11), [20, 10, 12])], 'crossings, graphs of 30 to 150').status).toBe('missed');
  });

  it('checks the Russia–Taliban and planar crossings, lines through actors, labels up to 40 actors and parallel gaps', () => {
    const rows = [
      row('rt', 14, measures(3, { parallelMidpointGap: 5 }), null),
      row('grid', 25, measures(0), null, { planar: true }),
      row('big', 100, measures(5, { labelOverlaps: 4, relationsThroughActors: 1 }), null),
    ];
    expect(status(rows, 'crossings, Russia–Taliban').status).toBe('missed');
    expect(status(rows, 'crossings, any planar').status).toBe('met');
    expect(status(rows, 'relations through').status).toBe('missed');
    expect(status(rows, 'label overlaps').status).toBe('met'); // the 100-actor graph is over 40
    expect(status(rows, 'midpoints of parallel').status).toBe('missed');
  });

  it('misses the 150-actor layout time on a long task, and positions on a re-run that differs', () => {
    const slow = row('150', 150, measures(0), null, { layoutMs: 900, longTaskInLayout: 300 });
    expect(status([slow], 'layout time, 150').status).toBe('missed');
    expect(status([row('150', 150, measures(0), null, { layoutMs: 900, longTaskInLayout: 60 })], 'layout time, 150').status).toBe('met');
    expect(status([row('rt', 14, measures(0), null, { rerunIdentical: false })], 'drawing: positions').status).toBe('missed');
  });

  it('writes one table row per graph', () => {
    const table = drawingTable([
      row('rt', 14, measures(1), [37, 10, 12]),
      row('1000', 1000, { ...measures(9), labelOverlaps: null }, null),
    ]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| 1 · 0 · 0 · – · 0.50 | 37 · 0 · 0 · – · 0.50 |');
    expect(table).toContain('| 9 · 0 |');
  });
});

describe('the reference layouts', () => {
  const doc = {
    actors: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
    relations: [
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
      ['a', 'c'],
      ['d', 'd'],
    ].map(([source, target]) => ({ source: source!, target: target! })),
  };

  it('index distinct unordered pairs, no self-pairs', () => {
    expect([...indexGraph(doc).pairs]).toEqual([0, 1, 0, 2, 0, 3, 1, 2, 2, 3]);
  });

  it('scale to a median relation of 150 px about the centroid', () => {
    const { pairs } = indexGraph(doc);
    const square = [0, 0, 10, 0, 10, 10, 0, 10];
    const { positions, factor } = scaleToLength(square, pairs);
    expect(medianLength(positions, pairs)).toBeCloseTo(150);
    expect(factor).toBeCloseTo(15);
    expect(positions[0]! + positions[4]!).toBeCloseTo(0);
  });

  it('FA2, best of its seeds, is deterministic and keeps a planar square uncrossed', () => {
    const graph = indexGraph({ actors: doc.actors, relations: doc.relations.filter((r) => !(r.source === 'a' && r.target === 'c')) });
    const first = fa2Best(graph, 3);
    expect([...first.positions]).toEqual([...fa2Best(graph, 3).positions]);
    expect(countCrossings(first.positions, graph.pairs)).toBe(0);
  });

  it('seed the old layout on a circle in id order, the first on top', () => {
    const seed = beforeSeed(['b', 'a', 'c']);
    expect(seed.get('a')).toEqual({ x: 500, y: 400 - 120 });
    expect([...seed.keys()]).toEqual(['a', 'b', 'c']);
  });
});

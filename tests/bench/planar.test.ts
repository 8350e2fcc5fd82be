import { describe, expect, it } from 'vitest';
import { binaryTree, gridGraph, ladderGraph, planarGraphs, randomPlanar, segmentsConflict, wheelGraph } from '../../bench/planar.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { validateDocument } from '../../src/model/validate.ts';

/** The relations of a document as a set of "i-j" keys, i < j, by actor index. */
function edgeSet(doc: GraphDocument): Set<string> {
  const index = new Map(doc.actors.map((actor, i) => [actor.id, i]));
  return new Set(
    doc.relations.map((r) => {
      const [a, b] = [index.get(r.source)!, index.get(r.target)!];
      return `${Math.min(a, b)}-${Math.max(a, b)}`;
    }),
  );
}

/** Every pair i < j for which `joined(i, j)` holds, as keys. */
function expected(n: number, joined: (i: number, j: number) => boolean): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (joined(i, j)) keys.add(`${i}-${j}`);
  return keys;
}

function connected(doc: GraphDocument): boolean {
  const neighbours = new Map(doc.actors.map((a) => [a.id, [] as string[]]));
  for (const r of doc.relations) {
    neighbours.get(r.source)!.push(r.target);
    neighbours.get(r.target)!.push(r.source);
  }
  const seen = new Set([doc.actors[0]!.id]);
  const queue = [doc.actors[0]!.id];
  while (queue.length) for (const next of neighbours.get(queue.pop()!)!) if (!seen.has(next) && seen.add(next)) queue.push(next);
  return seen.size === doc.actors.length;
}

describe('the planar bench graphs', () => {
  it('are valid, connected, without repeated pairs, and of the expected size', () => {
    const sizes: Record<string, [number, number]> = {
      'grid-5x5': [25, 40],
      'wheel-12': [12, 22],
      'tree-30': [30, 29],
      'ladder-2x10': [20, 28],
      'planar-30': [30, 45],
    };
    const graphs = planarGraphs();
    expect(graphs.map((g) => g.key)).toEqual(Object.keys(sizes));
    for (const { key, doc } of graphs) {
      expect(validateDocument(doc).ok, key).toBe(true);
      expect([doc.actors.length, doc.relations.length], key).toEqual(sizes[key]);
      expect(edgeSet(doc).size, `${key}: distinct pairs`).toBe(doc.relations.length);
      expect(connected(doc), `${key}: connected`).toBe(true);
    }
  });

  it('grid, wheel, tree and ladder are exactly the known graphs', () => {
    // Grid: actors at (row, column) = (⌊i/5⌋, i mod 5), joined when one step apart.
    expect(edgeSet(gridGraph(5, 5))).toEqual(
      expected(25, (i, j) => Math.abs(Math.floor(i / 5) - Math.floor(j / 5)) + Math.abs((i % 5) - (j % 5)) === 1),
    );
    // Wheel: hub 0 joined to all; rim 1…11 a cycle.
    expect(edgeSet(wheelGraph(12))).toEqual(expected(12, (i, j) => i === 0 || j - i === 1 || (i === 1 && j === 11)));
    // Binary tree: j's parent is ⌊(j − 1)/2⌋.
    expect(edgeSet(binaryTree(30))).toEqual(expected(30, (i, j) => i === Math.floor((j - 1) / 2)));
    // Ladder: rails 0…9 and 10…19, rungs i – i+10.
    expect(edgeSet(ladderGraph(10))).toEqual(expected(20, (i, j) => j - i === 10 || (j - i === 1 && i !== 9)));
  });

  it('the random planar graph comes with a drawing of it without crossings, and is the same for the same seed', () => {
    const { doc, points, pairs } = randomPlanar(30, 45, 7);
    expect(new Set(points.map((p) => p.join())).size).toBe(30);
    for (let k = 0; k < pairs.length; k++) {
      for (let m = k + 1; m < pairs.length; m++) {
        const [a, b] = pairs[k]!;
        const [c, d] = pairs[m]!;
        expect(segmentsConflict(points[a]!, points[b]!, points[c]!, points[d]!), `${a},${b} × ${c},${d}`).toBe(false);
      }
      // No point lies on a relation it does not end.
      const [a, b] = pairs[k]!;
      for (let i = 0; i < points.length; i++) {
        if (i === a || i === b) continue;
        expect(segmentsConflict(points[a]!, points[b]!, points[i]!, points[i]!)).toBe(false);
      }
    }
    expect(randomPlanar(30, 45, 7).doc).toEqual(doc);
    expect(randomPlanar(30, 45, 8).doc).not.toEqual(doc);
  });

  it('segmentsConflict tells crossing, touching and overlapping from sharing an end', () => {
    expect(segmentsConflict([0, 0], [10, 10], [0, 10], [10, 0])).toBe(true); // crossing
    expect(segmentsConflict([0, 0], [10, 0], [5, 0], [5, 5])).toBe(true); // touching
    expect(segmentsConflict([0, 0], [10, 0], [0, 0], [5, 0])).toBe(true); // overlapping from a shared end
    expect(segmentsConflict([0, 0], [10, 0], [0, 0], [0, 5])).toBe(false); // sharing an end
    expect(segmentsConflict([0, 0], [10, 0], [0, 0], [-5, 0])).toBe(false); // collinear, opposite sides
    expect(segmentsConflict([0, 0], [10, 0], [11, 0], [20, 0])).toBe(false); // collinear, apart
    expect(segmentsConflict([0, 0], [10, 10], [0, 5], [3, 20])).toBe(false); // apart
  });
});

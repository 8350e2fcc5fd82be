import { describe, expect, it } from 'vitest';
import {
  countCrossings,
  measureDrawing,
  segmentHitsEllipse,
  segmentsCross,
  type DrawnActor,
  type DrawnRelation,
} from '../../src/view/drawing-measures.ts';

const VIEW = { width: 1000, height: 800 };

/** An actor drawn as a 30 × 30 circle, without a label unless given. */
const actor = (id: string, x: number, y: number, label: DrawnActor['label'] = null): DrawnActor => ({
  id,
  x,
  y,
  width: 30,
  height: 30,
  label,
});

let relationCount = 0;
const relation = (source: string, target: string, extra: Partial<DrawnRelation> = {}): DrawnRelation => ({
  id: `r${relationCount++}`,
  source,
  target,
  ...extra,
});

const measure = (actors: DrawnActor[], relations: DrawnRelation[]) => measureDrawing(actors, relations, VIEW);

describe('crossings', () => {
  it('counts the X of two pairs once', () => {
    const actors = [actor('a', 0, 0), actor('b', 100, 100), actor('c', 100, 0), actor('d', 0, 100)];
    expect(measure(actors, [relation('a', 'b'), relation('c', 'd')]).crossings).toBe(1);
  });

  it('counts the diagonals of a K4 drawn as a square, and nothing else', () => {
    const actors = [actor('a', 0, 0), actor('b', 200, 0), actor('c', 200, 200), actor('d', 0, 200)];
    const ids = ['a', 'b', 'c', 'd'];
    const all = ids.flatMap((u, i) => ids.slice(i + 1).map((v) => relation(u, v)));
    expect(all).toHaveLength(6);
    expect(measure(actors, all).crossings).toBe(1);
  });

  it('finds none in a triangle, nor between pairs sharing an actor', () => {
    const triangle = [actor('a', 0, 0), actor('b', 200, 0), actor('c', 100, 150)];
    expect(measure(triangle, [relation('a', 'b'), relation('b', 'c'), relation('c', 'a')]).crossings).toBe(0);
    // b–a and b–c meet only at b, even drawn on top of one another.
    const line = [actor('a', 0, 0), actor('b', 100, 0), actor('c', 50, 0)];
    expect(measure(line, [relation('b', 'a'), relation('b', 'c')]).crossings).toBe(0);
  });

  it('counts a pair joined by three parallel relations once', () => {
    const actors = [actor('a', 0, 0), actor('b', 100, 100), actor('c', 100, 0), actor('d', 0, 100)];
    const relations = [relation('a', 'b'), relation('b', 'a'), relation('a', 'b'), relation('c', 'd')];
    expect(measure(actors, relations).crossings).toBe(1);
  });

  it('leaves out relations to actors not drawn', () => {
    const actors = [actor('a', 0, 0), actor('b', 100, 100), actor('c', 100, 0)];
    expect(measure(actors, [relation('a', 'b'), relation('c', 'hidden')]).crossings).toBe(0);
  });
});

describe('segmentsCross', () => {
  const p = (x: number, y: number) => ({ x, y });

  it('is true for a proper crossing only', () => {
    expect(segmentsCross(p(0, 0), p(10, 10), p(0, 10), p(10, 0))).toBe(true);
    expect(segmentsCross(p(0, 0), p(10, 10), p(0, 10), p(4, 6.5))).toBe(false);
    // A T: one segment ends on the other.
    expect(segmentsCross(p(0, 0), p(10, 0), p(5, 0), p(5, 10))).toBe(false);
    expect(segmentsCross(p(0, 0), p(10, 0), p(0, 0), p(5, 10))).toBe(false);
  });

  it('counts collinear segments that overlap, unless they share an endpoint', () => {
    expect(segmentsCross(p(0, 0), p(10, 0), p(5, 0), p(15, 0))).toBe(true);
    expect(segmentsCross(p(0, 0), p(10, 10), p(2, 2), p(3, 3))).toBe(true);
    expect(segmentsCross(p(0, 0), p(10, 0), p(11, 0), p(15, 0))).toBe(false);
    expect(segmentsCross(p(0, 0), p(10, 0), p(10, 0), p(15, 0))).toBe(false);
    expect(segmentsCross(p(0, 0), p(10, 0), p(0, 0), p(5, 0))).toBe(false);
  });
});

// How long counting takes (150 actors and 600 pairs) is measured by `npm run bench -- --timings`.
describe('countCrossings', () => {
  /** Actors at random spots in a 1000 × 700 view and random distinct pairs of them, as a layout starts. */
  function randomDrawing(n: number, m: number, seed: number, grid = 1): { positions: Float64Array; pairs: Uint32Array } {
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // On a coarse grid, many ends fall on lines of others and many segments on one line.
    const positions = Float64Array.from({ length: 2 * n }, (_, i) => Math.round(((i % 2 ? 700 : 1000) * random()) / grid) * grid);
    const pairs = new Uint32Array(2 * m);
    const seen = new Set<number>();
    for (let s = 0; s < m;) {
      const u = Math.floor(random() * n),
        v = Math.floor(random() * n);
      const key = Math.min(u, v) * n + Math.max(u, v);
      if (u === v || seen.has(key)) continue;
      seen.add(key);
      pairs[2 * s] = u;
      pairs[2 * s + 1] = v;
      s++;
    }
    return { positions, pairs };
  }

  /** Crossings found by comparing every two segments with segmentsCross. */
  function everyTwo(positions: Float64Array, pairs: Uint32Array): number {
    const at = (i: number) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
    let count = 0;
    for (let s = 0; s < pairs.length; s += 2) {
      for (let t = s + 2; t < pairs.length; t += 2) {
        const [u, v, w, z] = [pairs[s]!, pairs[s + 1]!, pairs[t]!, pairs[t + 1]!];
        if (u === w || u === z || v === w || v === z) continue;
        if (segmentsCross(at(u), at(v), at(w), at(z))) count++;
      }
    }
    return count;
  }

  it('agrees with comparing every two segments, on touching and collinear ones too', () => {
    for (const [seed, grid] of [
      [7, 1],
      [8, 250],
      [9, 100],
    ] as const) {
      const { positions, pairs } = randomDrawing(40, 80, seed, grid);
      const expected = everyTwo(positions, pairs);
      expect(expected).toBeGreaterThan(50);
      expect(countCrossings(positions, pairs), `seed ${seed}`).toBe(expected);
      expect(countCrossings(Array.from(positions), Array.from(pairs))).toBe(expected);
    }
  });
});

describe('segmentHitsEllipse', () => {
  it('is true through the inside, false beside it or grazing it', () => {
    const centre = { x: 0, y: 0 };
    expect(segmentHitsEllipse({ x: -50, y: 5 }, { x: 50, y: 5 }, centre, 20, 10)).toBe(true);
    expect(segmentHitsEllipse({ x: -50, y: 11 }, { x: 50, y: 11 }, centre, 20, 10)).toBe(false);
    expect(segmentHitsEllipse({ x: -50, y: 10 }, { x: 50, y: 10 }, centre, 20, 10)).toBe(false);
    // Stops short of it, or lies wholly inside it.
    expect(segmentHitsEllipse({ x: -50, y: 0 }, { x: -21, y: 0 }, centre, 20, 10)).toBe(false);
    expect(segmentHitsEllipse({ x: -1, y: 1 }, { x: 1, y: 1 }, centre, 20, 10)).toBe(true);
  });
});

describe('relations through actors', () => {
  it('counts a line through an actor it does not join, once however many it crosses', () => {
    const actors = [actor('a', 0, 100), actor('b', 400, 100), actor('c', 200, 110), actor('d', 300, 90)];
    expect(measure(actors, [relation('a', 'b')]).relationsThroughActors).toBe(1);
    expect(measure(actors, [relation('a', 'b'), relation('b', 'a')]).relationsThroughActors).toBe(2);
  });

  it('does not count a line passing just beside an actor, nor one into its own actors', () => {
    // c's circle reaches up to y 101; the line runs at y 100.
    const beside = [actor('a', 0, 100), actor('b', 400, 100), actor('c', 200, 116)];
    expect(measure(beside, [relation('a', 'b')]).relationsThroughActors).toBe(0);
    const own = [actor('a', 0, 100), actor('b', 400, 100)];
    expect(measure(own, [relation('a', 'b')]).relationsThroughActors).toBe(0);
  });

  it('follows the drawn line when one is given', () => {
    const actors = [actor('a', 0, 100), actor('b', 400, 100), actor('c', 200, 100)];
    const around = relation('a', 'b', {
      line: [
        { x: 15, y: 100 },
        { x: 200, y: 40 },
        { x: 385, y: 100 },
      ],
    });
    expect(measure(actors, [around]).relationsThroughActors).toBe(0);
    const through = relation('a', 'b', {
      line: [
        { x: 15, y: 100 },
        { x: 200, y: 100 },
        { x: 385, y: 100 },
      ],
    });
    expect(measure(actors, [through]).relationsThroughActors).toBe(1);
  });
});

describe('label overlaps', () => {
  it('counts a label over a label, and a label over another actor', () => {
    const actors = [
      actor('a', 100, 100, { x1: 60, y1: 120, x2: 140, y2: 136 }),
      actor('b', 150, 100, { x1: 110, y1: 125, x2: 190, y2: 141 }),
      // d's label runs into c's circle (x 385…415, y 85…115).
      actor('c', 400, 100),
      actor('d', 300, 100, { x1: 330, y1: 92, x2: 392, y2: 108 }),
    ];
    expect(measure(actors, []).labelOverlaps).toBe(2);
  });

  it('counts each overlap once: two labels, and each label over the other actor', () => {
    const actors = [actor('a', 100, 100, { x1: 80, y1: 90, x2: 150, y2: 110 }), actor('b', 130, 100, { x1: 80, y1: 95, x2: 150, y2: 115 })];
    expect(measure(actors, []).labelOverlaps).toBe(3);
  });

  it('does not count boxes that only touch, nor a label over its own actor', () => {
    const actors = [
      actor('a', 100, 100, { x1: 60, y1: 110, x2: 140, y2: 126 }),
      actor('b', 220, 100, { x1: 140, y1: 110, x2: 220, y2: 126 }),
      actor('c', 100, 300, { x1: 60, y1: 126, x2: 140, y2: 140 }),
      // Rounded out by 0.4 px into c's label: no reader sees that.
      actor('d', 300, 300, { x1: 60, y1: 139.6, x2: 140, y2: 150 }),
      // Meets e's circle (x 385…415) only at its rightmost point.
      actor('e', 400, 500),
      actor('f', 300, 500, { x1: 330, y1: 492, x2: 385, y2: 508 }),
    ];
    expect(measure(actors, []).labelOverlaps).toBe(0);
  });
});

describe('parallel midpoint gap', () => {
  it('is the smallest distance between midpoints of relations of one pair', () => {
    const actors = [actor('a', 0, 0), actor('b', 200, 0), actor('c', 0, 300), actor('d', 200, 300)];
    const relations = [
      relation('a', 'b', { midpoint: { x: 100, y: -20 } }),
      relation('b', 'a', { midpoint: { x: 100, y: 0 } }),
      relation('a', 'b', { midpoint: { x: 100, y: 25 } }),
      relation('c', 'd', { midpoint: { x: 100, y: 300 } }),
      // Apart by 3 and 4: 5, but in other pairs.
      relation('a', 'c', { midpoint: { x: 0, y: 150 } }),
      relation('b', 'd', { midpoint: { x: 3, y: 154 } }),
    ];
    expect(measure(actors, relations).parallelMidpointGap).toBe(20);
  });

  it('takes the middle of the drawn line, else of the straight one, when no midpoint is given', () => {
    const actors = [actor('a', 0, 0), actor('b', 200, 0)];
    const bent = relation('a', 'b', {
      line: [
        { x: 0, y: 0 },
        { x: 100, y: 30 },
        { x: 200, y: 0 },
      ],
    });
    expect(measure(actors, [relation('a', 'b'), bent]).parallelMidpointGap).toBeCloseTo(30, 10);
    // Straight parallels are drawn on top of one another.
    expect(measure(actors, [relation('a', 'b'), relation('b', 'a')]).parallelMidpointGap).toBe(0);
  });

  it('is null when no pair has several relations', () => {
    const actors = [actor('a', 0, 0), actor('b', 200, 0), actor('c', 0, 300)];
    expect(
      measure(actors, [relation('a', 'b'), relation('b', 'c'), relation('c', 'c'), relation('c', 'c')]).parallelMidpointGap,
    ).toBeNull();
  });
});

describe('fill', () => {
  it('is the share of the view under the box of shapes and labels', () => {
    // Shapes span x 85…715, y 85…315; b's label reaches down to y 485: 630 × 400 of 1000 × 800.
    const actors = [actor('a', 100, 100), actor('b', 700, 300, { x1: 650, y1: 320, x2: 710, y2: 485 })];
    expect(measure(actors, []).fill).toBeCloseTo((630 * 400) / (1000 * 800), 12);
  });

  it('counts only what lies in the view, and nothing for an empty drawing', () => {
    const actors = [actor('a', -100, -100), actor('b', 485, 385)];
    expect(measure(actors, []).fill).toBeCloseTo((500 * 400) / (1000 * 800), 12);
    expect(measure([], []).fill).toBe(0);
    expect(measureDrawing(actors, [], { width: 0, height: 0 }).fill).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { placementMs, placementSection } from '../../bench/placement-bench.ts';

describe("the results file's placement section", () => {
  const sizes = [
    { key: 'rt', label: 'Russia–Taliban', actors: 14, relations: 37 },
    { key: '1000', label: '1,000 actors', actors: 1000, relations: 4000 },
  ];

  it('gives each measured graph its first and third run, the part without labels, their ratio and the first answer', () => {
    const lines = placementSection(sizes, {
      rt: { loads: 3, first: { start: 420, finish: 60 }, third: { start: 100, finish: 20 }, answer: 655 },
      '1000': { loads: 2, first: { start: 40, finish: 10 }, third: { start: 20, finish: 5 } },
    });
    expect(lines[0]).toBe('### The careful placement alone, in a fresh layout worker');
    expect(lines.slice(4, 8)).toEqual([
      '| graph | first run (ms) | of which without labels | third run (ms) | first ÷ third | first answer, from creation (ms) | pages |',
      '|---|---|---|---|---|---|---|',
      '| Russia–Taliban | 480 | 420 | 120 | 4.00 | 655 | 3 |',
      '| 1,000 actors | 50.0 | 40.0 | 25.0 | 2.00 | — | 2 |',
    ]);
    expect(lines).toHaveLength(9);
  });

  it('is left out of runs that measured no placement', () => {
    expect(placementSection(sizes, undefined)).toEqual([]);
    expect(placementSection(sizes, {})).toEqual([]);
  });

  it('adds up both parts', () => {
    expect(placementMs({ start: 12.5, finish: 7.5 })).toBe(20);
  });
});

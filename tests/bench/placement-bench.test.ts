import { describe, expect, it } from 'vitest';
import { placementMs, placementSection } from '../../bench/placement-bench.ts';

describe("the results file's placement section", () => {
  const sizes = [
    { key: 'rt', label: 'Russia–Taliban', actors: 14, relations: 37 },
    { key: '1000', label: '1,000 actors', actors: 1000, relations: 4000 },
  ];

  it('gives each measured graph its first and third run, the part without labels and their ratio', () => {
    const lines = placementSection(sizes, { rt: { loads: 3, first: { start: 420, finish: 60 }, third: { start: 100, finish: 20 } } });
    expect(lines[0]).toBe('### The careful placement alone, in a fresh layout worker');
    expect(lines.slice(4, 7)).toEqual([
      '| graph | first run (ms) | of which without labels | third run (ms) | first ÷ third | pages |',
      '|---|---|---|---|---|---|',
      '| Russia–Taliban | 480 | 420 | 120 | 4.00 | 3 |',
    ]);
    expect(lines).toHaveLength(8);
  });

  it('is left out of runs that measured no placement', () => {
    expect(placementSection(sizes, undefined)).toEqual([]);
    expect(placementSection(sizes, {})).toEqual([]);
  });

  it('adds up both parts', () => {
    expect(placementMs({ start: 12.5, finish: 7.5 })).toBe(20);
  });
});

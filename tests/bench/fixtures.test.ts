import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, validateDocument } from '../../src/model/index.ts';

/** The real networks bench/fixtures/make-fixtures.py wrote, with the sizes networkx gives them. */
const FIXTURES = [
  { name: 'karate-club', actors: 34, relations: 78 },
  { name: 'southern-women', actors: 32, relations: 89 },
  { name: 'les-miserables', actors: 77, relations: 254 },
  { name: 'florentine-families', actors: 15, relations: 20 },
];

const read = (file: string): string => readFileSync(new URL(`../../bench/fixtures/${file}`, import.meta.url), 'utf8');

describe('the bench fixtures', () => {
  it.each(FIXTURES)('$name is a valid graph of $actors actors and $relations cooperation relations', ({ name, actors, relations }) => {
    const parsed = parseDocument(read(`${name}.json`));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(validateDocument(JSON.parse(read(`${name}.json`))).ok).toBe(true);
    const doc = parsed.document;
    expect(doc.actors).toHaveLength(actors);
    expect(doc.relations).toHaveLength(relations);
    expect(new Set(doc.relations.map((r) => r.type))).toEqual(new Set(['cooperation']));
    expect(doc.sources).toHaveLength(1);
    expect(doc.description).toBeTruthy();
  });

  it.each(FIXTURES)('$name has reference positions for every actor', ({ name }) => {
    const doc = JSON.parse(read(`${name}.json`)) as { actors: { id: string }[] };
    const positions = JSON.parse(read(`${name}.positions.json`)) as Record<'kamadaKawai' | 'spring', Record<string, [number, number]>> & {
      crossings: Record<string, number>;
    };
    const ids = doc.actors.map((a) => a.id).sort();
    for (const layout of ['kamadaKawai', 'spring'] as const) {
      expect(Object.keys(positions[layout]).sort()).toEqual(ids);
      for (const point of Object.values(positions[layout])) expect(point.every(Number.isFinite) && point.length === 2).toBe(true);
      expect(Number.isInteger(positions.crossings[layout]) && positions.crossings[layout]! >= 0).toBe(true);
    }
  });
});

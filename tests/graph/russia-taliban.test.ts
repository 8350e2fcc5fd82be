import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { parseDocument } from '../../src/model/validate.ts';

const FILE = 'graph/russia-taliban-2016.json';
const ARTICLE = '../shared/sources/ramani-2016-russia-and-the-taliban.txt';
const HEADINGS = [
  'The Link Between Russia-Taliban Cooperation and Afghanistan’s Political Stability',
  'Why Russia Views the Taliban as a Security Partner in Afghanistan',
];

function load(): GraphDocument {
  const result = parseDocument(readFileSync(FILE, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

/** The article's body paragraphs, ¶1 being the one that opens "On December 8, 2016". */
function paragraphs(): string[] {
  const lines = readFileSync(ARTICLE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines.findIndex((l) => l.startsWith('On December 8, 2016'));
  const last = lines.findIndex((l) => l.startsWith('No comments'));
  return lines.slice(first, last).filter((l) => !HEADINGS.includes(l));
}

describe('the Russia–Taliban 2016 graph', () => {
  const doc = load();
  const relation = (id: string) => doc.relations.find((r) => r.id === id)!;

  it('holds the nine actors of the brief', () => {
    const labels = doc.actors.map((a) => a.label);
    for (const label of ['Russia', 'Taliban', 'United States', 'Afghan government', 'ISIS', 'China', 'Iran', 'India', 'Tajikistan']) {
      expect(labels).toContain(label);
    }
  });

  it('uses all three relation types', () => {
    expect(new Set(doc.relations.map((r) => r.type))).toEqual(new Set(['cooperation', 'hostility', 'contested']));
  });

  it('gives every relation evidence with a locator, a quote and a claimant', () => {
    for (const r of doc.relations) {
      expect(r.evidence?.length, r.id).toBeGreaterThan(0);
      for (const e of r.evidence ?? []) {
        expect(e.locator, r.id).toMatch(/^¶\d+$/);
        expect(e.quote, r.id).toBeTruthy();
        expect(e.claimant, r.id).toBeTruthy();
        expect(e.quote!.split(/\s+/).length, `${r.id}: ${e.quote}`).toBeLessThanOrEqual(20);
      }
    }
  });

  it('keeps hostility in the 1990s apart from cooperation since 2007', () => {
    expect(relation('russia-taliban-1990s')).toMatchObject({ type: 'hostility', start: '1990', end: '1999' });
    expect(relation('russia-taliban-since-2007')).toMatchObject({ type: 'cooperation', start: '2007' });
    expect(relation('russia-taliban-since-2007').end).toBeUndefined();
  });

  it('marks the single-outlet arms report as contested, dated October 2015', () => {
    expect(relation('russia-taliban-arms')).toMatchObject({ type: 'contested', start: '2015-10', directed: true });
    expect(relation('russia-taliban-arms').evidence![0]!.claimant).toBe('a high-level Taliban official, via The Daily Beast');
  });

  it('keeps the article’s Kunduz wording with a note', () => {
    const kunduz = relation('russia-taliban-counterterrorism').evidence!.find((e) => e.quote!.includes('Kunduz'))!;
    expect(kunduz.note).toMatch(/province of Afghanistan/);
  });

  it.skipIf(!existsSync(ARTICLE))('quotes each paragraph exactly', () => {
    const body = paragraphs();
    expect(body).toHaveLength(17);
    for (const r of doc.relations) {
      for (const e of r.evidence ?? []) {
        const n = Number(e.locator!.slice(1));
        expect(body[n - 1], `${r.id} ${e.locator}`).toContain(e.quote);
      }
    }
  });
});

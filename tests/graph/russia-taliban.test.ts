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
  const lines = readFileSync(ARTICLE, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
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

  it('marks the single-outlet arms report as contested, begun no later than its October 2015 report', () => {
    for (const id of ['russia-taliban-arms', 'russia-tajikistan-arms', 'tajikistan-taliban-arms']) {
      expect(relation(id), id).toMatchObject({ type: 'contested', start: '2015-10', startBound: 'no-later-than', directed: true });
      expect(relation(id).evidence![0], id).toMatchObject({
        claimant: 'a high-level Taliban official, via The Daily Beast',
        date: '2015-10',
      });
    }
  });

  it('dates the intelligence sharing by its revelation, as begun no later than December 2015', () => {
    const sharing = relation('russia-taliban-counterterrorism');
    expect(sharing).toMatchObject({ start: '2015-12', startBound: 'no-later-than' });
    expect(sharing.evidence!.find((e) => e.locator === '¶12')).toMatchObject({
      claimant: expect.stringMatching(/^Maria Zakharova/),
      date: '2015-12',
    });
    expect(doc.version).toBe(1.1);
  });

  it('dates each fight against ISIS by the passage that places it, never from before ISIS is spoken of', () => {
    const bounds = Object.fromEntries(
      ['taliban-isis', 'russia-isis', 'syrian-government-isis', 'nato-isis', 'afghan-government-isis'].map((id) => [
        id,
        [relation(id).start, relation(id).startBound, relation(id).end],
      ]),
    );
    expect(bounds).toEqual({
      'taliban-isis': ['2015-12', 'no-later-than', undefined],
      'russia-isis': ['2015-12', 'no-later-than', undefined],
      'syrian-government-isis': ['2016', 'no-later-than', undefined],
      'nato-isis': ['2016-12', 'no-later-than', undefined],
      'afghan-government-isis': ['2016-12', 'no-later-than', undefined],
    });
    expect(relation('russia-isis').evidence!.find((e) => e.locator === '¶12')).toMatchObject({ date: '2015-12' });
  });

  it('holds the three relations the first reading missed, each typed with a note', () => {
    expect(relation('russia-taliban-arms-embargo')).toMatchObject({
      source: 'russia',
      target: 'taliban',
      type: 'hostility',
      start: '2015-10',
      startBound: 'no-later-than',
    });
    expect(relation('russia-taliban-arms-embargo').evidence!.map((e) => e.locator)).toEqual(['¶14']);
    expect(relation('russia-drug-traffickers')).toMatchObject({ source: 'russia', target: 'drug-traffickers', type: 'hostility' });
    expect(relation('russia-drug-traffickers').evidence!.map((e) => e.locator)).toEqual(['¶8', '¶9']);
    expect(relation('taliban-drug-sales-to-russia')).toMatchObject({ source: 'taliban', target: 'russia', type: 'hostility' });
    expect(relation('taliban-drug-sales-to-russia').evidence!.map((e) => e.locator)).toEqual(['¶11', '¶12']);
    expect(relation('taliban-drug-sales-to-russia').start).toBeUndefined();
    for (const id of ['russia-taliban-arms-embargo', 'russia-drug-traffickers', 'taliban-drug-sales-to-russia']) {
      expect(relation(id).note, id).toMatch(/^(Typed hostility|Russia’s part in)/);
    }
    expect(doc.relations).toHaveLength(37);
  });

  it('credits each claim to whom the article gives it, in the article’s words', () => {
    expect(relation('russia-isis').evidence!.find((e) => e.locator === '¶2')!.claimant).toBe(
      'Russian diplomats, as reported by Samuel Ramani',
    );
    const critics = relation('russia-afghan-government-undermining').evidence!.find((e) => e.locator === '¶6')!.claimant!;
    expect(critics).toContain('General John Nicholson, a leading U.S. military commander in Afghanistan');
  });

  it('says no more than the text in labels and notes', () => {
    expect(relation('russia-chechen-rebels').label).toBe('at odds over the Chechen rebels the Taliban sponsored');
    expect(relation('tajikistan-taliban-arms').label).toBe('encouraged by Moscow to facilitate arms shipments, if true');
    const hostages = relation('russia-taliban-hostages-1996').evidence![0]!.note!;
    expect(hostages).toBe('Zamir Kabulov, now Russia’s special envoy to Afghanistan, led the negotiation.');
    expect(relation('afghan-government-drug-traffickers').evidence![0]!.note).toMatch(
      /^Stoner’s reason for what the article calls a bold claim: that Russia sees the Taliban/,
    );
  });

  it('marks what descriptions and notes add from outside the article as background', () => {
    const actor = (id: string) => doc.actors.find((a) => a.id === id)!;
    expect(actor('tajikistan').description).toContain('Background, not from the article: Afghanistan’s northern neighbour.');
    expect(actor('chechen-rebels').description).toContain('Background, not from the article: separatist fighters');
    const kunduz = relation('russia-taliban-counterterrorism').evidence!.find((e) => e.quote!.includes('Kunduz'))!;
    expect(kunduz.note).toMatch(/^Background, not from the article: Kunduz is a province of Afghanistan/);
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

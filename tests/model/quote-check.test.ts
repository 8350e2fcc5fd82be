import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuote, checkQuotes, closestPassage, findQuote, normaliseQuote } from '../../src/model/quote-check.ts';
import { sourceParagraphs } from '../../src/model/source-text.ts';
import { seedDocument } from '../seed.ts';

const ARTICLE = '../shared/sources/ramani-2016-russia-and-the-taliban.txt';

const paragraphs = [
  'The harbour council met the river guild on 3 May. Both sides agreed to share the customs post.',
  'Later the guild’s envoy — a former judge — said the council had “never kept a promise”.',
  'By winter the two were trading again, though the guild still blamed the council for the flood.',
];

describe('normaliseQuote', () => {
  it('makes white space runs one space, quotes straight and dashes hyphens, and nothing else', () => {
    expect(normaliseQuote('  “It’s  over”\n— he said –  AGAIN  ')).toBe('"It\'s over" - he said - AGAIN');
  });
});

describe('checkQuote', () => {
  it('finds a quote in its cited paragraph, across curly quotes, dashes and line breaks', () => {
    expect(checkQuote({ quote: 'envoy - a former\n judge - said the council had "never kept', locator: '¶2' }, paragraphs)).toEqual({
      status: 'found',
      span: { paragraph: 2, start: 18, end: 75 },
    });
    expect(paragraphs[1]!.slice(18, 75)).toBe('envoy — a former judge — said the council had “never kept');
  });

  it('offers the right locator for a quote found in another paragraph', () => {
    expect(checkQuote({ quote: 'trading again', locator: '¶1' }, paragraphs)).toEqual({
      status: 'elsewhere',
      span: { paragraph: 3, start: 23, end: 36 },
      locator: '¶3',
    });
    expect(paragraphs[2]!.slice(23, 36)).toBe('trading again');
    expect(checkQuote({ quote: 'trading again', locator: 'p. 4' }, paragraphs)).toMatchObject({ status: 'elsewhere', locator: '¶3' });
  });

  it('shows the closest passage for a quote found nowhere: case and spelling must match', () => {
    expect(checkQuote({ quote: 'both sides agreed to share the customs post', locator: '¶1' }, paragraphs)).toEqual({
      status: 'missing',
      closest: {
        paragraph: 1,
        start: 50,
        end: 94,
        passage: 'Both sides agreed to share the customs post.',
        likeness: expect.closeTo(0.955, 3),
      },
    });
    expect(closestPassage(paragraphs, 'the guild still blames the council for floods')).toMatchObject({
      paragraph: 3,
      passage: 'the guild still blamed the council for the flood.',
    });
  });

  it('checks nothing when the evidence quotes nothing', () => {
    expect(checkQuote({ locator: '¶1' }, paragraphs)).toBeNull();
    expect(findQuote(paragraphs, '   ')).toBeNull();
  });
});

describe.skipIf(!existsSync(ARTICLE))('checkQuotes on the seed graph and its article', () => {
  // Read in each test: a skipped suite's body still runs, where the article is missing.
  const article = () => new Map([['ramani-2016', sourceParagraphs(readFileSync(ARTICLE, 'utf8'))]]);

  it('finds all 60 quotes where they are cited', () => {
    const checks = checkQuotes(seedDocument(), article());
    expect(checks).toHaveLength(60);
    expect(checks.filter((c) => c.check.status !== 'found')).toEqual([]);
  });

  it('names an altered quote and a moved locator', () => {
    const doc = seedDocument();
    const first = doc.relations[0]!.evidence![0]!;
    first.quote = first.quote!.replace('soured', 'sweetened');
    doc.relations[1]!.evidence![0]!.locator = '¶1';
    const wrong = checkQuotes(doc, article()).filter((c) => c.check.status !== 'found');
    expect(wrong.map((c) => [c.relation, c.index, c.check.status])).toEqual([
      [doc.relations[0]!.id, 0, 'missing'],
      [doc.relations[1]!.id, 0, 'elsewhere'],
    ]);
    expect(wrong[0]!.check).toMatchObject({
      closest: { paragraph: 8, passage: 'Russia’s relationship with the Taliban soured during the 1990s' },
    });
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphOfLocator, PARAGRAPH_MIN_WORDS, sourceBlocks, sourceParagraphs, textFormatOf } from '../../src/model/source-text.ts';

const ARTICLE = '../shared/sources/ramani-2016-russia-and-the-taliban.txt';

/** A paragraph of `n` words, each naming its place, so that a test can tell paragraphs apart. */
const words = (tag: string, n = PARAGRAPH_MIN_WORDS) => Array.from({ length: n }, (_, i) => `${tag}${i + 1}`).join(' ');

describe('sourceBlocks', () => {
  it('numbers blocks of at least 20 words and shows shorter ones unnumbered', () => {
    const text = [
      'Harbour Accord',
      '',
      'By A. Writer',
      '',
      words('a'),
      '',
      'A heading of few words',
      '',
      words('b', 19),
      '',
      words('c'),
    ].join('\n');
    expect(sourceBlocks(text).map((b) => [b.text.slice(0, 16), b.paragraph])).toEqual([
      ['Harbour Accord', null],
      ['By A. Writer', null],
      ['a1 a2 a3 a4 a5 a', 1],
      ['A heading of few', null],
      ['b1 b2 b3 b4 b5 b', null],
      ['c1 c2 c3 c4 c5 c', 2],
    ]);
  });

  it('joins the lines of a wrapped paragraph with single spaces', () => {
    const text = `first ${words('x', 10)}\n   ${words('y', 10)}  \n\n\n${words('z')}`;
    expect(sourceParagraphs(text)).toEqual([`first ${words('x', 10)} ${words('y', 10)}`, words('z')]);
  });

  it('takes every line as a block in a text without blank lines', () => {
    expect(sourceParagraphs(`${words('a')}\r\n${words('b')}\r\n`)).toEqual([words('a'), words('b')]);
  });

  it('never numbers a Markdown heading, and drops emphasis, links and list marks', () => {
    const text = `# ${words('h', 25)}\n\n**Bold** and *slanted* [linked words](https://example.org/x) \`code\` ${words('p', 16)}\n\n- ${words('l')}`;
    expect(sourceBlocks(text, 'markdown')).toEqual([
      { text: words('h', 25), paragraph: null, heading: true },
      { text: `Bold and slanted linked words code ${words('p', 16)}`, paragraph: 1, heading: false },
      { text: words('l'), paragraph: 2, heading: false },
    ]);
  });

  it('reads HTML by its block elements, headings unnumbered, scripts and tags dropped', () => {
    const html =
      `<html><head><title>T</title><style>p{}</style></head><body><h2>${words('h', 22)}</h2>` +
      `<p>Envoys&nbsp;met &ldquo;in secret&rdquo; &amp; <em>agreed</em>: ${words('p')}</p><script>alert(1)</script>` +
      `<div>${words('d')}<br>${words('e', 3)}</div></body></html>`;
    expect(sourceBlocks(html, 'html')).toEqual([
      { text: words('h', 22), paragraph: null, heading: true },
      { text: `Envoys met “in secret” & agreed: ${words('p')}`, paragraph: 1, heading: false },
      { text: `${words('d')} ${words('e', 3)}`, paragraph: 2, heading: false },
    ]);
  });
});

describe('textFormatOf and paragraphOfLocator', () => {
  it('tells formats by file name and reads ¶N locators only', () => {
    expect(['brief.TXT', 'notes.md', 'page.htm', 'page.html', 'README.markdown', 'x'].map(textFormatOf)).toEqual([
      'text',
      'markdown',
      'html',
      'html',
      'markdown',
      'text',
    ]);
    expect(['¶7', ' ¶ 12 ', 'p. 12', '¶', undefined].map(paragraphOfLocator)).toEqual([7, 12, null, null, null]);
  });
});

describe.skipIf(!existsSync(ARTICLE))('the rule on the seed graph’s article', () => {
  it('numbers its 17 body paragraphs from “On December 8, 2016” as the seed graph’s locators do', () => {
    const blocks = sourceBlocks(readFileSync(ARTICLE, 'utf8'));
    const body = blocks.filter((b) => b.paragraph !== null);
    expect(body).toHaveLength(17);
    expect(body[0]!.text.startsWith('On December 8, 2016')).toBe(true);
    expect(body[16]!.text.startsWith('Samuel Ramani is a DPhil candidate')).toBe(true);
    expect(blocks.filter((b) => b.paragraph === null).map((b) => b.text)).toEqual([
      'Pages',
      '31 December 2016',
      'Russia and the Taliban: A Closer Look',
      'By Samuel Ramani',
      'Why is Putin reaching out to the Afghan Taliban?',
      'The Link Between Russia-Taliban Cooperation and Afghanistan’s Political Stability',
      'Why Russia Views the Taliban as a Security Partner in Afghanistan',
      'No comments:',
      'Post a Comment',
    ]);
  });
});

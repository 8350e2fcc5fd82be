/**
 * The relations table with the quotes checked against the harbour brief's text: each row's
 * evidence cell says how its quotes fare, in words, and nothing when none of them was checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph-table.ts';
import type { ActorGraphTable } from '../../src/components/actor-graph-table.ts';
import { DARK_PALETTE, TOKEN_PROPERTIES, type Token } from '../../src/components/theme.styles.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { checkQuotes, type QuoteCheck } from '../../src/model/quote-check.ts';
import { sourceParagraphs } from '../../src/model/source-text.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import briefText from '../fixtures/brief/harbour-brief.md?raw';
import { mountPanel } from '../support/panels.ts';
import { axeViolations } from '../support/axe.ts';

const brief = harbour as unknown as GraphDocument;
const paragraphs = new Map([['coastal-desk', sourceParagraphs(briefText, 'markdown')]]);
const checksOf = (document: GraphDocument): Map<string, QuoteCheck> =>
  new Map(checkQuotes(document, paragraphs).map((c) => [`${c.relation}#${c.index}`, c.check]));

/**
 * The brief with the promise's second quote cited at ¶2 (it is in ¶3) and a third quote found
 * nowhere, the league's quote altered, and a piece of evidence with no quote on the accord.
 */
function altered(): GraphDocument {
  const document = structuredClone(brief);
  const [accord, promise, league] = document.relations;
  promise!.evidence![1]!.locator = '¶2';
  promise!.evidence!.push({ source: 'coastal-desk', locator: '¶3', quote: 'the minutes mention the dykes twice' });
  league!.evidence![0]!.quote = 'has lent the council three engineers and a boat';
  accord!.evidence!.push({ source: 'coastal-desk', locator: '¶1' });
  return document;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** Each row's relation id and evidence cell. */
const cells = (el: ActorGraphTable) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [(row as HTMLElement).dataset.id, text(row.querySelector('td.number'))]);

async function mount(document: GraphDocument, checks?: Map<string, QuoteCheck>): Promise<ActorGraphTable> {
  const el = await mountPanel<ActorGraphTable>('actor-graph-table', loadGraph(document));
  if (checks) {
    el.quoteChecks = checks;
    await el.updateComplete;
  }
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-table> with quote checks', () => {
  it('gives only the number of pieces of evidence until quotes are checked', async () => {
    const el = await mount(brief);
    expect(cells(el)).toEqual([
      ['council-guild-accord', '1'],
      ['guild-council-promise', '2'],
      ['league-council', '1'],
    ]);
  });

  it('says when every quote of a row is found', async () => {
    const el = await mount(brief, checksOf(brief));
    expect(cells(el)).toEqual([
      ['council-guild-accord', '1, 1 quote found'],
      ['guild-council-promise', '2, 2 quotes found'],
      ['league-council', '1, 1 quote found'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll('.quotes')].map(text)).toEqual(['1 quote found', '2 quotes found', '1 quote found']);
  });

  it('counts found, found in another paragraph and not found, leaving out evidence with no quote', async () => {
    const document = altered();
    const el = await mount(document, checksOf(document));
    expect([...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => text(row.querySelector('.quotes')))).toEqual([
      '1 quote found',
      '3 quotes: 1 found, 1 found in another paragraph, 1 not found',
      '1 quote not found',
    ]);
    // A row none of whose quotes was checked says nothing of them.
    el.quoteChecks = new Map([...checksOf(document)].filter(([key]) => !key.startsWith('league-council#')));
    await el.updateComplete;
    expect(cells(el)[2]).toEqual(['league-council', '1']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const document = altered();
      const el = await mount(document, checksOf(document));
      const page = window.document.createElement('main');
      if (theme === 'dark') {
        for (const token of Object.keys(DARK_PALETTE) as Token[]) page.style.setProperty(TOKEN_PROPERTIES[token], DARK_PALETTE[token]);
        page.style.background = DARK_PALETTE.background;
      }
      page.append(el);
      window.document.body.append(page);
      el.selected = 'guild-council-promise';
      await el.updateComplete;
      expect(await axeViolations()).toEqual([]);
    });
  }
});

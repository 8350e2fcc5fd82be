/**
 * The details panel while editing, and with a source's text loaded: Edit and Delete requests,
 * each quote's check in words, Use ¶N and Show in source. The quotes of the harbour brief are
 * checked against its text, as the explorer checks them; a locator moved and a quote altered
 * give the other two marks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-details.ts';
import type { ActorGraphDetails } from '../../src/components/actor-graph-details.ts';
import type { EditRequestDetail, EvidenceShowDetail, LocatorFixDetail } from '../../src/components/events.ts';
import { DARK_PALETTE, TOKEN_PROPERTIES, type Token } from '../../src/components/theme.styles.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { loadGraph } from '../../src/model/graph.ts';
import { checkQuotes, type QuoteCheck } from '../../src/model/quote-check.ts';
import { sourceParagraphs } from '../../src/model/source-text.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import briefText from '../fixtures/brief/harbour-brief.md?raw';
import { listen } from '../support/panels.ts';
import { axeViolations } from '../support/axe.ts';

const brief = harbour as unknown as GraphDocument;
const paragraphs = new Map([['coastal-desk', sourceParagraphs(briefText, 'markdown')]]);

/** Each quote's check by `relation#index`, as the panel takes them. */
const checksOf = (document: GraphDocument): Map<string, QuoteCheck> =>
  new Map(checkQuotes(document, paragraphs).map((c) => [`${c.relation}#${c.index}`, c.check]));

/** The brief with the second quote of the promise cited at ¶2 (it is in ¶3), and the league's quote altered. */
function altered(): GraphDocument {
  const document = structuredClone(brief);
  document.relations[1]!.evidence![1]!.locator = '¶2';
  document.relations[2]!.evidence![0]!.quote = 'has lent the council three engineers and a boat';
  return document;
}

const $ = (el: ActorGraphDetails, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ActorGraphDetails, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** What a screen reader calls each button. */
const names = (el: ActorGraphDetails, selector = 'button') => $$(el, selector).map((b) => b.getAttribute('aria-label') ?? text(b));

async function make(
  selected: string,
  setup: (el: ActorGraphDetails) => void = () => {},
  document: GraphDocument = brief,
  theme: 'light' | 'dark' = 'light',
): Promise<ActorGraphDetails> {
  const page = window.document.createElement('main');
  if (theme === 'dark') {
    for (const token of Object.keys(DARK_PALETTE) as Token[]) page.style.setProperty(TOKEN_PROPERTIES[token], DARK_PALETTE[token]);
    page.style.colorScheme = 'dark';
    page.style.background = DARK_PALETTE.background;
  }
  const el = window.document.createElement('actor-graph-details');
  el.graph = loadGraph(document);
  el.selected = selected;
  setup(el);
  page.append(el);
  window.document.body.append(page);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-details> while editing', () => {
  it('shows no edit button, check or Show in source until asked', async () => {
    const el = await make('guild-council-promise');
    expect(el.editing).toBe(false);
    expect([$$(el, '.edit-actions, .evidence-actions, .check').length, $$(el, 'button').length]).toEqual([0, 2]);
  });

  it('asks to edit or delete the actor shown, its buttons naming it', async () => {
    const el = await make('council', (d) => (d.editing = true));
    const requests = listen<EditRequestDetail>(el, 'edit-request');
    expect($$(el, '.edit-actions button').map(text)).toEqual(['Edit', 'Delete']);
    expect(names(el, '.edit-actions button')).toEqual(['Edit actor Harbour council', 'Delete actor Harbour council']);
    await userEvent.click($(el, 'button.edit')!);
    await userEvent.click($(el, 'button.delete')!);
    expect(requests).toEqual([
      { action: 'edit', what: 'actor', id: 'council' },
      { action: 'delete', what: 'actor', id: 'council' },
    ]);
  });

  it('asks to edit or delete the relation shown and each piece of evidence, every button named apart', async () => {
    const el = await make('guild-council-promise', (d) => (d.editing = true));
    const requests = listen<EditRequestDetail>(el, 'edit-request');
    expect(names(el, '.edit-actions button')).toEqual([
      'Edit relation River guild and Harbour council',
      'Delete relation River guild and Harbour council',
    ]);
    expect($$(el, '.evidence-actions button').map(text)).toEqual(['Edit', 'Delete', 'Edit', 'Delete']);
    expect(names(el, '.evidence-actions button')).toEqual(['Edit evidence 1', 'Delete evidence 1', 'Edit evidence 2', 'Delete evidence 2']);
    const all = names(el);
    expect(new Set(all).size).toBe(all.length);
    await userEvent.click($(el, 'button.edit')!);
    await userEvent.click($$(el, 'button.edit-evidence')[1]!);
    await userEvent.click($$(el, 'button.delete-evidence')[1]!);
    await userEvent.click($(el, 'button.delete')!);
    expect(requests).toEqual([
      { action: 'edit', what: 'relation', id: 'guild-council-promise' },
      { action: 'edit', what: 'evidence', id: 'guild-council-promise', index: 1 },
      { action: 'delete', what: 'evidence', id: 'guild-council-promise', index: 1 },
      { action: 'delete', what: 'relation', id: 'guild-council-promise' },
    ]);
    // Turned off, the buttons go.
    el.editing = false;
    await el.updateComplete;
    expect($$(el, '.edit-actions, .evidence-actions')).toEqual([]);
  });
});

describe('<actor-graph-details> with a source’s text', () => {
  it('marks a quote found where its locator says', async () => {
    const el = await make('guild-council-promise', (d) => (d.quoteChecks = checksOf(brief)));
    expect($$(el, '.evidence > li').map((li) => text(li.querySelector('.check')))).toEqual(['✓ Quote found in ¶2', '✓ Quote found in ¶3']);
    expect($$(el, '.check .sign').map((sign) => sign.getAttribute('aria-hidden'))).toEqual(['true', 'true']);
  });

  it('offers the locator of the paragraph a quote is in, and Use ¶3 fires locator-fix', async () => {
    const document = altered();
    const el = await make('guild-council-promise', (d) => (d.quoteChecks = checksOf(document)), document);
    const fixes = listen<LocatorFixDetail>(el, 'locator-fix');
    const items = $$(el, '.evidence > li');
    expect(text(items[0]!.querySelector('.check'))).toBe('✓ Quote found in ¶2');
    expect(text(items[1]!.querySelector('.check p'))).toBe('⚠ Quote found in ¶3, not ¶2');
    const use = items[1]!.querySelector<HTMLButtonElement>('button.use-locator')!;
    expect([text(use), use.getAttribute('aria-label')]).toEqual(['Use ¶3', 'Use ¶3 for evidence 2']);
    use.focus();
    await userEvent.keyboard('{Enter}');
    expect(fixes).toEqual([{ relation: 'guild-council-promise', index: 1, locator: '¶3' }]);

    // With no locator at all, it says so.
    delete document.relations[1]!.evidence![1]!.locator;
    el.graph = loadGraph(document);
    el.quoteChecks = checksOf(document);
    await el.updateComplete;
    expect(text($$(el, '.evidence > li')[1]!.querySelector('.check p'))).toBe('⚠ Quote found in ¶3; no locator is given');
  });

  it('says when a quote is not found, naming the source and showing the closest passage', async () => {
    const document = altered();
    const el = await make('league-council', (d) => (d.quoteChecks = checksOf(document)), document);
    expect(text($(el, '.check'))).toBe(
      '✗ Quote not found in The Harbour Dispute. Closest, in ¶4 (81% alike): “has lent the council two engineers and a”',
    );
    expect($(el, '.check button')).toBeNull();
  });

  it('offers Show in source for evidence whose source’s text is loaded, firing evidence-show', async () => {
    const el = await make('guild-council-promise', (d) => (d.texts = new Set(['coastal-desk'])));
    const shows = listen<EvidenceShowDetail>(el, 'evidence-show');
    expect($$(el, 'button.show-in-source').map(text)).toEqual(['Show in source', 'Show in source']);
    expect(names(el, 'button.show-in-source')).toEqual(['Show in source: evidence 1', 'Show in source: evidence 2']);
    await userEvent.click($$(el, 'button.show-in-source')[1]!);
    await userEvent.click($$(el, 'button.show-in-source')[0]!);
    expect(shows).toEqual([
      { relation: 'guild-council-promise', index: 1 },
      { relation: 'guild-council-promise', index: 0 },
    ]);
    // No button for a source whose text is not loaded.
    el.texts = new Set(['elsewhere']);
    await el.updateComplete;
    expect($$(el, 'button.show-in-source')).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme with every mark and button shown`, async () => {
      const document = altered();
      const setup = (d: ActorGraphDetails) => {
        d.editing = true;
        d.texts = new Set(['coastal-desk']);
        d.quoteChecks = checksOf(document);
      };
      const violations = () => axeViolations();
      const el = await make('guild-council-promise', setup, document, theme);
      expect(await violations()).toEqual([]);
      el.selected = 'league-council';
      await el.updateComplete;
      expect(await violations()).toEqual([]);
    });
  }
});

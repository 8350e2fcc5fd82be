/**
 * `<actor-graph-sources>` on a brief of our own (tests/fixtures/brief/harbour-brief.md): its
 * numbered paragraphs, a text opened from a file and pasted, words selected and cited, a
 * selection that cannot be cited, the typed quote, a passage shown, the mark's contrast, and axe.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-sources.ts';
import type { ActorGraphSources } from '../../src/components/actor-graph-sources.ts';
import { ACROSS_PARAGRAPHS, NOT_NUMBERED } from '../../src/components/actor-graph-sources.text.ts';
import type { EvidenceCiteDetail, SourceTextDetail } from '../../src/components/events.ts';
import { DARK_PALETTE, LIGHT_PALETTE, TOKEN_PROPERTIES, type Palette, type Token } from '../../src/components/theme.styles.ts';
import type { Source } from '../../src/model/format.ts';
import brief from '../fixtures/brief/harbour-brief.md?raw';
import { contrast } from '../support/contrast.ts';
import { watchUncaught } from '../support/uncaught.ts';
import { axeViolations } from '../support/axe.ts';

const HARBOUR: Source = { id: 'harbour', title: 'The Harbour Dispute' };
const TEXTS = new Map([['harbour', { name: 'harbour-brief.md', text: brief, format: 'markdown' as const }]]);
const RELATION = { id: 'council-guild', label: 'Harbour council – River guild' };
const PARAGRAPH_2 =
  'After the flood of 2022, the guild’s envoy accused the council of “never keeping a promise” about the dykes, and the guild stopped paying its share of the watchmen’s wages for eleven months.';

interface Mounted {
  el: ActorGraphSources;
  texts: SourceTextDetail[];
  cites: EvidenceCiteDetail[];
}

let stopWatching: () => string[];
beforeEach(() => {
  stopWatching = watchUncaught();
});
afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
  expect(stopWatching()).toEqual([]);
});

/** The pane in a landmark under a heading, as the explorer's side column puts it, in the theme's colours. */
async function mount(setup: (el: ActorGraphSources) => void, palette: Palette = LIGHT_PALETTE): Promise<Mounted> {
  const main = Object.assign(document.createElement('main'), { ariaLabel: 'Sources' });
  for (const [token, name] of Object.entries(TOKEN_PROPERTIES)) main.style.setProperty(name, palette[token as Token]);
  main.style.background = palette.background;
  const heading = Object.assign(document.createElement('h2'), { textContent: 'Sources' });
  heading.style.color = palette.text;
  const el = document.createElement('actor-graph-sources');
  setup(el);
  const mounted: Mounted = { el, texts: [], cites: [] };
  el.addEventListener('source-text', (event) => mounted.texts.push(event.detail));
  el.addEventListener('evidence-cite', (event) => mounted.cites.push(event.detail));
  main.append(heading, el);
  document.body.append(main);
  await el.updateComplete;
  return mounted;
}

/** The pane showing the brief, for the relation between the council and the guild. */
const showingBrief = (el: ActorGraphSources) => {
  el.sources = [HARBOUR];
  el.texts = TEXTS;
  el.relation = RELATION;
  el.claimants = ['the guild’s envoy', 'the council’s clerk'];
};

const inPane = <T extends Element = HTMLElement>(el: ActorGraphSources, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

const button = (el: ActorGraphSources, name: string): HTMLButtonElement => {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

/** The text node of paragraph N as drawn. */
const textOf = (el: ActorGraphSources, n: number): Text =>
  [...inPane(el, `#para-${n}`).childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE)!;

/** Selects, as a pointer would, from `from` to `to` (each a text node and an offset). */
function select(from: [Node, number], to: [Node, number]): void {
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Selects `words` (with `around` characters more on each side) in paragraph N. */
function selectWords(el: ActorGraphSources, n: number, words: string, around = 0): void {
  const text = textOf(el, n);
  const at = text.data.indexOf(words);
  expect(at).toBeGreaterThanOrEqual(0);
  select([text, at - around], [text, at + words.length + around]);
}

describe('<actor-graph-sources>', () => {
  it('numbers the paragraphs of 20 words or more, and shows the title, byline and headings unnumbered', async () => {
    const { el } = await mount(showingBrief);
    const numbered = [...el.shadowRoot!.querySelectorAll('.numbered')].map((block) => [
      block.querySelector('.number [aria-hidden]')!.textContent,
      block.querySelector('p')!.id,
    ]);
    expect(numbered).toEqual([
      ['¶1', 'para-1'],
      ['¶2', 'para-2'],
      ['¶3', 'para-3'],
      ['¶4', 'para-4'],
    ]);
    expect(inPane(el, '#para-2').textContent).toBe(PARAGRAPH_2);
    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['The Harbour Dispute', 'A quarrel over the flood', 'Outsiders']);
    const unnumbered = [...el.shadowRoot!.querySelectorAll('.unnumbered p')].map((p) => p.textContent);
    expect(unnumbered).toEqual(['By the Coastal Desk, 4 March 2024']);
    const region = inPane(el, '[role="region"]');
    expect([region.getAttribute('aria-label'), region.tabIndex]).toEqual(['Text of The Harbour Dispute', 0]);
  });

  it('opens a file for a new source, asking first for its title', async () => {
    const { el, texts } = await mount((el) => (el.sources = []));
    expect(inPane<HTMLSelectElement>(el, '#for-source').selectedOptions[0]!.textContent).toBe('New source…');
    const input = inPane<HTMLInputElement>(el, '#text-file');
    const pick = () => {
      const files = new DataTransfer();
      files.items.add(new File([brief], 'harbour-brief.md', { type: 'text/markdown' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick();
    await expect.poll(() => el.shadowRoot!.querySelector('#new-title-problem')?.textContent).toBe('A new source needs a title.');
    expect(inPane(el, '#new-title').getAttribute('aria-invalid')).toBe('true');
    expect(texts).toEqual([]);
    // The file stays chosen while the title is asked for, the focus on the title.
    expect(inPane(el, '#held-file').textContent.replace(/\s+/g, ' ').trim()).toBe('Chosen: harbour-brief.md, not opened yet.');
    await expect.poll(() => el.shadowRoot!.activeElement).toBe(inPane(el, '#new-title'));

    await userEvent.keyboard('  The Harbour Dispute {Enter}');
    await expect.poll(() => texts.length).toBe(1);
    expect(texts[0]).toEqual({
      source: { id: 'the-harbour-dispute', title: 'The Harbour Dispute' },
      isNew: true,
      name: 'harbour-brief.md',
      text: brief,
      format: 'markdown',
    });
    expect(el.shadowRoot!.querySelector('#held-file')).toBeNull();
  });

  it('keeps a file picked for a new source with no title, and opens it from its button once the title is given', async () => {
    const { el, texts } = await mount((el) => (el.sources = [HARBOUR]));
    await userEvent.selectOptions(inPane<HTMLSelectElement>(el, '#for-source'), 'New source…');
    const files = new DataTransfer();
    files.items.add(new File(['The ferry ran again in 2023.'], 'ferry notes.txt', { type: 'text/plain' }));
    const input = inPane<HTMLInputElement>(el, '#text-file');
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => el.shadowRoot!.querySelector('#new-title-problem')?.textContent).toBe('A new source needs a title.');
    // Pressed with the title still blank, the problem stays and so does the file.
    await userEvent.click(button(el, 'Open ferry notes.txt'));
    expect([inPane(el, '#new-title-problem').textContent, texts]).toEqual(['A new source needs a title.', []]);
    await userEvent.fill(inPane(el, '#new-title'), 'Ferry notes');
    await userEvent.click(button(el, 'Open ferry notes.txt'));
    await expect.poll(() => texts.length).toBe(1);
    expect(texts[0]).toEqual({
      source: { id: 'ferry-notes', title: 'Ferry notes' },
      isNew: true,
      name: 'ferry notes.txt',
      text: 'The ferry ran again in 2023.',
      format: 'text',
    });
    expect(el.shadowRoot!.querySelector('#held-file')).toBeNull();
  });

  it('gives a new source an id no other source has', async () => {
    const { el, texts } = await mount((el) => (el.sources = [{ id: 'the-harbour-dispute', title: 'Another' }, HARBOUR]));
    const choice = inPane<HTMLSelectElement>(el, '#for-source');
    expect(choice.selectedOptions[0]!.textContent).toBe('Choose a source…');
    await userEvent.selectOptions(choice, 'New source…');
    await userEvent.fill(inPane(el, '#new-title'), 'The Harbour Dispute');
    await userEvent.click(button(el, 'Paste text…'));
    await userEvent.fill(inPane(el, '#pasted'), 'Some words.');
    await userEvent.click(button(el, 'Use this text'));
    expect(texts.map((t) => t.source)).toEqual([{ id: 'the-harbour-dispute-2', title: 'The Harbour Dispute' }]);
  });

  it('takes pasted text for the one source, chosen already', async () => {
    const { el, texts } = await mount((el) => (el.sources = [HARBOUR]));
    expect(inPane<HTMLSelectElement>(el, '#for-source').selectedOptions[0]!.textContent).toBe('The Harbour Dispute');
    await userEvent.click(button(el, 'Paste text…'));
    await userEvent.click(button(el, 'Use this text'));
    expect(inPane(el, '#pasted-problem').textContent).toBe('Paste the text first.');
    await userEvent.fill(inPane(el, '#pasted'), PARAGRAPH_2);
    await userEvent.click(button(el, 'Use this text'));
    expect(texts).toEqual([{ source: HARBOUR, isNew: false, name: 'pasted text', text: PARAGRAPH_2, format: 'text' }]);
    await el.updateComplete;
    expect(inPane(el, '#paste').hidden).toBe(true);
  });

  it('cites words selected in a paragraph, exactly as the paragraph has them, with a claimant', async () => {
    const { el, cites } = await mount(showingBrief);
    const cite = button(el, 'Cite as evidence');
    expect(cite.disabled).toBe(true);
    expect(inPane(el, '#cite-for').textContent.trim()).toBe('for Harbour council – River guild');
    expect(cite.getAttribute('aria-describedby')).toBe('cite-for cite-hint');
    // The space on each side is selected too, and left out of the quote.
    selectWords(el, 2, 'accused the council of “never keeping a promise”', 1);
    await expect.poll(() => cite.disabled).toBe(false);
    expect(inPane(el, '#cite-hint').textContent).toBe('¶2: “accused the council of “never keeping a promise””');
    await userEvent.click(cite);
    const claimant = inPane<HTMLInputElement>(el, '#claimant');
    expect(el.shadowRoot!.activeElement).toBe(claimant);
    expect([...inPane(el, '#claimants').querySelectorAll('option')].map((o) => o.value)).toEqual([
      'the guild’s envoy',
      'the council’s clerk',
    ]);
    await userEvent.fill(claimant, 'the council’s clerk');
    await userEvent.click(button(el, 'Cite'));
    expect(cites).toEqual([
      {
        relation: 'council-guild',
        evidence: {
          source: 'harbour',
          locator: '¶2',
          quote: 'accused the council of “never keeping a promise”',
          claimant: 'the council’s clerk',
        },
      },
    ]);
    await expect.poll(() => inPane(el, '[role="status"]').textContent).toBe('Cited for Harbour council – River guild');
    expect(el.shadowRoot!.querySelector('#claimant')).toBeNull();
    expect(el.shadowRoot!.activeElement).toBe(inPane(el, '.text'));
  });

  it('takes a paragraph selected by a triple click as that paragraph alone', async () => {
    const { el } = await mount(showingBrief);
    // Chromium ends that selection at the start of the next block.
    await userEvent.tripleClick(inPane(el, '#para-2'));
    await expect.poll(() => inPane(el, '#cite-hint').textContent).toBe(`¶2: “${PARAGRAPH_2}”`);
    expect(button(el, 'Cite as evidence').disabled).toBe(false);
  });

  it('leaves "Cite as evidence" disabled for a selection across paragraphs or in a line not numbered, and says why', async () => {
    const { el } = await mount(showingBrief);
    const cite = button(el, 'Cite as evidence');
    select([textOf(el, 1), 150], [textOf(el, 2), 20]);
    await expect.poll(() => inPane(el, '#cite-hint').textContent).toBe(ACROSS_PARAGRAPHS);
    expect(cite.disabled).toBe(true);
    const byline = [...inPane(el, '.unnumbered p').childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    select([byline, 3], [byline, 10]);
    await expect.poll(() => inPane(el, '#cite-hint').textContent).toBe(NOT_NUMBERED);
    expect(cite.disabled).toBe(true);
    selectWords(el, 3, 'any promise');
    await expect.poll(() => cite.disabled).toBe(false);
  });

  it('cites a quote typed for a paragraph, in the source’s own characters, and says when the paragraph does not hold it', async () => {
    const { el, cites } = await mount((el) => {
      showingBrief(el);
      el.relation = null;
    });
    const quote = inPane<HTMLInputElement>(el, '#typed-quote');
    await userEvent.fill(quote, 'the guild stopped paying');
    await userEvent.click(button(el, 'Find and cite'));
    expect(inPane(el, '#typed-quote-problem').textContent).toBe('Not in ¶1: those words are in ¶2.');
    expect(quote.getAttribute('aria-invalid')).toBe('true');
    await userEvent.fill(quote, 'a promise kept');
    await userEvent.click(button(el, 'Find and cite'));
    expect(inPane(el, '#typed-quote-problem').textContent).toBe('Not found in ¶1.');

    // Straight quotes typed match the curly ones of the text, which the quote keeps.
    await userEvent.fill(quote, 'of "never keeping a promise"');
    await userEvent.selectOptions(inPane<HTMLSelectElement>(el, '#typed-paragraph'), '2');
    await userEvent.click(button(el, 'Find and cite'));
    await userEvent.click(button(el, 'Cite'));
    expect(cites).toEqual([{ relation: null, evidence: { source: 'harbour', locator: '¶2', quote: 'of “never keeping a promise”' } }]);
    await expect.poll(() => inPane(el, '[role="status"]').textContent).toBe("Cited: pick the relation's actors");
    expect(inPane(el, '#typed-quote-problem').textContent).toBe('');
    expect(el.shadowRoot!.activeElement).toBe(quote);
  });

  it('shows a passage: the quote marked, its paragraph scrolled into the pane and focused', async () => {
    const style = Object.assign(document.createElement('style'), {
      textContent: 'actor-graph-sources::part(text) { max-block-size: 8rem; }',
    });
    document.head.append(style);
    try {
      const { el } = await mount(showingBrief);
      const region = inPane(el, '.text');
      expect(region.scrollTop).toBe(0);
      const paragraph4 = 'The mountain league, which sells timber through Lowmouth, has lent the council two engineers';
      await el.showPassage('harbour', { paragraph: 4, start: 4, end: 19 });
      expect(inPane(el, 'mark').textContent).toBe('mountain league');
      expect(inPane(el, '#para-4').textContent.startsWith(paragraph4)).toBe(true);
      expect(el.shadowRoot!.activeElement).toBe(inPane(el, '#para-4'));
      // Scrolled (smoothly) until the paragraph shows whole, or from its start when it is taller than the pane.
      const shows = () => {
        const [box, pane] = [inPane(el, '#para-4').getBoundingClientRect(), region.getBoundingClientRect()];
        return box.top >= pane.top - 1 && (box.bottom <= pane.bottom + 1 || Math.abs(box.top - pane.top - region.clientTop) <= 1);
      };
      await expect.poll(shows).toBe(true);
      expect(region.scrollTop).toBeGreaterThan(0);

      await el.showPassage('harbour', { paragraph: 2, start: 43, end: 50 });
      expect([...el.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['accused']);
      el.texts = new Map([['harbour', { name: 'pasted text', text: PARAGRAPH_2, format: 'text' }]]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('mark')).toBeNull();
    } finally {
      style.remove();
    }
  });

  for (const [theme, palette] of [
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const) {
    it(`${theme} theme: the marked quote is readable and the pane passes axe`, async () => {
      const { el } = await mount(showingBrief, palette);
      await el.showPassage('harbour', { paragraph: 3, start: 4, end: 19 });
      const mark = getComputedStyle(inPane(el, 'mark'));
      const hex = (color: string) =>
        `#${(color.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((c) => Number(c).toString(16).padStart(2, '0'))
          .join('')}`;
      expect(contrast(hex(mark.color), hex(mark.backgroundColor))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(mark.textDecorationColor), hex(mark.backgroundColor))).toBeGreaterThanOrEqual(3);

      const check = () => axeViolations();
      expect(await check()).toEqual([]);
      // A selection that cannot be cited, a typed quote not found, the claimant form open and a new source asked for.
      select([textOf(el, 1), 150], [textOf(el, 2), 20]);
      await expect.poll(() => inPane(el, '#cite-hint').textContent).toBe(ACROSS_PARAGRAPHS);
      await userEvent.fill(inPane(el, '#typed-quote'), 'nowhere');
      await userEvent.click(button(el, 'Find and cite'));
      selectWords(el, 4, 'two engineers');
      await expect.poll(() => button(el, 'Cite as evidence').disabled).toBe(false);
      await userEvent.click(button(el, 'Cite as evidence'));
      await userEvent.selectOptions(inPane<HTMLSelectElement>(el, '#for-source'), 'New source…');
      await userEvent.click(button(el, 'Paste text…'));
      await userEvent.fill(inPane(el, '#pasted'), 'Words.');
      await userEvent.click(button(el, 'Use this text'));
      await expect.poll(() => inPane(el, '#new-title-problem').textContent).toBe('A new source needs a title.');
      expect(await check()).toEqual([]);
    });
  }
});

/**
 * The sources pane's text: its blocks drawn as numbered paragraphs, and the words a reader
 * selected in them, as offsets into a paragraph's own text. Not an element: template pieces and
 * the reading of the selection.
 */
import { html, type TemplateResult } from 'lit';
import { paragraphLocator, type TextBlock } from '../model/source-text.ts';

/** A quote's place in the shown text: paragraph N and its span in that paragraph's text. */
export interface PassageSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** Words selected in one numbered paragraph, the quote trimmed of white space at its ends. */
export interface SelectedWords extends PassageSpan {
  quote: string;
}

/** What the reader has selected in the text: words to cite, a selection that cannot be cited (and why), or nothing. */
export type TextSelection = { kind: 'words'; words: SelectedWords } | { kind: 'problem'; message: string } | null;

/** Why a selection cannot be cited. */
export const ACROSS_PARAGRAPHS = 'The selection runs across paragraphs: select words within one paragraph to cite them.';
export const NOT_NUMBERED = 'That line is not a numbered paragraph, so it has no ¶N to cite: select words in a numbered one.';

/** A paragraph's text, the span given (if any) marked. Text only: the pieces are text nodes and a `<mark>`. */
function paragraphText(text: string, span: PassageSpan | null): TemplateResult | string {
  if (!span) return text;
  return html`${text.slice(0, span.start)}<mark>${text.slice(span.start, span.end)}</mark>${text.slice(span.end)}`;
}

/**
 * The blocks of a text: a numbered paragraph with its "¶N" beside it (an anchor `para-N` to
 * scroll to and focus), a heading as a heading (h3, under the pane's h2), a block too short to count muted.
 */
export function textBlocks(blocks: readonly TextBlock[], marked: PassageSpan | null): TemplateResult[] {
  return blocks.map((block, i) => {
    if (block.heading) return html`<h3 class="block heading" data-block=${i}>${block.text}</h3>`;
    const n = block.paragraph;
    if (n === null) {
      return html`<div class="block unnumbered" data-block=${i}>
        <span class="number" aria-hidden="true"></span>
        <p class="words" dir="auto">${block.text}</p>
      </div>`;
    }
    const span = marked && marked.paragraph === n ? marked : null;
    return html`<div class="block numbered" data-block=${i}>
      <span class="number"><span aria-hidden="true">${paragraphLocator(n)}</span><span class="visually-hidden">Paragraph ${n}</span></span>
      <p class="words" id="para-${n}" data-paragraph=${n} tabindex="-1" dir="auto">${paragraphText(block.text, span)}</p>
    </div>`;
  });
}

/** The block element holding a boundary point of a selection, or null outside every block. */
function blockAt(node: Node, offset: number, side: 'start' | 'end'): Element | null {
  let at: Node | null = node;
  // A point between an element's children lies in the child after it (a start) or before it (an end).
  if (node.nodeType === Node.ELEMENT_NODE && node.childNodes.length > 0) {
    at = side === 'start' ? (node.childNodes[offset] ?? node) : (node.childNodes[offset - 1] ?? node);
  }
  const element = at instanceof Element ? at : at.parentElement;
  return element?.closest('[data-block]') ?? null;
}

/** How many characters of `element`'s text come before the point (node, offset), at most its whole text. */
function offsetIn(element: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  // A Range's text is the text nodes' own characters, white space and all, unlike a Selection's toString().
  if (element.contains(node)) range.setEnd(node, offset);
  return Math.min(range.toString().length, element.textContent?.length ?? 0);
}

/** The words of a block: its paragraph's text, or the block itself (a heading). */
const wordsOf = (block: Element): Element => block.querySelector('.words') ?? block;

/**
 * True when a selection starting (or ending) at the point (node, offset) takes none of the
 * words of `block`: the point lies at or after their end (or at or before their start).
 */
function takesNone(block: Element, node: Node, offset: number, side: 'start' | 'end'): boolean {
  const range = document.createRange();
  range.selectNodeContents(wordsOf(block));
  const where = range.comparePoint(node, offset);
  if (side === 'start' ? where < 0 : where > 0) return false;
  if (side === 'start') range.setStart(node, offset);
  else range.setEnd(node, offset);
  return range.toString().trim() === '';
}

/** The block before (-1) or after (+1) `block` among its siblings, or null. */
function blockBeside(block: Element, step: -1 | 1): Element | null {
  let at = step < 0 ? block.previousElementSibling : block.nextElementSibling;
  while (at && !at.hasAttribute('data-block')) at = step < 0 ? at.previousElementSibling : at.nextElementSibling;
  return at;
}

/**
 * What the document's selection holds inside `region` (a part of `root`): the words of one
 * numbered paragraph with their offsets into its text, a problem, or null when nothing is
 * selected there. Read through `getComposedRanges`, which gives the nodes inside a shadow root
 * that a Selection's own range hides behind the host.
 */
export function selectionIn(root: ShadowRoot, region: Element | null, paragraphs: readonly string[]): TextSelection {
  const selection = document.getSelection();
  if (!region || !selection || selection.rangeCount === 0) return null;
  const range = selection.getComposedRanges({ shadowRoots: [root] })[0];
  if (!range || range.collapsed) return null;
  const startIn = region.contains(range.startContainer);
  const endIn = region.contains(range.endContainer);
  if (!startIn && !endIn) return null;
  if (!startIn || !endIn) return { kind: 'problem', message: ACROSS_PARAGRAPHS };
  let first = blockAt(range.startContainer, range.startOffset, 'start');
  let last = blockAt(range.endContainer, range.endOffset, 'end');
  // A triple click selects a paragraph up to the start of the next block, and a drag may start
  // past the end of the line above: blocks whose words the selection does not reach do not count.
  if (first && last && first !== last && takesNone(last, range.endContainer, range.endOffset, 'end')) last = blockBeside(last, -1);
  if (first && last && first !== last && takesNone(first, range.startContainer, range.startOffset, 'start')) first = blockBeside(first, 1);
  if (!first || first !== last) return { kind: 'problem', message: ACROSS_PARAGRAPHS };
  const words = first.querySelector('[data-paragraph]');
  if (!words) return { kind: 'problem', message: NOT_NUMBERED };
  const paragraph = Number(words.getAttribute('data-paragraph'));
  const text = paragraphs[paragraph - 1] ?? '';
  let start = words.contains(range.startContainer) ? offsetIn(words, range.startContainer, range.startOffset) : 0;
  let end = words.contains(range.endContainer) ? offsetIn(words, range.endContainer, range.endOffset) : text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return null;
  return { kind: 'words', words: { paragraph, start, end, quote: text.slice(start, end) } };
}

/** The first words of a paragraph, for the paragraph choice of the typed quote. */
export function openingWords(text: string, count = 6): string {
  const words = text.split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : text;
}

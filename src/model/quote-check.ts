/**
 * Whether each quote is really in its source, where its locator says.
 *
 * Quotes and paragraphs are compared with runs of white space as one space, curly quotes as
 * straight ones and every dash as a hyphen, and nothing else: case, spelling and punctuation
 * must match. A quote found in the paragraph its `¶N` cites is found; one found in another
 * paragraph is offered that paragraph's locator; one found nowhere is shown the closest passage.
 */
import type { Evidence, GraphDocument } from './format.ts';
import { paragraphLocator, paragraphOfLocator } from './source-text.ts';

/** Where a quote lies: a paragraph's number and the quote's span in that paragraph's own text. */
export interface QuoteSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** The closest passage to a quote found nowhere, and how alike they are, from 0 to 1. */
export interface ClosestPassage extends QuoteSpan {
  passage: string;
  likeness: number;
}

/** What checking one quote gives. */
export type QuoteCheck =
  | { status: 'found'; span: QuoteSpan }
  | { status: 'elsewhere'; span: QuoteSpan; locator: string }
  | { status: 'missing'; closest: ClosestPassage | null };

const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−⁃]/g;

/** A text as quotes are compared: white space runs as one space, quotes straight, dashes hyphens. */
export function normaliseQuote(text: string): string {
  return normalised(text).text.trim();
}

/** The normalised text, and for each of its characters the index of the original one. */
function normalised(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (!space) {
        out += ' ';
        from.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += c.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
    from.push(i);
  }
  return { text: out, from };
}

/** Where `quote` lies in `paragraph`'s own text, or null. */
function spanIn(paragraph: string, quote: string): { start: number; end: number } | null {
  const wanted = normaliseQuote(quote);
  if (!wanted) return null;
  const { text, from } = normalised(paragraph);
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  return { start: from[at]!, end: from[at + wanted.length - 1]! + 1 };
}

/**
 * Where `quote` lies among `paragraphs` (¶N at index N − 1): in paragraph `cited` if it is there,
 * else in the first paragraph that holds it; null when none does.
 */
export function findQuote(paragraphs: readonly string[], quote: string, cited?: number | null): QuoteSpan | null {
  const order = paragraphs.map((_, i) => i + 1);
  if (cited && cited <= paragraphs.length) order.unshift(cited);
  for (const n of order) {
    const span = spanIn(paragraphs[n - 1]!, quote);
    if (span) return { paragraph: n, ...span };
  }
  return null;
}

/** Checks one piece of evidence's quote against its source's paragraphs; null when it quotes nothing. */
export function checkQuote(evidence: Pick<Evidence, 'quote' | 'locator'>, paragraphs: readonly string[]): QuoteCheck | null {
  if (!evidence.quote?.trim()) return null;
  const cited = paragraphOfLocator(evidence.locator);
  const span = findQuote(paragraphs, evidence.quote, cited);
  if (!span) return { status: 'missing', closest: closestPassage(paragraphs, evidence.quote) };
  if (span.paragraph === cited) return { status: 'found', span };
  return { status: 'elsewhere', span, locator: paragraphLocator(span.paragraph) };
}

/** One checked piece of evidence, by its relation and its place in that relation's list. */
export interface EvidenceCheck {
  relation: string;
  index: number;
  evidence: Evidence;
  check: QuoteCheck;
}

/**
 * Checks every quote citing a source whose paragraphs are given, in the document's order.
 * Evidence with no quote, or citing a source not given, is left out.
 */
export function checkQuotes(document: GraphDocument, paragraphsBySource: ReadonlyMap<string, readonly string[]>): EvidenceCheck[] {
  const checks: EvidenceCheck[] = [];
  for (const relation of document.relations) {
    (relation.evidence ?? []).forEach((evidence, index) => {
      const paragraphs = paragraphsBySource.get(evidence.source);
      const check = paragraphs ? checkQuote(evidence, paragraphs) : null;
      if (check) checks.push({ relation: relation.id, index, evidence, check });
    });
  }
  return checks;
}

/** Words of a normalised text with their spans in the original. */
function wordsOf(paragraph: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  for (const match of paragraph.matchAll(/\S+/g)) {
    words.push({ word: normaliseQuote(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** How alike two texts are: 1 less their edit distance over the longer one's length. */
export function likeness(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Windows first ranked by shared words; only the best are measured letter by letter. */
const CANDIDATES = 8;

/**
 * The passage of about the quote's length most like it, in any paragraph. Windows of the quote's
 * word count are ranked by the words they share with it, and the best few, widened or narrowed
 * by up to two words, by edit distance.
 */
export function closestPassage(paragraphs: readonly string[], quote: string): ClosestPassage | null {
  const wanted = normaliseQuote(quote);
  const quoteWords = wanted.split(' ');
  const count = new Map<string, number>();
  for (const w of quoteWords) count.set(w, (count.get(w) ?? 0) + 1);
  const candidates: { paragraph: number; first: number; shared: number }[] = [];
  const split = paragraphs.map(wordsOf);
  split.forEach((words, p) => {
    const size = Math.min(quoteWords.length, words.length);
    for (let first = 0; first + size <= words.length; first++) {
      const left = new Map(count);
      let shared = 0;
      for (let k = first; k < first + size; k++) {
        const n = left.get(words[k]!.word) ?? 0;
        if (n > 0) {
          shared++;
          left.set(words[k]!.word, n - 1);
        }
      }
      candidates.push({ paragraph: p + 1, first, shared });
    }
  });
  candidates.sort((a, b) => b.shared - a.shared || a.paragraph - b.paragraph || a.first - b.first);
  let best: ClosestPassage | null = null;
  for (const { paragraph, first } of candidates.slice(0, CANDIDATES)) {
    const words = split[paragraph - 1]!;
    for (let size = Math.max(1, quoteWords.length - 2); size <= quoteWords.length + 2; size++) {
      const last = Math.min(words.length, first + size) - 1;
      const text = words
        .slice(first, last + 1)
        .map((w) => w.word)
        .join(' ');
      const score = likeness(wanted, text);
      if (!best || score > best.likeness) {
        const start = words[first]!.start;
        const end = words[last]!.end;
        best = { paragraph, start, end, passage: paragraphs[paragraph - 1]!.slice(start, end), likeness: score };
      }
    }
  }
  return best;
}

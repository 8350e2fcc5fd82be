/**
 * A source's text as numbered paragraphs, by the rule that the format's `¶N` locators follow:
 *
 * - The text falls into blocks at blank lines (in a text without a blank line, at every line
 *   break); the lines of a block are joined with single spaces.
 * - Headings are never numbered: Markdown lines opening with `#`, HTML's `h1`–`h6`.
 * - The other blocks of at least PARAGRAPH_MIN_WORDS words are numbered ¶1, ¶2, … in order.
 *   Shorter ones — a title, a byline, a date, a standfirst, a caption, a "No comments" — are
 *   shown but not numbered, so a page's furniture does not shift the numbers of its body.
 *
 * Markdown and HTML are first reduced to their words: emphasis marks, link targets and tags go.
 */

/** The formats a source text may come in. */
export type TextFormat = 'text' | 'markdown' | 'html';

/** One block of a source text, numbered when it is a paragraph. */
export interface TextBlock {
  text: string;
  /** N of its `¶N`, or null for a heading or a block too short to count. */
  paragraph: number | null;
  heading: boolean;
}

/** A source's text as a reader gave it: from a file (its name) or pasted. */
export interface SourceText {
  /** The file's name, or "pasted text". */
  name: string;
  text: string;
  format: TextFormat;
}

/** Blocks of fewer words are not numbered. */
export const PARAGRAPH_MIN_WORDS = 20;

/** The format of a file by its name: `.md`/`.markdown`, `.html`/`.htm`, else plain text. */
export function textFormatOf(name: string): TextFormat {
  const extension = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  return 'text';
}

/** The locator of paragraph `n`. */
export const paragraphLocator = (n: number): string => `¶${n}`;

/** The paragraph a `¶N` locator names, or null for any other locator. */
export function paragraphOfLocator(locator: string | undefined): number | null {
  const match = /^\s*¶\s*(\d+)\s*$/.exec(locator ?? '');
  return match ? Number(match[1]) : null;
}

/** Words as the rule counts them: runs between spaces holding a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The blocks of a source text, paragraphs numbered. */
export function sourceBlocks(raw: string, format: TextFormat = 'text'): TextBlock[] {
  const text = format === 'html' ? htmlToText(raw) : raw;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasBlankLine = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks: TextBlock[] = [];
  let n = 0;
  const push = (joined: string[], heading: boolean) => {
    const words = joined.join(' ').replace(/\s+/g, ' ').trim();
    if (!words) return;
    const counted = !heading && wordCount(words) >= PARAGRAPH_MIN_WORDS;
    blocks.push({ text: words, paragraph: counted ? ++n : null, heading });
  };
  let current: string[] = [];
  const close = () => {
    push(current, false);
    current = [];
  };
  for (const line of lines) {
    const heading = format !== 'text' ? /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (heading) {
      close();
      push([inlineText(heading[1]!, format)], true);
    } else if (line.trim() === '') close();
    else {
      current.push(inlineText(line, format));
      if (!hasBlankLine) close();
    }
  }
  close();
  return blocks;
}

/** The numbered paragraphs of a source text, ¶N at index N − 1. */
export function sourceParagraphs(raw: string, format: TextFormat = 'text'): string[] {
  return sourceBlocks(raw, format)
    .filter((b) => b.paragraph !== null)
    .map((b) => b.text);
}

/** A Markdown line's words: links to their text, emphasis and code marks dropped. */
function inlineText(line: string, format: TextFormat): string {
  if (format !== 'markdown') return line;
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=$|[\s).,;:!?])/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
}

const BLOCK_TAGS = 'p|div|li|ul|ol|blockquote|section|article|header|footer|aside|nav|main|figure|figcaption|table|tr|pre|dl|dt|dd|hr';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  shy: '',
};

/** HTML reduced to text: blocks at block elements, headings as Markdown headings, tags dropped. */
function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/gi, (_, inner: string) => `\n\n# ${inner.replace(/\s+/g, ' ')}\n\n`)
    .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((line) => decodeEntities(line))
    .join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

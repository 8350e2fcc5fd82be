/**
 * Text from the data kept in its place among other words. A label holding a right-to-left
 * override (U+202E) would otherwise reverse every word after it in the same line, as in
 * "Russia cooperates with Taliban"; a stray pop-isolate (U+2069) would even end an isolation
 * that surrounds the label (Chromium lets it out of a `<bdi>`). Each text from the data is
 * balanced (what it opens it closes, what it did not open it does not close) and, in plain
 * strings, set between FSI (U+2068) and PDI (U+2069), which screens, canvases and SVG honour.
 * Pure.
 */

/** First strong isolate: what follows, up to the matching PDI, is laid out on its own. */
export const FSI = '\u2068';
/** Pop directional isolate: ends the isolate that FSI (or LRI, RLI) began. */
export const PDI = '\u2069';
/** Pop directional formatting: ends an embedding or override (LRE, RLE, LRO, RLO). */
const PDF = '\u202c';

const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
/** Characters that reorder text: embeddings, overrides, isolates and their ends. */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** How a data text is named inside a sentence; the model's sentences take one, as written by default. */
export type Name = (text: string) => string;

/** A data text as written, for sentences that are not shown among other text (a terminal escapes controls itself). */
export const asWritten: Name = (text) => text;

/**
 * `text` closing what it opens: a PDI or PDF that ends nothing the text began is dropped, and
 * every embedding, override or isolate left open is closed at the end. Text without those
 * controls comes back as it is.
 */
export function balanced(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const c of text) {
    if (EMBEDDINGS.has(c)) open.push('embedding');
    else if (ISOLATES.has(c)) open.push('isolate');
    else if (c === PDF) {
      // An embedding is ended only inside the isolate it began in.
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (c === PDI) {
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      open.length = at;
    }
    out += c;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'isolate' ? PDI : PDF;
  return out;
}

/** `text` as a plain string shows it among other words: balanced, between FSI and PDI. */
export const isolate: Name = (text) => `${FSI}${balanced(text)}${PDI}`;

/** A piece of a sentence: words of its own, or a text from the data that `isolate` set apart. */
export interface Run {
  text: string;
  isolated: boolean;
}

/**
 * A sentence whose data texts were set apart with `isolate`, in pieces, the FSI and PDI around
 * each data text taken away: for a page, which isolates each in an element of its own.
 */
export function isolatedRuns(sentence: string): Run[] {
  const runs: Run[] = [];
  let depth = 0;
  let text = '';
  const end = (isolated: boolean) => {
    if (text) runs.push({ text, isolated });
    text = '';
  };
  for (const c of sentence) {
    if (depth === 0 && c === FSI) {
      end(false);
      depth = 1;
      continue;
    }
    if (depth > 0 && ISOLATES.has(c)) depth++;
    else if (depth > 0 && c === PDI && --depth === 0) {
      end(true);
      continue;
    }
    text += c;
  }
  end(depth > 0);
  return runs;
}

/**
 * Lines cut from one text, each isolate that a line break falls inside closed at the end of its
 * line and opened again at the start of the next, for lines drawn one by one (a caption wrapped
 * under an image), where a line's controls reach no other.
 */
export function isolatedLines(lines: readonly string[]): string[] {
  let depth = 0;
  return lines.map((line) => {
    const before = depth;
    for (const c of line) {
      if (ISOLATES.has(c)) depth++;
      else if (c === PDI && depth > 0) depth--;
    }
    return `${FSI.repeat(before)}${line}${PDI.repeat(depth)}`;
  });
}

/**
 * `text` with every character that reorders text written as an escape (`\u202e`), for messages
 * that quote the data in words of their own and cannot set it apart: a problem with a file, a
 * name typed that matches no actor.
 */
export function showControls(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * XML plumbing for the GEXF and GraphML converters: escaping and an indenting writer, a strict
 * parser that reports the first error with its line and column, and small DOM walks.
 *
 * Parsing uses @xmldom/xmldom in Node and in the browser alike (no DOM APIs), so both read a
 * file the same way. xmldom is pure JavaScript and needs no Node built-ins.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { encodingProblem } from '../model/encoding.ts';
import type { Problem } from '../model/format.ts';
import { lineAndColumn } from '../model/json.ts';

/** An element of a document parsed by xmldom. */
export type { XmlElement };

/**
 * Characters XML 1.0 cannot carry at all, not even as character references: most C0 controls,
 * unpaired surrogates, U+FFFE and U+FFFF. Text holding one is written with U+FFFD in its place
 * and its exact value goes into the element's `exact` JSON value (see Exact).
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'gu');

/** True when XML 1.0 can carry every character of `text`. */
export const isXmlSafe = (text: string): boolean => !NOT_XML.test(text);

/**
 * Escapes text for an attribute value (`attribute` true) or element content. Parsers rewrite
 * `\r` as `\n` everywhere, and tab and newline as spaces in attributes, so those become
 * character references; so do U+0085, U+2028 and U+2029, which XML 1.1 parsers (and xmldom by
 * default) turn into line feeds. Newlines in element content stay readable.
 */
export function escapeXml(text: string, attribute = true): string {
  const special = attribute ? /[&<>"\t\n\r\u0085\u2028\u2029]/g : /[&<>\r\u0085\u2028\u2029]/g;
  return text.replace(special, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`;
    }
  });
}

/**
 * JSON text that XML can carry: JSON.stringify already escapes control characters and unpaired
 * surrogates; U+FFFE and U+FFFF, which it leaves alone, can only occur inside strings, where an
 * escape means the same.
 */
export function xmlJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

/**
 * Collects the exact values of fields whose text XML cannot carry. `plain(name, text)` gives the
 * text to write in the field's usual place; `json()` the value of the `exact` attribute, if any.
 */
export class Exact {
  private readonly fields: Record<string, string> = {};
  private used = false;

  plain(name: string, text: string): string {
    if (isXmlSafe(text)) return text;
    this.fields[name] = text;
    this.used = true;
    return text.replace(NOT_XML_ALL, '\uFFFD');
  }

  json(): string | undefined {
    return this.used ? xmlJson(this.fields) : undefined;
  }
}

/** Attributes in writing order; undefined values are left out. */
export type XmlAttributes = ReadonlyArray<readonly [string, string | undefined]>;

/** Writes indented XML line by line; every value goes through escapeXml. */
export class XmlWriter {
  private readonly lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  private line(text: string): void {
    this.lines.push('  '.repeat(this.depth) + text);
  }

  private static tag(name: string, attributes: XmlAttributes): string {
    let text = name;
    for (const [key, value] of attributes) if (value !== undefined) text += ` ${key}="${escapeXml(value)}"`;
    return text;
  }

  open(name: string, attributes: XmlAttributes = []): void {
    this.line(`<${XmlWriter.tag(name, attributes)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.line(`</${name}>`);
  }

  empty(name: string, attributes: XmlAttributes = []): void {
    this.line(`<${XmlWriter.tag(name, attributes)}/>`);
  }

  /** An element holding only `text`, on one line so that no indentation enters the value. */
  text(name: string, attributes: XmlAttributes, text: string): void {
    this.line(`<${XmlWriter.tag(name, attributes)}>${escapeXml(text, false)}</${name}>`);
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** The root element of parsed XML, or the problem that stopped parsing. */
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; problems: Problem[] };

class StopParsing extends Error {}

/** The problem with text no XML parser should be given (empty, or UTF-16 read as UTF-8), or null. */
export function xmlTextProblem(text: string): string | null {
  if (/^\uFEFF?\s*$/.test(text)) return 'the file is empty';
  return encodingProblem(text);
}

/** Where the first character that is not white space is: xmldom places text before the root at line 0. */
function firstContent(text: string): { line: number; column: number } {
  const offset = /[^\s\uFEFF]/.exec(text)?.index ?? 0;
  return lineAndColumn(text, offset);
}

/**
 * Parses XML text strictly: the first warning or error stops parsing and becomes one problem at
 * `$` with its line and column. Never throws.
 */
export function parseXml(text: string, what: string): XmlResult {
  const refused = xmlTextProblem(text);
  if (refused) return { ok: false, problems: [{ path: '$', message: refused }] };
  let first: { message: string; line?: number; column?: number } | undefined;
  const parser = new DOMParser({
    // XML 1.0 line ends only: xmldom's default also rewrites U+0085, U+2028 and U+2029, which
    // XML 1.0 files may hold as ordinary characters.
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
    onError: (level, message, context: unknown) => {
      // U+FFFD is an ordinary character (ours stands in for what XML cannot carry); xmldom only
      // warns that it may hint at a wrong encoding.
      if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      first ??= { message, line: locator?.lineNumber, column: locator?.columnNumber };
      // Even a warning (an unquoted attribute, say) means the file is not well-formed XML.
      throw new StopParsing(message);
    },
  });
  let root: XmlElement | null = null;
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    root = parser.parseFromString(body, 'application/xml').documentElement;
  } catch (error) {
    first ??= { message: error instanceof Error ? error.message : String(error) };
  }
  if (first !== undefined || root === null) {
    const place =
      first?.line === 0 ? firstContent(text) : first?.line === undefined ? undefined : { line: first.line, column: first.column ?? 1 };
    const where = place === undefined ? '' : ` at line ${place.line}, column ${place.column}`;
    const reason = (first?.message ?? 'there is no root element').split('\n')[0];
    return { ok: false, problems: [{ path: '$', message: `${what} does not parse${where}: ${reason}` }] };
  }
  return { ok: true, root };
}

/** The element's name without a namespace prefix. */
export const localName = (element: XmlElement): string => element.localName ?? element.nodeName;

/** Child elements, optionally only those with a given local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (name === undefined || localName(node as XmlElement) === name)) found.push(node as XmlElement);
  }
  return found;
}

/** Descendant elements with a given local name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  // A loop over the tree rather than recursion, so that depth is never a matter of stack.
  const stack: XmlElement[] = [];
  const pushChildren = (parent: XmlElement) => {
    const children = childElements(parent);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  };
  pushChildren(element);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (localName(node) === name) found.push(node);
    pushChildren(node);
  }
  return found;
}

/** An attribute's value, or undefined when the element does not have it (not the same as ""). */
export function attribute(element: XmlElement, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? '') : undefined;
}

/** The element's text content. */
export const textOf = (element: XmlElement): string => element.textContent ?? '';

/** "line N" for an element, when the parser recorded it. */
export function lineOf(element: XmlElement | undefined): string | undefined {
  const line = (element as { lineNumber?: number } | undefined)?.lineNumber;
  return line === undefined ? undefined : `line ${line}`;
}

/**
 * A value typed by the file (GEXF attribute types, GraphML `attr.type`) as JSON: numbers,
 * booleans and lists; text that does not fit its declared type stays text.
 */
export function typedValue(text: string, type: string | undefined): unknown {
  const t = (type ?? 'string').toLowerCase();
  if (t.startsWith('list')) {
    const inner = text.trim().replace(/^\[(.*)\]$/s, '$1');
    if (inner.trim() === '') return [];
    // GEXF 1.3 writes [a, b]; earlier versions a|b.
    const items = text.trim().startsWith('[') ? inner.split(',') : inner.split('|');
    // Lists hold plain values: a type of lists of lists (no format has one) reads its items as
    // text, so that a type naming "list" thousands of times nests nothing.
    const itemType = t.slice(4).startsWith('list') ? 'string' : t.slice(4);
    return items.map((item) => typedValue(item.trim().replace(/^(["'])(.*)\1$/s, '$2'), itemType));
  }
  if (t === 'boolean' || t === 'bool') {
    const b = text.trim().toLowerCase();
    return b === 'true' || b === '1' ? true : b === 'false' || b === '0' ? false : text;
  }
  if (['integer', 'int', 'long', 'short', 'byte', 'biginteger', 'float', 'double', 'bigdecimal'].includes(t)) {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  return text;
}

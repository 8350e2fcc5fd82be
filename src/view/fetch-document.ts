/**
 * Fetching a graph file and opening it as the readers open any file (JSON, GEXF, GraphML, CSV),
 * each way it can fail said in plain words: the request bounded in time, the body in size, a
 * web page told apart from a graph file.
 */
import { fromEdgeMode } from '../io/edge-modes.ts';
import type { OpenOptions } from '../io/open.ts';
import { parseDocument } from '../model/validate.ts';
import type { ValidationResult } from '../model/format.ts';
import { byteLimitProblem } from '../model/limits.ts';
import { passedCharactersProblem } from '../model/limits.ts';
import { readBody } from './read-body.ts';

/** How long fetching a graph file may take by default, in milliseconds. */
export const DEFAULT_TIMEOUT = 30_000;

/** Options of `fetchDocument`. */
export interface FetchOptions {
  /** Cancels the request; a cancelled load gives a problem nobody needs to show. */
  signal?: AbortSignal;
  /** Milliseconds the request and its body may take; default 30 000. Not a positive number: the default. */
  timeout?: number;
  /** The `fetch` to use (a test's, or a page's wrapper); default the global one. */
  fetcher?: typeof fetch;
}

/** Words for HTTP statuses whose reason a server (HTTP/2 always) leaves out. */
const STATUS_WORDS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Schemes a graph file may be fetched from. */
const SCHEMES = new Set(['http:', 'https:', 'blob:', 'data:']);

/** A timeout as fetchDocument uses it: a positive number of milliseconds, else the default. */
export function fetchTimeout(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT;
}

/** Milliseconds in words, e.g. 30000 → "30 s", 250 → "0.25 s". */
export function secondsText(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** What a failed fetch means, for each way it fails. */
export const FETCH_FAILURES = {
  network: 'the server refused the request or the network failed (CORS or offline)',
  cancelled: 'the request was cancelled',
  address: 'it is not a valid address',
  scheme: 'only http and https addresses can be loaded',
  html: 'the server answered with a web page (HTML), not a graph file',
  status: (status: number, text: string) =>
    `the server answered ${status}${text || STATUS_WORDS[status] ? ` ${text || STATUS_WORDS[status]}` : ''}`,
  timeout: (ms: number) => `the request took longer than ${secondsText(ms)}`,
} as const;

/** Why `url` cannot be fetched at all, or null. Without a base address (Node) a relative URL is left to the fetcher. */
function addressProblem(url: string): string | null {
  const base = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let parsed: URL;
  try {
    parsed = base ? new URL(url, base) : new URL(url);
  } catch {
    return base ? FETCH_FAILURES.address : null;
  }
  return SCHEMES.has(parsed.protocol) ? null : FETCH_FAILURES.scheme;
}

/** The problem with a body that is a web page rather than a graph file, or null. */
function markupProblem(contentType: string | null, text: string): string | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^text\/html\b/i.test(contentType ?? '') || /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(start))
    return FETCH_FAILURES.html;
  return null;
}

/**
 * What a graph file may be served as, JSON first. No `*` / `*`: a server that answers a missing
 * file with its home page (a single-page app's fallback) does so for requests that take anything.
 */
const ACCEPT = 'application/json, application/gexf+xml, application/graphml+xml, text/csv;q=0.9, application/xml;q=0.8, text/xml;q=0.8';

/** The file name a URL's path ends with (its extension tells the format), '' for none (`data:` and `blob:` addresses). */
export function urlFileName(url: string): string {
  const path = url.replace(/[?#].*$/s, '');
  if (/^(data|blob):/i.test(path)) return '';
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}

/**
 * True when the text is JSON by its name, or by its first character when the name says nothing:
 * read at once, without fetching the other readers (most pages only ever show JSON).
 */
function plainJson(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return true;
  if (/\.(gexf|graphml|csv|tsv)$/.test(lower)) return false;
  return /^\uFEFF?\s*\{/.test(text.slice(0, 4096));
}

/**
 * The text of a graph file opened as the readers open a file named `name`: its format from the
 * name's ending, else its content, else JSON (so that text that is none of them gets the JSON
 * reader's words for what is wrong). Relation types the readers do not know are problems here,
 * listing each value and its count. Readers other than JSON's are fetched on first use.
 */
export async function openText(name: string, text: string): Promise<ValidationResult> {
  if (plainJson(name, text)) {
    // As openGraphFiles reads JSON: a file written with every edge directed, or none, comes back as it was.
    const result = parseDocument(text);
    return result.ok ? { ok: true, document: fromEdgeMode(result.document) } : result;
  }
  const { fileKind, openGraphFiles } = await import('../io/index.ts');
  const options: OpenOptions = fileKind({ name, text }) === undefined ? { format: 'json' } : {};
  // A file named by nothing (a `data:` or `blob:` address, text given to `data`) is titled so when it has no title of its own.
  if (!name) options.title = 'Untitled graph';
  const result = openGraphFiles([{ name, text }], options);
  return result.ok ? { ok: true, document: result.document } : { ok: false, problems: result.problems };
}

/**
 * Fetches a graph file and checks it. Never throws: each way a fetch fails gives one problem at
 * `$` saying in plain words what happened ("could not load g.json: the server answered 404 Not
 * Found", "…: the request took longer than 30 s", "…: the server refused the request or the
 * network failed (CORS or offline)", "…: the server answered with a web page (HTML), not a graph
 * file", "…: the file holds more than 33,554,432 characters; the limit is 33,554,432" for a body
 * still coming past the limit, which is then no longer read). The body is opened by `openText`,
 * as a file named as the URL's path ends (`g.gexf` is read as GEXF; a path with no known ending,
 * by its content), and gives the problems the readers give for the same text. The timeout covers
 * the request and its body.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<ValidationResult> {
  const { signal, fetcher = fetch } = options;
  const timeout = fetchTimeout(options.timeout);
  const fail = (why: string): ValidationResult => ({ ok: false, problems: [{ path: '$', message: `could not load ${url}: ${why}` }] });
  const bad = addressProblem(url);
  if (bad) return fail(bad);
  if (signal?.aborted) return fail(FETCH_FAILURES.cancelled);

  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A race as well as the signal: a fetcher that ignores its signal still times out.
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeout);
  });
  const request = (async (): Promise<{ response: Response; text: string } | { problem: string }> => {
    const response = await fetcher(url, { headers: { Accept: ACCEPT }, signal: controller.signal });
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      return { problem: FETCH_FAILURES.status(response.status, response.statusText) };
    }
    // A body announced too large to be under the character limit is not read.
    const tooLarge = byteLimitProblem(Number(response.headers.get('content-length')));
    if (tooLarge) {
      response.body?.cancel().catch(() => {});
      return { problem: tooLarge };
    }
    // Counted as it comes: a body with no length announced, or a false one, may never end.
    const text = await readBody(response);
    return text === null ? { problem: passedCharactersProblem() } : { response, text };
  })();
  try {
    const outcome = await Promise.race([request, expired]);
    if (outcome === 'timeout') {
      request.catch(() => {});
      return fail(FETCH_FAILURES.timeout(timeout));
    }
    if ('problem' in outcome) return fail(outcome.problem);
    const markup = markupProblem(outcome.response.headers.get('content-type'), outcome.text);
    if (markup) return fail(markup);
    return await openText(urlFileName(url), outcome.text);
  } catch {
    return fail(controller.signal.aborted && signal?.aborted ? FETCH_FAILURES.cancelled : FETCH_FAILURES.network);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

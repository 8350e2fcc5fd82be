/**
 * From a file to what is on screen: fetching and checking a graph file, cytoscape element
 * definitions, the element's filter attributes read into a `RelationFilter`, neighbourhoods for
 * focusing, the keyboard order of actors and the words for the drawing and its selection.
 * No DOM and no cytoscape at run time.
 */
import type { ElementDefinition } from 'cytoscape';
import { balanced } from '../model/bidi.ts';
import { byCodeUnits } from '../model/compare.ts';
import { isDate } from '../model/dates.ts';
import type { RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType, type ValidationResult } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { byteLimitProblem } from '../model/limits.ts';
import { dateText } from '../model/timeline.ts';
import { parseDocument } from '../model/validate.ts';
import { seedPositions } from './layout.ts';
import { endlessBodyProblem, readBody } from './read-body.ts';
import { kindOf, type ActorKind } from './style.ts';

/** What a node carries: the actor's id and label (as drawn), its shape class and its kind as written. */
export interface NodeData {
  id: string;
  label: string;
  kind: ActorKind;
  kindName: string;
}

/** What an edge carries: the relation's ends, type and direction. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
}

/**
 * Most characters of a label drawn on the canvas: a longer one is cut with an ellipsis there (a
 * label of thousands of characters would wrap into a column that shrinks the fitted drawing to a
 * speck), and stays whole in the details, the table and the accessible names.
 */
export const DRAWN_LABEL_MAX = 60;

/**
 * A label as the canvas draws it: whole up to DRAWN_LABEL_MAX characters, else cut with "…",
 * the cut part closing any override it opened, so that the ellipsis stays at its end.
 */
export function drawnLabel(label: string): string {
  const characters = Array.from(label);
  return characters.length <= DRAWN_LABEL_MAX ? label : `${balanced(characters.slice(0, DRAWN_LABEL_MAX - 1).join('').trimEnd())}…`;
}

/** Nodes (seeded on a circle in id order) then edges, both in graph order. */
export function toElements(graph: ActorGraph): ElementDefinition[] {
  const seeds = seedPositions(graph.nodes());
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, actor) => {
    const data: NodeData = { id, label: drawnLabel(actor.label), kind: kindOf(actor.kind), kindName: actor.kind?.trim() || 'other' };
    elements.push({ group: 'nodes', data, position: { ...seeds.get(id)! } });
  });
  graph.forEachEdge((id, relation, source, target) => {
    const data: EdgeData = { id, source, target, type: relation.type, directed: relation.directed === true };
    elements.push({ group: 'edges', data });
  });
  return elements;
}

/**
 * The relation types a `types` attribute allows: missing means every type (undefined); an
 * empty list means none. Names are trimmed and compared in lower case; unknown names are
 * dropped.
 */
export function parseTypes(value: string | null | undefined): RelationType[] | undefined {
  if (value === null || value === undefined) return undefined;
  const names = new Set(value.split(',').map((name) => name.trim().toLowerCase()));
  return RELATION_TYPES.filter((type) => names.has(type));
}

/** The date an `as-of` attribute names, or undefined when it is missing or not a date. */
export function parseAsOf(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text && isDate(text) ? text : undefined;
}

/** The filter the view's `types` and `as-of` attributes ask for. */
export function viewFilter(types: string | null | undefined, asOf: string | null | undefined): RelationFilter {
  const filter: RelationFilter = {};
  const allowed = parseTypes(types);
  if (allowed) filter.types = allowed;
  const date = parseAsOf(asOf);
  if (date !== undefined) filter.asOf = date;
  return filter;
}

/**
 * Adds the view's filter to a question's filter: only types both allow, and the view's date
 * when it has one (so answers only use relations on screen).
 */
export function mergeFilter<T extends RelationFilter>(options: T, view: RelationFilter): T {
  const merged: T = { ...options };
  // Malformed options are passed on as they are, for the question to report.
  if (view.types && (options.types === undefined || Array.isArray(options.types))) {
    merged.types = options.types ? options.types.filter((t) => view.types!.includes(t)) : [...view.types];
  }
  if (view.asOf !== undefined) merged.asOf = view.asOf;
  return merged;
}

/** The actors and relations within `depth` steps of an actor, walking relations either way. */
export interface Neighbourhood {
  actors: Set<string>;
  relations: Set<string>;
}

/**
 * The neighbourhood of `actorId` within `depth` steps along relations for which `usable` is
 * true. Relations between two actors of the neighbourhood are included when usable.
 */
export function neighbourhood(graph: ActorGraph, actorId: string, depth: number, usable: (relationId: string) => boolean): Neighbourhood {
  const actors = new Set<string>([actorId]);
  let front = [actorId];
  for (let step = 0; step < depth && front.length > 0; step++) {
    const next: string[] = [];
    for (const actor of front) {
      graph.forEachEdge(actor, (id, _relation, source, target) => {
        if (!usable(id)) return;
        const other = source === actor ? target : source;
        if (!actors.has(other)) {
          actors.add(other);
          next.push(other);
        }
      });
    }
    front = next;
  }
  const relations = new Set<string>();
  graph.forEachEdge((id, _relation, source, target) => {
    if (actors.has(source) && actors.has(target) && usable(id)) relations.add(id);
  });
  return { actors, relations };
}

/** Actor ids in keyboard order: by label (English collation, case-insensitive), then by id. */
export function keyboardOrder(graph: ActorGraph, include: (actorId: string) => boolean = () => true): string[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return graph
    .nodes()
    .filter(include)
    .sort((a, b) => collator.compare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')) || byCodeUnits(a, b));
}

/** Keys that move the selection, as steps for `stepSelection` (Home and End jump to the ends). */
export const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity,
};

/**
 * The actor `step` places from `current` in `order`, wrapping around; the first or last when
 * there is no current one. An infinite step goes to that end.
 */
export function stepSelection(order: readonly string[], current: string | null | undefined, step: number): string | undefined {
  if (order.length === 0) return undefined;
  if (step === -Infinity) return order[0];
  if (step === Infinity) return order[order.length - 1];
  const at = current == null ? -1 : order.indexOf(current);
  if (at < 0) return step >= 0 ? order[0] : order[order.length - 1];
  return order[(((at + step) % order.length) + order.length) % order.length];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The accessible name of the drawing, e.g. "Graph: 14 actors, 34 relations shown". */
export function summary(actors: number, relations: number): string {
  return `Graph: ${plural(actors, 'actor', 'actors')}, ${plural(relations, 'relation', 'relations')} shown`;
}

/** What the drawing shows, for `graphSummary`. */
export interface ShownCounts {
  actors: number;
  /** Relations drawn, by type. */
  byType: Readonly<Record<RelationType, number>>;
  /** Relations in the graph, drawn or not. */
  total: number;
  /** The view's date, when it has one. */
  asOf?: string | undefined;
  /** The actor whose neighbourhood alone is shown, and how many steps out. */
  focus?: { label: string; depth: number } | null | undefined;
}

/**
 * The text alternative of the drawing, for screen readers: e.g. "Graph of 14 actors and 34
 * relations: 16 cooperation, 13 hostility, 5 contested." or, filtered, "Graph of 14 actors and 24
 * of 34 relations: 11 cooperation, 11 hostility, 2 contested, as of 2001."
 */
export function graphSummary(counts: ShownCounts): string {
  const shown = RELATION_TYPES.reduce((n, type) => n + counts.byType[type], 0);
  const relations = shown === counts.total ? plural(shown, 'relation', 'relations') : `${shown} of ${plural(counts.total, 'relation', 'relations')}`;
  const types = RELATION_TYPES.filter((type) => counts.byType[type] > 0).map((type) => `${counts.byType[type]} ${type}`);
  const date = counts.asOf ? `as of ${dateText(counts.asOf)}` : '';
  const details = [...types, ...(date ? [date] : [])].join(', ');
  const focus = counts.focus ? ` Only the neighbourhood of ${counts.focus.label} is shown, ${plural(counts.focus.depth, 'step', 'steps')} out.` : '';
  return `Graph of ${plural(counts.actors, 'actor', 'actors')} and ${relations}${details ? `: ${details}` : ''}.${focus}`;
}

/** Words for the selected actor or relation, announced to screen readers; '' when nothing is. */
export function describeSelection(graph: ActorGraph, id: string | null | undefined): string {
  if (!id) return '';
  if (graph.hasNode(id)) {
    const actor = graph.getNodeAttributes(id);
    return `Selected actor: ${actor.label}${actor.kind ? ` (${actor.kind})` : ''}`;
  }
  if (!graph.hasEdge(id)) return '';
  const relation = graph.getEdgeAttributes(id);
  const name = (actor: string) => graph.getNodeAttribute(actor, 'label');
  const join = relation.directed ? '→' : '–';
  return `Selected relation: ${name(relation.source)} ${join} ${name(relation.target)}, ${relation.type}`;
}

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
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  408: 'Request Timeout', 410: 'Gone', 413: 'Content Too Large', 429: 'Too Many Requests', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
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
  xml: 'the server answered with XML, not a JSON graph file',
  status: (status: number, text: string) => `the server answered ${status}${text || STATUS_WORDS[status] ? ` ${text || STATUS_WORDS[status]}` : ''}`,
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

/** The problem with a body that is a web page or XML rather than JSON, or null. */
function markupProblem(contentType: string | null, text: string): string | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^text\/html\b/i.test(contentType ?? '') || /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(start)) return FETCH_FAILURES.html;
  if (start.startsWith('<')) return FETCH_FAILURES.xml;
  return null;
}

/**
 * Fetches a graph file and checks it. Never throws: each way a fetch fails gives one problem at
 * `$` saying in plain words what happened ("could not load g.json: the server answered 404 Not
 * Found", "…: the request took longer than 30 s", "…: the server refused the request or the
 * network failed (CORS or offline)", "…: the server answered with a web page (HTML), not a graph
 * file", "…: the file holds more than 33,554,432 characters; the limit is 33,554,432" for a body
 * still coming past the limit, which is then no longer read); a body that is not JSON, or not a
 * valid document, gives the problems `parseDocument` gives for the same text. The timeout covers
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
    const response = await fetcher(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
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
    return text === null ? { problem: endlessBodyProblem() } : { response, text };
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
    return parseDocument(outcome.text);
  } catch {
    return fail(controller.signal.aborted && signal?.aborted ? FETCH_FAILURES.cancelled : FETCH_FAILURES.network);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * The promise behind a view's `ready`: each `begin` replaces it with the result of some work,
 * and a promise still pending when replaced follows its replacement, so whoever awaits any of
 * them gets the outcome of the latest work.
 */
export class ReadyChain<T> {
  #promise: Promise<T>;
  #settle: ((value: T | Promise<T>) => void) | null = null;

  constructor(initial: T) {
    this.#promise = Promise.resolve(initial);
  }

  /** The latest promise. */
  get promise(): Promise<T> {
    return this.#promise;
  }

  /** True while the latest work has not finished. */
  get pending(): boolean {
    return this.#settle !== null;
  }

  /** Starts `work`; a rejection settles the promise with `recover(error)` instead. */
  begin(work: () => Promise<T>, recover: (error: unknown) => T): void {
    let settle!: (value: T | Promise<T>) => void;
    const promise = new Promise<T>((resolve) => (settle = resolve));
    this.#settle?.(promise);
    this.#settle = settle;
    this.#promise = promise;
    const finish = (value: T) => {
      if (this.#settle === settle) this.#settle = null;
      settle(value);
    };
    work().then(finish, (error: unknown) => finish(recover(error)));
  }
}

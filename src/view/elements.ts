/**
 * From a file to what is on screen: fetching and checking a graph file, cytoscape element
 * definitions, the element's filter attributes read into a `RelationFilter`, neighbourhoods for
 * focusing, the keyboard order of actors and the words for the drawing and its selection.
 * No DOM and no cytoscape at run time.
 */
import type { ElementDefinition } from 'cytoscape';
import { isDate } from '../model/dates.ts';
import type { RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES, type RelationType, type ValidationResult } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { parseDocument } from '../model/validate.ts';
import { seedPositions } from './layout.ts';
import { kindOf, type ActorKind } from './style.ts';

/** What a node carries: the actor's id and label, its shape class and its kind as written. */
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

/** Nodes (seeded on a circle in id order) then edges, both in graph order. */
export function toElements(graph: ActorGraph): ElementDefinition[] {
  const seeds = seedPositions(graph.nodes());
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, actor) => {
    const data: NodeData = { id, label: actor.label, kind: kindOf(actor.kind), kindName: actor.kind?.trim() || 'other' };
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

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/**
 * Fetches a graph file and checks it. Never throws: a network failure, an HTTP error, JSON
 * that does not parse and an invalid document each give problems.
 */
export async function fetchDocument(url: string, signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<ValidationResult> {
  const fail = (message: string): ValidationResult => ({ ok: false, problems: [{ path: '$', message }] });
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let response: Response;
  try {
    // Asking for JSON only also keeps dev servers from answering a missing file with their HTML page.
    response = await fetcher(url, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    return fail(`Could not fetch ${url}: ${reason(error)}`);
  }
  if (!response.ok) return fail(`Could not fetch ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  try {
    return parseDocument(await response.text());
  } catch (error) {
    return fail(`Could not read ${url}: ${reason(error)}`);
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

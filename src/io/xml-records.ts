/**
 * The named values GEXF and GraphML write for each record, and the XML ids they use. Both
 * formats carry the same values under the same names; only where they put them differs.
 *
 * Text fields are written as they are, a relation's `startBound` and `endBound` too (the
 * evidence's `date` travels inside its JSON). The document's `version` is written only when it is
 * not plain version 1 (see versions.ts). Aliases, evidence, sources and unknown fields (`extra`)
 * are JSON text, so that any value, nested or not, comes back unchanged. Text that XML cannot
 * carry at all (see xml.ts) is written with U+FFFD in its place and its exact value in `exact`.
 */
import type { Actor, GraphDocument, Relation } from '../model/format.ts';
import { ACTOR_FIELDS, DOCUMENT_FIELDS, RELATION_FIELDS, extraFields, freshId, has } from './fields.ts';
import { statedVersion } from './versions.ts';
import { Exact, isXmlSafe, xmlJson } from './xml.ts';

/** Name and text of each value, in writing order. */
export type Values = Array<[string, string]>;

/** One declared attribute: its name in the file, and whether it holds a boolean. */
export interface AttributeSpec {
  name: string;
  type: 'string' | 'boolean' | 'double';
}

const spec = (names: string[], booleans: string[] = [], numbers: string[] = []): AttributeSpec[] =>
  names.map((name) => ({ name, type: booleans.includes(name) ? 'boolean' : numbers.includes(name) ? 'double' : 'string' }));

/**
 * The attributes each XML format declares, by the kind of element they belong to. New ones go
 * at the end, so that the GEXF attribute numbers of the others stay as they were.
 */
export const ATTRIBUTES = {
  graph: spec(['version', 'title', 'description', 'sources', 'extra', 'exact']),
  node: spec(['label', 'kind', 'description', 'aliases', 'extra', 'exact', 'x', 'y'], [], ['x', 'y']),
  edge: spec(['label', 'type', 'directed', 'start', 'end', 'startBound', 'endBound', 'note', 'evidence', 'extra', 'exact'], ['directed']),
};

/** Attributes declared only when some element has a value for them. */
export const WHEN_USED: readonly string[] = ['exact', 'version', 'x', 'y'];

function textFields(record: object, names: readonly string[], exact: Exact, values: Values): void {
  for (const name of names) {
    if (has(record, name)) values.push([name, exact.plain(name, String((record as Record<string, unknown>)[name]))]);
  }
}

function finish(values: Values, record: object, known: readonly string[], exact: Exact): Values {
  const extra = extraFields(record, known);
  if (extra !== undefined) values.push(['extra', xmlJson(extra)]);
  const json = exact.json();
  if (json !== undefined) values.push(['exact', json]);
  return values;
}

/** An actor's values (its id is written as the node id; see XmlIds). */
export function actorValues(actor: Actor): Values {
  const exact = new Exact();
  exact.plain('id', actor.id);
  const values: Values = [];
  textFields(actor, ['label', 'kind', 'description'], exact, values);
  if (actor.aliases !== undefined) values.push(['aliases', xmlJson(actor.aliases)]);
  if (actor.x !== undefined) values.push(['x', String(actor.x)]);
  if (actor.y !== undefined) values.push(['y', String(actor.y)]);
  return finish(values, actor, ACTOR_FIELDS, exact);
}

/** A relation's values (id, source and target are written on the edge itself). */
export function relationValues(relation: Relation): Values {
  const exact = new Exact();
  exact.plain('id', relation.id);
  const values: Values = [];
  textFields(relation, ['label', 'type'], exact, values);
  // Written only when the field is there, so that a missing `directed` and `false` stay apart.
  if (relation.directed !== undefined) values.push(['directed', String(relation.directed)]);
  textFields(relation, ['start', 'end', 'startBound', 'endBound', 'note'], exact, values);
  if (relation.evidence !== undefined) values.push(['evidence', xmlJson(relation.evidence)]);
  return finish(values, relation, RELATION_FIELDS, exact);
}

/** The document's own values: version (unless plain 1), title, description, sources and its unknown fields. */
export function documentValues(document: GraphDocument): Values {
  const exact = new Exact();
  const version = statedVersion(document);
  const values: Values = version === undefined ? [] : [['version', version]];
  textFields(document, ['title', 'description'], exact, values);
  if (document.sources !== undefined) values.push(['sources', xmlJson(document.sources)]);
  return finish(values, document, DOCUMENT_FIELDS, exact);
}

/**
 * The XML id of every actor and relation: its own id when XML can carry it, otherwise a fresh
 * one that no other record uses (the real id then travels in `exact`).
 */
export class XmlIds {
  private readonly actors = new Map<string, string>();
  private readonly relations = new Map<string, string>();

  constructor(document: GraphDocument) {
    const used = new Set<string>();
    const all = [...document.actors, ...document.relations];
    for (const { id } of all) if (isXmlSafe(id)) used.add(id);
    const assign = (map: Map<string, string>, id: string, n: number) => map.set(id, isXmlSafe(id) ? id : freshId(`id-${n}`, used));
    document.actors.forEach((actor, i) => assign(this.actors, actor.id, i + 1));
    document.relations.forEach((relation, i) => assign(this.relations, relation.id, document.actors.length + i + 1));
  }

  actor(id: string): string {
    return this.actors.get(id) ?? id;
  }

  relation(id: string): string {
    return this.relations.get(id) ?? id;
  }
}

/** Whether any of the value lists holds a value `name` (see WHEN_USED), so that its attribute must be declared. */
export const needs = (lists: Values[], name: string): boolean => lists.some((values) => values.some(([n]) => n === name));

/**
 * The GraphML key id of a value: its name, prefixed by its domain (`n-kind`, `e-type`) so that
 * ids stay unique across domains and meet no id a tool reserves (Gephi's edge `type`).
 */
export const keyId = (domain: 'graph' | 'node' | 'edge', name: string): string => `${domain[0]}-${name}`;

/**
 * The GEXF attribute id of a value: its place among the domain's attributes (label, the
 * element's own, not counted). Numbers, as Gephi and networkx write them, meet no id Gephi
 * reserves, and make graphology name values by their titles.
 */
export const attributeNumber = (domain: 'node' | 'edge', name: string): string =>
  String(ATTRIBUTES[domain].filter((a) => a.name !== 'label').findIndex((a) => a.name === name));

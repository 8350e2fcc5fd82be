/**
 * The format version in GEXF, GraphML and CSV. Version 1.1 added a relation's `startBound` and
 * `endBound` and the evidence's `date`. A flat file states its version only when the document is
 * not plain version 1 (version 1 using none of those fields), so files of version 1 documents are
 * as they were before 1.1; a file that states none is read as 1.1 when it uses those fields (a
 * spreadsheet with a `startBound` column) and as 1 otherwise.
 */
import type { GraphDocument } from '../model/format.ts';
import { VERSIONS } from '../model/format.ts';

type Version = GraphDocument['version'];

const given = (record: unknown, key: string): boolean =>
  typeof record === 'object' &&
  record !== null &&
  Object.prototype.hasOwnProperty.call(record, key) &&
  (record as Record<string, unknown>)[key] !== undefined;

/** True when a relation, or a piece of its evidence, has a field that version 1.1 added. */
export function usesVersion11(relations: readonly unknown[]): boolean {
  return relations.some((relation) => {
    if (given(relation, 'startBound') || given(relation, 'endBound')) return true;
    const evidence = given(relation, 'evidence') ? (relation as Record<string, unknown>).evidence : undefined;
    return Array.isArray(evidence) && evidence.some((item) => given(item, 'date'));
  });
}

/** The version of a document whose file states none. */
export const inferredVersion = (relations: readonly unknown[]): Version => (usesVersion11(relations) ? 1.1 : 1);

/** The version a file of the document states, as text; undefined for a plain version 1 document. */
export function statedVersion(document: GraphDocument): string | undefined {
  if (document.version === 1 && !usesVersion11(document.relations)) return undefined;
  return String(document.version);
}

/** The version a stated text names (`1`, `1.1`, spaces around allowed), else undefined. */
export function versionFromText(text: string): Version | undefined {
  const t = text.trim();
  return VERSIONS.find((version) => String(version) === t);
}

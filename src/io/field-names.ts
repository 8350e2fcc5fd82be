/**
 * The fields of each kind of record that a flat format (CSV, GEXF, GraphML) gives a slot of its
 * own; any other field of the record is "extra" and travels as JSON.
 */

/** Actor fields with a slot of their own. */
export const ACTOR_FIELDS: readonly string[] = ['id', 'label', 'kind', 'description', 'aliases', 'x', 'y'];
/** Relation fields with a slot of their own (evidence: rows in CSV, JSON in XML). */
export const RELATION_FIELDS: readonly string[] = [
  'id',
  'source',
  'target',
  'type',
  'directed',
  'label',
  'start',
  'end',
  'startBound',
  'endBound',
  'note',
  'evidence',
];
/** Source fields with a slot of their own. */
export const SOURCE_FIELDS: readonly string[] = ['id', 'title', 'author', 'publisher', 'date', 'url', 'text'];
/** Evidence fields with a slot of their own. */
export const EVIDENCE_FIELDS: readonly string[] = ['source', 'locator', 'quote', 'claimant', 'date', 'note'];
/** Document fields with a slot of their own. */
export const DOCUMENT_FIELDS: readonly string[] = ['version', 'title', 'description', 'sources', 'actors', 'relations'];

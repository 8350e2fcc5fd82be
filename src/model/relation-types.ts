/**
 * Telling a relation type from any other value, for every reader of outside words: files,
 * URL queries, command-line options and the options given to `findPaths`.
 */
import { RELATION_TYPES, type RelationType } from './format.ts';

/** True for `cooperation`, `hostility` or `contested`, exactly as written. */
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

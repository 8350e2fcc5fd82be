/**
 * What makes two things from different files the same thing when a merge compares them: names
 * and titles as people write them, addresses, relations and pieces of evidence. Pure.
 */
import type { Evidence, Relation } from './format.ts';
import { normalizeName } from './search.ts';

/**
 * A name as a merge compares it: as searches do (case, accents, curly apostrophes and runs of
 * spaces ignored), and without a leading "the", so "The Taliban" and "taliban" are one name.
 */
export function nameKey(text: string): string {
  return normalizeName(text).replace(/^the /, '');
}

/**
 * An address as a merge compares it: scheme and host in lower case (as URL gives them), the
 * default port left out and a trailing slash dropped, the rest as written. Text that does not
 * parse is compared as written, trimmed.
 */
export function urlKey(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return text.trim();
  }
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}${url.search}${url.hash}`;
}

/** Text compared for sameness: Unicode composed one way, spaces run together, trimmed. */
const plain = (text: unknown): string => (typeof text === 'string' ? text.normalize('NFC').replace(/\s+/g, ' ').trim() : '');

/**
 * Two relations with the same key are one relation: the same ends (in either order unless
 * directed), type, direction, and dates with their bound kinds. `source` and `target` are the ids the ends
 * have in the merged document.
 */
export function relationKey(relation: Relation, source: string, target: string): string {
  const directed = relation.directed === true;
  const [a, b] = directed || source < target ? [source, target] : [target, source];
  const start = relation.start === undefined ? '' : `${relation.start}/${relation.startBound ?? 'exact'}`;
  const end = relation.end === undefined ? '' : `${relation.end}/${relation.endBound ?? 'exact'}`;
  return JSON.stringify([a, b, relation.type, directed, start, end]);
}

/** The key of the pair a relation joins, whatever its direction. */
export function pairKey(source: string, target: string): string {
  return JSON.stringify(source < target ? [source, target] : [target, source]);
}

/**
 * Two pieces of evidence with the same key say the same thing: the same source (its id in the
 * merged document), locator, quote and claimant. A date or note does not make them different.
 */
export function evidenceKey(evidence: Evidence, source: string): string {
  return JSON.stringify([source, plain(evidence.locator), plain(evidence.quote), plain(evidence.claimant)]);
}

/**
 * Ids handed out while merging: an id stays when it is free, else becomes `id-2`, `id-3`…,
 * whichever is free both in the merged document and among the ids the incoming file keeps.
 */
export class IdSpace {
  private readonly used = new Set<string>();
  private reserved = new Set<string>();

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.used.add(id);
  }

  /** Whether an id names something already. */
  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Ids the next file brings, which a new id must not take from it. */
  reserve(ids: Iterable<string>): void {
    this.reserved = new Set(ids);
  }

  /** `id` when free, else the first free `id-N`; either way it is taken from then on. */
  take(id: string): string {
    let fresh = id;
    for (let n = 2; this.used.has(fresh) || (fresh !== id && this.reserved.has(fresh)); n++) fresh = `${id}-${n}`;
    this.used.add(fresh);
    return fresh;
  }
}

/**
 * Copies onto `target` each field of `from` it lacks, skipping `except`; a field both have
 * keeps the target's value. Fields are defined, not assigned, so that one named `__proto__`
 * stays a field.
 */
export function fillFields(target: Record<string, unknown>, from: Record<string, unknown>, except: readonly string[] = []): void {
  for (const key of Object.keys(from)) {
    if (except.includes(key) || Object.hasOwn(target, key)) continue;
    Object.defineProperty(target, key, { value: structuredClone(from[key]), enumerable: true, writable: true, configurable: true });
  }
}

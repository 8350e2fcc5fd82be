/**
 * Finding actors as a user types: every actor whose label, alias or id matches the query,
 * best matches first. Case, accents and curly apostrophes are ignored, so "kabul" finds
 * "Kabul", "osi" finds "Ősi" and "people's" finds "People’s Republic of China".
 */
import { byCodeUnits } from './compare.ts';
import type { ActorGraph } from './graph.ts';

/** One actor a search offers. */
export interface ActorMatch {
  id: string;
  label: string;
  /** The label or alias that matched, as written; the label when only the id matched. */
  matched: string;
  /** The actor's kind, when it has one. */
  kind?: string;
}

/** How well a name matches a query, best (lowest) first. */
const Rank = { Exact: 0, Prefix: 1, WordPrefix: 2, Substring: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/**
 * A name as searches compare it: decomposed (NFD) with its combining marks removed,
 * lower-cased, curly apostrophes made straight, runs of white space made one space, trimmed.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How `name` matches `query` (both normalized), or null when it does not. */
function rank(name: string, query: string): Rank | null {
  if (name === query) return Rank.Exact;
  if (name.startsWith(query)) return Rank.Prefix;
  let at = name.indexOf(query, 1);
  if (at < 0) return null;
  while (at >= 0) {
    if (!WORD_CHAR.test(name[at - 1]!)) return Rank.WordPrefix;
    at = name.indexOf(query, at + 1);
  }
  return Rank.Substring;
}

/**
 * The actors matching `query`, at most `limit` of them. Ranked: an exact label, alias or id
 * first, then a label or alias beginning with the query, then one with a word beginning
 * with it, then one containing it anywhere. An id counts only when matched exactly, since
 * ids are not names people read. Equal ranks are ordered by label, then id. Each actor
 * appears once, with the best of its names as `matched` (the label before aliases on a tie).
 * A query that is empty after trimming finds nothing.
 */
export function searchActors(graph: ActorGraph, query: string, limit = 10): ActorMatch[] {
  const q = normalizeName(query);
  if (q === '' || limit <= 0) return [];
  const found: { match: ActorMatch; rank: Rank; key: string }[] = [];
  graph.forEachNode((id, actor) => {
    const label = actor.label || id;
    let best: Rank | null = null;
    let matched = label;
    for (const name of [label, ...(actor.aliases ?? [])]) {
      const r = rank(normalizeName(name), q);
      if (r !== null && (best === null || r < best)) {
        best = r;
        matched = name;
      }
    }
    if (best !== Rank.Exact && normalizeName(id) === q) {
      best = Rank.Exact;
      matched = label;
    }
    if (best === null) return;
    const match: ActorMatch = { id, label, matched };
    if (actor.kind !== undefined) match.kind = actor.kind;
    found.push({ match, rank: best, key: normalizeName(label) });
  });
  found.sort(
    (a, b) =>
      a.rank - b.rank || byCodeUnits(a.key, b.key) || byCodeUnits(a.match.label, b.match.label) || byCodeUnits(a.match.id, b.match.id),
  );
  return found.slice(0, limit).map((f) => f.match);
}

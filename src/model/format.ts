/**
 * The actor-graph data format, version 1.1: its types, as people write them by hand.
 * The valibot schema that checks them lives in `schema.ts`; this module has no code.
 */

/** The three kinds of relation between two actors. */
export type RelationType = 'cooperation' | 'hostility' | 'contested';

/** Every relation type, in the order the legend and filters show them. */
export const RELATION_TYPES: readonly RelationType[] = ['cooperation', 'hostility', 'contested'];

/**
 * How a bound's date is meant: the day itself (the default), or a limit the true day lies
 * within, as when a source reports in December 2015 a relation that may be older.
 */
export type BoundKind = 'exact' | 'no-later-than' | 'no-earlier-than';

/** Every bound kind, as the format writes them. */
export const BOUND_KINDS: readonly BoundKind[] = ['exact', 'no-later-than', 'no-earlier-than'];

/** The versions this reader knows: 1.1 adds uncertain bounds and dated evidence to 1. */
export const VERSIONS = [1, 1.1] as const;

/** A publication that evidence points into. */
export interface Source {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** An `http:` or `https:` address. */
  url?: string;
  /**
   * Where the source's plain text (or Markdown or HTML) can be fetched, an `http:` or `https:`
   * address, for checking quotes against it: the file keeps citations, not texts.
   */
  text?: string;
  [extra: string]: unknown;
}

/** A party that relations join: a state, a government, an armed group, a person… */
export interface Actor {
  id: string;
  label: string;
  /** e.g. `state`, `government`, `non-state armed group`, `organization`, `person`. */
  kind?: string;
  description?: string;
  /** Other names the actor is known by; searches match them too. */
  aliases?: string[];
  /**
   * Where the actor is drawn in the `preset` layout, x growing to the right and y downwards as
   * on a screen; both or neither. Files from Gephi and yEd bring them.
   */
  x?: number;
  /** See `x`. */
  y?: number;
  [extra: string]: unknown;
}

/** Where a relation is asserted, and by whom. */
export interface Evidence {
  /** The id of a source in the document. */
  source: string;
  /** Where in the source, e.g. `¶7` or `p. 12`. */
  locator?: string;
  /** A few words copied exactly from the source. */
  quote?: string;
  /** Who asserts it, e.g. "a senior Taliban official, via Reuters". */
  claimant?: string;
  /** When the claim was made or reported (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); else the source's date. */
  date?: string;
  note?: string;
  [extra: string]: unknown;
}

/** A typed, dated, evidenced link between two actors. */
export interface Relation {
  id: string;
  /** Actor id. For a directed relation, the actor it goes from. */
  source: string;
  /** Actor id. For a directed relation, the actor it goes to. */
  target: string;
  type: RelationType;
  /** When true the relation runs from `source` to `target` only. Default false. */
  directed?: boolean;
  label?: string;
  /** First day the relation holds (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); missing means open. */
  start?: string;
  /** Last day the relation holds; a partial date runs to the end of the period it names. */
  end?: string;
  /** How `start` is meant: `no-later-than` when the relation may have begun earlier. Default `exact`. */
  startBound?: BoundKind;
  /** How `end` is meant: `no-earlier-than` when the relation may have lasted longer. Default `exact`. */
  endBound?: BoundKind;
  evidence?: Evidence[];
  /** A remark on the relation as a whole, e.g. why its dates are what they are. */
  note?: string;
  [extra: string]: unknown;
}

/** A whole actor-graph file. */
export interface GraphDocument {
  /** `1`, or `1.1` for a file that uses uncertain bounds or dated evidence. */
  version: (typeof VERSIONS)[number];
  title: string;
  description?: string;
  /** Missing reads as no sources; it stays missing when the file is written back. */
  sources?: Source[];
  actors: Actor[];
  relations: Relation[];
  [extra: string]: unknown;
}

/** One thing wrong with an input, located by its JSON path (e.g. `$.relations[3].source`). */
export interface Problem {
  path: string;
  message: string;
}

/** What checking an input gives: the document, or every problem found in it. */
export type ValidationResult = { ok: true; document: GraphDocument } | { ok: false; problems: Problem[] };

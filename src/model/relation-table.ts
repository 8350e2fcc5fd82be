/**
 * Relations as panels list them: the rows of the relations table and how they sort, the
 * relations of one actor, and how many relations of each type hold at a date.
 * Every list obeys the relation filter.
 */
import { firstDay, lastDay } from './dates.ts';
import { filterFor, relationPasses, type RelationFilter } from './filter.ts';
import { RELATION_TYPES, type RelationType } from './format.ts';
import type { ActorGraph } from './graph.ts';
import { boundCell, periodText } from './timeline.ts';

/** One row of the relations table. */
export interface RelationRow {
  /** The relation id. */
  id: string;
  /** Source actor id and label. */
  fromId: string;
  from: string;
  type: RelationType;
  /** Target actor id and label. */
  toId: string;
  to: string;
  directed: boolean;
  /** `one way` for a directed relation, `both ways` otherwise. */
  direction: 'one way' | 'both ways';
  /** The relation's label, or '' when it has none. */
  label: string;
  /** As written, or '' when open. */
  start: string;
  end: string;
  /**
   * The start and end as the table shows them: as written, after "no later than" or "no
   * earlier than" when the bound is not exact (`no later than 2015-12`); '' when open.
   */
  startText: string;
  endText: string;
  /** When the relation holds, in words (`periodText`), e.g. `dates not given`. */
  period: string;
  /** How many pieces of evidence the relation has. */
  evidence: number;
  /** The distinct claimants of its evidence, in the order they first appear. */
  claimants: string[];
}

/** The columns of the relations table, in display order. */
export const ROW_COLUMNS = ['from', 'type', 'to', 'direction', 'label', 'start', 'end', 'evidence', 'claimants'] as const;

/** A column the table can be sorted by. */
export type RowColumn = (typeof ROW_COLUMNS)[number];

/** Sort order, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

function actorLabel(graph: ActorGraph, id: string): string {
  return graph.getNodeAttributes(id).label || id;
}

/** The rows of every relation passing the filter, in graph order. */
export function relationRows(graph: ActorGraph, filter: RelationFilter = {}): RelationRow[] {
  const resolved = filterFor(graph, filter);
  const rows: RelationRow[] = [];
  graph.forEachEdge((id, relation, source, target, _sa, _ta, undirected) => {
    if (!relationPasses(relation, resolved)) return;
    const evidence = relation.evidence ?? [];
    const claimants: string[] = [];
    for (const item of evidence) {
      if (item.claimant !== undefined && item.claimant !== '' && !claimants.includes(item.claimant)) claimants.push(item.claimant);
    }
    rows.push({
      id,
      fromId: source,
      from: actorLabel(graph, source),
      type: relation.type,
      toId: target,
      to: actorLabel(graph, target),
      directed: !undirected,
      direction: undirected ? 'both ways' : 'one way',
      label: relation.label ?? '',
      start: relation.start ?? '',
      end: relation.end ?? '',
      startText: relation.start === undefined ? '' : boundCell(relation.start, relation.startBound),
      endText: relation.end === undefined ? '' : boundCell(relation.end, relation.endBound),
      period: periodText(relation),
      evidence: evidence.length,
      claimants,
    });
  });
  return rows;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Two day numbers compared, or null when either is missing (so the caller can put blanks last). */
function dateKey(text: string, edge: 'start' | 'end'): [number, number] | null {
  if (text === '') return null;
  const a = edge === 'start' ? firstDay(text) : lastDay(text);
  const b = edge === 'start' ? lastDay(text) : firstDay(text);
  return a === null || b === null ? null : [a, b];
}

/** The comparison for one column in ascending order; blanks are handled by `sortRows`. */
function compareBy(column: RowColumn, a: RelationRow, b: RelationRow): number {
  switch (column) {
    case 'type':
      return RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type);
    case 'evidence':
      return a.evidence - b.evidence;
    case 'start':
    case 'end': {
      const ka = dateKey(a[column], column)!;
      const kb = dateKey(b[column], column)!;
      return ka[0] - kb[0] || ka[1] - kb[1];
    }
    case 'claimants':
      return collator.compare(a.claimants.join('; '), b.claimants.join('; '));
    default:
      return collator.compare(a[column], b[column]);
  }
}

function isBlank(column: RowColumn, row: RelationRow): boolean {
  if (column === 'start' || column === 'end') return dateKey(row[column], column) === null;
  if (column === 'claimants') return row.claimants.length === 0;
  if (column === 'label') return row.label === '';
  return false;
}

/**
 * The rows sorted by one column, as a new array; the input is not changed. The sort is stable
 * in both directions: rows that compare equal keep their order. Text compares without regard
 * to case or accents and with numbers in numeric order; `type` sorts in legend order
 * (cooperation, hostility, contested); `start` and `end` by the days they name, so `2015`
 * comes before `2015-10`; `evidence` by count. Blank cells (no label, an open start or end, no
 * claimant) go last in either direction.
 */
export function sortRows(rows: readonly RelationRow[], column: RowColumn, direction: SortDirection = 'ascending'): RelationRow[] {
  const sign = direction === 'descending' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, blank: isBlank(column, row) }))
    .sort((a, b) => {
      if (a.blank !== b.blank) return a.blank ? 1 : -1;
      const order = a.blank ? 0 : sign * compareBy(column, a.row, b.row);
      return order || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/**
 * The ids of the relations passing the filter that touch an actor, as source or target, in
 * graph order. An unknown actor has none.
 */
export function actorRelationIds(graph: ActorGraph, actorId: string, filter: RelationFilter = {}): string[] {
  if (!graph.hasNode(actorId)) return [];
  const resolved = filterFor(graph, filter);
  const ids: string[] = [];
  graph.forEachEdge((id, relation, source, target) => {
    if ((source === actorId || target === actorId) && relationPasses(relation, resolved)) ids.push(id);
  });
  return ids;
}

/**
 * How many relations of each type hold at `asOf` (any time when missing), whatever types a
 * filter allows: the counts the type checkboxes show. Given a filter instead of a date, every
 * part of it but the types counts (the date, possible relations, as known on).
 */
export function typeCounts(graph: ActorGraph, asOf?: string | RelationFilter): Record<RelationType, number> {
  const counts: Record<RelationType, number> = { cooperation: 0, hostility: 0, contested: 0 };
  const { types: _types, ...when } = typeof asOf === 'string' ? { asOf } : (asOf ?? {});
  const filter = filterFor(graph, when);
  graph.forEachEdge((_id, relation) => {
    if (relation.type in counts && relationPasses(relation, filter)) counts[relation.type] += 1;
  });
  return counts;
}

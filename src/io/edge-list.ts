/**
 * Tables whose relations name their ends as people write them, not by id: a plain edge list
 * (`source,target[,type][,weight]`, or `from,to`) and Kumu's spreadsheets (an elements table of
 * `Label`, `Type`, `Description`, `Tags`, and a connections table of `From`, `To`, `Type`,
 * `Direction`). As in Kumu, `From` and `To` may list several names separated by `|`, and a
 * table with a `Direction` column is directed where that column is empty.
 *
 * Ends are matched to actors by name, ignoring case and runs of spaces; a name no elements table
 * lists becomes an actor labelled as first written. An actor's id is derived from its label
 * (`Northern Alliance` → `northern-alliance`), numbered when two labels give the same id, so the
 * same file always gives the same ids.
 */
import type { ValidationResult } from '../model/format.ts';
import { jsonPath } from '../model/json.ts';
import { LIMITS, passedLimitProblem } from '../model/limits.ts';
import { parseTable } from './csv-table.ts';
import type { Row } from './csv-table.ts';
import { Cells, assemble, buildActor, buildRelation, cell, freshId, guard } from './fields.ts';
import type { Cell, Fields } from './fields.ts';
import { placed } from './json-values.ts';
import type { RelationTyping } from './relation-typing.ts';
import { typeKey } from './relation-type-words.ts';
import { typedValue } from './xml.ts';

/** One table as the user gave it. */
export interface NamedTable {
  name: string;
  text: string;
}

export interface EdgeListOptions {
  /** The document's title. */
  title: string;
  typing?: RelationTyping | undefined;
  /** Kumu's rule that a connection with no `Direction` given is directed, as Kumu draws it. */
  kumu?: boolean;
}

/** A document read from named ends, and what the user should know about how. */
export type EdgeListResult = { result: ValidationResult; notices: string[] };

/** An id from a name: letters and digits of any script in lower case, accents dropped, the rest as `-`. */
export function idFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'actor' : id;
}

/** The cell of a column named any of `names` (in any case), taken out of the row's cells. */
function takeColumn(cells: Array<[string, string]>, names: readonly string[]): string | undefined {
  const at = cells.findIndex(([name]) => names.includes(name.toLowerCase()));
  if (at < 0) return undefined;
  const [[, text]] = cells.splice(at, 1) as [[string, string]];
  return text;
}

/** Tags, pipe-separated in Kumu, as a list. */
const tagsCell = (text: string): Cell => ({
  text,
  value: text
    .split('|')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== ''),
});

/** The names of the columns a table's rows use, in lower case. */
const columnsOf = (rows: Row[]) => new Set(rows.flatMap((row) => row.cells.map(([name]) => name.toLowerCase())));

/** The two end columns of a relations table: `source`/`target`, else `from`/`to`, by header. */
export function endColumns(header: readonly string[]): [string, string] | undefined {
  const lower = header.map((name) => name.trim().toLowerCase());
  if (lower.includes('source') && lower.includes('target')) return ['source', 'target'];
  if (lower.includes('from') && lower.includes('to')) return ['from', 'to'];
  return undefined;
}

/** The header row of a table, in lower case. */
export function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best), ',');
  return first.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
}

/**
 * Reads a relations table with named ends, and an actors (elements) table if there is one, into
 * a checked document. Never throws; problems name the file and row.
 */
export function readEdgeList(relationsTable: NamedTable, actorsTable: NamedTable | undefined, options: EdgeListOptions): EdgeListResult {
  const notices: string[] = [];
  const result = guard('CSV', () => {
    const relationsParsed = parseTable(relationsTable.text, relationsTable.name, 'relations', false);
    const actorsParsed =
      actorsTable === undefined ? { ok: true as const, rows: [] } : parseTable(actorsTable.text, actorsTable.name, 'actors');
    if (!relationsParsed.ok || !actorsParsed.ok) {
      return {
        ok: false,
        problems: [...(actorsParsed.ok ? [] : actorsParsed.problems), ...(relationsParsed.ok ? [] : relationsParsed.problems)],
      };
    }
    const ends = endColumns(headerOf(relationsTable.text.slice(0, 65536)));
    if (ends === undefined) {
      return {
        ok: false,
        problems: [{ path: '$', message: `${relationsTable.name} needs two columns for the ends: source and target, or from and to` }],
      };
    }
    const used = new Set<string>();
    const byName = new Map<string, string>();
    const actors: Fields[] = [];
    const actorRows: Array<Row | undefined> = [];
    const columns = columnsOf(actorsParsed.rows);
    const labelColumn = columns.has('label') ? 'label' : 'name';
    if (actorsTable !== undefined && actorsParsed.rows.length > 0 && !columns.has(labelColumn)) {
      return { ok: false, problems: [{ path: '$', message: `${actorsTable.name} needs a Label column naming each actor` }] };
    }
    actorsParsed.rows.forEach((row, i) => {
      const pairs = [...row.cells];
      const label = takeColumn(pairs, [labelColumn]);
      const cells = new Cells('actor');
      if (label !== undefined) cells.add('label', cell(label));
      const kind = takeColumn(pairs, ['type']);
      if (kind !== undefined) cells.add('kind', cell(kind));
      const tags = takeColumn(pairs, ['tags']);
      if (tags !== undefined) cells.add('tags', tagsCell(tags));
      for (const [name, text] of pairs) cells.add(name, cell(text));
      const actor = placed(jsonPath(['actors', i]), `${actorsTable!.name} row ${row.number}`, () => buildActor(cells));
      if (typeof actor.id !== 'string' || actor.id.trim() === '') actor.id = freshId(idFromName(label ?? ''), used);
      else used.add(actor.id);
      if (label !== undefined) byName.set(typeKey(label), actor.id as string);
      actors.push(actor);
      actorRows.push(row);
    });
    const added: string[] = [];
    const actorOf = (name: string): string => {
      const key = typeKey(name);
      let id = byName.get(key);
      if (id === undefined) {
        id = freshId(idFromName(name), used);
        byName.set(key, id);
        actors.push({ id, label: name.trim() });
        actorRows.push(undefined);
        added.push(name.trim());
      }
      return id;
    };
    const relations: Fields[] = [];
    const relationRows: Row[] = [];
    const hasDirection = headerOf(relationsTable.text.slice(0, 65536)).includes('direction');
    for (const row of relationsParsed.rows) {
      const pairs = [...row.cells];
      const names = (column: string) => {
        const text = takeColumn(pairs, [column]) ?? '';
        // Kumu's From and To may list several actors; source and target name one each.
        const list = ends[0] === 'from' ? text.split('|') : [text];
        return list.map((name) => name.trim()).filter((name) => name !== '');
      };
      const from = names(ends[0]);
      const to = names(ends[1]);
      const id = takeColumn(pairs, ['id']);
      const direction = takeColumn(pairs, ['direction'])?.trim().toLowerCase();
      // Kumu leaves Direction empty for its default, directed; a plain edge list is undirected.
      const directed = direction === undefined || direction === '' ? options.kumu === true || hasDirection : direction === 'directed';
      if (direction !== undefined && !['directed', 'undirected', 'mutual'].includes(direction)) pairs.push(['direction', direction]);
      // A row missing an end still becomes a relation, so that the validator names its row.
      const sources = from.length > 0 ? from : [''];
      const targets = to.length > 0 ? to : [''];
      for (const source of sources) {
        for (const target of targets) {
          const cells = new Cells('relation');
          if (id !== undefined && sources.length * targets.length === 1) cells.add('id', cell(id));
          if (source !== '') cells.add('source', cell(actorOf(source)));
          if (target !== '') cells.add('target', cell(actorOf(target)));
          for (const [name, text] of pairs) {
            const lower = name.toLowerCase();
            if (lower === 'weight') cells.add('weight', { text, value: typedValue(text, 'double') });
            else if (lower === 'tags') cells.add('tags', tagsCell(text));
            else cells.add(lower === 'label' || lower === 'description' ? lower : name, cell(text));
          }
          const index = relations.length;
          relations.push(
            placed(jsonPath(['relations', index]), `${relationsTable.name} row ${row.number}`, () =>
              buildRelation(cells, { directed }, options.typing),
            ),
          );
          relationRows.push(row);
          // One row may name many ends, and many new actors: counted as they come.
          const passed = relations.length > LIMITS.relations ? 'relations' : actors.length > LIMITS.actors ? 'actors' : undefined;
          if (passed !== undefined) {
            const message = `${passedLimitProblem(passed)} (${relationsTable.name} row ${row.number})`;
            return { ok: false, problems: [{ path: jsonPath([passed]), message }] };
          }
        }
      }
    }
    if (actorsTable !== undefined && added.length > 0) {
      const shown = added.slice(0, 5).join(', ') + (added.length > 5 ? ` and ${added.length - 5} more` : '');
      notices.push(
        `${added.length} ${added.length === 1 ? 'actor is' : 'actors are'} named in ${relationsTable.name} but not in ${actorsTable.name}, and added: ${shown}`,
      );
    }
    return assemble(
      { title: options.title },
      actors,
      relations,
      (list, i) => {
        const row = list === 'actors' ? actorRows[i] : list === 'relations' ? relationRows[i] : undefined;
        const file = list === 'actors' ? actorsTable?.name : relationsTable.name;
        return row === undefined || file === undefined ? undefined : `${file} row ${row.number}`;
      },
      options.typing,
    );
  });
  return { result, notices };
}

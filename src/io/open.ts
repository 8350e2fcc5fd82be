/**
 * One way in for every file a user gives: the explorer's Open file and drop, `?src=`, the
 * element's `src`, and every command read through `openGraphFiles`. It tells the format from the
 * name's ending, else from the first characters; tells CSV tables apart by name, else by header;
 * and reads relation types of files from elsewhere by the rules of relation-typing.ts.
 */
import type { GraphDocument, Problem, RelationType } from '../model/format.ts';
import { RELATION_TYPES } from '../model/format.ts';
import { readCsv } from './csv.ts';
import type { CsvTables } from './csv.ts';
import { endColumns, headerOf, readEdgeList } from './edge-list.ts';
import { fromEdgeMode } from './edge-modes.ts';
import type { NamedTable } from './edge-list.ts';
import { looksLikeGexf, readGexf } from './gexf.ts';
import { looksLikeGraphml, readGraphml } from './graphml.ts';
import { readJson } from './json.ts';
import { RelationTyping } from './relation-typing.ts';
import type { TypeValue } from './relation-typing.ts';
import { typeKey } from './relation-type-words.ts';

export type { TypeValue };

/** One file as the user gave it: its name (for the extension) and its text. */
export interface GraphFile {
  name: string;
  text: string;
}

/** 'csv' = actors/relations/sources tables; 'edge-list' = one CSV of relations; 'kumu' = elements + connections tables. */
export type OpenFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'edge-list' | 'kumu';

/** Every format openGraphFiles reads, in the order a menu lists them. */
export const OPEN_FORMATS: readonly OpenFormat[] = ['json', 'gexf', 'graphml', 'csv', 'edge-list', 'kumu'];

export interface OpenOptions {
  /** What each unknown type value means (keys as met in the file, compared ignoring case); 'omit' leaves those relations out. */
  typeMap?: Readonly<Record<string, RelationType | 'omit'>>;
  /** Title for a document whose files have none (default: the first file's name without extension). */
  title?: string;
  /** Force a format instead of detecting it. */
  format?: OpenFormat;
}

export type OpenResult =
  | { ok: true; document: GraphDocument; format: OpenFormat; notices: string[] }
  /** `unknownTypes` is set (non-empty) when the only thing missing is a type map; `problems` then holds one problem listing them. */
  | { ok: false; problems: Problem[]; unknownTypes?: TypeValue[] };

type FileKind = 'json' | 'gexf' | 'graphml' | 'csv';

/** A file's name without its folder. */
const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

/** A file's name without its folder and extension. */
const stem = (name: string) => baseName(name).replace(/\.[^.]*$/, '') || baseName(name);

/** What kind of file it is, by the name's ending, else by its first characters. */
export function fileKind(file: GraphFile): FileKind | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.gexf')) return 'gexf';
  if (name.endsWith('.graphml')) return 'graphml';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  // The start is enough, and copying all of a file that may be over the size limit is not.
  const head = file.text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return looksLikeGexf(head) ? 'gexf' : looksLikeGraphml(head) ? 'graphml' : undefined;
  const header = headerOf(head);
  if (header.length > 1 && (endColumns(header) !== undefined || header.includes('id') || header.includes('label'))) return 'csv';
  return undefined;
}

type Role = 'actors' | 'relations' | 'sources';

/** Words in a file name that say which table it is. */
const ROLE_WORDS: Record<Role, readonly string[]> = {
  actors: ['actor', 'actors', 'element', 'elements', 'node', 'nodes', 'vertex', 'vertices'],
  relations: ['relation', 'relations', 'connection', 'connections', 'edge', 'edges', 'link', 'links', 'edgelist'],
  sources: ['source', 'sources'],
};

/** Which table a CSV file is: by a word of its name, else by its header. */
function roleOf(file: GraphFile): Role {
  const words = stem(file.name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  for (const role of ['relations', 'sources', 'actors'] as const) if (ROLE_WORDS[role].some((word) => words.includes(word))) return role;
  const header = headerOf(file.text.slice(0, 65536));
  if (endColumns(header) !== undefined) return 'relations';
  if (header.includes('title') && !header.includes('label')) return 'sources';
  return 'actors';
}

const refuse = (message: string): OpenResult => ({ ok: false, problems: [{ path: '$', message }] });

const KIND_NAMES: Record<FileKind, string> = { json: 'JSON', gexf: 'GEXF', graphml: 'GraphML', csv: 'CSV' };

/** Reads a group of CSV files: our three tables, an edge list, or Kumu's elements and connections. */
function openTables(files: readonly GraphFile[], options: OpenOptions, typing: RelationTyping, title: string): OpenResult {
  const byRole: Partial<Record<Role, GraphFile>> = {};
  for (const file of files) {
    const role = roleOf(file);
    const other = byRole[role];
    if (other !== undefined) return refuse(`${other.name} and ${file.name} are both ${role} tables; give one of each`);
    byRole[role] = file;
  }
  const { actors, relations, sources } = byRole;
  if (relations === undefined) {
    const names = files.map((file) => file.name).join(', ');
    return refuse(`no relations table among ${names}: give a file of relations (source and target, or from and to columns) with it`);
  }
  const ends = endColumns(headerOf(relations.text.slice(0, 65536)));
  const format: OpenFormat =
    options.format === 'csv' || options.format === 'edge-list' || options.format === 'kumu'
      ? options.format
      : actors === undefined
        ? 'edge-list'
        : ends?.[0] === 'from'
          ? 'kumu'
          : 'csv';
  if (format === 'csv') {
    if (actors === undefined) return refuse(`${relations.name} needs an actors table beside it to be read as actor-graph tables`);
    const tables: CsvTables = { actors: actors.text, relations: relations.text, ...(sources ? { sources: sources.text } : {}) };
    const names = { actors: actors.name, relations: relations.name, ...(sources ? { sources: sources.name } : {}) };
    const result = readCsv(tables, { title }, { names, typing });
    return finish(result, format, [], typing);
  }
  const table = (file: GraphFile | undefined): NamedTable | undefined =>
    file === undefined ? undefined : { name: file.name, text: file.text };
  const read = readEdgeList(table(relations)!, table(actors), { title, typing, kumu: format === 'kumu' });
  const notices =
    sources === undefined
      ? read.notices
      : [...read.notices, `${sources.name} is not read: relations named by their ends carry no evidence`];
  return finish(read.result, format, notices, typing);
}

/** The reader's answer with the typing's notices, and the unknown types when they are all that is missing. */
function finish(
  result: { ok: true; document: GraphDocument } | { ok: false; problems: Problem[] },
  format: OpenFormat,
  notices: string[],
  typing: RelationTyping,
): OpenResult {
  // A file written with every edge directed, or none, is read back as the graph it was written from.
  if (result.ok) return { ok: true, document: fromEdgeMode(result.document), format, notices: [...notices, ...typing.notices] };
  const onlyTypes = typing.unknown.length > 0 && result.problems.length === 1;
  return onlyTypes ? { ok: false, problems: result.problems, unknownTypes: typing.unknown } : { ok: false, problems: result.problems };
}

function open(files: readonly GraphFile[], options: OpenOptions): OpenResult {
  if (files.length === 0) return refuse('no file was given');
  const title = options.title ?? stem(files[0]!.name);
  const typing = new RelationTyping(options.typeMap);
  const forced = options.format;
  const kinds = files.map((file): FileKind | undefined => {
    if (forced === undefined) return fileKind(file);
    return forced === 'edge-list' || forced === 'kumu' ? 'csv' : forced;
  });
  const unknown = files.filter((_, i) => kinds[i] === undefined);
  if (unknown.length > 0) {
    // Text given without a file name (an element's `data`) is named by nothing.
    const names = unknown.map((file) => file.name).filter((name) => name !== '');
    return refuse(`${names.length ? `${names.join(', ')}: ` : ''}not a file actor-graph reads (JSON, GEXF, GraphML or CSV)`);
  }
  if (kinds.every((kind) => kind === 'csv')) return openTables(files, options, typing, title);
  if (files.length > 1) {
    const listed = files.map((file, i) => `${file.name} (${KIND_NAMES[kinds[i]!]})`).join(', ');
    return refuse(`${listed}: open one graph file at a time; only CSV tables are read together`);
  }
  const [file] = files as [GraphFile];
  const kind = kinds[0]!;
  if (kind === 'json') return finish(readJson(file.text), 'json', [], typing);
  const read = kind === 'gexf' ? readGexf : readGraphml;
  return finish(read(file.text, { title, typing }), kind, [], typing);
}

/** Opens one or more files as one graph: detects the format(s) by extension, else content; never throws. */
export function openGraphFiles(files: readonly GraphFile[], options: OpenOptions = {}): OpenResult {
  try {
    return open(files, options);
  } catch (error) {
    return refuse(`the files could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const MAP_TYPES: ReadonlyArray<RelationType | 'omit'> = [...RELATION_TYPES, 'omit'];

/** Parses `--type-map ally=cooperation,foe=hostility,rumour=omit`; throws a RangeError naming the bad part. */
export function parseTypeMap(text: string): Record<string, RelationType | 'omit'> {
  const map: Record<string, RelationType | 'omit'> = {};
  const seen = new Map<string, string>();
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const at = part.lastIndexOf('=');
    const value = at < 0 ? '' : part.slice(0, at).trim();
    const type =
      at < 0
        ? ''
        : part
            .slice(at + 1)
            .trim()
            .toLowerCase();
    if (at < 0 || value === '') throw new RangeError(`"${part.trim()}" is not VALUE=TYPE`);
    if (!(MAP_TYPES as readonly string[]).includes(type)) {
      throw new RangeError(`"${part.trim()}": ${part.slice(at + 1).trim() || 'nothing'} is not one of ${MAP_TYPES.join(', ')}`);
    }
    const key = typeKey(value);
    const earlier = seen.get(key);
    if (earlier !== undefined && map[earlier] !== type)
      throw new RangeError(`"${part.trim()}": ${value} is already mapped to ${map[earlier]}`);
    seen.set(key, value);
    Object.defineProperty(map, value, { value: type, enumerable: true, writable: true, configurable: true });
  }
  return map;
}

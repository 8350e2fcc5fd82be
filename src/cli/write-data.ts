/**
 * Writing a graph as data files for `export` and `convert`: one file, or CSV tables beside a
 * base name or in a folder, or a plain edge list for tools that read nothing else.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import type { EdgeMode } from '../io/edge-modes.ts';
import { neutralize } from '../io/csv.ts';
import { FORMATS, writeCsv } from '../io/index.ts';
import type { GraphFile } from '../io/open.ts';
import type { Actor, GraphDocument } from '../model/format.ts';

/** The data formats a command writes: FORMATS, and an edge list of named ends. */
export const WRITE_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'edge-list'] as const;
export type WriteFormat = (typeof WRITE_FORMATS)[number];

/** What people call each format written. */
export const WRITE_LABELS: Readonly<Record<WriteFormat, string>> = {
  json: FORMATS.json.label,
  gexf: FORMATS.gexf.label,
  graphml: FORMATS.graphml.label,
  csv: FORMATS.csv.label,
  'edge-list': 'CSV edge list',
};

/**
 * Where the three CSV tables go for `out`: into it when it is a folder (an existing one, or a
 * path ending in `/`), else beside it as `BASE.actors.csv`… (`out/graph.csv` or `out/graph`).
 */
export function csvPaths(out: string): Record<'actors' | 'relations' | 'sources', string> {
  let folder = /[\\/]$/.test(out);
  try {
    folder ||= statSync(out).isDirectory();
  } catch {
    // Not there yet: a base name.
  }
  const base = out.replace(/\.csv$/i, '');
  const path = (table: string) => (folder ? join(out, `${table}.csv`) : `${base}.${table}.csv`);
  return { actors: path('actors'), relations: path('relations'), sources: path('sources') };
}

/** The files that hold the document in `format`, named as they are to be written; nothing is written yet. */
export function dataFiles(document: GraphDocument, format: WriteFormat, out: string): GraphFile[] {
  if (format === 'edge-list') return [{ name: out, text: writeEdgeList(document) }];
  if (format !== 'csv') return [{ name: out, text: FORMATS[format].write(document) as string }];
  const tables = writeCsv(document);
  const files: GraphFile[] = [];
  for (const [table, path] of Object.entries(csvPaths(out))) {
    // A document without a sources list has no sources table.
    const text = tables[`${table}.csv` as keyof typeof tables];
    if (text !== undefined) files.push({ name: path, text });
  }
  return files;
}

/** Writes the files, making their folders. */
export function writeFiles(files: readonly GraphFile[]): void {
  for (const { name, text } of files) {
    mkdirSync(dirname(name), { recursive: true });
    writeFileSync(name, text);
  }
}

/** Names as a person lists them: `a`, `a and b`, `a, b and c`. */
export function listed(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What was written, for `Wrote …`: "14 actors, 37 relations as 60 directed edges". */
export function contentLine(original: GraphDocument, written: GraphDocument, mode: EdgeMode): string {
  const counts = `${original.actors.length} actors, ${original.relations.length} relations`;
  if (mode === 'directed') return `${counts} as ${written.relations.length} directed edges`;
  if (mode === 'undirected') return `${counts}, every edge undirected`;
  return counts;
}

/** A key that matches names as the edge-list reader does: case and runs of spaces ignored. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A plain edge list: `source,target,type,direction`, one row per relation, ends named by the
 * actors' labels when no two labels read alike (else by their ids), as a spreadsheet writes it.
 */
export function writeEdgeList(document: GraphDocument): string {
  const keys = document.actors.map((actor) => nameKey(actor.label));
  const byLabel = keys.every((key) => key !== '') && new Set(keys).size === keys.length;
  const names = new Map(document.actors.map((actor: Actor) => [actor.id, byLabel ? actor.label.trim() : actor.id]));
  const rows = document.relations.map((relation) => [
    names.get(relation.source) ?? relation.source,
    names.get(relation.target) ?? relation.target,
    relation.type,
    relation.directed === true ? 'directed' : 'undirected',
  ]);
  const text = Papa.unparse(
    { fields: ['source', 'target', 'type', 'direction'], data: rows.map((row) => row.map(neutralize)) },
    { newline: '\r\n' },
  );
  // As the CSV tables are written: a byte order mark so that Excel reads accents right.
  return `\uFEFF${text}\r\n`;
}

/** What OUT may be, for the usage of the commands that write data. */
export const OUT_HELP = [
  'Data is written in the format OUT ends in (.json, .gexf, .graphml, .csv), else as --to or --format says. CSV tables',
  'go into OUT when it is a folder (an existing one, or ending in /): OUT/actors.csv, OUT/relations.csv, OUT/sources.csv;',
  'else beside its base name: out/graph.csv writes out/graph.actors.csv, out/graph.relations.csv, out/graph.sources.csv.',
  "convert --to edge-list writes one CSV of source,target,type,direction, ends named by the actors' labels.",
].join('\n');

/** What --edges does, for the usage of the commands that write data. */
export const EDGES_HELP = [
  '--edges mixed (the default) writes directed and undirected relations as they are, which Gephi reads; tools that hold',
  'one kind of edge (networkx, igraph) need --edges directed (every edge directed; an undirected relation is written as',
  'two edges, the second marked reverseOf the first) or --edges undirected (no edge directed; a directed relation keeps',
  'directed=true and its source in directedFrom). actor-graph reads either back as the graph it was written from.',
].join('\n');

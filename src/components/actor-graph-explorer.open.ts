/**
 * How the explorer opens the files a user picks or drops: each read as text, all opened as one
 * graph by openGraphFiles (the user asked what relation types it does not know mean), then
 * shown in place of the graph, or merged into it by mergeDocuments. The explorer parses nothing
 * itself; this module only passes files and answers between the readers, the merge and the page.
 */
import type { GraphFile, TypeValue } from '../io/open.ts';
import type { GraphDocument, Problem } from '../model/format.ts';
import { byteLimitProblem } from '../model/limits.ts';
import { describeMerge, mergeDocuments } from '../model/merge.ts';
import { isolate } from '../model/bidi.ts';
import { everyActorPlaced } from '../view/layout.ts';
import type { TypeMap } from './actor-graph-type-map.ts';

/** A file as the browser gives it: a Blob, named when it comes from a picker or a drop. */
export type PickedFile = Blob & { name?: string };

/** Replace the graph shown, or add to it. */
export type OpenMode = 'open' | 'add';

/** What the flow asks of the explorer. */
export interface OpenOwner {
  /** The graph shown, as a document, or null when none is. */
  current(): GraphDocument | null;
  /** Asks what each unknown type value means; null when the user cancels. */
  askTypes(values: readonly TypeValue[], source: string): Promise<TypeMap | null>;
  /** Shows `document`, read from `source`, with what the user should know of how it was read. */
  show(document: GraphDocument, source: string, notices: Notices): void;
  /** Lists why `source` was not opened; the graph shown stays. */
  refuse(source: string, problems: Problem[]): void;
  /** The user cancelled the type dialog; the graph shown stays. */
  cancelled(source: string): void;
}

/** What the notices region shows after a file is opened: a heading and its lines. */
export interface Notices {
  heading: string;
  lines: string[];
}

/** The names of the files, as the page lists them: "a.csv, b.csv and c.csv". */
export function fileNames(files: readonly { name?: string }[]): string {
  const names = files.map((file) => file.name || 'file');
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** The line that says a graph is drawn at the file's positions. */
export const PLACED_NOTICE = 'Every actor is drawn where the file places it (the preset layout).';

/** The files' texts, or the problem of a set too large to read. */
async function readFiles(files: readonly PickedFile[]): Promise<GraphFile[] | Problem[]> {
  // Files too large to be under the character limit are refused without being read.
  const tooLarge = byteLimitProblem(files.reduce((sum, file) => sum + file.size, 0));
  if (tooLarge) return [{ path: '$', message: tooLarge }];
  return Promise.all(files.map(async (file) => ({ name: file.name ?? 'file', text: await file.text() })));
}

/**
 * Opens `files` as one graph and shows it (`open`) or merges it into the graph shown (`add`).
 * Resolves with the problems of files that were not opened: none when they were, or when the
 * user cancelled the type dialog.
 */
export async function openFiles(files: readonly PickedFile[], mode: OpenMode, owner: OpenOwner): Promise<Problem[]> {
  const source = fileNames(files);
  const read = await readFiles(files);
  if (read.length > 0 && 'path' in read[0]!) {
    owner.refuse(source, read as Problem[]);
    return read as Problem[];
  }
  const texts = read as GraphFile[];
  // The readers are fetched on first use: a page that only shows its own graph never loads them.
  const { openGraphFiles } = await import('../io/index.ts');
  let result = openGraphFiles(texts);
  if (!result.ok && result.unknownTypes?.length) {
    const typeMap = await owner.askTypes(result.unknownTypes, source);
    if (!typeMap) {
      owner.cancelled(source);
      return [];
    }
    result = openGraphFiles(texts, { typeMap });
  }
  if (!result.ok) {
    owner.refuse(source, result.problems);
    return result.problems;
  }
  const current = mode === 'add' ? owner.current() : null;
  if (!current) {
    const lines = everyActorPlaced(result.document.actors) ? [...result.notices, PLACED_NOTICE] : result.notices;
    owner.show(result.document, source, { heading: `Opened ${isolate(source)}.`, lines });
    return [];
  }
  const { document, report } = mergeDocuments([current, result.document]);
  const lines = [...result.notices, ...describeMerge(report, [current.title, source])];
  owner.show(document, source, { heading: `Added ${isolate(source)} to ${isolate(current.title)}.`, lines });
  return [];
}

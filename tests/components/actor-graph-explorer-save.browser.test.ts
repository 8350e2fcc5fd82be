/**
 * Save writes back to the file opened, where the browser gives the page a handle to it (the File
 * System Access API): here a real file of the browser's origin-private file system, handed out
 * by the browser's picker. Without a handle, Save downloads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { allInRoot, inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

type Picker = () => Promise<FileSystemFileHandle[]>;
const withPicker = globalThis as { showOpenFilePicker?: Picker };
const realPicker = withPicker.showOpenFilePicker;

afterEach(() => {
  document.body.replaceChildren();
  withPicker.showOpenFilePicker = realPicker;
});

let files = 0;

/** A file of the origin-private file system holding `content`, and its handle. */
async function fileHolding(name: string, content: string): Promise<FileSystemFileHandle> {
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle(name, { create: true });
  const stream = await handle.createWritable();
  await stream.write(content);
  await stream.close();
  return handle;
}

const button = (el: ActorGraphExplorer, name: string) => allInRoot<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!;
const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));

/** An explorer whose "Open file…" picks `handle` through the browser's picker, opened and in edit mode. */
async function openedAndEditing(handle: FileSystemFileHandle): Promise<ActorGraphExplorer> {
  withPicker.showOpenFilePicker = () => Promise.resolve([handle]);
  const { el } = await mountExplorer((el) => {
    el.id = `save-test-${++files}-${Date.now()}`;
    el.data = { ...structuredClone(harbour), title: 'Before opening' } as GraphDocument;
  });
  inRoot<HTMLInputElement>(el, '#open-file').click();
  await expect.poll(() => el.graphView?.graph?.getAttribute('title')).toBe(harbour.title);
  await settle(el);
  button(el, 'Edit').click();
  await expect.poll(() => el.editing).toBe(true);
  return el;
}

/** Removes the actor `id` through the question the explorer asks first. */
async function deleteActor(el: ActorGraphExplorer, id: string): Promise<void> {
  inRoot(el, 'actor-graph-details').dispatchEvent(
    new CustomEvent('edit-request', { bubbles: true, composed: true, detail: { action: 'delete', what: 'actor', id } }),
  );
  const dialog = inRoot<HTMLDialogElement>(el, 'dialog.confirm-delete');
  await expect.poll(() => dialog.open).toBe(true);
  [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Delete')!.click();
  await expect.poll(() => el.editedDocument?.actors.some((a) => a.id === id)).toBe(false);
}

describe('<actor-graph-explorer> Save', () => {
  it('writes the edited graph back into the JSON file that "Open file…" picked', async () => {
    const name = `harbour-${files}.json`;
    const handle = await fileHolding(name, JSON.stringify(harbour, null, 2));
    const el = await openedAndEditing(handle);
    await deleteActor(el, 'league');
    button(el, 'Save').click();
    await expect.poll(() => status(el)).toBe(`Saved to ${name}, the file opened.`);
    const written = JSON.parse(await (await handle.getFile()).text()) as GraphDocument;
    expect(written.actors.map((a) => a.id)).toEqual(harbour.actors.filter((a) => a.id !== 'league').map((a) => a.id));
    expect(written.relations.length).toBe(harbour.relations.filter((r) => r.source !== 'league' && r.target !== 'league').length);
    expect(text(inRoot(el, '.edit-state'))).toBe('Saved');
  });

  it('writes a GraphML file back as GraphML', async () => {
    const { writeGraphml } = await import('../../src/io/index.ts');
    const name = `harbour-${files}.graphml`;
    const handle = await fileHolding(name, writeGraphml(harbour as GraphDocument));
    const el = await openedAndEditing(handle);
    await deleteActor(el, 'league');
    button(el, 'Save').click();
    await expect.poll(() => status(el)).toBe(`Saved to ${name}, the file opened.`);
    const written = await (await handle.getFile()).text();
    expect(written.startsWith('<?xml')).toBe(true);
    expect(written.includes('id="league"')).toBe(false);
    expect(written.includes('id="council"')).toBe(true);
  });
});

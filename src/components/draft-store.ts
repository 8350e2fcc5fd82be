/**
 * Drafts kept in the browser (IndexedDB) while a graph is edited: the edit history, which holds
 * the document, and the source texts, written on every change so that nothing is lost when the
 * page is closed or reloaded; and a lock on each draft (Web Locks) so that a second tab editing
 * the same draft learns it is open elsewhere instead of overwriting it.
 *
 * Where the browser refuses storage (some private windows), every call resolves to nothing and
 * editing goes on without drafts.
 */
import type { SavedHistory } from '../model/edit-history.ts';
import type { SourceText } from '../model/source-text.ts';

/** One draft, as kept. */
export interface Draft {
  key: string;
  /** The graph's title when it was last written, for the offer to restore it. */
  title: string;
  /** When it was last written, an ISO date-time. */
  written: string;
  history: SavedHistory;
  texts: [string, SourceText][];
}

const DATABASE = 'actor-graph';
const STORE = 'drafts';

let database: Promise<IDBDatabase | null> | null = null;

/** The database, opened once; null where the browser has no IndexedDB or refuses it. */
function open(): Promise<IDBDatabase | null> {
  database ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return database;
}

/** Runs one request on the store; resolves with its result, or undefined when storage is refused. */
async function run<T>(mode: IDBTransactionMode, ask: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const request = ask(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** The draft kept under `key`, or null. */
export async function readDraft(key: string): Promise<Draft | null> {
  const found = (await run('readonly', (store) => store.get(key))) as Draft | undefined;
  return found ?? null;
}

/** Keeps `draft`, replacing the one under its key; false when storage is refused. */
export async function writeDraft(draft: Draft): Promise<boolean> {
  return (await run('readwrite', (store) => store.put(draft))) !== undefined;
}

/** Forgets the draft under `key`. */
export async function removeDraft(key: string): Promise<void> {
  await run('readwrite', (store) => store.delete(key));
}

/** A held draft: released when editing stops or the page goes. */
export interface DraftHold {
  release(): void;
}

/**
 * Takes the lock on the draft under `key` for this page: the hold, or null when another tab or
 * window holds it. Where the browser has no Web Locks, every page gets the hold.
 */
export function holdDraft(key: string): Promise<DraftHold | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve({ release: () => {} });
  return new Promise((resolve) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    locks
      .request(`actor-graph-draft:${key}`, { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve(null);
        resolve({ release });
        await held;
      })
      .catch(() => resolve(null));
  });
}

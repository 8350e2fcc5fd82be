/**
 * Files opened with a handle the page may write back to (the File System Access API, where the
 * browser has it): picked with the browser's file picker or dropped. Other browsers, and pages
 * framed by another site, pick files with the plain file input and download on Save.
 */

/** The parts of the File System Access API used here, which TypeScript's DOM types leave out. */
interface WritableHandle extends FileSystemFileHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}
type OpenFilePicker = (options: {
  multiple: boolean;
  excludeAcceptAllOption?: boolean;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle[]>;
type HandleItem = DataTransferItem & { getAsFileSystemHandle?(): Promise<FileSystemHandle | null> };

/** The handle each file was read from. */
const handleOfFile = new WeakMap<Blob, FileSystemFileHandle>();
/** The file each explorer last opened, to write back to. */
const openedBy = new WeakMap<object, FileSystemFileHandle>();

/** What the picker offers: the formats the readers know. */
const PICKER_TYPES = [
  {
    description: 'Graph files',
    accept: {
      'application/json': ['.json'],
      'application/xml': ['.gexf', '.graphml', '.xml'],
      'text/csv': ['.csv', '.tsv'],
      'text/plain': ['.txt'],
    },
  },
];

/** The browser's file picker, where a page may use it: secure, and not framed by another site. */
function openFilePicker(): OpenFilePicker | null {
  const picker = (globalThis as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  if (typeof picker !== 'function' || !globalThis.isSecureContext) return null;
  try {
    // Reading the top window's origin throws when another site frames the page: its picker is refused there.
    if (window.top !== window && window.top?.location.origin !== location.origin) return null;
  } catch {
    return null;
  }
  return picker.bind(globalThis);
}

/** True where "Open file…" can use the browser's picker, whose files Save writes back to. */
export function canPickWithHandles(): boolean {
  return openFilePicker() !== null;
}

/** Files from the browser's picker, each remembered with its handle; none when the user cancels. */
export async function pickFilesWithHandles(): Promise<File[]> {
  const picker = openFilePicker();
  if (!picker) return [];
  let handles: FileSystemFileHandle[];
  try {
    handles = await picker({ multiple: true, types: PICKER_TYPES });
  } catch {
    // Cancelled (AbortError), or refused by the browser: nothing is opened.
    return [];
  }
  return Promise.all(handles.map(async (handle) => remembered(await handle.getFile(), handle)));
}

/**
 * The files of a drop, each remembered with its handle where the browser gives one. The handles
 * are asked for during the drop itself, as the browser requires; the files come as usual.
 */
export async function droppedFiles(transfer: DataTransfer | null): Promise<File[]> {
  const items = [...(transfer?.items ?? [])].filter((item) => item.kind === 'file') as HandleItem[];
  const files = items.map((item) => item.getAsFile());
  const handles = items.map((item) => item.getAsFileSystemHandle?.().catch(() => null) ?? Promise.resolve(null));
  const found = await Promise.all(handles);
  return files.flatMap((file, i) => {
    if (!file) return [];
    const handle = found[i];
    return [handle?.kind === 'file' ? remembered(file, handle as FileSystemFileHandle) : file];
  });
}

function remembered(file: File, handle: FileSystemFileHandle): File {
  handleOfFile.set(file, handle);
  return file;
}

/** Remembers which file `owner` opened: the one file's handle, or none (several files, or none with a handle). */
export function rememberOpened(owner: object, files: readonly Blob[]): void {
  const handle = files.length === 1 ? handleOfFile.get(files[0]!) : undefined;
  if (handle) openedBy.set(owner, handle);
  else openedBy.delete(owner);
}

/** The file `owner` opened with a handle, if any. */
export function openedFile(owner: object): FileSystemFileHandle | null {
  return openedBy.get(owner) ?? null;
}

/** Writes `blob` into the file of `handle`, asking for permission first where the browser asks; the problem, if it was not written. */
export async function writeToFile(handle: FileSystemFileHandle, blob: Blob): Promise<string | null> {
  const writable = handle as WritableHandle;
  try {
    let permission = (await writable.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
    if (permission === 'prompt') permission = (await writable.requestPermission?.({ mode: 'readwrite' })) ?? 'denied';
    if (permission !== 'granted') return 'the browser was not allowed to write to it';
    const stream = await handle.createWritable();
    await stream.write(blob);
    await stream.close();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

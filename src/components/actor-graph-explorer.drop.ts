import { droppedFiles } from './file-handles.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lets files be dropped on the explorer: marks the host `dragging` while files are over it, and
 * hands every dropped file to `open` (with its handle, where the browser gives one, for Save to write back to).
 */
export class FileDropController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #open: (files: File[]) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, open: (files: File[]) => void) {
    this.#host = host;
    this.#open = open;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('dragover', this.#onDragOver);
    this.#host.addEventListener('dragleave', this.#onDragLeave);
    this.#host.addEventListener('drop', this.#onDrop);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('dragover', this.#onDragOver);
    this.#host.removeEventListener('dragleave', this.#onDragLeave);
    this.#host.removeEventListener('drop', this.#onDrop);
  }

  #onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.#host.toggleAttribute('dragging', true);
  };

  #onDragLeave = (): void => {
    this.#host.toggleAttribute('dragging', false);
  };

  #onDrop = (event: DragEvent): void => {
    this.#host.toggleAttribute('dragging', false);
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    void droppedFiles(event.dataTransfer).then((files) => files.length && this.#open(files));
  };
}

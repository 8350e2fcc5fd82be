import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lets a file be dropped on the explorer: marks the host `dragging` while a file is over it, and
 * hands the dropped file to `open`.
 */
export class FileDropController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #open: (file: File) => void;

  constructor(host: ReactiveControllerHost & HTMLElement, open: (file: File) => void) {
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
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.#open(file);
  };
}

/**
 * Where one `<actor-graph>` takes its graph from: `src` fetched or `data` checked, the last set
 * winning. `src` may name a file in any format the readers know; `data` is a document object,
 * or a string read as the text of a file in any of those formats (told by its content). A fetch runs only while the element is on the page: removed, the element cancels it
 * (a pending request would keep the element in memory until the server answered), and added
 * back before that load ended, it fetches again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationResult } from '../model/format.ts';
import { validateDocument } from '../model/validate.ts';
import { fetchDocument, openText } from '../view/fetch-document.ts';

/** What the sources ask of their element. */
export interface SourcesOwner {
  /** Starts a load: `obtain` gives the checked document; its signal aborts when a later load starts. */
  load(obtain: (signal: AbortSignal) => Promise<ValidationResult>): void;
  /** Milliseconds a fetch may take. */
  timeout(): number;
}

export class ElementSources implements ReactiveController {
  #owner: SourcesOwner;
  #src: string | null = null;
  #data: unknown = null;
  /** True while the latest load came from `data` rather than `src`. */
  #shownFromData = false;
  /** Aborts when the element leaves the page; null while it is off it. */
  #onPage: AbortController | null = null;
  #add!: () => void;
  /** Settles when the element is next added to the page. */
  #added = new Promise<void>((resolve) => (this.#add = resolve));

  constructor(host: ReactiveControllerHost, owner: SourcesOwner) {
    this.#owner = owner;
    host.addController(this);
  }

  get src(): string | null {
    return this.#src;
  }

  set src(value: string | null) {
    this.#src = value ?? null;
    // Every set loads, the same URL too: it may have changed, or `data` may have been set since.
    if (!value) return;
    this.#shownFromData = false;
    this.#owner.load((signal) => this.#fetch(value, signal));
  }

  get data(): unknown {
    return this.#data;
  }

  set data(value: unknown) {
    const same = value === this.#data && this.#shownFromData;
    this.#data = value ?? null;
    if (value === null || value === undefined || same) return;
    this.#shownFromData = true;
    this.#owner.load(async () => (typeof value === 'string' ? openText('', value) : validateDocument(value)));
  }

  hostConnected(): void {
    this.#onPage = new AbortController();
    this.#add();
  }

  hostDisconnected(): void {
    this.#onPage?.abort();
    this.#onPage = null;
    this.#added = new Promise<void>((resolve) => (this.#add = resolve));
  }

  /** Fetches `url` while the element is on the page, from the start each time it comes back. */
  async #fetch(url: string, signal: AbortSignal): Promise<ValidationResult> {
    // The timeout is read a moment later, when attributes set with `src` (in any order) are in.
    await Promise.resolve();
    for (;;) {
      // Added and removed again before this ran: wait for the next time.
      while (!this.#onPage) await this.#added;
      const onPage = this.#onPage.signal;
      const attempt = new AbortController();
      const stop = () => attempt.abort();
      signal.addEventListener('abort', stop);
      onPage.addEventListener('abort', stop);
      if (signal.aborted) stop();
      try {
        const result = await fetchDocument(url, { signal: attempt.signal, timeout: this.#owner.timeout() });
        if (signal.aborted || !onPage.aborted) return result;
      } finally {
        signal.removeEventListener('abort', stop);
        onPage.removeEventListener('abort', stop);
      }
    }
  }
}

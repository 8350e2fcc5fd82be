/**
 * The loads of one `<actor-graph>`: each new one supersedes the one under way (its fetch is
 * cancelled, its drawing abandoned), and `ready` always follows the latest.
 */
import { ReadyChain } from '../view/ready-chain.ts';
import type { LoadResult } from './actor-graph.types.ts';

export class LoadSequence {
  #ready = new ReadyChain<LoadResult>({ ok: true, actors: 0, relations: 0 });
  #generation = 0;
  #abort: AbortController | null = null;
  #busy = 0;

  /** The result of the latest load (or relayout) once it is drawn. */
  get ready(): Promise<LoadResult> {
    return this.#ready.promise;
  }

  /** True while the latest work has not finished. */
  get pending(): boolean {
    return this.#ready.pending;
  }

  /** True while any work is under way: it draws on a new cytoscape itself if the element moves. */
  get busy(): boolean {
    return this.#busy > 0;
  }

  /** Counts loads; work from an older one checks it and gives way. */
  get generation(): number {
    return this.#generation;
  }

  /** A new load: the previous one's fetch is cancelled. Its generation and abort signal. */
  start(): { generation: number; signal: AbortSignal } {
    this.#abort?.abort();
    this.#abort = new AbortController();
    return { generation: ++this.#generation, signal: this.#abort.signal };
  }

  /**
   * Makes `ready` the result of `work`; then, while `moved()` says the element was removed and
   * added again meanwhile, of `redraw()` on its new cytoscape (a failed load keeps its result).
   * An error becomes a failed result.
   */
  run(work: () => Promise<LoadResult>, moved: () => boolean, redraw: () => Promise<LoadResult>): void {
    this.#ready.begin(
      async () => {
        this.#busy++;
        try {
          let result = await work();
          // `finally` follows the last check without a pause, so the element never moves unnoticed.
          while (moved()) {
            const drawn = await redraw();
            if (result.ok) result = drawn;
          }
          return result;
        } finally {
          this.#busy--;
        }
      },
      (error) => ({ ok: false, problems: [{ path: '$', message: String(error) }] }),
    );
  }
}

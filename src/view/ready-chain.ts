/**
 * The promise behind a view's `ready`: each `begin` replaces it with the result of some work,
 * and a promise still pending when replaced follows its replacement, so whoever awaits any of
 * them gets the outcome of the latest work.
 */
export class ReadyChain<T> {
  #promise: Promise<T>;
  #settle: ((value: T | Promise<T>) => void) | null = null;

  constructor(initial: T) {
    this.#promise = Promise.resolve(initial);
  }

  /** The latest promise. */
  get promise(): Promise<T> {
    return this.#promise;
  }

  /** True while the latest work has not finished. */
  get pending(): boolean {
    return this.#settle !== null;
  }

  /** Starts `work`; a rejection settles the promise with `recover(error)` instead. */
  begin(work: () => Promise<T>, recover: (error: unknown) => T): void {
    let settle!: (value: T | Promise<T>) => void;
    const promise = new Promise<T>((resolve) => (settle = resolve));
    this.#settle?.(promise);
    this.#settle = settle;
    this.#promise = promise;
    const finish = (value: T) => {
      if (this.#settle === settle) this.#settle = null;
      settle(value);
    };
    work().then(finish, (error: unknown) => finish(recover(error)));
  }
}

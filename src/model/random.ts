/**
 * A small seeded random source (mulberry32): Math.random cannot be seeded, and every search
 * that draws at random (layouts, camps, generated graphs) must give the same answer every run.
 */

/**
 * Numbers in [0, 1), the same sequence for the same seed on every platform, as an object: a
 * hot loop that draws from a new source on each run (the annealing of each start of a layout)
 * calls the same method every time, which the engine keeps optimised; a new closure each run
 * is a new function to it, and its optimised code is thrown away at each run.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** The next number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** The same sequence as SeededRandom's, as a function. */
export function seededRandom(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

/**
 * A small seeded random source (mulberry32): Math.random cannot be seeded, and every search
 * that draws at random (layouts, camps, generated graphs) must give the same answer every run.
 */

/** Numbers in [0, 1), the same sequence for the same seed on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

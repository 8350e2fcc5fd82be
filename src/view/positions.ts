/** Sizes of a placement: positions are x, y of actor i at 2i, 2i + 1. */

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around every position, grown by `margin` on each side (an empty placement: an empty box at 0). */
export function boundsOf(positions: ArrayLike<number>, margin = 0): Bounds {
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    x1 = Math.min(x1, positions[i]!);
    x2 = Math.max(x2, positions[i]!);
    y1 = Math.min(y1, positions[i + 1]!);
    y2 = Math.max(y2, positions[i + 1]!);
  }
  if (x1 > x2) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}

/**
 * Cytoscape batches held across tasks. A load keeps its drawing in a batch while its work is
 * done in slices and its layout in a worker, so that no frame shows it half made (cytoscape
 * draws no frame while batching).
 */
import type { Core } from 'cytoscape';
import { SLICE_MS, yieldToPage } from './slices.ts';

/** The parts of cytoscape (3.x) used here that its typings leave out. */
interface Batching {
  batching(): boolean;
  renderer?(): { destroy?(): void } | null;
}

/**
 * Destroys the drawing with its renderer, in a batch or not: cytoscape queues the notice that
 * destroys its renderer until the batch ends, which for a load cut short never comes, and the
 * renderer's observers stayed behind.
 */
export function destroyDrawing(cy: Core): void {
  if (cy.destroyed()) return;
  const core = cy as unknown as Batching;
  if (core.batching()) core.renderer?.()?.destroy?.();
  cy.destroy();
}

/** A drawing whose frames are held while work is done on it in slices. */
export interface FrameHold {
  /**
   * Runs `work` outside the batch, so that cytoscape takes in what it does at once (an element
   * added in a batch is styled only when the batch ends, all of them together), and holds the
   * frames again before the task ends.
   */
  run<T>(work: () => T): T;
  /**
   * Calls `step(i)` for i from 0 to `count` - 1 in slices of about SLICE_MS, each in `run`,
   * yielding to the page between them; stops early once `current()` turns false. Resolves to
   * whether every step was done.
   */
  each(count: number, step: (i: number) => void, current: () => boolean): Promise<boolean>;
  /** Lets frames be drawn again (at once if no batch of the caller's is open). */
  release(): void;
}

/** Holds the frames of `cy` until `release()`. */
export function holdFrames(cy: Core): FrameHold {
  let held = true;
  cy.startBatch();
  const run = <T>(work: () => T): T => {
    if (!held || cy.destroyed()) return work();
    cy.endBatch();
    try {
      return work();
    } finally {
      if (!cy.destroyed()) cy.startBatch();
    }
  };
  return {
    run,
    async each(count, step, current) {
      let i = 0;
      while (i < count && current() && !cy.destroyed()) {
        const until = performance.now() + SLICE_MS;
        run(() => {
          do step(i++);
          while (i < count && performance.now() < until);
        });
        if (i < count) await yieldToPage();
      }
      return i >= count;
    },
    release() {
      if (!held) return;
      held = false;
      if (!cy.destroyed()) cy.endBatch();
    },
  };
}

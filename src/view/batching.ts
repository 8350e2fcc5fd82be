/**
 * Cytoscape batches held across tasks. A load keeps its drawing in a batch while its work is
 * done in slices and its layout in a worker, so that no frame shows it half made; but the
 * element may leave the page meanwhile, and cytoscape queues the notice that destroys its
 * renderer until the batch ends, which then never comes: the renderer's observers stayed.
 */
import type { Core } from 'cytoscape';

/** The parts of cytoscape (3.x) used here that its typings leave out. */
interface Batching {
  batching(): boolean;
  renderer?(): { destroy?(): void } | null;
}

/** Destroys the drawing with its renderer, in a batch or not. */
export function destroyDrawing(cy: Core): void {
  if (cy.destroyed()) return;
  const core = cy as unknown as Batching;
  if (core.batching()) core.renderer?.()?.destroy?.();
  cy.destroy();
}

/**
 * Laying out a graph small enough to draw with care (up to COLA_MAX_ACTORS actors): the labels
 * are measured as cytoscape draws them, the placement (placement.ts) is worked out in a layout
 * worker (on the page only where none may start), and the actors are moved there with each
 * label on its side.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { byCodeUnits } from '../model/compare.ts';
import type { LabelSize, Side } from './label-sides.ts';
import type { Placement, PlacementInput } from './placement.ts';
import { BENT_CLASS, LABEL_SIDE_CLASSES, PARALLEL_STEP, labelBox } from './style.ts';
import { inWorkerElseHere, isAbort, type JobOptions } from './worker-run.ts';

/** What cytoscape's label box adds around the text: its background padding and allowance. */
const LABEL_FRAME = (() => {
  const empty = labelBox('bottom', { x: 0, y: 0 }, { width: 0, height: 0 });
  return { width: empty.x2 - empty.x1, height: empty.y2 - empty.y1 };
})();

/** The size of an actor's label text, read from cytoscape's box of it (the label below, as by default). */
function labelSize(node: NodeSingular): LabelSize {
  if (!node.data('label')) return { width: 0, height: 0 };
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  return { width: Math.max(0, box.w - LABEL_FRAME.width), height: Math.max(0, box.h - LABEL_FRAME.height) };
}

/** What the placement needs, in id order (so that it does not depend on the order of the file). */
export function placementInput(cy: Core): {
  ids: string[];
  input: PlacementInput;
  pairOf: Map<string, { pair: number; reversed: boolean }>;
} {
  const nodes = cy.nodes().sort((a, b) => byCodeUnits(a.id(), b.id()));
  const ids = nodes.map((node) => node.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const seen = new Map<string, number>();
  const pairs: number[] = [];
  const relations: number[] = [];
  const pairOf = new Map<string, { pair: number; reversed: boolean }>();
  cy.edges().forEach((edge) => {
    const a = index.get(edge.source().id())!;
    const b = index.get(edge.target().id())!;
    if (a === b) return;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const k = seen.get(key);
    pairOf.set(edge.id(), { pair: k ?? relations.length, reversed: a > b });
    if (k !== undefined) {
      relations[k]!++;
      return;
    }
    seen.set(key, relations.length);
    pairs.push(Math.min(a, b), Math.max(a, b));
    relations.push(1);
  });
  // Labels are measured on the default side: no side class may be left from an earlier layout.
  clearPlacementMarks(cy);
  return { ids, input: { labels: nodes.map(labelSize), pairs: Uint32Array.from(pairs), relations: Uint16Array.from(relations) }, pairOf };
}

/** Removes what a placement sets beyond positions (label sides, bends), where set. */
export function clearPlacementMarks(cy: Core): void {
  const sides = Object.values(LABEL_SIDE_CLASSES);
  // Only where set: removing a class an element lacks still restyles it.
  cy.batch(() => cy.elements(`.${[BENT_CLASS, ...sides].join(', .')}`).removeClass([BENT_CLASS, ...sides]));
}

/**
 * Works out the placement in a worker where one may start, else here. Even 10 actors may take
 * a few hundred milliseconds to untangle, which the page should not wait through; the worker
 * was started as the load began (warmLayoutWorker), so it costs no start-up here.
 */
function place(input: PlacementInput, options: JobOptions): Promise<Placement> {
  return inWorkerElseHere({ kind: 'placement', input }, () => placeHere(input), options);
}

/** Works out the placement on this thread, its code fetched on first use. */
async function placeHere(input: PlacementInput): Promise<Placement> {
  const { placeGraph } = await import('./placement-job.ts');
  return placeGraph(input);
}

/** Lays out every actor of `cy` and moves them there, each label on its side. */
export async function layOutSmallGraph(cy: Core, signal?: AbortSignal): Promise<void> {
  const { ids, input, pairOf } = placementInput(cy);
  // Nothing is drawn while the placement is worked out (cytoscape draws no frame in a batch),
  // so that the reader never sees the actors at their seed positions first.
  cy.startBatch();
  try {
    // A drawing destroyed meanwhile (its element left the page) needs no placement.
    const placement = await place(input, { ...(signal ? { signal } : {}), wanted: () => !cy.destroyed() }).catch((error: unknown) => {
      if (isAbort(error) && cy.destroyed() && !signal?.aborted) return null;
      throw error;
    });
    if (placement && !cy.destroyed()) applyPlacement(cy, ids, placement, pairOf);
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

/** Moves the actors to their places, labels to their sides, and bends the relations that need it. */
function applyPlacement(cy: Core, ids: string[], placement: Placement, pairOf: Map<string, { pair: number; reversed: boolean }>): void {
  // A bent fan's relations in a fixed order (by id), each at its own offset.
  const fans = new Map<number, string[]>();
  cy.edges().forEach((edge) => {
    const at = pairOf.get(edge.id());
    if (!at || !placement.bends[at.pair]) return;
    fans.set(at.pair, [...(fans.get(at.pair) ?? []), edge.id()]);
  });
  for (const [pair, members] of fans) {
    members.sort(byCodeUnits);
    members.forEach((id, i) => {
      const edge = cy.getElementById(id);
      const offset = placement.bends[pair]! + (i - (members.length - 1) / 2) * PARALLEL_STEP;
      // Bends are worked out to the left going from the pair's first actor to its second;
      // cytoscape's bend to the right going from the relation's source to its target. The
      // bend is set before the class, which reads it.
      edge.data('bend', pairOf.get(id)!.reversed ? offset : -offset);
      edge.addClass(BENT_CLASS);
    });
  }
  ids.forEach((id, i) => {
    const node = cy.getElementById(id);
    node.position({ x: placement.positions[2 * i]!, y: placement.positions[2 * i + 1]! });
    const side: Side = placement.sides[i] ?? 'bottom';
    if (side !== 'bottom') node.addClass(LABEL_SIDE_CLASSES[side]);
  });
}

/**
 * Laying out a graph small enough to draw with care (up to COLA_MAX_ACTORS actors): the labels
 * are measured as cytoscape draws them, the placement (placement.ts) is worked out in a layout
 * worker (on the page only where none may start), and the actors are moved there with each
 * label on its side.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { byCodeUnits, sameValues } from '../model/compare.ts';
import type { LabelSize, Side } from './label-sides.ts';
import type { Placement, PlacementInput, PlacementStructure } from './placement.ts';
import { BENT_CLASS, LABEL_SIDE_CLASSES, PARALLEL_STEP, labelBox } from './style.ts';
import { inSlices } from './slices.ts';
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

/** A relation as the placement sees it: its id and the actors it joins. */
export interface PlacedRelation {
  id: string;
  source: string;
  target: string;
}

/** The actors in id order (so that the placement does not depend on the order of the file) and the pairs their relations join. */
export interface PlacementPlan {
  ids: string[];
  structure: PlacementStructure;
  /** Each relation's pair, and whether it runs from the pair's second actor to its first. */
  pairOf: Map<string, { pair: number; reversed: boolean }>;
}

/** The plan for these actors and relations; pairs are numbered in the relations' order. */
export function placementPlan(actorIds: readonly string[], relations: Iterable<PlacedRelation>): PlacementPlan {
  const ids = [...actorIds].sort(byCodeUnits);
  const index = new Map(ids.map((id, i) => [id, i]));
  const seen = new Map<string, number>();
  const pairs: number[] = [];
  const counts: number[] = [];
  const pairOf = new Map<string, { pair: number; reversed: boolean }>();
  for (const relation of relations) {
    const a = index.get(relation.source)!;
    const b = index.get(relation.target)!;
    if (a === b) continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const k = seen.get(key);
    pairOf.set(relation.id, { pair: k ?? counts.length, reversed: a > b });
    if (k !== undefined) {
      counts[k]!++;
      continue;
    }
    seen.set(key, counts.length);
    pairs.push(Math.min(a, b), Math.max(a, b));
    counts.push(1);
  }
  return { ids, structure: { actors: ids.length, pairs: Uint32Array.from(pairs), relations: Uint16Array.from(counts) }, pairOf };
}

/** The plan for the elements of `cy`. */
function planOf(cy: Core): PlacementPlan {
  return placementPlan(
    cy.nodes().map((node) => node.id()),
    cy.edges().map((edge) => ({ id: edge.id(), source: edge.data('source') as string, target: edge.data('target') as string })),
  );
}

/** Whether two plans place the same actors joined the same way. */
export function samePlan(a: PlacementPlan, b: PlacementPlan): boolean {
  return (
    sameValues(a.ids, b.ids) && sameValues(a.structure.pairs, b.structure.pairs) && sameValues(a.structure.relations, b.structure.relations)
  );
}

/** Removes what a placement sets beyond positions (label sides, bends), where set. */
export function clearPlacementMarks(cy: Core): void {
  const sides = Object.values(LABEL_SIDE_CLASSES);
  // Only where set: removing a class an element lacks still restyles it.
  cy.batch(() => cy.elements(`.${[BENT_CLASS, ...sides].join(', .')}`).removeClass([BENT_CLASS, ...sides]));
}

/**
 * Begins the placement's first part, which needs no label: in a worker where one may start,
 * else here. Even 10 actors may take a few hundred milliseconds to untangle, which the page
 * should not wait through; the worker was started as the load began (warmLayoutWorker).
 */
export function beginPlacement(plan: PlacementPlan, options: JobOptions = {}): Promise<Float64Array> {
  return inWorkerElseHere({ kind: 'start', input: plan.structure }, () => startHere(plan.structure), options);
}

/** The placement's second part, from the labels' sizes, where the first was worked out. */
function finish(input: PlacementInput, start: Float64Array, options: JobOptions): Promise<Placement> {
  return inWorkerElseHere({ kind: 'finish', input, start }, () => finishHere(input, start), options);
}

/** Each part on this thread, its code fetched on first use. */
async function startHere(structure: PlacementStructure): Promise<Float64Array> {
  const { startPlacement } = await import('./placement-job.ts');
  return startPlacement(structure);
}

async function finishHere(input: PlacementInput, start: Float64Array): Promise<Placement> {
  const { finishPlacement } = await import('./placement-job.ts');
  return finishPlacement(input, start);
}

/** A placement's first part begun before the drawing had its elements (see early-layout.ts). */
export interface EarlyPlacement {
  plan: PlacementPlan;
  start: Promise<Float64Array>;
}

/**
 * Lays out every actor of `cy` and moves them there, each label on its side. An `early` start
 * is taken where it was begun from the same actors and relations.
 */
export async function layOutSmallGraph(cy: Core, signal?: AbortSignal, early?: EarlyPlacement | null): Promise<void> {
  const plan = planOf(cy);
  const wanted = () => !cy.destroyed();
  const options = { ...(signal ? { signal } : {}), wanted };
  const fresh = () => beginPlacement(plan, options);
  // The first part runs while the labels are measured, which works out the whole style.
  const started = early && samePlan(early.plan, plan) ? early.start.catch(() => (cy.destroyed() ? null : fresh())) : fresh();
  // Labels are measured on the default side: no side class may be left from an earlier layout.
  clearPlacementMarks(cy);
  // Nothing is drawn while the placement is worked out (cytoscape draws no frame in a batch),
  // so that the reader never sees the actors at their seed positions first.
  cy.startBatch();
  try {
    // Measuring works out each actor's style, a few milliseconds apiece: in slices, so that the
    // page stays responsive and the worker gets the job (posted before its script had loaded,
    // it is handed over between tasks).
    const labels: LabelSize[] = [];
    const measured =
      plan.ids.length === 0 ||
      (await inSlices(
        () => {
          labels.push(labelSize(cy.getElementById(plan.ids[labels.length]!)));
          return labels.length === plan.ids.length;
        },
        () => !cy.destroyed(),
      ));
    const input: PlacementInput = { labels, pairs: plan.structure.pairs, relations: plan.structure.relations };
    // A drawing destroyed meanwhile (its element left the page) needs no placement.
    const placement = await started
      .then((start) => (start && measured && !cy.destroyed() ? finish(input, start, options) : null))
      .catch((error: unknown) => {
        if (isAbort(error) && cy.destroyed() && !signal?.aborted) return null;
        throw error;
      });
    if (placement && !cy.destroyed()) applyPlacement(cy, plan.ids, placement, plan.pairOf);
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

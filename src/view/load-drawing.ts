/**
 * Drawing a new graph without holding up the page: its elements are added, styled and
 * measured in slices of a few milliseconds, its layout is worked out in a worker while the
 * element renders what depends on the graph alone, and the geometry of the laid-out drawing is
 * worked out in slices again. The frames are held meanwhile (holdFrames), so that the reader
 * never sees the drawing half made; the first frame drawn is the finished drawing.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { ActorGraph } from '../model/graph.ts';
import { holdFrames, type FrameHold } from './batching.ts';
import { toElements } from './elements.ts';
import { layOutDrawing, placeLarge, placeSmall, styleAll } from './lay-out.ts';
import { COLA_MAX_ACTORS, type LayoutName } from './layout.ts';
import { LARGE_DRAWING_RELATIONS } from './style.ts';

/** Elements added to cytoscape in one call: few enough that a call stays well within a slice. */
const ADD_CHUNK = 100;

/** The parts of cytoscape's canvas renderer (3.x) set here. */
interface CanvasRenderer {
  hideEdgesOnViewport?: boolean;
}

const rendererOf = (cy: Core): CanvasRenderer | undefined => (cy as unknown as { renderer?(): CanvasRenderer }).renderer?.();

/**
 * Replaces the drawing's elements by the graph's and lays them out. `arrange` runs while the
 * layout is worked out, the elements styled and the frames held: the element applies its view
 * (filter, focus, selection) and renders what depends on it (the legend, which may change the
 * canvas's size). Resolves with the hold on the drawing's frames, for the caller to release once
 * it has fitted the view; null when `current()` turned false (another load came) and the work
 * stopped.
 */
export async function drawGraph(
  cy: Core,
  graph: ActorGraph,
  layout: LayoutName,
  current: () => boolean,
  arrange: () => Promise<void>,
): Promise<FrameHold | null> {
  // Relations of a large drawing are left out while the reader pans or zooms: redrawing 20,000
  // of them takes half a second a frame (cytoscape's `hideEdgesOnViewport`, an option it reads
  // only when created, before the graph is known).
  const renderer = rendererOf(cy);
  if (renderer && 'hideEdgesOnViewport' in renderer) renderer.hideEdgesOnViewport = graph.size > LARGE_DRAWING_RELATIONS;
  const hold = holdFrames(cy);
  let done = false;
  try {
    if (!(await addElements(cy, hold, toElements(graph), current))) return null;
    const large = cy.nodes().length > COLA_MAX_ACTORS;
    if (layout === 'auto' && !large) {
      if (!(await placeSmall(cy, hold, current, arrange))) return null;
    } else if ((layout === 'auto' || layout === 'cola') && large) {
      if (!(await placeLarge(cy, hold, current, arrange))) return null;
    } else {
      // The layouts a page asks for by name run as they always have, on the page.
      if (!(await styleAll(cy.elements(), hold, current))) return null;
      await layOutDrawing(cy, layout);
      if (!current()) return null;
      await arrange();
    }
    const elements = cy.elements();
    if (!current() || !(await hold.each(elements.length, (i) => void elements[i]!.boundingBox(), current))) return null;
    done = true;
    return hold;
  } finally {
    if (!done) hold.release();
  }
}

/** Removes the elements drawn and adds `elements`, a chunk at a time. */
async function addElements(cy: Core, hold: FrameHold, elements: ElementDefinition[], current: () => boolean): Promise<boolean> {
  const old = cy.elements();
  const chunks = Math.ceil(old.length / ADD_CHUNK);
  // Old elements go a chunk at a time too, relations first (removing an actor removes its relations).
  const ordered = old.edges().union(old.nodes());
  const removed = await hold.each(chunks, (k) => void ordered.slice(k * ADD_CHUNK, (k + 1) * ADD_CHUNK).remove(), current);
  return (
    removed &&
    hold.each(Math.ceil(elements.length / ADD_CHUNK), (k) => void cy.add(elements.slice(k * ADD_CHUNK, (k + 1) * ADD_CHUNK)), current)
  );
}

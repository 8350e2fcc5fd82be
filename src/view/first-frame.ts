/**
 * A drawing's first frames, made lighter. Where the page draws without a GPU, a canvas's first
 * draws and the first few frames that show it each cost tens of milliseconds while its memory
 * and the compositor's buffers are set up, and cytoscape's renderer has three canvases: the
 * drawing, and above it one for dragged elements and one for the selection box. So the two
 * above, blank until an actor is dragged or the background pressed, are left alone while they
 * stay blank (cytoscape clears them on every frame otherwise), and so is the drawing's until it
 * has its first elements; and for small drawings,
 * cytoscape's layered cache (bitmaps of many elements at once, which makes panning cheap) is
 * filled over the frames after the first rather than in it. And the drawing's canvas can be set up
 * in a task of its own while the layout runs, rather than in the first frame that draws on it.
 */
import type { Core } from 'cytoscape';

/** The parts of cytoscape's canvas renderer (3.x) used here. */
interface CanvasRenderer {
  data?: {
    canvasNeedsRedraw: boolean[];
    contexts?: CanvasRenderingContext2D[];
    lyrTxrCache?: { firstGet: boolean };
    bgActivePosistion?: unknown;
  };
  NODE: number;
  DRAG: number;
  SELECT_BOX: number;
  render(options?: { forcedContext?: unknown }): void;
  getCachedZSortedEles?(): { drag: ArrayLike<unknown> };
  hoverData?: { selecting?: boolean };
  touchData?: { selecting?: boolean };
  showFps?: boolean;
  prevPxRatio?: number;
  getPixelRatio?(): number;
}

const rendererOf = (cy: Core): CanvasRenderer | undefined => (cy as unknown as { renderer?(): CanvasRenderer }).renderer?.();

/**
 * Drawings whose canvas is not set up yet: neither a frame has drawn on it nor
 * prepareDrawingCanvas cleared it (set by lightenFirstFrames).
 */
const blankDrawings = new WeakSet<Core>();

/**
 * Makes the drawing's first frames lighter, as the module says: called once, on a new drawing
 * with no element yet.
 */
export function lightenFirstFrames(cy: Core): void {
  const renderer = rendererOf(cy);
  const data = renderer?.data;
  if (!renderer || !data || typeof renderer.render !== 'function') return;
  // Cytoscape's first frame sizes the canvases again, as it does whenever the pixel ratio
  // changed since the last, and so redraws them all, blank or not: they were sized for this
  // ratio when it was created.
  if (renderer.prevPxRatio === undefined && typeof renderer.getPixelRatio === 'function') renderer.prevPxRatio = renderer.getPixelRatio();
  const blank = { drawing: true, drag: true, select: true };
  blankDrawings.add(cy);
  const r = renderer;
  const render = r.render.bind(r);
  r.render = (options) => {
    if (options?.forcedContext) return render(options);
    const need = data.canvasNeedsRedraw;
    // The drawing's canvas too, until it has something to draw: its first clearing sets it up,
    // which a frame that draws elements then does not have to do twice.
    if (blank.drawing && cy.elements().empty()) need[r.NODE] = false;
    else if (blank.drawing) {
      blank.drawing = false;
      blankDrawings.delete(cy);
    }
    const dragging = (r.getCachedZSortedEles?.().drag.length ?? 1) > 0;
    const selecting = !!(r.hoverData?.selecting || r.touchData?.selecting || data.bgActivePosistion || r.showFps);
    // Clearing a blank canvas changes nothing on screen.
    if (!dragging && blank.drag) need[r.DRAG] = false;
    if (!selecting && blank.select) need[r.SELECT_BOX] = false;
    const drawsDrag = need[r.DRAG];
    const drawsSelect = need[r.SELECT_BOX];
    render(options);
    if (drawsDrag) blank.drag = !dragging;
    if (drawsSelect) blank.select = !selecting;
  };
}

/**
 * Has cytoscape's layered cache filled over the frames after the first rather than in it, where
 * it would double the first frame's work; a drawing up to COLA_MAX_ACTORS actors is cheap
 * enough to draw element by element meanwhile. Called before the drawing's first frame.
 */
export function layersAfterFirstFrame(cy: Core): void {
  const cache = rendererOf(cy)?.data?.lyrTxrCache;
  if (cache) cache.firstGet = false;
}

/**
 * Sets up the drawing's canvas now, in the caller's task, where no frame has drawn on it yet:
 * its first clearing takes tens of milliseconds without a GPU (its memory), which the first
 * frame that shows the graph then does not pay. Called while the layout runs, when the page
 * has nothing else to do; true when it cleared the canvas. A canvas that shows a drawing is
 * left as it is.
 */
export function prepareDrawingCanvas(cy: Core): boolean {
  if (cy.destroyed() || !blankDrawings.has(cy)) return false;
  const renderer = rendererOf(cy);
  const context = renderer?.data?.contexts?.[renderer.NODE];
  if (!context) return false;
  blankDrawings.delete(cy);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  return true;
}

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { lightenFirstFrames, prepareDrawingCanvas } from '../../src/view/first-frame.ts';
import { LIGHT_THEME, buildStylesheet } from '../../src/view/style.ts';

let cy: Core | null = null;

afterEach(() => {
  cy?.destroy();
  cy = null;
  document.body.replaceChildren();
});

/** A new drawing, as `<actor-graph>` makes one: no element yet, its first frames lightened. */
function newDrawing(): Core {
  const container = document.createElement('div');
  container.style.width = '400px';
  container.style.height = '300px';
  document.body.append(container);
  cy = cytoscape({ container, layout: { name: 'null' }, style: buildStylesheet(LIGHT_THEME) });
  lightenFirstFrames(cy);
  return cy;
}

/** The drawing's canvas (cytoscape's lowest), with a count of its clearings from now on. */
function drawingCanvas(drawing: Core): { canvas: HTMLCanvasElement; clearings: () => number } {
  const canvas = drawing.container()!.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
  const context = canvas.getContext('2d')!;
  let count = 0;
  const clear = context.clearRect.bind(context);
  context.clearRect = (...args: Parameters<CanvasRenderingContext2D['clearRect']>) => {
    count++;
    clear(...args);
  };
  return { canvas, clearings: () => count };
}

/** The colour of the canvas pixel at (x, y), as [r, g, b, a]. */
const pixel = (canvas: HTMLCanvasElement, x: number, y: number) => [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data];

describe("a new drawing's canvas, set up before its first frame", () => {
  it('is cleared once, ahead of the frames, while nothing has been drawn on it', () => {
    const drawing = newDrawing();
    const { clearings } = drawingCanvas(drawing);
    expect(prepareDrawingCanvas(drawing)).toBe(true);
    expect(clearings()).toBe(1);
    // Once is enough: the canvas is set up.
    expect(prepareDrawingCanvas(drawing)).toBe(false);
    expect(clearings()).toBe(1);
  });

  it('is never cleared once it shows a drawing, so that a graph being replaced stays on screen', async () => {
    const drawing = newDrawing();
    drawing.add({ data: { id: 'ru', label: 'Russia', kind: 'state' }, position: { x: 200, y: 150 } });
    const { canvas, clearings } = drawingCanvas(drawing);
    // The actor, drawn in the middle of the canvas (its fill is not transparent).
    await expect.poll(() => pixel(canvas, 200 * devicePixelRatio, 150 * devicePixelRatio)[3], { timeout: 10_000 }).toBe(255);
    const drawn = clearings();
    expect(prepareDrawingCanvas(drawing)).toBe(false);
    expect(clearings()).toBe(drawn);
    expect(pixel(canvas, 200 * devicePixelRatio, 150 * devicePixelRatio)[3]).toBe(255);
  });

  it('does nothing on a drawing already destroyed', () => {
    const drawing = newDrawing();
    drawing.destroy();
    cy = null;
    expect(prepareDrawingCanvas(drawing)).toBe(false);
  });
});

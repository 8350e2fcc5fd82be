/**
 * What a live cytoscape drawing shows, read as the plain geometry drawing-measures.ts measures:
 * in rendered (on-screen pixel) coordinates, and only what is visible now. Relations are read as
 * cytoscape draws them, curves sampled into polylines, so that a relation bent around an actor
 * does not count as drawn through it.
 */
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import type { Box, DrawnActor, DrawnRelation, Point } from './drawing-measures.ts';

/** What is drawn, as drawing-measures.ts takes it. */
export interface Drawing {
  actors: DrawnActor[];
  relations: DrawnRelation[];
  /** The view's size in pixels. */
  view: { width: number; height: number };
}

/** Points sampled along each quadratic piece of a curved relation. */
export const SAMPLES_PER_PIECE = 16;

/** Reads what `cy` draws now, in rendered coordinates. */
export function readDrawing(cy: Core): Drawing {
  const actors = cy.nodes(':visible').map((node): DrawnActor => {
    const { x, y } = node.renderedPosition();
    return { id: node.id(), x, y, width: node.renderedWidth(), height: node.renderedHeight(), label: labelBox(node, cy.zoom()) };
  });
  const relations = cy.edges(':visible').map((edge): DrawnRelation => ({
    id: edge.id(),
    source: edge.source().id(),
    target: edge.target().id(),
    line: drawnLine(edge),
    midpoint: point(edge.renderedMidpoint()),
  }));
  return { actors, relations, view: { width: cy.width(), height: cy.height() } };
}

/** The box of an actor's label, or null when none is drawn: no text, transparent, or too small to be drawn at this zoom. */
function labelBox(node: NodeSingular, zoom: number): Box | null {
  if (String(node.style('label') ?? '').trim() === '') return null;
  if (Number(node.numericStyle('text-opacity')) === 0) return null;
  // Cytoscape leaves out labels whose size on screen falls below `min-zoomed-font-size`.
  if (Number(node.numericStyle('font-size')) * zoom < Number(node.numericStyle('min-zoomed-font-size'))) return null;
  const box = node.renderedBoundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
    includeUnderlays: false,
  });
  if (!(box.w > 0 && box.h > 0) || ![box.x1, box.y1, box.x2, box.y2].every(Number.isFinite)) return null;
  return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
}

const point = ({ x, y }: Position): Point => ({ x, y });

/**
 * The line cytoscape draws for a relation, from where it leaves its source to where it meets its
 * target. Cytoscape says which kind of line it drew by what it answers: segment points for
 * 'segments' and 'taxi', control points for curves ('bezier', 'unbundled-bezier', loops), and
 * neither for straight lines ('straight', 'haystack', or a lone 'bezier' relation).
 */
function drawnLine(edge: EdgeSingular): Point[] {
  const start = point(edge.renderedSourceEndpoint());
  const end = point(edge.renderedTargetEndpoint());
  // The rendered forms throw where the model forms answer undefined: asked only when there are points.
  if ((edge.segmentPoints() as Position[] | undefined)?.length) return [start, ...edge.renderedSegmentPoints().map(point), end];
  if ((edge.controlPoints() as Position[] | undefined)?.length) return sampleCurve(start, edge.renderedControlPoints().map(point), end);
  return [start, end];
}

/**
 * Points along the curve cytoscape draws through `controls`: quadratic Bézier pieces, one per
 * control point, each ending halfway to the next control point (the last at `end`), so that
 * the pieces join smoothly. SAMPLES_PER_PIECE points a piece, `start` first and `end` last.
 */
export function sampleCurve(start: Point, controls: readonly Point[], end: Point, samples = SAMPLES_PER_PIECE): Point[] {
  const line: Point[] = [start];
  let from = start;
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : end;
    for (let k = 1; k <= samples; k++) {
      const t = k / samples,
        s = 1 - t;
      line.push({ x: s * s * from.x + 2 * s * t * control.x + t * t * to.x, y: s * s * from.y + 2 * s * t * control.y + t * t * to.y });
    }
    from = to;
  });
  return line;
}

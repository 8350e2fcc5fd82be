/**
 * A relation drawn by hand on the drawing: Shift and a drag from one actor draw a dashed line that
 * follows the pointer, the actor under it ringed as where the line would end; released on another
 * actor, the line gives its two ends. Released on nothing or on the actor it started from, or
 * Escape, it gives nothing. A drag without Shift is left to cytoscape, which moves the actor.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Bounds } from './positions.ts';
import type { Point } from './layout.ts';

/** How far outside an actor's shape the pointer still counts as on it, in pixels: a small shape is hard to hit. */
export const DROP_MARGIN = 6;

/**
 * The actor under `point`: of those whose box, grown by `margin`, holds it, the one whose middle
 * is nearest; null when none does.
 */
export function actorAt(point: Point, boxes: Iterable<readonly [string, Bounds]>, margin = DROP_MARGIN): string | null {
  let found: string | null = null;
  let nearest = Infinity;
  for (const [id, b] of boxes) {
    if (point.x < b.x1 - margin || point.x > b.x2 + margin || point.y < b.y1 - margin || point.y > b.y2 + margin) continue;
    const distance = Math.hypot(point.x - (b.x1 + b.x2) / 2, point.y - (b.y1 + b.y2) / 2);
    if (distance < nearest) [found, nearest] = [id, distance];
  }
  return found;
}

/** The ends of a line started on `source` and released over `target`: none when released on nothing or where it started. */
export function relationEnds(source: string, target: string | null): { source: string; target: string } | null {
  return target === null || target === source ? null : { source, target };
}

/** What a drawn line tells. */
export interface RelationDragHooks {
  /** A line was started from the actor `source`. */
  started(source: string): void;
  /** The line was released on another actor. */
  drawn(ends: { source: string; target: string }): void;
  /** The line was released on nothing or on its own actor, or Escape was pressed. */
  cancelled(source: string, escaped: boolean): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An element of the overlay, its look set through the style object (which a strict Content-Security-Policy allows). */
function svg<K extends keyof SVGElementTagNameMap>(name: K, style: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [property, value] of Object.entries(style)) element.style.setProperty(property, value);
  return element;
}

const ring = (dash: string) =>
  svg('rect', { fill: 'none', stroke: 'var(--_ag-accent, currentColor)', 'stroke-width': '3px', 'stroke-dasharray': dash, rx: '6px' });

/** The line, the ring around the actor it starts from and the ring around the actor under the pointer. */
class Overlay {
  readonly root = svg('svg', {
    position: 'absolute',
    inset: '0',
    width: '100%',
    height: '100%',
    'pointer-events': 'none',
    'z-index': '10',
  });
  /** In the text's colour, on a band of the background's: no relation type is drawn so, and it shows over any line. */
  readonly #halo = svg('line', { stroke: 'var(--_ag-background, Canvas)', 'stroke-width': '6px', 'stroke-linecap': 'round' });
  readonly #line = svg('line', {
    stroke: 'var(--_ag-text, currentColor)',
    'stroke-width': '2.5px',
    'stroke-dasharray': '10 6',
  });
  readonly #from = ring('none');
  readonly #to = ring('6 4');

  constructor(container: HTMLElement) {
    this.root.setAttribute('aria-hidden', 'true');
    this.root.classList.add('relation-drag');
    this.root.append(this.#halo, this.#line, this.#from, this.#to);
    container.append(this.root);
  }

  draw(from: NodeSingular, to: Point, target: NodeSingular | null): void {
    const start = from.renderedPosition();
    const end = target ? target.renderedPosition() : to;
    for (const [name, value] of [
      ['x1', start.x],
      ['y1', start.y],
      ['x2', end.x],
      ['y2', end.y],
    ] as const) {
      this.#halo.setAttribute(name, String(value));
      this.#line.setAttribute(name, String(value));
    }
    place(this.#from, from);
    place(this.#to, target);
  }

  remove(): void {
    this.root.remove();
  }
}

/** Puts a ring around `node` (a little outside its shape), or hides it. */
function place(rect: SVGRectElement, node: NodeSingular | null): void {
  rect.style.setProperty('display', node ? '' : 'none');
  if (!node) return;
  const b = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  const pad = 5;
  rect.setAttribute('x', String(b.x1 - pad));
  rect.setAttribute('y', String(b.y1 - pad));
  rect.setAttribute('width', String(b.w + 2 * pad));
  rect.setAttribute('height', String(b.h + 2 * pad));
}

/** Where each actor shown is drawn, in the drawing's pixels. */
function shownBoxes(cy: Core): [string, Bounds][] {
  return cy
    .nodes(':visible')
    .map((n) => [n.id(), n.renderedBoundingBox({ includeLabels: false, includeOverlays: false })] as [string, Bounds]);
}

/**
 * Listens on the drawing's container for Shift and a drag from an actor, before cytoscape does
 * (the capture phase runs from the outside in), which then never sees the press and moves
 * nothing. Returns the release, which also ends a line being drawn.
 */
export function listenForRelationDrags(cy: Core, hooks: RelationDragHooks): () => void {
  const container = cy.container();
  if (!container) return () => {};
  let drag: { source: NodeSingular; overlay: Overlay; target: string | null } | null = null;

  const at = (event: MouseEvent): Point => {
    const rect = container.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const end = (): NonNullable<typeof drag> | null => {
    const ended = drag;
    drag = null;
    ended?.overlay.remove();
    window.removeEventListener('mousemove', onMove, true);
    window.removeEventListener('mouseup', onUp, true);
    window.removeEventListener('keydown', onKey, true);
    return ended;
  };

  const onDown = (event: MouseEvent): void => {
    if (!event.shiftKey || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey || drag) return;
    const point = at(event);
    const id = actorAt(point, shownBoxes(cy), 0);
    if (id === null) return;
    event.preventDefault();
    event.stopPropagation();
    drag = { source: cy.getElementById(id), overlay: new Overlay(container), target: null };
    drag.overlay.draw(drag.source, point, null);
    window.addEventListener('mousemove', onMove, true);
    window.addEventListener('mouseup', onUp, true);
    window.addEventListener('keydown', onKey, true);
    hooks.started(id);
  };

  const onMove = (event: MouseEvent): void => {
    if (!drag) return;
    // The line is the only thing under the pointer: no tooltip or hover from the drawing meanwhile.
    event.stopPropagation();
    const point = at(event);
    const under = actorAt(point, shownBoxes(cy));
    drag.target = under === drag.source.id() ? null : under;
    drag.overlay.draw(drag.source, point, drag.target === null ? null : cy.getElementById(drag.target));
  };

  const onUp = (event: MouseEvent): void => {
    if (!drag || event.button !== 0) return;
    const source = end()!.source.id();
    const ends = relationEnds(source, actorAt(at(event), shownBoxes(cy)));
    if (ends) hooks.drawn(ends);
    else hooks.cancelled(source, false);
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !drag) return;
    // Escape ends the line, and only that: the drawing keeps its selection.
    event.preventDefault();
    event.stopPropagation();
    hooks.cancelled(end()!.source.id(), true);
  };

  container.addEventListener('mousedown', onDown, true);
  return () => {
    container.removeEventListener('mousedown', onDown, true);
    end();
  };
}

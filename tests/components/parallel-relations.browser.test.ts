/**
 * Relations between the same two actors, drawn apart: the eight Russia–Taliban relations fan out
 * far enough that a pointer picks each one at its middle, at the fitted view and zoomed out to
 * 0.5, whichever actor each starts from. Also label sides and bent relations as cytoscape draws
 * them. Nothing here depends on where the layout puts the actors.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import {
  BENT_CLASS,
  LABEL_FONT_SIZE,
  LABEL_MAX_WIDTH,
  LABEL_SIDE_CLASSES,
  NODE_SIZE,
  PARALLEL_MIN_GAP,
  labelBox,
  type Box,
  type LabelSide,
} from '../../src/view/style.ts';
import seed from '../../graph/russia-taliban-2016.json';

const PAIR = ['russia', 'taliban'] as const;

/** An `<actor-graph>` of 1000 × 700 showing `document`, drawn and fitted. */
async function drawn(document_: GraphDocument = structuredClone(seed) as GraphDocument): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '1000px';
  el.style.height = '700px';
  el.data = document_;
  document.body.append(el);
  const result = await el.ready;
  expect(result.ok).toBe(true);
  await el.updateComplete;
  return el;
}

const between = (cy: Core): EdgeSingular[] => cy.getElementById(PAIR[0]).edgesWith(cy.getElementById(PAIR[1])).toArray();

/**
 * Clicks with real (CDP) mouse events at a point given in the drawing's pixels, and gives the id
 * of what was selected (`actor-select` or `relation-select`), once one of them fires.
 */
async function clickAt(el: ActorGraphElement, point: { x: number; y: number }): Promise<{ type: string; id: string }> {
  const seen: { type: string; id: string }[] = [];
  const record = (event: Event) => seen.push({ type: event.type, id: (event as CustomEvent<{ id: string }>).detail.id });
  el.addEventListener('relation-select', record);
  el.addEventListener('actor-select', record);
  try {
    const host = el.getBoundingClientRect();
    const drawing = el.cy!.container()!.getBoundingClientRect();
    await userEvent.click(el, { position: { x: drawing.left - host.left + point.x, y: drawing.top - host.top + point.y } });
    await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThan(0);
    return seen[0]!;
  } finally {
    el.removeEventListener('relation-select', record);
    el.removeEventListener('actor-select', record);
  }
}

/** The least distance between any two of `points`. */
function leastGap(points: { x: number; y: number }[]): number {
  let least = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++)
      least = Math.min(least, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  }
  return least;
}

/**
 * Hides every actor but the pair, and so every relation but theirs, without moving anything:
 * whether some other actor or relation lies over the fan is the layout's business, and the
 * clicks should only tell whether the pair's relations are far enough apart. A style bypass,
 * which outlasts the classes the view sets when a click selects something.
 */
function isolatePair(cy: Core): void {
  cy.nodes()
    .filter((node) => !(PAIR as readonly string[]).includes(node.id()))
    .style('display', 'none');
}

/** Clicks the middle of each relation in turn and checks that just that relation is selected. */
async function clickEachMiddle(el: ActorGraphElement, ids: string[]): Promise<void> {
  for (const id of ids) {
    // Read again before each click: selecting a relation must not have moved anything, but if it
    // did, the click should still go where the relation is drawn.
    const middle = el.cy!.getElementById(id).renderedMidpoint();
    expect(await clickAt(el, middle), id).toEqual({ type: 'relation-select', id });
    await expect.poll(() => el.selected).toBe(id);
  }
}

afterEach(() => document.body.replaceChildren());

describe('parallel relations', () => {
  it('fans the eight Russia–Taliban relations apart at the fitted view, each clicked on its own at its middle, with the whole graph shown', async () => {
    const el = await drawn();
    const edges = between(el.cy!);
    expect(edges).toHaveLength(8);
    expect(new Set(edges.map((edge) => edge.data('type')))).toEqual(new Set(['cooperation', 'hostility', 'contested']));
    expect(leastGap(edges.map((edge) => edge.renderedMidpoint()))).toBeGreaterThanOrEqual(PARALLEL_MIN_GAP);
    // Nothing else lies over the fan in the default layout: no actor or relation is hidden.
    await clickEachMiddle(
      el,
      edges.map((edge) => edge.id()),
    );
  });

  it('keeps them apart and clickable zoomed out to 0.5, with relations running both ways', async () => {
    const reversed = ['russia-taliban-hostages-1996', 'russia-taliban-2001', 'russia-taliban-arms'];
    const document_ = structuredClone(seed) as GraphDocument;
    for (const relation of document_.relations) {
      if (reversed.includes(relation.id)) [relation.source, relation.target] = [relation.target, relation.source];
    }
    const el = await drawn(document_);
    const cy = el.cy!;
    const edges = between(cy);
    expect(
      edges
        .filter((edge) => edge.source().id() === 'taliban')
        .map((edge) => edge.id())
        .sort(),
      // The Taliban's drug sales to Russia run from the Taliban as written.
    ).toEqual([...reversed, 'taliban-drug-sales-to-russia'].sort());
    cy.zoom(0.5);
    cy.center(cy.getElementById(PAIR[0]).union(cy.getElementById(PAIR[1])));
    expect(cy.zoom()).toBe(0.5);

    // Fanned both ways alike: the middles lie in a row across the pair, in the order of the
    // relations (whichever way each runs), nearest neighbours in that order, and spaced about
    // evenly (the ends of outer curves meet the actors' outlines a little further out).
    const middles = edges.map((edge) => edge.renderedMidpoint());
    const steps = middles.slice(1).map((m, i) => Math.hypot(m.x - middles[i]!.x, m.y - middles[i]!.y));
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(PARALLEL_MIN_GAP);
    expect(leastGap(middles)).toBeCloseTo(Math.min(...steps), 6);
    expect(Math.max(...steps) / Math.min(...steps)).toBeLessThan(1.5);
    const first = middles[0]!;
    const last = middles[middles.length - 1]!;
    expect(Math.abs(Math.hypot(last.x - first.x, last.y - first.y) - steps.reduce((a, b) => a + b, 0))).toBeLessThan(1);
    isolatePair(cy);
    await clickEachMiddle(
      el,
      edges.map((edge) => edge.id()),
    );
  });
});

describe('bent relations', () => {
  it('curve a single relation by its bend, to the right of source → target for a positive bend', async () => {
    const el = await drawn();
    const cy = el.cy!;
    const edge = cy.edges().filter((e) => e.parallelEdges().length === 1)[0] as EdgeSingular;
    expect(edge).toBeDefined();
    const a = edge.source().position();
    const b = edge.target().position();
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    // The signed distance of a point from the line a → b, positive on its right (y down).
    const side = (p: { x: number; y: number }) => ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length;
    const straight = edge.midpoint();
    expect(Math.abs(side(straight))).toBeLessThan(1);

    for (const bend of [60, -40]) {
      edge.data('bend', bend).addClass(BENT_CLASS);
      expect(edge.style('curve-style')).toBe('unbundled-bezier');
      const [control] = edge.controlPoints();
      expect(side(control!)).toBeCloseTo(bend, 0);
      // The middle of a curve with one control point lies about halfway to it: a little further,
      // as the curve leaves each actor's outline on the side it bends to.
      const middle = side(edge.midpoint()) / bend;
      expect(middle).toBeGreaterThanOrEqual(0.5);
      expect(middle * Math.abs(bend)).toBeLessThanOrEqual(Math.abs(bend) / 2 + NODE_SIZE / 2);
    }
    edge.removeClass(BENT_CLASS);
    expect(edge.style('curve-style')).toBe('bezier');
    expect(Math.abs(side(edge.midpoint()))).toBeLessThan(1);
  });
});

describe('label sides', () => {
  const labelBounds = (node: NodeSingular): Box => {
    // Worked out afresh: cytoscape keeps where a label was drawn until its next frame, even
    // across a change of class, once the drawing's geometry is ready for its first frame.
    const afresh = { includeNodes: false, includeEdges: false, includeLabels: true, useCache: false };
    const { x1, y1, x2, y2 } = node.boundingBox(afresh);
    return { x1, y1, x2, y2 };
  };

  /** The size of a one-line label's text, measured as cytoscape measures it. */
  const textSize = (node: NodeSingular) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${node.style('font-style')} ${node.style('font-weight')} ${LABEL_FONT_SIZE}px ${node.style('font-family')}`;
    return { width: Math.ceil(context.measureText(node.data('label')).width), height: LABEL_FONT_SIZE };
  };

  const setSide = (node: NodeSingular, side: LabelSide) => {
    for (const name of Object.values(LABEL_SIDE_CLASSES)) node.removeClass(name);
    if (side !== 'bottom') node.addClass(LABEL_SIDE_CLASSES[side]);
  };

  it('puts the label where labelBox says, on each side, within a pixel', async () => {
    const el = await drawn();
    const cy = el.cy!;
    const nodes = cy.nodes().filter((node) => textSize(node).width <= LABEL_MAX_WIDTH);
    expect(nodes.length).toBeGreaterThan(5);
    for (const node of nodes.toArray() as NodeSingular[]) {
      const { x, y } = node.position();
      const half = node.width() / 2;
      for (const side of ['top', 'left', 'right', 'bottom'] as const) {
        setSide(node, side);
        const drawnBox = labelBounds(node);
        const expected = labelBox(side, { x, y }, textSize(node));
        for (const key of ['x1', 'y1', 'x2', 'y2'] as const)
          expect(Math.abs(drawnBox[key] - expected[key]), `${node.id()} ${side} ${key}`).toBeLessThanOrEqual(1);
        // And on that side of the shape: clear of it, and centred along it.
        const across = { x: (drawnBox.x1 + drawnBox.x2) / 2, y: (drawnBox.y1 + drawnBox.y2) / 2 };
        if (side === 'top') expect(drawnBox.y2).toBeLessThan(y - half);
        if (side === 'bottom') expect(drawnBox.y1).toBeGreaterThan(y + half);
        if (side === 'left') expect(drawnBox.x2).toBeLessThan(x - half);
        if (side === 'right') expect(drawnBox.x1).toBeGreaterThan(x + half);
        if (side === 'top' || side === 'bottom') expect(across.x).toBeCloseTo(x, 0);
        else expect(across.y).toBeCloseTo(y, 0);
      }
    }
  });
});

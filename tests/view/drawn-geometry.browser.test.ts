import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { measureDrawing, type Point } from '../../src/view/drawing-measures.ts';
import { readDrawing, sampleCurve } from '../../src/view/drawn-geometry.ts';
import { CLASSES, LIGHT_THEME, buildStylesheet } from '../../src/view/style.ts';

let cy: Core | null = null;

afterEach(() => {
  cy?.destroy();
  cy = null;
  document.body.replaceChildren();
});

const ZOOM = 1.5;
const PAN = { x: -100, y: -150 };

/**
 * Three actors in the project's style at zoom 1.5: Russia and the Taliban joined by three
 * parallel relations, Iran joined to each by one (the one from Russia bent, 'segments'), and a
 * fourth actor hidden by the filter, with its relation.
 */
async function mount(): Promise<Core> {
  const container = document.createElement('div');
  container.style.width = '1000px';
  container.style.height = '700px';
  document.body.append(container);
  cy = cytoscape({
    container,
    style: [
      ...buildStylesheet(LIGHT_THEME),
      { selector: '#ri', style: { 'curve-style': 'segments', 'segment-distances': 40, 'segment-weights': 0.5 } },
    ],
    // Where they are put, not where cytoscape's default grid would put them.
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'ru', label: 'Russia', kind: 'state' }, position: { x: 200, y: 350 } },
      { data: { id: 'tb', label: 'Taliban', kind: 'non-state armed group' }, position: { x: 600, y: 350 } },
      { data: { id: 'ir', label: 'Iran', kind: 'state' }, position: { x: 400, y: 150 } },
      { data: { id: 'us', label: 'United States', kind: 'state' }, position: { x: 400, y: 500 }, classes: CLASSES.filtered },
      { data: { id: 'p1', source: 'ru', target: 'tb', type: 'cooperation' } },
      { data: { id: 'p2', source: 'tb', target: 'ru', type: 'contested' } },
      { data: { id: 'p3', source: 'ru', target: 'tb', type: 'hostility' } },
      { data: { id: 'ti', source: 'tb', target: 'ir', type: 'hostility' } },
      { data: { id: 'ri', source: 'ru', target: 'ir', type: 'cooperation' } },
      { data: { id: 'ui', source: 'us', target: 'ir', type: 'cooperation' } },
    ],
  });
  // Cytoscape takes its size from the container once it is laid out.
  await expect.poll(() => [cy!.width(), cy!.height()]).toEqual([1000, 700]);
  cy.viewport({ zoom: ZOOM, pan: PAN });
  return cy;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x,
    dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return distance(p, { x: a.x + t * dx, y: a.y + t * dy });
}

describe('readDrawing', () => {
  it('reads visible actors in rendered coordinates, with their labels below them', async () => {
    const core = await mount();
    const drawing = readDrawing(core);
    expect(drawing.view).toEqual({ width: 1000, height: 700 });
    expect(drawing.actors.map((actor) => actor.id).sort()).toEqual(['ir', 'ru', 'tb']);
    const russia = drawing.actors.find((actor) => actor.id === 'ru')!;
    expect(russia.x).toBeCloseTo(200 * ZOOM + PAN.x, 6);
    expect(russia.y).toBeCloseTo(350 * ZOOM + PAN.y, 6);
    expect(russia.width).toBeCloseTo(30 * ZOOM, 6);
    for (const { x, y, height, label } of drawing.actors) {
      expect(label).not.toBeNull();
      expect(label!.y1).toBeGreaterThan(y + height / 2);
      expect(label!.x1).toBeLessThan(x);
      expect(label!.x2).toBeGreaterThan(x);
    }
  });

  it('reads each of three parallel relations at its own midpoint, on its sampled curve', async () => {
    const core = await mount();
    const { relations } = readDrawing(core);
    expect(relations.map((relation) => relation.id).sort()).toEqual(['p1', 'p2', 'p3', 'ri', 'ti']);
    const parallels = relations.filter((relation) => relation.id.startsWith('p'));
    const midpoints = parallels.map((relation) => relation.midpoint!);
    expect(new Set(midpoints.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(3);
    for (const relation of parallels) {
      // Cytoscape's midpoint lies on the line as sampled (curved, or straight for the middle one), which runs from one actor to the other.
      const line = relation.line!;
      expect(Math.min(...line.slice(1).map((p, k) => distanceToSegment(relation.midpoint!, line[k]!, p)))).toBeLessThan(0.5);
      const [source, target] = relation.source === 'ru' ? [core.$id('ru'), core.$id('tb')] : [core.$id('tb'), core.$id('ru')];
      expect(distance(line[0]!, source.renderedPosition())).toBeLessThan(source.renderedWidth());
      expect(distance(line.at(-1)!, target.renderedPosition())).toBeLessThan(target.renderedWidth());
    }
    // The bent relation runs through its one bend point.
    const bent = relations.find((relation) => relation.id === 'ri')!;
    expect(bent.line).toHaveLength(3);
    expect(distance(bent.line![1]!, core.$id('ri').renderedSegmentPoints()[0]!)).toBeLessThan(1e-9);
  });

  it('gives measureDrawing no crossings and parallels well apart', async () => {
    const { actors, relations, view } = readDrawing(await mount());
    const measures = measureDrawing(actors, relations, view);
    expect(measures.crossings).toBe(0);
    expect(measures.relationsThroughActors).toBe(0);
    expect(measures.labelOverlaps).toBe(0);
    // Control points 34 px apart put the middles of the curves about 17 px apart (less where the
    // curves leave the actors' outlines nearer one another), × 1.5 on screen.
    expect(measures.parallelMidpointGap).toBeGreaterThan(6);
    expect(measures.parallelMidpointGap).toBeGreaterThan(0.75 * 17 * ZOOM);
    expect(measures.parallelMidpointGap).toBeLessThan(34 * ZOOM);
    expect(measures.fill).toBeGreaterThan(0.1);
    expect(measures.fill).toBeLessThan(1);
  });

  it('sees a relation drawn straight through an actor, and not once it is bent around it', async () => {
    const core = await mount();
    // Pakistan below Iran, Egypt on the straight line between them.
    core.add([
      { data: { id: 'eg', label: 'Egypt', kind: 'state' }, position: { x: 400, y: 250 } },
      { data: { id: 'pk', label: 'Pakistan', kind: 'state' }, position: { x: 400, y: 400 } },
      { data: { id: 'ix', source: 'ir', target: 'pk', type: 'hostility' } },
    ]);
    const straight = readDrawing(core);
    expect(measureDrawing(straight.actors, straight.relations, straight.view).relationsThroughActors).toBe(1);
    core.$id('ix').style({ 'curve-style': 'unbundled-bezier', 'control-point-distances': 120, 'control-point-weights': 0.5 });
    const drawing = readDrawing(core);
    expect(drawing.relations.find((relation) => relation.id === 'ix')!.line!.length).toBe(1 + 16);
    expect(measureDrawing(drawing.actors, drawing.relations, drawing.view).relationsThroughActors).toBe(0);
  });
});

describe('sampleCurve', () => {
  it('joins quadratic pieces halfway between control points, as cytoscape draws them', () => {
    const line = sampleCurve(
      { x: 0, y: 0 },
      [
        { x: 10, y: 20 },
        { x: 30, y: 20 },
      ],
      { x: 40, y: 0 },
      4,
    );
    expect(line).toHaveLength(1 + 2 * 4);
    expect(line[0]).toEqual({ x: 0, y: 0 });
    // The first piece ends at (20, 20), halfway between the control points; its middle is at t = ½.
    expect(line[4]).toEqual({ x: 20, y: 20 });
    expect(line[2]).toEqual({ x: 0.25 * 0 + 0.5 * 10 + 0.25 * 20, y: 0.5 * 20 + 0.25 * 20 });
    expect(line[8]).toEqual({ x: 40, y: 0 });
  });
});

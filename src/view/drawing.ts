/**
 * The cytoscape drawing behind `<actor-graph>`, without Lit: creating it in a container,
 * showing the reader's view of the graph (filter, focus, highlight, selection), fitting it, and
 * bringing an actor into sight.
 */
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type EventObject,
  type SingularElementArgument,
  type StylesheetJson,
} from 'cytoscape';
import { filterFor, holdingOf, relationPasses } from '../model/filter.ts';
import type { RelationType } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import { neighbourhood } from '../model/neighbourhood.ts';
import { graphSummary, summary } from './accessible-text.ts';
import { toElements, type NodeData } from './elements.ts';
import { viewFilter } from './filter-attributes.ts';
import { KEY_STEPS, keyboardOrder, stepSelection } from './keyboard-order.ts';
import { cssColor } from './cytoscape-page.ts';
import type { EarlyLayout } from './early-layout.ts';
import { layersAfterFirstFrame, lightenFirstFrames, prepareDrawingCanvas } from './first-frame.ts';
import { layOutLargeGraph } from './large-layout.ts';
import { clearPlacementMarks, layOutSmallGraph } from './small-layout.ts';
import { COLA_MAX_ACTORS, FIT_PADDING, layoutOptions, seedPositions, type LayoutName, type Point } from './layout.ts';
import { legendFor, type LegendItems } from './legend.ts';
import { ACTOR_EXTENT, CLASSES, DARK_THEME, LARGE_DRAWING_RELATIONS, LIGHT_THEME, buildStylesheet, readTheme } from './style.ts';
import { addInSlices, boundsInSlices, styleInSlices } from './style-slices.ts';
import { nextTask } from './slices.ts';
import { fitPoints } from './viewport.ts';

export interface DrawingHooks {
  /** An actor or relation was clicked or tapped. */
  tap(id: string): void;
  /** The reader panned or zoomed: the view is theirs now. */
  moved(): void;
  /** The container changed size (cytoscape already knows). */
  resized(): void;
}

/**
 * A cytoscape instance drawing into `container`, and `release`, which stops what keeps it sized
 * and placed; the caller releases before it destroys the instance.
 */
export function createDrawing(container: HTMLElement, hooks: DrawingHooks): { cy: Core; release: () => void } {
  // No layout at creation (cytoscape's default runs a grid over no element and fits it).
  const cy = cytoscape({
    container,
    layout: { name: 'null' },
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 6,
  });
  lightenFirstFrames(cy);
  cy.on('tap', 'node, edge', (event: EventObject) => hooks.tap((event.target as cytoscape.SingularElementReturnValue).id()));
  cy.on('dragpan scrollzoom pinchzoom', () => hooks.moved());
  // Cytoscape watches its container as well and redraws every element on each report, even
  // one of an unchanged size or an attribute change: 0.7 s a time at 5,000 actors. This
  // observer resizes it only when the box really changed, so cytoscape's own watchers stop.
  const renderer = rendererOf(cy);
  renderer?.resizeObserver?.disconnect();
  renderer?.styleObserver?.disconnect();
  const observer = new ResizeObserver(([entry]) => {
    if (!entry || cy.destroyed()) return;
    if (Math.round(entry.contentRect.width) === cy.width() && Math.round(entry.contentRect.height) === cy.height()) return;
    cy.resize();
    hooks.resized();
  });
  observer.observe(container);
  // Cytoscape keeps where its container is on the page, and forgets it when an ancestor
  // scrolls or ends a transition: but it finds ancestors through parentNode, which stops at our
  // shadow root, so a scrolled page made clicks land beside what they aimed at. Window listeners
  // in the capture phase see those events wherever in the page they happen.
  const forgetPlace = () => renderer?.invalidateContainerClientCoordsCache?.();
  const events = ['scroll', 'transitionend', 'animationend'] as const;
  for (const type of events) window.addEventListener(type, forgetPlace, { capture: true, passive: true });
  const release = () => {
    observer.disconnect();
    for (const type of events) window.removeEventListener(type, forgetPlace, { capture: true });
  };
  return { cy, release };
}

/**
 * Has cytoscape take its container's size again, where it changed: a resize sets up its canvases
 * anew, which the next frame pays for (tens of milliseconds without a GPU).
 */
export function resizeIfChanged(cy: Core): void {
  const container = cy.container();
  if (container && container.clientWidth === Math.round(cy.width()) && container.clientHeight === Math.round(cy.height())) return;
  cy.resize();
}

/**
 * Replaces the drawing's elements by the graph's and lays them out. A large graph is not drawn
 * at its seed positions while its layout runs (cytoscape draws no frame while batching): drawing
 * thousands of actors would take the main thread the worker's answer waits for. Their styles are
 * worked out meanwhile, in slices, unless `current()` says another graph came since. A layout
 * begun `early` (early-layout.ts) is taken where it fits.
 */
export async function drawGraph(
  cy: Core,
  graph: ActorGraph,
  layout: LayoutName,
  current: () => boolean,
  early: EarlyLayout | null = null,
): Promise<void> {
  // Relations of a large drawing are left out while the reader pans or zooms: redrawing 20,000
  // of them takes half a second a frame (cytoscape's `hideEdgesOnViewport`, an option it reads
  // only when created, before the graph is known).
  // And while the view moves, a picture of the actors taken as it began is moved and scaled
  // rather than thousands of actors drawn anew each frame (`textureOnViewport`, likewise).
  const renderer = rendererOf(cy);
  const crowded = graph.size > LARGE_DRAWING_RELATIONS;
  if (renderer && 'hideEdgesOnViewport' in renderer) renderer.hideEdgesOnViewport = crowded;
  if (renderer && 'textureOnViewport' in renderer) {
    renderer.textureOnViewport = crowded;
    if (crowded) textureAtScreenScale(renderer);
  }
  const large = graph.order > COLA_MAX_ACTORS;
  if (!large) {
    layersAfterFirstFrame(cy);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph));
    });
  }
  // A small graph's layout batches itself (no frame is drawn at the seed positions), and
  // measures the actors' labels, which styles them; a large one is batched here, and added in
  // slices (5,000 actors and their relations took cytoscape a second and a half in one task).
  if (large) cy.startBatch();
  let batched = large;
  try {
    if (large) {
      cy.elements().remove();
      if (!(await addInSlices(cy, toElements(graph), current))) return;
      // Ended (no frame comes between) so that cytoscape takes the new elements in now: ending
      // it later would mark every style worked out meanwhile as one to work out again.
      cy.endBatch();
      cy.startBatch();
    }
    // A new drawing's canvas is set up while the layout runs, not in the first frame after it.
    void nextTask().then(() => prepareDrawingCanvas(cy));
    const styled = styleInSlices(large ? cy.elements() : cy.elements('edge'), current);
    await layOutDrawing(cy, layout, early, true);
    await styled;
    // The batch ends so that cytoscape takes in the new positions (and a placement's label
    // sides and bends), and starts again (no frame comes between) while the geometry is worked
    // out for them: else fitting, then the first frame, would work it all out in one task.
    if (batched) cy.endBatch();
    cy.startBatch();
    batched = true;
    await boundsInSlices(cy.elements(), current);
  } finally {
    if (batched) cy.endBatch();
  }
}

/**
 * Lays out every actor from the seed positions, whatever is hidden: cola up to COLA_MAX_ACTORS
 * actors, ForceAtlas2 in a worker beyond; a layout begun `early` is taken where it fits. With
 * `seeded`, the actors stand at their seeds already (they were just added there).
 */
export async function layOutDrawing(cy: Core, name: LayoutName, early: EarlyLayout | null = null, seeded = false): Promise<void> {
  cy.batch(() => {
    // Only where set: removing a class an element lacks still restyles it.
    cy.elements(`.${CLASSES.filtered}, .${CLASSES.unfocused}`).removeClass([CLASSES.filtered, CLASSES.unfocused]);
    // Elements just added stand at their seeds already; moving 1,000 actors costs a tenth of a second.
    if (seeded) return;
    const seeds = seedPositions(cy.nodes().map((node) => node.id()));
    cy.nodes().positions((node) => ({ ...seeds.get(node.id())! }));
  });
  const actors = cy.nodes().length;
  // Label sides and bends belong to the careful placement alone.
  clearPlacementMarks(cy);
  if ((name === 'auto' || name === 'cola') && actors > COLA_MAX_ACTORS) {
    await layOutLargeGraph(cy, undefined, early?.kind === 'large' ? early.force : null);
    return;
  }
  if (name === 'auto') {
    await layOutSmallGraph(cy, undefined, early?.kind === 'small' ? early.placement : null);
    return;
  }
  // Fetched and registered once, on first use: only this layout needs cola.
  if (name === 'cola') await import('./cola-layout.ts');
  const placed = name === 'preset' && (cy.nodes()[0]?.data() as NodeData | undefined)?.preset ? presetOf(cy) : undefined;
  const layout = cy.layout(layoutOptions(name, placed));
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
}

/** The parts of cytoscape's canvas renderer (3.x) the drawing adjusts after creation. */
interface CanvasRenderer {
  invalidateContainerClientCoordsCache?(): void;
  resizeObserver?: ResizeObserver;
  styleObserver?: MutationObserver;
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  textureAtScreenScale?: boolean;
  textureMult?: number;
  canvasWidth?: number | undefined;
  canvasHeight?: number | undefined;
  container?: HTMLElement;
  TEXTURE_BUFFER?: number;
  data?: { bufferCanvases?: HTMLCanvasElement[] };
  matchCanvasSize?(container: HTMLElement | undefined): void;
}

/**
 * Has cytoscape take the picture moved while the view moves at the screen's scale rather than
 * twice it (its choice where a pixel is a pixel): at twice the scale every actor's cached bitmap
 * is drawn anew for it, four seconds at 5,000 actors, where at the screen's the cached ones serve.
 */
function textureAtScreenScale(renderer: CanvasRenderer): void {
  if (renderer.textureAtScreenScale || typeof renderer.matchCanvasSize !== 'function') return;
  const match = renderer.matchCanvasSize.bind(renderer);
  renderer.matchCanvasSize = (container) => {
    match(container);
    const texture = renderer.data?.bufferCanvases?.[renderer.TEXTURE_BUFFER ?? -1];
    if (renderer.textureMult === 1 || !texture || renderer.canvasWidth === undefined || renderer.canvasHeight === undefined) return;
    renderer.textureMult = 1;
    texture.width = renderer.canvasWidth;
    texture.height = renderer.canvasHeight;
  };
  renderer.textureAtScreenScale = true;
  // Sized once already, when cytoscape was created: sized again.
  renderer.canvasWidth = undefined;
  renderer.matchCanvasSize(renderer.container);
}

const rendererOf = (cy: Core): CanvasRenderer | undefined => (cy as unknown as { renderer?(): CanvasRenderer }).renderer?.();

/** What the reader asked to see, beyond the graph itself. */
export interface ViewState {
  /** The `types`, `as-of`, `known-on` and `possible` attributes of the element, as given. */
  types: string | null;
  asOf: string | null;
  knownOn?: string | null;
  possible?: boolean;
  focus: { id: string; depth: number } | null;
  highlight: { actors: Set<string>; relations: Set<string> } | null;
  selected: string | null;
}

/** What the element shows around the drawing for a view: its legend, label and description. */
export interface ViewText {
  legend: LegendItems;
  label: string;
  description: string;
}

/** Applies the filter, focus, highlight and selection to the drawing, and says what it shows. */
export function applyView(cy: Core, graph: ActorGraph, view: ViewState): ViewText {
  const filter = filterFor(graph, viewFilter(view.types, view.asOf, view));
  const passes = (id: string) => relationPasses(graph.getEdgeAttributes(id), filter);
  const possibly = (id: string) => filter.possible === true && holdingOf(graph.getEdgeAttributes(id), filter) === 'possible';
  const focusOn = view.focus && graph.hasNode(view.focus.id) ? view.focus : null;
  const focus = focusOn ? neighbourhood(graph, focusOn.id, focusOn.depth, passes) : null;
  const highlight = view.highlight;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const id = edge.id();
      const passing = passes(id);
      setClass(edge, CLASSES.filtered, !passing);
      setClass(edge, CLASSES.possible, passing && possibly(id));
      setClass(edge, CLASSES.unfocused, focus !== null && !focus.relations.has(id));
    });
    cy.nodes().forEach((node) => {
      setClass(node, CLASSES.unfocused, focus !== null && !focus.actors.has(node.id()));
    });
    cy.elements().forEach((ele) => {
      const id = ele.id();
      const on = highlight !== null && (highlight.actors.has(id) || highlight.relations.has(id));
      setClass(ele, CLASSES.path, on);
      setClass(ele, CLASSES.dimmed, highlight !== null && !on);
      setClass(ele, CLASSES.selected, id === view.selected);
    });
  });
  const shown = shownElements(cy);
  const byType: Record<RelationType, number> = { cooperation: 0, hostility: 0, contested: 0 };
  shown.edges().forEach((edge) => void byType[edge.data('type') as RelationType]++);
  const possible = shown.edges(`.${CLASSES.possible}`).length;
  const focused = focus && focusOn ? { label: graph.getNodeAttribute(focusOn.id, 'label'), depth: focusOn.depth } : null;
  const nodes = shown.nodes().map((node) => node.data() as NodeData);
  return {
    legend: legendFor(
      nodes,
      shown.edges().map((edge) => edge.data('type') as RelationType),
      possible > 0,
    ),
    label: summary(shown.nodes().length, shown.edges().length),
    description: graphSummary({
      actors: shown.nodes().length,
      byType,
      total: graph.size,
      asOf: filter.asOf,
      knownOn: filter.knownOn,
      possible,
      focus: focused,
    }),
  };
}

/**
 * Adds or removes a class only where that changes something: cytoscape restyles an element on
 * every `toggleClass(…, false)`, had it the class or not, which costs 0.7 s over 25,000 elements.
 */
function setClass(element: SingularElementArgument, name: string, on: boolean): void {
  if (element.hasClass(name) !== on) element.toggleClass(name, on);
}

/** What is drawn; unlike `:visible`, right after classes change (cytoscape restyles lazily). */
export function shownElements(cy: Core): CollectionReturnValue {
  return cy.elements().not(`.${CLASSES.filtered}, .${CLASSES.unfocused}`);
}

/**
 * Fits what is drawn to the view. Small graphs by cytoscape's measure of every element and
 * label; large ones from actor positions, which is as good at that scale and a thousand times
 * quicker.
 */
export function fitDrawing(cy: Core): void {
  const nodes = cy.nodes().not(`.${CLASSES.filtered}, .${CLASSES.unfocused}`);
  if (nodes.length <= COLA_MAX_ACTORS) {
    cy.fit(shownElements(cy), FIT_PADDING);
    return;
  }
  const view = fitPoints(
    nodes.nodes().map((node) => node.position()),
    {
      width: cy.width(),
      height: cy.height(),
      padding: FIT_PADDING,
      extent: ACTOR_EXTENT,
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
    },
  );
  // Setting the same viewport would still redraw every element.
  const pan = cy.pan();
  if (view && (view.zoom !== cy.zoom() || view.pan.x !== pan.x || view.pan.y !== pan.y)) cy.viewport(view);
}

/**
 * Gives the drawing its stylesheet: the theme's colours from the host's `--actor-graph-*`
 * custom properties (read through their `--_ag-*` copies, which carry the defaults), the light
 * or dark defaults otherwise, and the speed-first drawing for more than LARGE_DRAWING_RELATIONS.
 */
export function styleDrawing(cy: Core, computed: CSSStyleDeclaration, dark: boolean, relations: number): void {
  cy.style(drawingStylesheet(computed, dark, relations));
}

/** The stylesheet styleDrawing gives a drawing. */
export function drawingStylesheet(computed: CSSStyleDeclaration, dark: boolean, relations: number): StylesheetJson {
  const theme = readTheme(
    (name) => computed.getPropertyValue(name.replace('--actor-graph-', '--_ag-')),
    cssColor,
    dark ? DARK_THEME : LIGHT_THEME,
  );
  return buildStylesheet(theme, { large: relations > LARGE_DRAWING_RELATIONS });
}

/**
 * The actor the selection moves to for an arrow key, Home or End (in label order, among the
 * actors shown), brought into view; undefined when none is shown.
 */
export function stepByKey(cy: Core, graph: ActorGraph, selected: string | null, key: string): string | undefined {
  const shown = new Set(
    shownElements(cy)
      .nodes()
      .map((node) => node.id()),
  );
  const next = stepSelection(
    keyboardOrder(graph, (id) => shown.has(id)),
    selected,
    KEY_STEPS[key] ?? 0,
  );
  if (next) bringIntoView(cy, next);
  return next;
}

/** Pans an actor to the middle of the view when it is outside it. */
export function bringIntoView(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const box = cy.extent();
  const { x, y } = node.position();
  if (x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2) cy.center(node);
}

/** Where the preset layout puts each actor, as its file placed them (see presetPositions). */
function presetOf(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((node) => [node.id(), (node.data() as NodeData).preset!]));
}

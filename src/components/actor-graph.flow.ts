/**
 * How one `<actor-graph>` goes from a checked document to a drawing: the graph model is built,
 * drawn and laid out on the element's cytoscape, and `ready` settles with the counts. A later
 * load, a removal from the page or a new layout each start over without mixing with the work
 * still under way.
 */
import type { Core } from 'cytoscape';
import type { Problem, ValidationResult } from '../model/format.ts';
import { loadGraph, type ActorGraph } from '../model/graph.ts';
import { drawGraph, layOutDrawing, resizeIfChanged } from '../view/drawing.ts';
import type { LayoutName } from '../view/layout.ts';
import { beginLayout, type EarlyLayout } from '../view/early-layout.ts';
import { nextTask } from '../view/slices.ts';
import { warmLayoutWorker } from '../view/worker-run.ts';
import type { ElementDrawing } from './actor-graph.drawing.ts';
import { LoadSequence } from './actor-graph.loads.ts';
import type { LoadResult } from './actor-graph.types.ts';
import { emit } from './events.ts';

/** What the flow asks of its element. */
export interface FlowOwner {
  /** The element, which fires `graph-ready` and `graph-error`. */
  readonly host: HTMLElement;
  readonly drawing: ElementDrawing;
  /** The layout to draw with. */
  layout(): LayoutName;
  /** A new graph replaced the last: its focus, highlight and problems go. */
  replaced(): void;
  /** The last load failed with these problems; the graph shown stays. */
  failed(problems: Problem[]): void;
  /** Applies filter, focus, highlight and selection to the drawing. */
  applyView(): void;
  /** Renders what depends on the drawing (the legend may change the canvas's size) and waits for it. */
  rendered(): Promise<void>;
  /** Fits what is shown into the view. */
  fit(): void;
}

export class GraphFlow {
  /** Loads and draws: the latest wins, `ready` follows it. */
  readonly loads = new LoadSequence();
  #graph: ActorGraph | null = null;
  /** The cytoscape the current graph was last drawn on completely. */
  #drawnOn: Core | null = null;
  #owner: FlowOwner;

  constructor(owner: FlowOwner) {
    this.#owner = owner;
  }

  /** The graph of the last successful load, or null. */
  get graph(): ActorGraph | null {
    return this.#graph;
  }

  /** Starts a load: `obtain` gives the checked document, then it is drawn. */
  load(obtain: (signal: AbortSignal) => Promise<ValidationResult>): void {
    const { generation, signal } = this.loads.start();
    // The layout worker starts while the file is fetched and checked, ready when the layout
    // comes: the page lets it start (a task ends) before the checking takes the thread.
    const warming = warmLayoutWorker();
    this.begin(async () => {
      if (warming) await nextTask();
      const result = await obtain(signal);
      if (generation !== this.loads.generation) return this.loads.ready;
      if (!result.ok) return this.#fail(result.problems);
      let graph: ActorGraph;
      try {
        graph = loadGraph(result.document);
      } catch (error) {
        return this.#fail([{ path: '$', message: error instanceof Error ? error.message : String(error) }]);
      }
      this.#graph = graph;
      this.#drawnOn = null;
      this.#owner.replaced();
      // The layout begins in the worker now, while cytoscape is set up and given the elements;
      // a task ends first, so that an element taken off the page meanwhile begins none.
      await nextTask();
      if (generation !== this.loads.generation) return this.loads.ready;
      const early = this.#owner.host.isConnected ? beginLayout(graph, this.#owner.layout(), signal) : null;
      return this.#draw(graph, generation, early);
    });
  }

  /** The element came back to the page: the graph shown is drawn again, unless a load under way is about to. */
  reconnected(): void {
    const graph = this.#graph;
    if (graph && !this.loads.busy) this.begin(async () => this.#draw(graph, this.loads.generation));
  }

  /** The layout changed: lays out again and fits, unless a load under way is about to. */
  layoutChanged(): void {
    if (!this.#graph || !this.#owner.drawing.cy || this.loads.pending) return;
    this.begin(async () => {
      await this.#owner.rendered();
      const result = await this.#relayout();
      this.#owner.fit();
      return result;
    });
  }

  /** Makes `ready` the result of `work`; the previous pending `ready` follows the new one. */
  begin(work: () => Promise<LoadResult>): void {
    this.loads.run(
      work,
      () => !!this.#graph && !!this.#owner.drawing.cy && this.#drawnOn !== this.#owner.drawing.cy,
      () => this.#draw(this.#graph!, this.loads.generation),
    );
  }

  #fail(problems: Problem[]): LoadResult {
    this.#owner.failed(problems);
    emit(this.#owner.host, 'graph-error', { problems });
    return { ok: false, problems };
  }

  /** Draws a graph once connected: elements, layout, then filter, focus and selection. */
  async #draw(graph: ActorGraph, generation: number, early: EarlyLayout | null = null): Promise<LoadResult> {
    const { drawing } = this.#owner;
    await drawing.attached;
    if (generation !== this.loads.generation) return this.loads.ready;
    const cy = drawing.cy;
    if (!cy) return this.#draw(graph, generation, early);
    // Working out the stylesheet takes tasks of its own; the elements come in the next.
    const current = () => drawing.cy === cy && generation === this.loads.generation;
    await drawing.applyThemeInSlices(current);
    await nextTask();
    if (generation !== this.loads.generation) return this.loads.ready;
    if (drawing.cy !== cy) return this.#draw(graph, generation, early);
    await drawGraph(cy, graph, this.#owner.layout(), current, early);
    this.#owner.applyView();
    const counts = { actors: graph.order, relations: graph.size };
    // The legend may have changed the canvas's size: it is drawn before the graph is fitted.
    await this.#owner.rendered();
    // Removed (and perhaps added again) meanwhile: draw on the next cytoscape instead.
    if (generation !== this.loads.generation) return this.loads.ready;
    if (drawing.cy !== cy) return this.#draw(graph, generation);
    this.#drawnOn = cy;
    resizeIfChanged(cy);
    this.#owner.fit();
    emit(this.#owner.host, 'graph-ready', counts);
    return { ok: true, ...counts };
  }

  /** Lays out every element from the seed positions, whatever is hidden, then reapplies the view. */
  async #relayout(): Promise<LoadResult> {
    const cy = this.#owner.drawing.cy;
    const graph = this.#graph;
    if (!cy || !graph) return { ok: true, actors: 0, relations: 0 };
    await layOutDrawing(cy, this.#owner.layout());
    this.#owner.applyView();
    return { ok: true, actors: graph.order, relations: graph.size };
  }
}

/**
 * What a change of date shows on the drawing of an `<actor-graph>`. When only the as-of date
 * changes, no actor moves: the layout placed every actor with every relation, whatever the
 * date, so the drawing shows the new date by showing and hiding relations alone. The relations
 * the step added are marked (a wide halo and "+", listed in the legend as "Added at this step")
 * until the next change, and those it ended are drawn faint and fade out before they go; with
 * `prefers-reduced-motion: reduce` they go at once. Only a step from one date to another is
 * marked: setting the first date, or going back to any time, takes relations away or brings
 * them all back, which is no step of the story.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { relationPasses } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import { stepChange } from '../model/time-steps.ts';
import { graphViewFilter, parseAsOf, type FilterAttributes } from '../view/filter-attributes.ts';
import { CLASSES } from '../view/style.ts';
import { TIME_CLASSES } from '../view/time-style.ts';

/** How long a relation a step ended takes to fade out, in milliseconds. */
export const FADE_MS = 700;

/** What the marks read from their element. */
export interface TimeHost extends ReactiveControllerHost, FilterAttributes {
  readonly graph: ActorGraph | null;
  readonly cy: Core | null;
}

/** The view a mark was made for: marks are made only when the date alone changed. */
interface Seen {
  graph: ActorGraph | null;
  cy: Core | null;
  asOf: string | undefined;
  rest: string;
}

export class ElementTime implements ReactiveController {
  #host: TimeHost;
  #seen: Seen | null = null;
  #added: SingularElementArgument[] = [];
  #ended: SingularElementArgument[] = [];
  #fade: ReturnType<typeof setTimeout> | undefined;

  constructor(host: TimeHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True while some relation shown is marked as added at the last step: the legend lists the mark. */
  get added(): boolean {
    return this.#added.length > 0;
  }

  /** The ids of the relations marked as added at the last step, in graph order. */
  get addedRelations(): string[] {
    return this.#added.map((edge) => edge.id());
  }

  /** Runs after the element applied its view for this update and before it renders the legend. */
  hostUpdate(): void {
    const { graph, cy } = this.#host;
    const seen: Seen = {
      graph,
      cy,
      asOf: parseAsOf(this.#host.asOf),
      rest: JSON.stringify([this.#host.types ?? null, parseAsOf(this.#host.knownOn) ?? null, this.#host.possible === true]),
    };
    const before = this.#seen;
    this.#seen = seen;
    if (!before || before.asOf === seen.asOf) {
      if (before && before.graph === graph && before.cy === cy && before.rest === seen.rest) return;
      this.#clear();
      return;
    }
    this.#clear();
    // A step is from one date to another: from or to any time, with a new graph or drawing, or
    // with another filter as well, nothing is marked.
    if (!graph || !cy || before.graph !== graph || before.cy !== cy || before.rest !== seen.rest) return;
    if (before.asOf === undefined || seen.asOf === undefined) return;
    const filter = graphViewFilter(graph, this.#host);
    const change = stepChange(graph, before.asOf, seen.asOf, filter);
    const edges = (ids: string[]) => {
      const wanted = new Set(ids);
      return cy
        .edges()
        .filter((edge) => wanted.has(edge.id()))
        .toArray();
    };
    this.#added = edges(change.added);
    this.#ended = matchMedia('(prefers-reduced-motion: reduce)').matches ? [] : edges(change.ended);
    cy.batch(() => {
      for (const edge of this.#added) edge.addClass(TIME_CLASSES.added);
      for (const edge of this.#ended) edge.removeClass(CLASSES.filtered).addClass(TIME_CLASSES.ended);
    });
    if (this.#ended.length === 0) return;
    for (const edge of this.#ended) edge.animate({ style: { opacity: 0 } }, { duration: FADE_MS });
    this.#fade = setTimeout(() => this.#endFade(), FADE_MS);
  }

  hostDisconnected(): void {
    this.#clear();
    this.#seen = null;
  }

  /** Hides the relations the last step ended, as the view's filter does. */
  #endFade(): void {
    clearTimeout(this.#fade);
    this.#fade = undefined;
    const ended = this.#ended;
    this.#ended = [];
    const { graph, cy } = this.#host;
    if (!graph || !cy || cy.destroyed()) return;
    const filter = graphViewFilter(graph, this.#host);
    cy.batch(() => {
      for (const edge of ended) {
        if (edge.cy() !== cy || edge.removed()) continue;
        edge.stop(true, false).removeStyle('opacity').removeClass(TIME_CLASSES.ended);
        const passes = graph.hasEdge(edge.id()) && relationPasses(graph.getEdgeAttributes(edge.id()), filter);
        if (!passes) edge.addClass(CLASSES.filtered);
      }
    });
  }

  /** Takes the marks of the last step away. */
  #clear(): void {
    this.#endFade();
    const added = this.#added;
    this.#added = [];
    const cy = this.#host.cy;
    if (!cy || cy.destroyed()) return;
    cy.batch(() => {
      for (const edge of added) if (edge.cy() === cy && !edge.removed()) edge.removeClass(TIME_CLASSES.added);
    });
  }
}

/**
 * Camps and sizes on the drawing of one `<actor-graph>`: works out the camps and the size scale
 * from the model when the graph, filter or choice changes, and marks them on the drawing's
 * elements (each actor's camp and size as data, contradicting relations by class).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { AnalysisOptions } from '../model/balance.ts';
import { actorSizes, parseSizeBy, type SizeScale } from '../model/actor-sizes.ts';
import { campPhrase, campsFor, parseCampMode, type ShownCamps } from '../model/camp-modes.ts';
import type { ActorGraph } from '../model/graph.ts';
import { campLegend, type CampLegend } from '../view/camp-legend.ts';
import { CAMP_DATA, CONTRADICTS_CLASS, SIZED_CLASS, SIZE_DATA, STYLED_CAMPS, campClass } from '../view/camp-style.ts';
import { CLASSES } from '../view/style.ts';

/** What camps and sizes are asked for: the element's attributes as given, and its filter. */
export interface CampRequest {
  camps: string | null | undefined;
  sizeBy: string | null | undefined;
  options: AnalysisOptions;
}

const EMPTY_LEGEND: CampLegend = { camps: [], contradictions: false, size: null };

export class ElementCamps {
  /** The camps drawn, or null when none are. */
  shown: ShownCamps | null = null;
  /** The size scale drawn, or null when actors are drawn at one size. */
  scale: SizeScale | null = null;
  /** What the legend lists for them. */
  legend: CampLegend = EMPTY_LEGEND;

  #graph: ActorGraph | null = null;
  #campsKey = '';
  #sizeKey = '';

  /** Works out what changed and marks the drawing; call after the view's filter is applied. */
  apply(cy: Core, graph: ActorGraph, request: CampRequest): void {
    const mode = parseCampMode(request.camps);
    const by = parseSizeBy(request.sizeBy);
    const { sourceDates: _, ...asked } = request.options;
    const filterKey = JSON.stringify(asked);
    const fresh = graph !== this.#graph;
    this.#graph = graph;
    const campsKey = `${mode} ${filterKey}`;
    if (fresh || campsKey !== this.#campsKey) {
      this.#campsKey = campsKey;
      this.shown = campsFor(graph, mode, request.options);
    }
    const sizeKey = `${by} ${filterKey}`;
    if (fresh || sizeKey !== this.#sizeKey) {
      this.#sizeKey = sizeKey;
      this.scale = actorSizes(graph, by, request.options);
    }
    const shown = this.shown;
    const scale = this.scale;
    const contradicting = new Set(shown?.contradictions.map((c) => c.relation));
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        const camp = shown?.campOf.get(id);
        const was = node.data(CAMP_DATA) as number | undefined;
        if (was !== camp) {
          if (was !== undefined && was <= STYLED_CAMPS) node.removeClass(campClass(was));
          setData(node, CAMP_DATA, camp);
          if (camp !== undefined && camp <= STYLED_CAMPS) node.addClass(campClass(camp));
        }
        const size = scale?.actors.get(id)?.size;
        setData(node, SIZE_DATA, size);
        if (node.hasClass(SIZED_CLASS) !== (size !== undefined)) node.toggleClass(SIZED_CLASS, size !== undefined);
      });
      cy.edges().forEach((edge) => {
        const on = contradicting.has(edge.id());
        if (edge.hasClass(CONTRADICTS_CLASS) !== on) edge.toggleClass(CONTRADICTS_CLASS, on);
      });
    });
    const hidden = `.${CLASSES.filtered}, .${CLASSES.unfocused}`;
    const actors = new Set(
      cy
        .nodes()
        .not(hidden)
        .map((node) => node.id()),
    );
    const marked = cy.edges(`.${CONTRADICTS_CLASS}`).not(hidden).length;
    this.legend = shown || scale ? campLegend(shown, actors, marked, scale) : EMPTY_LEGEND;
  }

  /** "camp 2 of 3" for an actor while camps are shown, else ''. */
  phrase(id: string | null): string {
    return this.shown && id ? campPhrase(this.shown, id) : '';
  }
}

/** Sets or removes a data field only where that changes it: each change restyles the element. */
function setData(element: NodeSingular, key: string, value: number | undefined): void {
  if (element.data(key) === value) return;
  if (value === undefined) element.removeData(key);
  else element.data(key, value);
}

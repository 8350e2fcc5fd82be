/**
 * Where the explorer's view takes its graph from: `data`, else `src` when the page's
 * allowed-sources setting lets it be fetched; which other origin a load reads from, for the
 * notice under the title; and the layout, `preset` when the file places every actor.
 */
import type { PropertyValues } from 'lit';
import type { GraphDocument, Problem } from '../model/format.ts';
import { allowedOrigins, refusedMessage, sourceStanding, type SourceStanding } from '../model/origins.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import { everyActorPlaced } from '../view/layout.ts';

/** What the explorer is asked to show. */
export interface SourceOwner {
  readonly src: string;
  readonly data: GraphDocument | null;
  readonly allowedSources: string | null;
}

export class ExplorerSource {
  #owner: SourceOwner;
  /** Tells that `src` names an origin the page does not allow. */
  #refused: (src: string, problems: Problem[]) => void;
  /** How `src` stands to the page, worked out before each update that changes it. */
  #standing: SourceStanding = { kind: 'own' };
  /** The host of another origin that the load under way reads from, or null. */
  #loadingFrom: string | null = null;
  /** True when a `src` refused before is allowed now, and so is to be loaded. */
  #nowAllowed = false;
  /** The layout of the graph shown: `preset` when its file placed every actor. */
  #layout: 'auto' | 'preset' = 'auto';

  constructor(owner: SourceOwner, refused: (src: string, problems: Problem[]) => void) {
    this.#owner = owner;
    this.#refused = refused;
  }

  /** The host of the other origin the last load read from, or null. */
  get loadingFrom(): string | null {
    return this.#loadingFrom;
  }

  /** Before an update: how a new `src` stands to the page, a refused one told at once. */
  willUpdate(changed: PropertyValues): void {
    if (!changed.has('data') && !changed.has('src') && !changed.has('allowedSources')) return;
    const { src, data } = this.#owner;
    const allowed = allowedOrigins(this.#owner.allowedSources);
    const before = this.#standing.kind;
    this.#standing = data || !src ? { kind: 'own' } : sourceStanding(src, document.baseURI, allowed);
    if (this.#standing.kind === 'refused') this.#refused(src, [{ path: 'src', message: refusedMessage(this.#standing.origin, allowed!) }]);
    this.#nowAllowed = before === 'refused' && this.#standing.kind !== 'refused';
  }

  /**
   * After an update: hands the view a new `data` or `src`. Set here rather than bound in the
   * template: the view loads on every set of `data`, and Lit sets an object bound to a property
   * on every render.
   */
  updated(changed: PropertyValues, view: ActorGraphElement): void {
    const reopen = this.#nowAllowed;
    this.#nowAllowed = false;
    if (!changed.has('data') && !changed.has('src') && !reopen) return;
    const { src, data } = this.#owner;
    if (data) {
      this.#loadingFrom = null;
      view.src = null;
      view.data = data;
      this.#layout = everyActorPlaced(data.actors) ? 'preset' : 'auto';
    } else if (src && this.#standing.kind !== 'refused') {
      this.#loadingFrom = this.#standing.kind === 'other' ? this.#standing.host : null;
      view.src = src;
      // Known once the file is read: see `drawnAtPlaces`.
      this.#layout = 'auto';
    }
    // Set once the load began, so that the graph is laid out once, with this layout.
    view.layout = this.#layout;
  }

  /**
   * Once a graph is drawn: a file fetched from `src` that places every actor is laid out again
   * at its places, once the load that drew it has settled (a layout set while it is under way
   * would wait for a load that has already laid out). True when it is.
   */
  drawnAtPlaces(view: ActorGraphElement): boolean {
    const graph = view.graph;
    if (!graph || this.#layout === 'preset' || !everyActorPlaced(graph.mapNodes((id, actor) => ({ id, x: actor.x, y: actor.y }))))
      return false;
    this.#layout = 'preset';
    void view.ready.then(() => {
      if (view.graph === graph && this.#layout === 'preset') view.layout = 'preset';
    });
    return true;
  }
}

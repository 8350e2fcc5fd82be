/**
 * The path finder's list of results as a template: the narrowing choices, how many paths and
 * cards there are, "Show all" and "Clear highlight", and the cards, a page at a time. Not an
 * element: the panel renders it with its own state and handlers.
 */
import { html, nothing } from 'lit';
import type { ActorGraph } from '../model/graph.ts';
import { countPaths, groupPaths } from '../model/path-groups.ts';
import type { Path, PathSign } from '../model/paths.ts';
import { groupCard, narrowingChoices, type CardContext } from './actor-graph-path-finder.cards.ts';

/** Cards listed at first, and added by each "Show more". */
export const CARDS_AT_A_TIME = 10;

/** What the list shows and the panel's handlers for it. */
export interface PathListView {
  graph: ActorGraph;
  /** Every path found. */
  all: Path[];
  /** The paths the narrowing keeps. */
  shown: Path[];
  /** Index in `all` of the path on the graph, -1 for none. */
  chosen: number;
  showingAll: boolean;
  signs: ReadonlySet<PathSign>;
  lengths: ReadonlySet<number>;
  /** How many cards are listed. */
  cards: number;
  onHighlight: (event: Event) => void;
  onActor: (event: Event) => void;
  onRelation: (event: Event) => void;
  onSign: (event: Event) => void;
  onLength: (event: Event) => void;
  onShowAll: () => void;
  onClear: () => void;
  onMore: () => void;
}

export function pathList(view: PathListView) {
  const { all, shown } = view;
  const groups = groupPaths(view.graph, shown);
  const index = new Map(all.map((path, i) => [path, i]));
  const context: CardContext = {
    graph: view.graph,
    indexOf: (path) => index.get(path) ?? -1,
    chosen: view.chosen,
    onHighlight: view.onHighlight,
    onActor: view.onActor,
    onRelation: view.onRelation,
  };
  const many = all.length > 1;
  const groupWords = `${groups.length} ${groups.length === 1 ? 'card' : 'cards'}`;
  const count =
    shown.length === all.length ? `${all.length} paths in ${groupWords}` : `${shown.length} of ${all.length} paths shown, in ${groupWords}`;
  const left = groups.length - view.cards;
  return html`${many ? narrowingChoices(countPaths(all), view.signs, view.lengths, view.onSign, view.onLength) : nothing}
    ${many ? html`<p class="count">${count}: paths that read the same share a card.</p>` : nothing}
    <div class="actions">
      ${
        many
          ? html`<button type="button" part="show-all" aria-pressed=${view.showingAll ? 'true' : 'false'} ?disabled=${shown.length === 0}
            @click=${view.onShowAll}>Show all ${shown.length} on the graph</button>`
          : nothing
      }
      <button type="button" ?disabled=${view.chosen < 0 && !view.showingAll} @click=${view.onClear}>Clear highlight</button>
    </div>
    ${
      view.showingAll
        ? html`<p class="note">On the graph, each relation is as wide as the number of these paths that use it, the number written on it.</p>`
        : nothing
    }
    <ol class="paths">${groups.slice(0, view.cards).map((group, i) => groupCard(context, group, i + 1, i === 0))}</ol>
    ${
      left > 0
        ? html`<button type="button" class="more" @click=${view.onMore}>Show ${Math.min(CARDS_AT_A_TIME, left)} more (${left} not shown)</button>`
        : nothing
    }`;
}

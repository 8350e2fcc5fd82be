/**
 * The explorer's column of panels: the search, then the details, filters, paths and balance,
 * each collapsible, all asked under the explorer's one filter. It only draws and passes on.
 */
import { html } from 'lit';
import type { RelationFilter } from '../model/filter.ts';
import type { ActorGraph } from '../model/graph.ts';
import { statePathQuery } from './actor-graph-explorer.changes.ts';
import { appearanceChoices, sidePanel } from './actor-graph-explorer.parts.ts';
import { isCollapsed, stateAnalysis, type ExplorerState, type PanelName } from './explorer-state.ts';
import type { PairChoiceDetail } from './events.ts';
import type { QuoteCheck } from '../model/quote-check.ts';

/** No pair chosen: one object, so that panels are not handed a new one on every render. */
export const NO_CHOICE: Readonly<Record<string, string>> = Object.freeze({});

/** What the column shows, and where what its panels tell goes (their events bubble to the column). */
export interface SideColumn {
  graph: ActorGraph | null;
  filter: RelationFilter;
  state: ExplorerState;
  change: (patch: Partial<ExplorerState>) => void;
  toggle: (name: PanelName, open: boolean) => void;
  onPairChoice: (event: CustomEvent<PairChoiceDetail>) => void;
  /** While editing: the sources with a text, and the quote checks, for the details panel. */
  edit: { editing: boolean; texts: ReadonlySet<string>; checks: ReadonlyMap<string, QuoteCheck> };
}

export function sideColumn({ graph, filter, state, change, toggle, onPairChoice, edit }: SideColumn) {
  const selected = state.selected ?? null;
  const panel = (name: Exclude<PanelName, 'side'>, title: string, body: ReturnType<typeof html>) =>
    sidePanel({ name, title, open: !isCollapsed(state, name), toggle, body });
  return html`<actor-graph-search .graph=${graph}></actor-graph-search>
    ${panel(
      'details',
      'Details',
      html`<actor-graph-details
        .graph=${graph}
        .filter=${filter}
        .selected=${selected}
        ?editing=${edit.editing}
        .texts=${edit.texts}
        .quoteChecks=${edit.checks}
      ></actor-graph-details>`,
    )}
    ${panel(
      'filters',
      'Filters',
      html`<actor-graph-filters .graph=${graph} .filter=${filter} .undated=${state.undated ?? 'join'}></actor-graph-filters>
        ${appearanceChoices(
          state.camps,
          state.sizeBy,
          (camps) => change({ camps }),
          (sizeBy) => change({ sizeBy }),
        )}`,
    )}
    ${panel('paths', 'Paths', html`<actor-graph-path-finder .graph=${graph} .filter=${filter} .query=${statePathQuery(state)}></actor-graph-path-finder>`)}
    ${panel(
      'balance',
      'Balance',
      html`<actor-graph-balance
        .graph=${graph}
        .filter=${stateAnalysis(state, filter)}
        .choose=${state.choose ?? NO_CHOICE}
        @pair-choice=${onPairChoice}
      ></actor-graph-balance>`,
    )}`;
}

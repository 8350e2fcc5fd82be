/**
 * What the structural balance panel shows, as plain data: the summary line, each triad's title,
 * readings and window, the ambivalent pairs, the camps by label and the contradicting relations,
 * and the centrality table.
 */
import { balanceReport, type AmbivalentPair, type AnalysisOptions, type BalanceReport, type Triad } from './balance.ts';
import { splitIntoCamps, type CampSplit, type Contradiction } from './camps.ts';
import { bestCampCount } from './k-camps.ts';
import { CentralityRun, rankActors, type ActorCentrality } from './centrality.ts';
import type { ActorGraph } from './graph.ts';
import { asWritten, type Name } from './bidi.ts';
import { jointTime } from './held-together.ts';
import { readRelation } from './reading.ts';

/** How many actors the centrality table lists per measure. */
export const TOP_ACTORS = 5;

/** `1 triad`, `3 triads`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "N triads: B balanced, U unbalanced". */
export function balanceSummary(report: Pick<BalanceReport, 'triads' | 'balanced' | 'unbalanced'>): string {
  return `${count(report.triads.length, 'triad', 'triads')}: ${report.balanced} balanced, ${report.unbalanced} unbalanced`;
}

function label(graph: ActorGraph, id: string): string {
  return (graph.hasNode(id) && graph.getNodeAttribute(id, 'label')) || id;
}

/** e.g. "Afghan government, Russia, Taliban: 1 hostility — unbalanced", labels named by `name`. */
export function triadTitle(graph: ActorGraph, triad: Triad, name: Name = asWritten): string {
  const names = triad.actors.map((id) => name(label(graph, id))).join(', ');
  const hostility = count(triad.hostilities, 'hostility', 'hostilities');
  return `${names}: ${hostility} — ${triad.balanced ? 'balanced' : 'unbalanced'}`;
}

/** A triad as the panel shows it: title, the readings of its three relations, when they held together, and its ids. */
export interface TriadView {
  /** `actors` and `relations` joined, unique within a report. */
  key: string;
  title: string;
  readings: [string, string, string];
  /** When its three relations held together: "holds from 2015-12, with 2 undated relations", "dates not given". */
  holds: string;
  actors: [string, string, string];
  relations: [string, string, string];
  balanced: boolean;
}

/** A triad ready to show; `options.possible` decides the window as it did the triad (see `AnalysisOptions`). */
export function triadView(graph: ActorGraph, triad: Triad, name: Name = asWritten, options: AnalysisOptions = {}): TriadView {
  const [r0, r1, r2] = triad.relations;
  return {
    key: JSON.stringify([triad.actors, triad.relations]),
    title: triadTitle(graph, triad, name),
    readings: [readRelation(graph, r0, name), readRelation(graph, r1, name), readRelation(graph, r2, name)],
    holds: jointTime(
      triad.relations.map((id) => graph.getEdgeAttributes(id)),
      options,
      'relation',
    ).holds,
    actors: [...triad.actors],
    relations: [...triad.relations],
    balanced: triad.balanced,
  };
}

/** A relation of an ambivalent pair, with its reading. */
export interface AmbivalentRelationView {
  relation: string;
  type: 'cooperation' | 'hostility';
  reading: string;
}

/**
 * An ambivalent pair as the panel shows it: who, both of its relations with their readings, and
 * which one counts by the user's choice (null while none does). `key` is its key in `choose`.
 */
export interface AmbivalentView {
  key: string;
  actors: [ActorView, ActorView];
  /** e.g. "Afghan government and Russia: cooperation and hostility at once — left out", labels named by `name`. */
  title: string;
  relations: AmbivalentRelationView[];
  chosen: string | null;
}

/** An ambivalent pair ready to show, labels in sentences named by `name`. */
export function ambivalentView(graph: ActorGraph, pair: AmbivalentPair, name: Name = asWritten): AmbivalentView {
  const names = `${name(label(graph, pair.a))} and ${name(label(graph, pair.b))}`;
  const outcome = pair.chosen === undefined ? 'left out' : `counted as ${graph.getEdgeAttribute(pair.chosen, 'type')}`;
  return {
    key: pair.key,
    actors: [
      { id: pair.a, label: label(graph, pair.a) },
      { id: pair.b, label: label(graph, pair.b) },
    ],
    title: `${names}: cooperation and hostility at once — ${outcome}`,
    relations: pair.relations.map((relation) => ({
      relation,
      type: graph.getEdgeAttribute(relation, 'type') === 'hostility' ? 'hostility' : 'cooperation',
      reading: readRelation(graph, relation, name),
    })),
    chosen: pair.chosen ?? null,
  };
}

/** An actor with its label, for lists of actors. */
export interface ActorView {
  id: string;
  label: string;
}

/** A relation the camp split goes against, with its reading. */
export interface ContradictionView {
  relation: string;
  reading: string;
  /** `cooperation across the camps` or `hostility inside a camp`. */
  why: string;
}

/** How one number of camps fits, written for the panel. */
export interface CampFitView {
  k: number;
  contradictions: number;
  /** e.g. "3 camps: 1 relation contradicts them". */
  text: string;
  best: boolean;
}

/** The k camps of weak structural balance as the panel shows them. */
export interface KCampsView {
  /** The smallest number of camps with the fewest contradictions. */
  best: number;
  /** From one camp up to `best`. */
  fits: CampFitView[];
  camps: ActorView[][];
  contradictions: ContradictionView[];
  exact: boolean;
}

/** One centrality row: the actor and its value, written for the table. */
export interface CentralityRow extends ActorView {
  value: number;
  text: string;
}

/** Everything the balance panel shows under one filter. */
export interface BalanceView {
  summary: string;
  total: number;
  balanced: TriadView[];
  unbalanced: TriadView[];
  /** Pairs left out of triads and camps as ambivalent, or counted by the user's choice. */
  ambivalent: AmbivalentView[];
  camps: [ActorView[], ActorView[]];
  unattached: ActorView[];
  contradictions: ContradictionView[];
  exact: boolean;
  /** Null on a graph with more than K_CAMPS_AT_ONCE actors. */
  kCamps: KCampsView | null;
  byDegree: CentralityRow[];
  /** Null on a graph too large to work it out at once (see BETWEENNESS_AT_ONCE and `betweennessRows`). */
  byBetweenness: CentralityRow[] | null;
}

/**
 * Most work, in actors × relations, for which `balanceView` works out betweenness at once
 * (some 70 ms here); beyond, it is left to the caller, who can spread a `CentralityRun` over
 * short tasks and pass its result to `betweennessRows`.
 */
export const BETWEENNESS_AT_ONCE = 2_000_000;

/** Most actors for which `balanceView` works out k camps: each k is a search of its own. */
export const K_CAMPS_AT_ONCE = 500;

function contradictionView(graph: ActorGraph, c: Contradiction, name: Name, across: string): ContradictionView {
  return {
    relation: c.relation,
    reading: readRelation(graph, c.relation, name),
    why: c.sign > 0 ? `cooperation across ${across}` : 'hostility inside a camp',
  };
}

/** The k camps that fit best under the options, ready to draw. */
export function kCampsView(graph: ActorGraph, options: AnalysisOptions = {}, name: Name = asWritten): KCampsView {
  const found = bestCampCount(graph, options);
  return {
    best: found.best,
    fits: found.fits.map((fit) => ({
      k: fit.k,
      contradictions: fit.contradictions,
      text: `${count(fit.k, 'camp', 'camps')}: ${
        fit.contradictions === 0
          ? 'no relation contradicts'
          : `${count(fit.contradictions, 'relation contradicts', 'relations contradict')}`
      } ${fit.k === 1 ? 'it' : 'them'}`,
      best: fit.k === found.best,
    })),
    camps: found.split.camps.map((camp) => camp.map((id) => ({ id, label: label(graph, id) }))),
    contradictions: found.split.contradictions.map((c) => contradictionView(graph, c, name, 'camps')),
    exact: found.exact,
  };
}

function rows(graph: ActorGraph, list: ActorCentrality[], by: 'degree' | 'betweenness'): CentralityRow[] {
  return list.map((c) => ({
    id: c.id,
    label: label(graph, c.id),
    value: c[by],
    text: by === 'degree' ? String(c.degree) : c.betweenness.toFixed(3),
  }));
}

/** Balance, camps and centrality of the graph under the filter, ready to draw; labels in sentences named by `name`. */
export function balanceView(graph: ActorGraph, options: AnalysisOptions = {}, name: Name = asWritten): BalanceView {
  const report = balanceReport(graph, options);
  const split: CampSplit = splitIntoCamps(graph, options);
  const actors = (ids: string[]): ActorView[] => ids.map((id) => ({ id, label: label(graph, id) }));
  const triadViews = report.triads.map((t) => triadView(graph, t, name, options));
  // Degrees come at once; betweenness only where it is quick.
  const run = new CentralityRun(graph, options);
  const now = graph.order * graph.size <= BETWEENNESS_AT_ONCE;
  if (now) run.step(Infinity);
  const scores = run.result();
  return {
    summary: balanceSummary(report),
    total: report.triads.length,
    balanced: triadViews.filter((t) => t.balanced),
    unbalanced: triadViews.filter((t) => !t.balanced),
    ambivalent: report.ambivalent.map((pair) => ambivalentView(graph, pair, name)),
    camps: [actors(split.camps[0]), actors(split.camps[1])],
    unattached: actors(split.unattached),
    contradictions: split.contradictions.map((c) => contradictionView(graph, c, name, 'the camps')),
    exact: split.exact,
    kCamps: graph.order <= K_CAMPS_AT_ONCE ? kCampsView(graph, options, name) : null,
    byDegree: rows(graph, rankActors(graph, scores, 'degree', TOP_ACTORS), 'degree'),
    byBetweenness: now ? betweennessRows(graph, scores) : null,
  };
}

/** The betweenness rows of the balance view from finished centrality scores. */
export function betweennessRows(graph: ActorGraph, scores: readonly ActorCentrality[]): CentralityRow[] {
  return rows(graph, rankActors(graph, scores, 'betweenness', TOP_ACTORS), 'betweenness');
}

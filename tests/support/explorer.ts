/** Mounting `<actor-graph-explorer>` and looking into it through shadow roots. */
import { expect } from 'vitest';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { ExplorerState } from '../../src/components/explorer-state.ts';

export const SEED_URL = '/graph/russia-taliban-2016.json';
export const PANELS = [
  'actor-graph-search',
  'actor-graph-filters',
  'actor-graph-path-finder',
  'actor-graph-balance',
  'actor-graph-table',
  'actor-graph-details',
] as const;

export interface Mounted {
  el: ActorGraphExplorer;
  view: ActorGraphElement;
  /** Every state the explorer announced with `state-change`, in order. */
  changes: ExplorerState[];
}

/** Waits until the explorer, each panel and the graph view have rendered. */
export async function settle(el: ActorGraphExplorer): Promise<void> {
  await el.updateComplete;
  for (const tag of PANELS) await el.shadowRoot!.querySelector(tag)!.updateComplete;
  await el.graphView!.updateComplete;
}

/** An explorer 800 px high on the seed graph (or what `setup` gives it), drawn and laid out. */
export async function mountExplorer(setup: (el: ActorGraphExplorer) => void = (el) => (el.src = SEED_URL)): Promise<Mounted> {
  const el = document.createElement('actor-graph-explorer');
  el.style.height = '800px';
  const changes: ExplorerState[] = [];
  el.addEventListener('state-change', (event) =>
    changes.push(structuredClone((event as CustomEvent<{ state: ExplorerState }>).detail.state)),
  );
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  const view = el.graphView!;
  expect((await view.ready).ok).toBe(true);
  await settle(el);
  return { el, view, changes };
}

/** The text of a node with white space collapsed, '' for none. */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const inRoot = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;
export const allInRoot = <T extends Element = HTMLElement>(host: Element, selector: string) => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];
export const panel = <K extends (typeof PANELS)[number]>(el: ActorGraphExplorer, tag: K) => inRoot<HTMLElementTagNameMap[K]>(el, tag);

/** The focused element, looking through shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** The document and every shadow root within it. */
export function allRoots(root: Document | ShadowRoot = document): (Document | ShadowRoot)[] {
  return [root, ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? allRoots(e.shadowRoot) : []))];
}

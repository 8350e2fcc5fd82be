/**
 * The explorer's panels (search, details, filters, paths, balance, table, export menu) are
 * defined when the first explorer appears, so that a page embedding only `<actor-graph>` never
 * fetches them. A page that uses a panel on its own calls `definePanels()` first.
 */
let panels: Promise<void> | null = null;

/** Defines the explorer's panels, fetching them once; resolves when they are defined. */
export function definePanels(): Promise<void> {
  panels ??= import('./actor-graph-explorer.panels.ts').then(() => undefined);
  return panels;
}

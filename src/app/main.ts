/**
 * The page behind `npm start`: the explorer on the Russia–Taliban graph, its state kept in
 * the URL so that a link reproduces the view and back and forward work.
 */
import seedUrl from '../../graph/russia-taliban-2016.json?url';
import '../components/actor-graph-explorer.ts';
import type { ExplorerState } from '../components/explorer-state.ts';
import { rememberedTheme } from '../components/theme-memory.ts';
import { readState, writeState } from './url-state.ts';

const explorer = document.querySelector('actor-graph-explorer');
if (!explorer) throw new Error('index.html has no <actor-graph-explorer>');

function show(state: ExplorerState): void {
  explorer!.state = state;
  const src = state.src ?? seedUrl;
  // A file opened from disk has no URL; keep it until the link names another source.
  if (state.src !== undefined || !explorer!.data) {
    if (explorer!.src !== src) {
      explorer!.data = null;
      explorer!.src = src;
    }
  }
}

// The theme the reader chose last wins over the system's; the explorer keeps each new choice.
// Set here rather than as an attribute in index.html, whose tag a deployment rewrites (allowed-sources).
explorer.rememberTheme = true;
const remembered = rememberedTheme();
if (remembered) explorer.theme = remembered;
else if (window.matchMedia('(prefers-color-scheme: dark)').matches) explorer.theme = 'dark';
show(readState(location.search));

explorer.addEventListener('state-change', (event) => {
  const query = writeState(event.detail.state);
  if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
});

window.addEventListener('popstate', () => show(readState(location.search)));

// Files dropped anywhere on the page, not only on the explorer, load too.
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  const files = [...(event.dataTransfer?.files ?? [])];
  if (!files.length || event.defaultPrevented) return;
  event.preventDefault();
  void explorer.openFiles(files);
});

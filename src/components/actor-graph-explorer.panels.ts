/**
 * The explorer's panels and menus, registered when an explorer first appears rather than when
 * the library loads: a page that only embeds `<actor-graph>` never fetches them, and
 * the explorer waits for them before it counts as updated.
 */
import './actor-graph-balance.ts';
import './actor-graph-details.ts';
import './actor-graph-export-menu.ts';
import './actor-graph-filters.ts';
import './actor-graph-path-finder.ts';
import './actor-graph-search.ts';
import './actor-graph-table.ts';
import './actor-graph-type-map.ts';

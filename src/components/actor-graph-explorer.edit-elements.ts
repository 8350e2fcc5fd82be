/**
 * The elements of edit mode (the actor, relation and evidence forms and the sources pane): a
 * chunk of their own, fetched when a reader first edits, since most readers never do.
 */
import './actor-graph-actor-form.ts';
import './actor-graph-relation-form.ts';
import './actor-graph-evidence-form.ts';
import './actor-graph-sources.ts';

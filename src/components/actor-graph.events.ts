/**
 * The types of what `<actor-graph>` gives out: the result of a load and each event's detail.
 * Beside the element so that embedders and the explorer import them without the element.
 */
import type { Actor, Problem, Relation } from '../model/format.ts';
import type { PathResult } from '../model/paths.ts';

/** What `ready` resolves with: the counts drawn, or why the load failed. */
export type LoadResult = { ok: true; actors: number; relations: number } | { ok: false; problems: Problem[] };
export interface GraphReadyDetail { actors: number; relations: number }
export interface GraphErrorDetail { problems: Problem[] }
export interface ActorSelectDetail { id: string; actor: Actor }
export interface RelationSelectDetail { id: string; relation: Relation }
export interface PathChangeDetail { from: string; to: string; result: PathResult }
/** Actors and relations to pick out, as `highlight()` takes them. */
export interface Highlight { actors?: Iterable<string>; relations?: Iterable<string> }

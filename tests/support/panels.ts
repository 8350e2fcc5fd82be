/** Mounting an analysis panel in the page, and hearing the events it fires. */
import { expect } from 'vitest';
import type { RelationFilter } from '../../src/model/filter.ts';
import type { ActorGraph } from '../../src/model/graph.ts';

/** A panel element with the inputs the explorer gives every analysis panel. */
export interface Panel extends HTMLElement {
  graph: ActorGraph | null;
  filter: RelationFilter;
  updateComplete: Promise<boolean>;
}

/** Puts a `<tag>` on the page for `graph` under `filter`, rendered. */
export async function mountPanel<T extends Panel>(tag: string, graph: ActorGraph | null, filter: RelationFilter = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  el.graph = graph;
  el.filter = filter;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The details of every `type` event `el` fires from now on, each checked to bubble out of shadow roots. */
export function listen<T>(el: HTMLElement, type: string): T[] {
  const details: T[] = [];
  el.addEventListener(type, (event) => {
    expect(event.bubbles && event.composed).toBe(true);
    details.push((event as CustomEvent<T>).detail);
  });
  return details;
}

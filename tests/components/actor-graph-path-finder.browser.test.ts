import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-path-finder.ts';
import type { ActorGraphPathFinder } from '../../src/components/actor-graph-path-finder.ts';
import type { ActorSelectDetail, PathHighlightDetail, PathQueryDetail, RelationSelectDetail } from '../../src/components/events.ts';
import type { RelationFilter } from '../../src/model/filter.ts';
import { type ActorGraph } from '../../src/model/graph.ts';
import { groupPaths } from '../../src/model/path-groups.ts';
import { findPaths } from '../../src/model/paths.ts';
import { seedGraph } from '../seed.ts';
import { listen, mountPanel } from '../support/panels.ts';

const mount = (graph: ActorGraph | null, filter: RelationFilter = {}) =>
  mountPanel<ActorGraphPathFinder>('actor-graph-path-finder', graph, filter);

const $ = <E extends Element>(el: ActorGraphPathFinder, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const $$ = (el: ActorGraphPathFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: ActorGraphPathFinder) => text($(el, '[aria-live="polite"]'));

/** Types into a field as a user would, replacing what it held. */
async function fill(el: ActorGraphPathFinder, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name="${name}"]`);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

async function find(el: ActorGraphPathFinder, from: string, to: string) {
  await fill(el, 'from', from);
  await fill(el, 'to', to);
  await userEvent.click($(el, 'button[type="submit"]'));
  await el.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-path-finder>', () => {
  it('shows exactly the model’s shortest path from Russia to India and highlights it', async () => {
    const graph = seedGraph();
    const el = await mount(graph);
    const highlights = listen<PathHighlightDetail>(el, 'path-highlight');
    const queries = listen<PathQueryDetail>(el, 'path-query');
    await find(el, 'Russia', 'India');

    const expected = findPaths(graph, 'Russia', 'India');
    if (!expected.ok) throw new Error(expected.problem.message);
    const [first] = expected.paths;
    expect(first!.actors).toEqual(['russia', 'india']);
    expect(first!.relations).toEqual(['russia-india']);

    const items = $$(el, 'li.path');
    expect(items).toHaveLength(1);
    // The card reads as the model does, ending with when the path holds.
    expect(text(items[0]!.querySelector('.reading'))).toBe(first!.reading);
    expect(text(items[0]!.querySelector('.reading'))).toBe('Russia cooperates with India. Dates not given.');
    expect(text(items[0]!.querySelector('.head'))).toContain('+');
    expect(text(items[0]!.querySelector('.head'))).toContain('friendly');
    expect(status(el)).toBe('1 path found');
    expect(el.result).toEqual(expected);

    expect(queries).toEqual([
      { from: 'Russia', to: 'India', types: ['cooperation', 'hostility', 'contested'], all: false, maxHops: 4, directed: false },
    ]);
    expect(highlights).toEqual([{ actors: ['russia', 'india'], relations: ['russia-india'] }]);

    // Clearing and choosing again by the path's own button.
    await userEvent.click($$(el, 'button').find((b) => text(b) === 'Clear highlight')!);
    await userEvent.click($(el, '[part="highlight-button"]'));
    expect(highlights.slice(1)).toEqual([
      { actors: [], relations: [] },
      { actors: ['russia', 'india'], relations: ['russia-india'] },
    ]);
  });

  it('submits on Enter and lists as many paths from Russia to ISIS as the model', async () => {
    const graph = seedGraph();
    const el = await mount(graph);
    await fill(el, 'from', 'Russia');
    await fill(el, 'to', 'ISIS');
    await userEvent.click($(el, 'input[value="all"]'));
    await userEvent.type($(el, 'input[name="to"]'), '{Enter}');
    await el.updateComplete;

    const expected = findPaths(graph, 'Russia', 'ISIS', { all: true, maxHops: 4 });
    if (!expected.ok) throw new Error(expected.problem.message);
    expect(expected.paths.length).toBeGreaterThan(1);
    // Paths that read the same share a card; every path keeps a button of its own.
    const groups = groupPaths(graph, expected.paths);
    expect(groups.length).toBeLessThan(expected.paths.length);
    // Ten cards at a time.
    expect($$(el, 'li.path')).toHaveLength(Math.min(groups.length, 10));
    for (let more = $$(el, 'button.more')[0]; more; more = $$(el, 'button.more')[0]) {
      await userEvent.click(more);
      await el.updateComplete;
    }
    expect($$(el, 'li.path')).toHaveLength(groups.length);
    expect($$(el, '[part="highlight-button"]')).toHaveLength(expected.paths.length);
    expect(status(el)).toBe(`${expected.paths.length} paths found`);
    expect($$(el, 'li.path .reading').map(text)).toEqual(
      groups.map((g) =>
        g.variants.length === 1
          ? g.variants[0]!.reading
          : `${g.reading} ${g.variants.length} variants, through different relations of the same kind.`,
      ),
    );
  });

  it('runs a query set by the shell, the panel’s types narrowing the filter’s', async () => {
    const graph = seedGraph();
    const el = await mount(graph, { types: ['cooperation', 'hostility'] });
    const queries = listen<PathQueryDetail>(el, 'path-query');
    el.query = { from: 'moscow', to: 'isis', types: ['hostility', 'contested'], all: true, maxHops: 3 };
    await el.updateComplete;
    const expected = findPaths(graph, 'moscow', 'isis', { types: ['hostility'], all: true, maxHops: 3 });
    expect(el.result).toEqual(expected);
    expect($<HTMLInputElement>(el, 'input[name="from"]').value).toBe('moscow');
    expect($<HTMLInputElement>(el, 'input[value="cooperation"]').checked).toBe(false);
    expect($<HTMLInputElement>(el, 'input[name="maxHops"]').value).toBe('3');
    expect(queries).toHaveLength(1);

    // The same question again, as a shell writing URL state back, does not run it again.
    el.query = { ...queries[0]! };
    expect(queries).toHaveLength(1);
  });

  it('offers the model’s suggestions for a mistyped actor, filling the field', async () => {
    const graph = seedGraph();
    const el = await mount(graph);
    await find(el, 'Rusia', 'India');
    const expected = findPaths(graph, 'Rusia', 'India');
    if (expected.ok) throw new Error('expected a problem');
    expect(status(el)).toBe(expected.problem.message);
    const suggestion = $$(el, '.suggestions button').find((b) => text(b) === 'Russia');
    expect(suggestion).toBeDefined();
    await userEvent.click(suggestion!);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="from"]').value).toBe('Russia');
    expect(status(el)).toBe('1 path found');
  });

  it('answers under the filter’s as-of date and re-runs when the filter changes', async () => {
    const graph = seedGraph();
    const el = await mount(graph);
    const highlights = listen<PathHighlightDetail>(el, 'path-highlight');
    await find(el, 'Russia', 'Chechen rebels');
    // Undated search: the direct hostility of the 1990s.
    expect(highlights.at(-1)).toEqual({ actors: ['russia', 'chechen-rebels'], relations: ['russia-chechen-rebels'] });
    expect(text($(el, 'li.path .head'))).toContain('hostile');

    // In 2001 both relations touching the Chechen rebels (1990–1999) have ended.
    el.filter = { asOf: '2001' };
    await el.updateComplete;
    expect(status(el)).toBe('No path from Russia to Chechen rebels with these filters');
    expect($$(el, 'li.path')).toHaveLength(0);
    expect(highlights.at(-1)).toEqual({ actors: [], relations: [] });

    // Russia–Taliban: the 1990s hostility sorts first undated; in 2001 only the 2001 hostility holds.
    await find(el, 'Russia', 'Taliban');
    expect(highlights.at(-1)).toEqual({ actors: ['russia', 'taliban'], relations: ['russia-taliban-2001'] });
    el.filter = {};
    await el.updateComplete;
    expect(highlights.at(-1)).toEqual({ actors: ['russia', 'taliban'], relations: ['russia-taliban-1990s'] });
  });

  it('shows the quote, claimant and locator of every step’s evidence, and picks relations', async () => {
    const graph = seedGraph();
    const el = await mount(graph);
    const picked = listen<RelationSelectDetail>(el, 'relation-select');
    await find(el, 'India', 'Chechen rebels');
    const result = el.result;
    if (!result?.ok) throw new Error('expected paths');
    const path = result.paths[0]!;
    expect(path.relations).toEqual(['russia-india', 'russia-chechen-rebels']);
    const steps = $$(el, 'li.path')[0]!.querySelectorAll('li.step');
    expect(steps).toHaveLength(path.relations.length);
    path.relations.forEach((id, i) => {
      const step = text(steps[i]);
      for (const evidence of graph.getEdgeAttributes(id).evidence ?? []) {
        expect(step).toContain(evidence.quote);
        expect(step).toContain(evidence.claimant);
        expect(step).toContain(evidence.locator);
      }
    });
    expect(text(steps[0])).toContain('Moscow’s burgeoning alliance with India');
    expect(text(steps[0])).toContain('Samuel Ramani, the article’s author');
    await userEvent.click(steps[1]!.querySelector('button')!);
    expect(picked).toEqual([{ id: 'russia-chechen-rebels', relation: graph.getEdgeAttributes('russia-chechen-rebels') }]);
    const actors = listen<ActorSelectDetail>(el, 'actor-select');
    await userEvent.click($$(el, 'li.path')[0]!.querySelector<HTMLElement>('.head button[data-id="india"]')!);
    expect(actors).toEqual([{ id: 'india', actor: graph.getNodeAttributes('india') }]);
  });

  it('runs a query set before the graph arrives once it does', async () => {
    const el = await mount(null);
    el.query = { from: 'Russia', to: 'India' };
    expect(el.result).toBeNull();
    el.graph = seedGraph();
    await el.updateComplete;
    expect(el.result?.ok && el.result.paths[0]!.relations).toEqual(['russia-india']);
  });
});

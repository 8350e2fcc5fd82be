import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-path-finder.ts';
import type { ActorGraphPathFinder } from '../../src/components/actor-graph-path-finder.ts';
import type { PathHighlightDetail } from '../../src/components/events.ts';
import type { GraphDocument, Relation, RelationType } from '../../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../../src/model/graph.ts';
import { seedGraph } from '../seed.ts';
import { listen, mountPanel } from '../support/panels.ts';

const rel = (id: string, source: string, target: string, type: RelationType, extra: Partial<Relation> = {}) =>
  ({ id, source, target, type, ...extra }) as Relation;

/** Alpha and Bravo joined by two hostilities (1990s, 2001), so that two paths from Alpha to Charlie read alike. */
function fourActors(): ActorGraph {
  const document: GraphDocument = {
    version: 1,
    title: 'four actors',
    sources: [],
    actors: [
      { id: 'a', label: 'Alpha', aliases: ['First'] },
      { id: 'b', label: 'Bravo' },
      { id: 'c', label: 'Charlie' },
      { id: 'd', label: 'Delta' },
    ],
    relations: [
      rel('a-b-1990s', 'a', 'b', 'hostility', { start: '1990', end: '1999' }),
      rel('a-b-2001', 'a', 'b', 'hostility', { start: '2001', end: '2001' }),
      rel('b-c', 'b', 'c', 'cooperation'),
      rel('a-c', 'a', 'c', 'contested'),
      rel('a-d', 'a', 'd', 'cooperation'),
      rel('d-c', 'd', 'c', 'hostility'),
      rel('b-d', 'b', 'd', 'cooperation'),
    ],
  };
  return loadGraph(document);
}

const $ = <E extends Element>(el: ActorGraphPathFinder, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const $$ = (el: ActorGraphPathFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const checkbox = (el: ActorGraphPathFinder, name: string, value: string) =>
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);

async function allPaths() {
  const el = await mountPanel<ActorGraphPathFinder>('actor-graph-path-finder', fourActors());
  el.query = { from: 'a', to: 'c', all: true, maxHops: 4 };
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-path-finder> with many paths', () => {
  it('puts the paths that read the same on one card, their variants and dates one click away', async () => {
    const el = await allPaths();
    expect(text($(el, '[part="status"]'))).toBe('7 paths found');
    expect(text($(el, '.count'))).toBe('7 paths in 5 cards: paths that read the same share a card.');
    expect($$(el, 'li.path .reading').map(text)).toEqual([
      'Alpha has a contested relation with Charlie. Dates not given.',
      'Alpha is hostile to Bravo, which cooperates with Charlie. 2 variants, through different relations of the same kind.',
      'Alpha cooperates with Delta, which is hostile to Charlie. Dates not given.',
      'Alpha is hostile to Bravo, which cooperates with Delta, which is hostile to Charlie. 2 variants, through different relations of the same kind.',
      'Alpha cooperates with Delta, which cooperates with Bravo, which cooperates with Charlie. Dates not given.',
    ]);

    const twins = $$(el, 'li.path')[1]!;
    const variants = twins.querySelector<HTMLDetailsElement>('details.variants')!;
    expect(variants.open).toBe(false);
    await userEvent.click(variants.querySelector('summary')!);
    expect(variants.open).toBe(true);
    expect([...variants.querySelectorAll('.variant-head')].map(text)).toEqual([
      'Variant 1: holds 1990 – 1999, with an undated step.',
      'Variant 2: holds 2001, with an undated step.',
    ]);
    // Each variant names the step that sets it apart, with its dates.
    expect([...variants.querySelectorAll('.differing li')].map(text)).toEqual([
      'Alpha is hostile to Bravo. 1990 – 1999',
      'Alpha is hostile to Bravo. 2001',
    ]);

    const highlights = listen<PathHighlightDetail>(el, 'path-highlight');
    await userEvent.click(
      [...variants.querySelectorAll<HTMLElement>('[part="highlight-button"]')].find((b) => text(b) === 'Show variant 2 on the graph')!,
    );
    expect(highlights).toEqual([{ actors: ['a', 'b', 'c'], relations: ['a-b-2001', 'b-c'] }]);
    await el.updateComplete;
    expect(twins.getAttribute('aria-current')).toBe('true');
  });

  it('shows each step with its dates', async () => {
    const el = await allPaths();
    const steps = $$(el, 'li.path')[1]!.querySelectorAll('.variant')[0]!.querySelectorAll('li.step');
    expect([...steps].map((step) => text(step.querySelector('.when')))).toEqual(['1990 – 1999', 'dates not given']);
  });

  it('narrows the paths by sign and by length, the counts beside each choice', async () => {
    const el = await allPaths();
    expect($$(el, '[part="narrowing"] label').map(text)).toEqual([
      '+friendly (3)',
      '−hostile (3)',
      '?uncertain (1)',
      '1 step (1)',
      '2 steps (3)',
      '3 steps (3)',
    ]);
    await userEvent.click(checkbox(el, 'sign', '-'));
    await el.updateComplete;
    expect(text($(el, '.count'))).toBe('3 of 7 paths shown, in 2 cards: paths that read the same share a card.');
    expect($$(el, 'li.path .head .sign-word').map(text)).toEqual(['hostile', 'hostile']);

    await userEvent.click(checkbox(el, 'sign', '-'));
    await userEvent.click(checkbox(el, 'sign', '+'));
    await userEvent.click(checkbox(el, 'steps', '3'));
    await el.updateComplete;
    expect(text($(el, '.count'))).toBe('3 of 7 paths shown, in 2 cards: paths that read the same share a card.');
    expect($$(el, 'li.path .reading').map(text)).toEqual([
      'Alpha is hostile to Bravo, which cooperates with Delta, which is hostile to Charlie. 2 variants, through different relations of the same kind.',
      'Alpha cooperates with Delta, which cooperates with Bravo, which cooperates with Charlie. Dates not given.',
    ]);

    await userEvent.click(checkbox(el, 'steps', '1'));
    await el.updateComplete;
    expect(text($(el, '.count'))).toBe('3 of 7 paths shown, in 2 cards: paths that read the same share a card.');
    await userEvent.click(checkbox(el, 'sign', '?'));
    await el.updateComplete;
    expect(text($(el, '.count'))).toBe('4 of 7 paths shown, in 3 cards: paths that read the same share a card.');
  });

  it('shows every path at once with each relation weighted by the paths using it, following the narrowing', async () => {
    const el = await allPaths();
    const highlights = listen<PathHighlightDetail>(el, 'path-highlight');
    const showAll = $<HTMLButtonElement>(el, '[part="show-all"]');
    expect(text(showAll)).toBe('Show all 7 on the graph');
    await userEvent.click(showAll);
    await el.updateComplete;
    expect(showAll.getAttribute('aria-pressed')).toBe('true');
    expect(text($(el, '.actions + .note'))).toBe(
      'On the graph, each relation is as wide as the number of these paths that use it, the number written on it.',
    );
    expect(highlights).toEqual([
      {
        actors: ['a', 'c', 'b', 'd'],
        relations: ['a-c', 'a-b-1990s', 'b-c', 'a-b-2001', 'a-d', 'd-c', 'b-d'],
        weights: { 'b-c': 3, 'b-d': 3, 'd-c': 3, 'a-b-1990s': 2, 'a-b-2001': 2, 'a-d': 2, 'a-c': 1 },
      },
    ]);

    await userEvent.click(checkbox(el, 'sign', '-'));
    await el.updateComplete;
    expect(text(showAll)).toBe('Show all 3 on the graph');
    expect(highlights.at(-1)).toEqual({
      actors: ['a', 'b', 'c', 'd'],
      relations: ['a-b-1990s', 'b-c', 'a-b-2001', 'a-d', 'd-c'],
      weights: { 'b-c': 2, 'a-b-1990s': 1, 'a-b-2001': 1, 'a-d': 1, 'd-c': 1 },
    });

    // Pressed again, or a path chosen, it stops.
    await userEvent.click(showAll);
    await el.updateComplete;
    expect(showAll.getAttribute('aria-pressed')).toBe('false');
    expect(el.shadowRoot!.querySelector('.actions + .note')).toBeNull();
    expect(highlights.at(-1)).toEqual({ actors: [], relations: [] });
  });
});

describe('<actor-graph-path-finder> From and To', () => {
  it('are comboboxes offering actors by label and alias, worked by keyboard', async () => {
    const el = await mountPanel<ActorGraphPathFinder>('actor-graph-path-finder', fourActors());
    const from = $<HTMLInputElement>(el, 'input[name="from"]');
    expect(from.getAttribute('role')).toBe('combobox');
    expect(from.getAttribute('aria-expanded')).toBe('false');
    expect(text(el.shadowRoot!.querySelector(`label[for="${from.id}"]`))).toBe('From');

    await userEvent.type(from, 'fir');
    await el.updateComplete;
    const list = el.shadowRoot!.getElementById(from.getAttribute('aria-controls')!)!;
    expect(from.getAttribute('aria-expanded')).toBe('true');
    expect(list.getAttribute('role')).toBe('listbox');
    expect([...list.querySelectorAll('[role="option"]')].map(text)).toEqual(['Alpha also “First”']);
    expect(from.hasAttribute('aria-activedescendant')).toBe(false);

    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    const option = list.querySelector('[role="option"]')!;
    expect(from.getAttribute('aria-activedescendant')).toBe(option.id);
    expect(option.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(from.value).toBe('Alpha');
    expect(from.getAttribute('aria-expanded')).toBe('false');
    expect(el.result).toBeNull();

    // Escape closes the list and keeps what was typed.
    const to = $<HTMLInputElement>(el, 'input[name="to"]');
    await userEvent.click(to);
    await userEvent.keyboard('a');
    await el.updateComplete;
    expect([...el.shadowRoot!.getElementById(to.getAttribute('aria-controls')!)!.querySelectorAll('[role="option"]')].map(text)).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
      'Delta',
    ]);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await el.updateComplete;
    expect(text(el.shadowRoot!.getElementById(to.getAttribute('aria-activedescendant')!))).toBe('Charlie');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(to.getAttribute('aria-expanded')).toBe('false');
    expect(to.value).toBe('a');

    // With no actor active, Enter runs the search.
    await userEvent.keyboard('{Backspace}Charlie{Enter}');
    await el.updateComplete;
    expect(text($(el, '[part="status"]'))).toBe('1 path found');
    expect(el.result?.ok && el.result.paths[0]!.relations).toEqual(['a-c']);
  });
});

describe('<actor-graph-path-finder> on the seed graph', () => {
  it('lists the 71 paths from China to ISIS as 63 cards, ten at a time', async () => {
    const el = await mountPanel<ActorGraphPathFinder>('actor-graph-path-finder', seedGraph());
    el.query = { from: 'China', to: 'ISIS', all: true, maxHops: 4 };
    await el.updateComplete;
    expect(text($(el, '.count'))).toBe('71 paths in 63 cards: paths that read the same share a card.');
    expect($$(el, 'li.path')).toHaveLength(10);
    const more = $<HTMLButtonElement>(el, 'button.more');
    expect(text(more)).toBe('Show 10 more (53 not shown)');
    await userEvent.click(more);
    await el.updateComplete;
    expect($$(el, 'li.path')).toHaveLength(20);
    expect(text($(el, 'button.more'))).toBe('Show 10 more (43 not shown)');

    // Only the uncertain paths of two or three steps: three cards, and nothing more to show.
    await userEvent.click(checkbox(el, 'sign', '?'));
    await userEvent.click(checkbox(el, 'steps', '2'));
    await userEvent.click(checkbox(el, 'steps', '3'));
    await el.updateComplete;
    expect(text($(el, '.count'))).toBe('3 of 71 paths shown, in 3 cards: paths that read the same share a card.');
    expect(el.shadowRoot!.querySelector('button.more')).toBeNull();
  });
});

/**
 * Accessibility of the explorer and of `<actor-graph>` on its own:
 * - axe-core finds no violation, in the light and dark themes and in the states that show more
 *   (details, paths, "did you mean", table, problems, search list, open menu, a failed load);
 * - every action works from the keyboard alone, with a visible focus ring at each step;
 * - the drawing has a text alternative (a visually hidden summary, and the table view);
 * - loads, load errors and path results are announced through live regions;
 * - with `prefers-reduced-motion: reduce` nothing moves by itself.
 * The contrast of what the canvas draws, which axe cannot see, is checked in tests/view/contrast.test.ts.
 */
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import { watchUncaught } from '../support/uncaught.ts';
import { SEED_URL, settle, mountExplorer, text, inRoot, panel, deepActive } from '../support/explorer.ts';

/** An explorer on the seed graph, `setup` applied before it is added, drawn and laid out. */
const explorer = async (setup: (el: ActorGraphExplorer) => void = () => {}) =>
  (
    await mountExplorer((el) => {
      el.src = SEED_URL;
      setup(el);
    })
  ).el;

let stopWatching: () => string[];
beforeEach(() => {
  stopWatching = watchUncaught();
});
afterEach(async () => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  expect(stopWatching()).toEqual([]);
});

/** What axe finds on the page, as "rule: where" lines. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map((c) => Math.round(Number(c)).toString(16).padStart(2, '0'))
    .join('')}`;
function luminance(color: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(color.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/**
 * The focused element shows where focus is: an outline of at least 2 px (on it, or on the label
 * that stands for a hidden file input) whose colour stands out 3:1 from the explorer's background.
 */
function expectFocusVisible(el: ActorGraphExplorer, step: string): HTMLElement {
  const active = deepActive();
  expect(active, step).not.toBeNull();
  const shown = active instanceof HTMLInputElement && active.type === 'file' ? active.closest('label')! : active!;
  // The ring may be drawn by the element or by a pseudo-element on it (the time bar's knob).
  const style =
    [getComputedStyle(shown), getComputedStyle(shown, '::before'), getComputedStyle(shown, '::after')].find(
      (s) => s.outlineStyle !== 'none',
    ) ?? getComputedStyle(shown);
  const what = `${step}: <${shown.localName}> ${text(shown).slice(0, 30)}`;
  expect(style.outlineStyle, what).not.toBe('none');
  expect(parseFloat(style.outlineWidth), what).toBeGreaterThanOrEqual(2);
  expect(contrast(hex(style.outlineColor), hex(getComputedStyle(el).backgroundColor)), what).toBeGreaterThanOrEqual(3);
  return active!;
}

describe('axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`finds nothing in the explorer, ${theme} theme, in every state that shows more`, async () => {
      // An actor's details, a "did you mean" for a misspelt name, and a failed load of the graph.
      const el = await explorer((el) => {
        el.theme = theme;
        el.state = { selected: 'russia', from: 'Rusia', to: 'India' };
      });
      el.src = '/__faults/404';
      await settle(el);
      await el.graphView!.ready;
      await settle(el);
      const found = await violations();

      // A relation's evidence, every path, the table, a refused file, the search list, the open menu, balanced triads.
      el.state = { selected: 'russia-taliban-arms', from: 'Russia', to: 'ISIS', all: true, view: 'table' };
      await el.openFile(new File(['{"version": 2}'], 'bad.json'));
      inRoot(panel(el, 'actor-graph-search'), 'input').focus();
      await userEvent.keyboard('ru');
      inRoot<HTMLButtonElement>(inRoot(el, 'actor-graph-export-menu'), 'button').click();
      for (const details of panel(el, 'actor-graph-balance').shadowRoot!.querySelectorAll('details')) details.open = true;
      await settle(el);
      found.push(...(await violations()));
      expect(found).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds nothing in <actor-graph> on a page, ${scheme} colour scheme, drawn and failed`, async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      const main = document.createElement('main');
      const view = document.createElement('actor-graph');
      view.style.height = '500px';
      view.src = SEED_URL;
      main.append(view);
      document.body.append(main);
      expect((await view.ready).ok).toBe(true);
      view.selected = 'russia';
      await view.updateComplete;
      const found = await violations();
      view.data = { version: 2 };
      await view.ready;
      await view.updateComplete;
      found.push(...(await violations()));
      expect(found).toEqual([]);
    });
  }
});

describe('the keyboard alone', () => {
  it('reaches every control in order, each with a visible focus ring', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await explorer((el) => {
        el.theme = theme;
        el.state = { selected: 'russia-taliban-arms', from: 'Russia', to: 'India' };
      });
      deepActive()?.blur();
      const reached: string[] = [];
      let first: HTMLElement | null = null;
      for (let i = 0; i < 200; i++) {
        await userEvent.tab();
        const active = deepActive();
        if (!active || active === document.body || active === first) break;
        first ??= active;
        expectFocusVisible(el, `${theme}, stop ${i + 1}`);
        reached.push(`${(active.getRootNode() as ShadowRoot).host?.localName} ${active.localName}`);
      }
      const hosts = new Set(reached.map((r) => r.split(' ')[0]));
      expect([...hosts].sort()).toEqual([
        'actor-graph',
        'actor-graph-balance',
        'actor-graph-details',
        'actor-graph-explorer',
        'actor-graph-export-menu',
        'actor-graph-filters',
        'actor-graph-path-finder',
        'actor-graph-search',
        'actor-graph-timebar',
      ]);
      expect(reached).toContain('actor-graph div');
      el.remove();
    }
  });

  it('does every action of the explorer: search, filters, date slider, paths, canvas, details, export, views', async () => {
    const el = await explorer();
    const view: ActorGraphElement = el.graphView!;
    deepActive()?.blur();

    // Search: Tab to the field, type an alias, pick with the arrow keys.
    for (let i = 0; i < 20 && deepActive()?.getAttribute('role') !== 'combobox'; i++) await userEvent.tab();
    expectFocusVisible(el, 'search');
    await userEvent.keyboard('kreml');
    await settle(el);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settle(el);
    expect(el.state.selected).toBe('russia');
    expect(text(inRoot(panel(el, 'actor-graph-details'), 'h2'))).toBe('Russia');

    // Filters: past the details of Russia, the type checkboxes with Space.
    const value = () => deepActive()?.getAttribute('value') ?? (deepActive() as HTMLInputElement | null)?.value;
    for (let i = 0; i < 80 && value() !== 'hostility'; i++) await userEvent.tab();
    expect(deepActive()!.getAttribute('value') ?? (deepActive() as HTMLInputElement).value).toBe('hostility');
    expectFocusVisible(el, 'hostility checkbox');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.state.types).toEqual(['cooperation', 'contested']);
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.state.types).toBeUndefined();

    // The date: "Any time" off, then the slider with Home and the arrow keys, then a typed date.
    await userEvent.tab();
    await userEvent.tab();
    expect((deepActive() as HTMLInputElement).name).toBe('any-time');
    await userEvent.keyboard(' ');
    await settle(el);
    const lastStop = el.state.asOf;
    expect(lastStop).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await userEvent.tab();
    expect((deepActive() as HTMLInputElement).type).toBe('range');
    expectFocusVisible(el, 'slider');
    await userEvent.keyboard('{Home}');
    await settle(el);
    const firstStop = el.state.asOf;
    expect(firstStop).toMatch(/^\d{4}/);
    expect(firstStop! < lastStop!).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.state.asOf).not.toBe(firstStop);
    expect(deepActive()!.getAttribute('aria-valuetext')).toBe(
      `as of ${text(panel(el, 'actor-graph-filters').shadowRoot!.querySelector('.current')).replace(/^as of /, '')}`,
    );
    await userEvent.tab();
    await userEvent.keyboard('2001{Tab}');
    await settle(el);
    expect(el.state.asOf).toBe('2001');
    expect(text(inRoot(view, '#summary'))).toBe(
      'Graph of 14 actors and 20 of 37 relations: 11 cooperation, 7 hostility, 2 contested, as of 2001.',
    );
    // Then "Include possible relations", switched on and off with Space, and the "As known on" date.
    expect((deepActive() as HTMLInputElement).name).toBe('possible');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.state.possible).toBe(true);
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.state.possible).toBeUndefined();
    await userEvent.tab();
    expect(deepActive()!.getAttribute('part')).toBe('known-date');
    // The undated switch, with Space: off keeps undated relations apart in paths, and on again.
    await userEvent.tab();
    expect((deepActive() as HTMLInputElement).name).toBe('undated');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.state.undated).toBe('apart');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.state.undated).toBeUndefined();
    // Past the drawing's choices and the heading of the paths panel.
    for (let i = 0; i < 5 && (deepActive() as HTMLInputElement).name !== 'from'; i++) await userEvent.tab();

    // Paths: the form, submitted with Enter; the result is announced.
    expect((deepActive() as HTMLInputElement).name).toBe('from');
    await userEvent.keyboard('Russia{Tab}India{Enter}');
    await settle(el);
    const finder = panel(el, 'actor-graph-path-finder');
    expect(text(inRoot(finder, '[role="status"]'))).toBe('1 path found');
    expect(
      view
        .cy!.elements('.ag-path')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['india', 'russia', 'russia-india']);
    expect(el.state).toMatchObject({ from: 'Russia', to: 'India' });

    // The canvas: arrow keys move between actors, Enter opens the details, Escape clears.
    inRoot<HTMLElement>(view, '[part="canvas"]').focus({ focusVisible: true } as FocusOptions);
    await userEvent.keyboard('{Home}');
    await view.updateComplete;
    expect(view.selected).toBe('afghan-government');
    expectFocusVisible(el, 'canvas');
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await settle(el);
    expect(el.state.selected).toBe('central-asian-networks');
    expect(text(inRoot(panel(el, 'actor-graph-details'), 'h2'))).toBe('Central Asian terrorist networks');
    expect(text(inRoot(view, '#status'))).toBe(
      'Selected actor: Central Asian terrorist networks (non-state armed group), no relation as of 2001',
    );

    // Details: Tab from the canvas into the panel; focus on the neighbourhood with Enter.
    let focusButton: HTMLElement | null = null;
    for (let i = 0; i < 20 && !focusButton; i++) {
      await userEvent.tab();
      if (deepActive()?.classList.contains('focus-on')) focusButton = deepActive();
    }
    expect(focusButton).not.toBeNull();
    expectFocusVisible(el, 'focus button');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.state.focus).toBe('central-asian-networks');
    expect(text(inRoot(view, '#summary'))).toContain('Only the neighbourhood of Central Asian terrorist networks is shown, 1 step out.');

    // Export: the menu button, the arrow keys, Enter.
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:test/${blobs.push(blob as Blob)}`);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const menu = inRoot<HTMLElementTagNameMap['actor-graph-export-menu']>(el, 'actor-graph-export-menu');
    const done = new Promise<string>((resolve) =>
      menu.addEventListener('export-done', (e) => resolve((e as CustomEvent<{ format: string }>).detail.format), { once: true }),
    );
    inRoot<HTMLButtonElement>(menu, 'button').focus();
    expectFocusVisible(el, 'export button');
    await userEvent.keyboard('{Enter}');
    await menu.updateComplete;
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(text(deepActive())).toBe('SVG image (vector)');
    expectFocusVisible(el, 'export menu item');
    await userEvent.keyboard('{Enter}');
    expect(await done).toBe('svg');
    expect(await blobs[0]!.text()).toContain('<svg');

    // Views: the tabs with the arrow keys; the table's rows with Tab and Enter.
    inRoot<HTMLElement>(el, '#tab-graph').focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.state.view).toBe('table');
    let rowButton: HTMLElement | null = null;
    for (let i = 0; i < 20 && !rowButton; i++) {
      await userEvent.tab();
      if (deepActive()?.closest('tbody')) rowButton = deepActive();
    }
    expectFocusVisible(el, 'table row');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.state.selected).toBe(rowButton!.dataset.id);

    // The theme, with Space.
    inRoot<HTMLElement>(el, 'header .theme-button').focus();
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.theme).toBe('dark');
  });
});

describe('screen readers', () => {
  it('have a text alternative of the drawing: a summary of what it shows, and the table', async () => {
    const el = await explorer();
    const view = el.graphView!;
    const canvas = inRoot(view, '[part="canvas"]');
    expect(canvas.getAttribute('aria-label')).toBe('Graph: 14 actors, 37 relations shown');
    expect(canvas.getAttribute('aria-describedby')!.split(' ')).toContain('summary');
    const summary = inRoot(view, '#summary');
    expect(text(summary)).toBe('Graph of 14 actors and 37 relations: 16 cooperation, 16 hostility, 5 contested.');
    // Visually hidden, yet read.
    expect(summary.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(summary).display).not.toBe('none');
    el.state = { types: ['hostility'], asOf: '2015-12' };
    await settle(el);
    expect(text(summary)).toMatch(/^Graph of 14 actors and \d+ of 37 relations: \d+ hostility, as of December 2015\.$/);
    // The table view lists the same relations.
    el.state = { ...el.state, view: 'table' };
    await settle(el);
    const rows = panel(el, 'actor-graph-table').shadowRoot!.querySelectorAll('tbody tr[data-id]');
    expect(text(summary)).toContain(`and ${rows.length} of 37 relations`);
  });

  it('hear loads, load errors and path results through live regions', async () => {
    const el = await explorer((el) => (el.state = { from: 'Russia', to: 'India' }));
    const status = inRoot(el, '.status');
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('Loaded Russia and the Taliban, 2016: 14 actors, 37 relations.');
    const finder = panel(el, 'actor-graph-path-finder');
    const pathStatus = inRoot(finder, '[part="status"]');
    expect(pathStatus.getAttribute('role')).toBe('status');
    expect(text(pathStatus)).toBe('1 path found');
    el.state = { from: 'Atlantis', to: 'India' };
    await settle(el);
    expect(text(pathStatus)).toMatch(/Atlantis/);

    // A failed load: announced once, by the status line; the problems panel is not a second live region, and the view's own box is hidden.
    el.src = '/__faults/500';
    await settle(el);
    await el.graphView!.ready;
    await settle(el);
    expect(text(status)).toBe('/__faults/500 was not loaded: 1 problem. The previous graph is kept.');
    const problems = inRoot(el, '[part="problems"]');
    expect(problems.hidden).toBe(false);
    expect(problems.getAttribute('role')).toBeNull();
    expect(problems.getAttribute('aria-live')).toBeNull();
    expect(text(problems)).toContain('could not load /__faults/500: the server answered 500 Internal Server Error');
    expect(getComputedStyle(inRoot(el.graphView!, '[part="error"]')).display).toBe('none');

    // On its own, the element announces a failed load with its alert.
    const alone = document.createElement('actor-graph');
    alone.src = '/__faults/404';
    document.body.append(alone);
    await alone.ready;
    await alone.updateComplete;
    const box = inRoot(alone, '[part="error"]');
    expect(box.getAttribute('role')).toBe('alert');
    expect(getComputedStyle(box).display).not.toBe('none');
  });
});

describe('prefers-reduced-motion: reduce', () => {
  it('leaves nothing moving: no transition or animation anywhere, the drawing never animated', async () => {
    // A page that animates a part of the explorer.
    const style = document.createElement('style');
    style.textContent = 'actor-graph-explorer::part(header) { transition: background-color 2s; }';
    document.head.append(style);
    try {
      const el = await explorer();
      const header = inRoot(el, 'header');
      expect(getComputedStyle(header).transitionDuration).toBe('2s');
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      const moving: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const node of root.querySelectorAll('*')) {
          const cs = getComputedStyle(node);
          if (cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || cs.animationName !== 'none') moving.push(node.localName);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(el.shadowRoot!);
      expect(moving).toEqual([]);

      // Nothing the view does animates: not a layout, not the viewport.
      const view = el.graphView!;
      const cy = view.cy!;
      const animations = vi.spyOn(Object.getPrototypeOf(cy) as { animate(...args: unknown[]): unknown }, 'animate');
      const layouts: unknown[] = [];
      const layout = cy.layout.bind(cy);
      vi.spyOn(cy, 'layout').mockImplementation((options) => {
        layouts.push((options as { animate?: unknown }).animate);
        return layout(options);
      });
      view.layout = 'grid';
      await view.ready;
      view.layout = 'cola';
      await view.ready;
      el.state = { selected: 'russia', focus: 'russia', depth: 1, from: 'Russia', to: 'India' };
      await settle(el);
      view.focus();
      await userEvent.keyboard('{End}{ArrowLeft}');
      expect(layouts).toEqual([false, false]);
      expect(animations).not.toHaveBeenCalled();
    } finally {
      style.remove();
    }
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { readState, writeState } from '../../src/app/url-state.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import { THEME_KEY } from '../../src/components/theme-memory.ts';
import { SEED_URL, allInRoot, deepActive, inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

/** The explorer as the page shows it: the whole viewport, the body without a margin. */
const fullPage = (el: ActorGraphExplorer) => {
  document.body.style.margin = '0';
  el.style.height = '100vh';
  el.src = SEED_URL;
};

const panelButton = (el: ActorGraphExplorer, name: string) => inRoot<HTMLButtonElement>(el, `#panel-button-${name}`);
const panelBody = (el: ActorGraphExplorer, name: string) => inRoot(el, `#panel-body-${name}`);
const expanded = (el: ActorGraphExplorer) =>
  allInRoot<HTMLButtonElement>(el, '.panel h2 button').map((b) => `${text(b)}: ${b.getAttribute('aria-expanded')}`);
const themeButton = (el: ActorGraphExplorer) => inRoot<HTMLButtonElement>(el, 'header .theme-button');

afterEach(async () => {
  document.body.replaceChildren();
  document.body.style.margin = '';
  localStorage.removeItem(THEME_KEY);
  vi.restoreAllMocks();
  await page.viewport(1200, 800);
});

describe('<actor-graph-explorer> layout', () => {
  it('gives the drawing at least 65% of a 1440 × 900 window, and the page does not scroll', async () => {
    await page.viewport(1440, 900);
    const { el, view } = await mountExplorer(fullPage);
    const area = (box: DOMRect) => box.width * box.height;
    // The drawing with its legend and zoom buttons, as <actor-graph> shows it; the time bar is under it.
    const share = area(view.getBoundingClientRect()) / (innerWidth * innerHeight);
    expect([innerWidth, innerHeight]).toEqual([1440, 900]);
    expect(share).toBeGreaterThanOrEqual(0.65);
    expect(inRoot(el, 'actor-graph-timebar').getBoundingClientRect().top).toBe(view.getBoundingClientRect().bottom);
    expect(document.scrollingElement!.scrollHeight).toBeLessThanOrEqual(innerHeight);
    // Every panel is open, and their column scrolls within itself.
    expect(expanded(el)).toEqual(['Details: true', 'Filters: true', 'Paths: true', 'Balance: true']);
    const side = inRoot(el, '#side');
    expect(side.scrollHeight).toBeGreaterThan(side.clientHeight);
    expect(side.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight);

    // With the column of panels collapsed, the drawing takes the whole width.
    await userEvent.click(inRoot(el, 'header .side-button'));
    await settle(el);
    expect(inRoot(el, 'header .side-button').getAttribute('aria-expanded')).toBe('false');
    expect(side.hidden).toBe(true);
    await expect.poll(() => view.getBoundingClientRect().width).toBe(1440);
  });

  it('restores collapsed panels from a link, and writes them back when one is opened', async () => {
    const { el, changes } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.state = readState('?panels=-filters,-balance');
    });
    expect(el.state).toEqual({ collapsed: ['filters', 'balance'] });
    expect(expanded(el)).toEqual(['Details: true', 'Filters: false', 'Paths: true', 'Balance: false']);
    expect([panelBody(el, 'filters').hidden, panelBody(el, 'balance').hidden, panelBody(el, 'paths').hidden]).toEqual([true, true, false]);
    expect(panelButton(el, 'filters').getAttribute('aria-controls')).toBe('panel-body-filters');

    await userEvent.click(panelButton(el, 'filters'));
    await settle(el);
    expect(changes).toEqual([{ collapsed: ['balance'] }]);
    expect(writeState(changes.at(-1)!)).toBe('?panels=-balance');
    expect(panelBody(el, 'filters').hidden).toBe(false);
    expect(panelButton(el, 'filters').getAttribute('aria-expanded')).toBe('true');

    // From the keyboard: Enter on a panel's heading collapses it.
    panelButton(el, 'paths').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(changes.at(-1)).toEqual({ collapsed: ['paths', 'balance'] });
    expect(readState(writeState(changes.at(-1)!))).toEqual({ collapsed: ['paths', 'balance'] });
  });

  it('has a skip link, first in tab order, that puts the keyboard on the drawing', async () => {
    const { el, view } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.state = { view: 'table' };
    });
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    const skip = deepActive()!;
    expect([skip.localName, text(skip)]).toEqual(['button', 'Skip to graph']);
    // Out of sight until focused, then on screen.
    expect(skip.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.state.view).toBeUndefined();
    await expect.poll(() => deepActive()).toBe(inRoot(view, '[part="canvas"]'));
  });

  it('names the theme button for what it does, and remembers the choice', async () => {
    const remembering = (el: ActorGraphExplorer) => {
      el.src = SEED_URL;
      el.rememberTheme = true;
    };
    const first = await mountExplorer(remembering);
    expect([first.el.theme, text(themeButton(first.el))]).toEqual(['light', 'Dark theme']);
    await userEvent.click(themeButton(first.el));
    await settle(first.el);
    expect([first.el.theme, text(themeButton(first.el))]).toEqual(['dark', 'Light theme']);
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    document.body.replaceChildren();

    const second = await mountExplorer(remembering);
    expect([second.el.theme, text(themeButton(second.el))]).toEqual(['dark', 'Light theme']);
    document.body.replaceChildren();

    // A theme set on the element wins; without remember-theme nothing is read or kept.
    const set = await mountExplorer((el) => {
      remembering(el);
      el.setAttribute('theme', 'light');
    });
    expect(set.el.theme).toBe('light');
    document.body.replaceChildren();
    const plain = await mountExplorer();
    expect(plain.el.theme).toBe('light');
    localStorage.removeItem(THEME_KEY);
    await userEvent.click(themeButton(plain.el));
    expect(plain.el.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('still switches themes when storage refuses to be read or written', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { el } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.rememberTheme = true;
    });
    expect(el.theme).toBe('light');
    await userEvent.click(themeButton(el));
    await settle(el);
    expect([el.theme, text(themeButton(el))]).toEqual(['dark', 'Light theme']);
  });
});

describe('<actor-graph-explorer> exports', () => {
  it('names an image for the dates it is drawn at, and a data file for the graph alone', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/1');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { el } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.state = { asOf: '2016-01' };
    });
    const menu = inRoot<HTMLElementTagNameMap['actor-graph-export-menu']>(el, 'actor-graph-export-menu');
    const names: string[] = [];
    menu.addEventListener('export-done', (event) => names.push(event.detail.filename));
    await menu.export('svg');
    el.state = { asOf: '2015-06', knownOn: '2016-01' };
    await settle(el);
    await menu.export('svg');
    await menu.export('json');
    expect(names).toEqual([
      'russia-and-the-taliban-2016-as-of-2016-01.svg',
      'russia-and-the-taliban-2016-as-of-2015-06-known-on-2016-01.svg',
      'russia-and-the-taliban-2016.json',
    ]);
  });
});

describe('<actor-graph-explorer> on a phone', () => {
  it('puts the drawing across the whole width under the header, and the panels below it', async () => {
    await page.viewport(390, 844);
    const { el, view } = await mountExplorer(fullPage);
    const header = inRoot(el, 'header').getBoundingClientRect();
    const drawing = view.getBoundingClientRect();
    expect(innerWidth).toBe(390);
    expect([drawing.left, drawing.width]).toEqual([0, 390]);
    expect(drawing.top).toBe(header.bottom);
    expect(drawing.height).toBeGreaterThanOrEqual(0.5 * innerHeight);
    const side = inRoot(el, '#side').getBoundingClientRect();
    expect(side.top).toBeGreaterThanOrEqual(drawing.bottom);
    expect(side.width).toBe(390);
    // Nothing is wider than the phone.
    expect(document.scrollingElement!.scrollWidth).toBe(390);
  });
});

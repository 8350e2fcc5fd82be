import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-explorer.ts';
import { settle, mountExplorer, text, inRoot, allInRoot, deepActive, allRoots } from '../support/explorer.ts';

const mount = mountExplorer;
const MARKUP = '<img src=x onerror=alert(1)>';

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-explorer> text, keyboard and theme', () => {
  it('shows labels holding markup as text in the header, details, search and table, never as elements', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const { el } = await mount((el) => {
      el.data = {
        version: 1,
        title: MARKUP,
        sources: [{ id: 's', title: MARKUP }],
        actors: [
          { id: 'a', label: MARKUP, kind: MARKUP, aliases: [MARKUP] },
          { id: 'b', label: 'B' },
        ],
        relations: [
          { id: 'a-b', source: 'a', target: 'b', type: 'hostility', evidence: [{ source: 's', quote: MARKUP, claimant: MARKUP }] },
        ],
      };
    });
    expect(text(inRoot(el, 'header h1'))).toBe(MARKUP);

    el.state = { selected: 'a' };
    await settle(el);
    const details = inRoot(el, 'actor-graph-details');
    expect(text(inRoot(details, 'h2'))).toBe(MARKUP);
    expect(text(inRoot(details, '.kind'))).toBe(MARKUP);
    expect(allInRoot(details, '.aliases li').map(text)).toEqual([MARKUP]);

    const search = inRoot(el, 'actor-graph-search');
    inRoot<HTMLInputElement>(search, 'input').focus();
    await userEvent.keyboard('img');
    await settle(el);
    expect(allInRoot(search, '[role="option"] .label').map(text)).toEqual([MARKUP]);

    const row = inRoot<HTMLTableRowElement>(inRoot(el, 'actor-graph-table'), 'tbody tr[data-id="a-b"]');
    const cells = [...row.cells].map(text);
    expect([cells[0], cells[4], cells[8]]).toEqual([MARKUP, `${MARKUP} – B`, MARKUP]);

    el.state = { selected: 'a-b' };
    await settle(el);
    expect(text(inRoot(details, 'blockquote'))).toBe(MARKUP);
    expect(text(inRoot(details, '.claimant'))).toBe(`— ${MARKUP}`);
    expect(text(inRoot(details, '.source cite'))).toBe(MARKUP);

    const roots = allRoots();
    expect(roots.length).toBeGreaterThan(8);
    expect(roots.flatMap((root) => [...root.querySelectorAll('img')])).toEqual([]);
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('is usable from the keyboard: Tab to the search, pick Russia, switch views with the arrow keys', async () => {
    const { el, view, changes } = await mount();
    (document.activeElement as HTMLElement | null)?.blur();
    const reached: string[] = [];
    for (let i = 0; i < 9; i++) {
      await userEvent.tab();
      const active = deepActive() as HTMLElement;
      reached.push(
        `${active.localName}${active.getAttribute('type') ? `[${active.getAttribute('type')}]` : ''} ${text(active) || active.getAttribute('role') || ''}`.trim(),
      );
    }
    // The header (Open file…, then Add to this graph…, then Edit), then the drawing, then the panels beside it, starting with the search.
    expect(reached.slice(0, 8)).toEqual([
      'button[button] Skip to graph',
      'button Graph',
      'input[file]',
      'input[file]',
      'button[button] Edit',
      'button[button] Export▾',
      'button[button] Dark theme',
      'button[button] Panels',
    ]);
    expect(deepActive()).toBe(inRoot(view, '[part="canvas"]'));
    for (let i = 0; i < 10 && deepActive()?.getAttribute('role') !== 'combobox'; i++) await userEvent.tab();
    const search = inRoot(el, 'actor-graph-search');
    expect(deepActive()).toBe(inRoot(search, 'input'));

    await userEvent.keyboard('kreml');
    await settle(el);
    expect(allInRoot(search, '[role="option"] .label').map(text)).toEqual(['Russia']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settle(el);
    expect(changes).toEqual([{ selected: 'russia' }]);
    expect(text(inRoot(inRoot(el, 'actor-graph-details'), 'h2'))).toBe('Russia');
    expect(view.getAttribute('selected')).toBe('russia');

    const tab = (name: string) => inRoot(el, `#tab-${name}`);
    const selectedTab = () => allInRoot(el, '[role="tab"][aria-selected="true"]').map(text);
    tab('graph').focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(selectedTab()).toEqual(['Table']);
    expect(deepActive()).toBe(tab('table'));
    expect([tab('graph').tabIndex, tab('table').tabIndex]).toEqual([-1, 0]);
    expect(inRoot(el, '#panel-table').hidden).toBe(false);
    expect(changes.at(-1)).toEqual({ selected: 'russia', view: 'table' });
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(selectedTab()).toEqual(['Graph']);
    expect(deepActive()).toBe(tab('graph'));
    expect(inRoot(el, '#panel-graph').hidden).toBe(false);
    expect(changes.at(-1)).toEqual({ selected: 'russia' });
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(selectedTab()).toEqual(['Table']);
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(selectedTab()).toEqual(['Graph']);
  });

  it('switches the drawing to the dark theme and back', async () => {
    const { el, view } = await mount();
    const russia = () => view.cy!.getElementById('russia');
    const hostile = () => view.cy!.getElementById('russia-isis');
    const look = () => [russia().style('color'), russia().style('text-background-color'), hostile().style('line-color')];
    expect(look()).toEqual(['rgb(26,26,26)', 'rgb(255,255,255)', 'rgb(213,94,0)']);

    // The button says what it will do.
    const button = allInRoot(el, 'header button').find((b) => text(b) === 'Dark theme')!;
    // The default theme is not written to the attribute.
    expect([el.theme, el.hasAttribute('theme')]).toEqual(['light', false]);
    await userEvent.click(button);
    await settle(el);
    expect(el.theme).toBe('dark');
    expect(el.getAttribute('theme')).toBe('dark');
    expect(text(button)).toBe('Light theme');
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(22, 22, 22)');
    // The dark theme's text #ececec, background #161616 and hostility colour, as <actor-graph> draws when the system is dark.
    expect(look()).toEqual(['rgb(236,236,236)', 'rgb(22,22,22)', 'rgb(240,122,42)']);

    await userEvent.click(button);
    await settle(el);
    expect(el.getAttribute('theme')).toBe('light');
    expect(text(button)).toBe('Dark theme');
    expect(look()).toEqual(['rgb(26,26,26)', 'rgb(255,255,255)', 'rgb(213,94,0)']);
  });

  it('keeps the drawing light in the light theme when the system asks for dark', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      const { el, view } = await mount();
      const russia = () => view.cy!.getElementById('russia');
      expect(el.theme).toBe('light');
      expect([russia().style('color'), russia().style('text-background-color')]).toEqual(['rgb(26,26,26)', 'rgb(255,255,255)']);
      el.theme = 'dark';
      await settle(el);
      expect([russia().style('color'), russia().style('text-background-color')]).toEqual(['rgb(236,236,236)', 'rgb(22,22,22)']);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

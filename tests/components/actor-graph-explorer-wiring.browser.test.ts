import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { readState, writeState } from '../../src/app/url-state.ts';
import { pairKey } from '../../src/model/balance.ts';
import { SEED_URL, inRoot, mountExplorer, panel, settle } from '../support/explorer.ts';

afterEach(() => document.body.replaceChildren());

const PAIR = pairKey('russia', 'afghan-government');

describe('<actor-graph-explorer> wiring of the time bar, camps, sizes, the undated switch and ambivalent pairs', () => {
  it('shows each step of Play everywhere, and tells the page (and so the URL) only where Play stops', async () => {
    const { el, view, changes } = await mountExplorer();
    const bar = inRoot<HTMLElementTagNameMap['actor-graph-timebar']>(el, 'actor-graph-timebar');
    expect(bar.graph).toBe(view.graph);
    const step = async (asOf: string | null, playing: boolean) => {
      bar.dispatchEvent(new CustomEvent('time-change', { detail: { asOf, playing }, bubbles: true, composed: true }));
      await settle(el);
    };
    await step('2007', true);
    await step('2015', true);
    expect(el.state).toEqual({ asOf: '2015' });
    expect([view.asOf, panel(el, 'actor-graph-table').filter.asOf, bar.asOf]).toEqual(['2015', '2015', '2015']);
    expect(changes).toEqual([]);
    // Pause at the date shown: told once, though the state already holds it.
    await step('2015', false);
    expect(changes).toEqual([{ asOf: '2015' }]);
    expect(writeState(changes.at(-1)!)).toBe('?asOf=2015');
    // A date moved by hand is told at once; "Any time" clears the date and "possible" with it.
    el.state = { asOf: '2015', possible: true };
    await step(null, false);
    expect(changes.at(-1)).toEqual({});
  });

  it('passes "Show camps" and "Size by" to the drawing and keeps them in the link', async () => {
    const { el, view, changes } = await mountExplorer();
    const select = (name: string) => inRoot<HTMLSelectElement>(el, `select[name="${name}"]`);
    await userEvent.selectOptions(select('camps'), 'many');
    await userEvent.selectOptions(select('size-by'), 'degree');
    await settle(el);
    expect(changes.at(-1)).toEqual({ camps: 'many', sizeBy: 'degree' });
    expect([view.camps, view.sizeBy]).toEqual(['many', 'degree']);
    expect(writeState(changes.at(-1)!)).toBe('?camps=many&sizeBy=degree');
    await userEvent.selectOptions(select('camps'), 'none');
    await settle(el);
    expect(changes.at(-1)).toEqual({ sizeBy: 'degree' });
    expect(view.camps).toBe('none');

    // A link sets both, and the selects show them.
    el.state = readState('?camps=two&sizeBy=betweenness');
    await settle(el);
    expect([view.camps, view.sizeBy, select('camps').value, select('size-by').value]).toEqual(['two', 'betweenness', 'two', 'betweenness']);
  });

  it('keeps the undated switch in the link, and asks paths with undated relations kept apart', async () => {
    const { el, changes } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.state = { from: 'China', to: 'ISIS' };
    });
    const filters = panel(el, 'actor-graph-filters');
    const finder = panel(el, 'actor-graph-path-finder');
    const box = inRoot<HTMLInputElement>(filters, 'input[name="undated"]');
    expect([box.checked, box.getAttribute('role')]).toEqual([true, 'switch']);
    expect(finder.query?.undated).toBeUndefined();
    await userEvent.click(box);
    await settle(el);
    expect(changes.at(-1)).toMatchObject({ undated: 'apart' });
    expect(new URLSearchParams(writeState(changes.at(-1)!)).get('undated')).toBe('apart');
    await expect.poll(() => finder.query?.undated).toBe('apart');
    expect(box.checked).toBe(false);

    // From a link: the switch off.
    el.state = readState('?undated=apart');
    await settle(el);
    expect(inRoot<HTMLInputElement>(filters, 'input[name="undated"]').checked).toBe(false);
    el.state = {};
    await settle(el);
    expect(inRoot<HTMLInputElement>(filters, 'input[name="undated"]').checked).toBe(true);
  });

  it('keeps the relation chosen for Russia and the Afghan government in the link, and hands it to balance and the drawing', async () => {
    const { el, view, changes } = await mountExplorer();
    const balance = panel(el, 'actor-graph-balance');
    const chosen = 'russia-afghan-government-counterterrorism';
    expect(view.graph!.hasEdge(chosen)).toBe(true);
    balance.dispatchEvent(new CustomEvent('pair-choice', { detail: { pair: PAIR, relation: chosen }, bubbles: true, composed: true }));
    await settle(el);
    expect(changes.at(-1)).toEqual({ choose: { [PAIR]: chosen } });
    const query = writeState(changes.at(-1)!);
    expect(new URLSearchParams(query).getAll('choose')).toEqual([JSON.stringify(['afghan-government', 'russia', chosen])]);
    expect(balance.choose).toEqual({ [PAIR]: chosen });
    expect(view.choose).toEqual({ [PAIR]: chosen });

    // The link read back shows the same choice; leaving the pair out clears it.
    el.state = readState(query);
    await settle(el);
    expect(balance.choose).toEqual({ [PAIR]: chosen });
    balance.dispatchEvent(new CustomEvent('pair-choice', { detail: { pair: PAIR, relation: null }, bubbles: true, composed: true }));
    await settle(el);
    expect(changes.at(-1)).toEqual({});
    expect(balance.choose).toEqual({});
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import { readState, writeState } from '../../src/app/url-state.ts';
import { allInRoot, inRoot, mountExplorer, panel, settle, text } from '../support/explorer.ts';

/** Revealed in December 2015 (its evidence ¶12 is dated so): it began no later than then. */
const SHARING = 'russia-taliban-counterterrorism';

const drawn = (view: ActorGraphElement, id: string) => view.cy!.getElementById(id).style('display') !== 'none';
const tableIds = (el: ActorGraphExplorer) =>
  allInRoot<HTMLTableRowElement>(panel(el, 'actor-graph-table'), 'tbody tr[data-id]').map((row) => row.dataset.id);
const filters = (el: ActorGraphExplorer) => panel(el, 'actor-graph-filters');
const possibleBox = (el: ActorGraphExplorer) => inRoot<HTMLInputElement>(filters(el), 'input[name="possible"]');
const legendEntries = async (view: ActorGraphElement) => {
  const legend = inRoot<HTMLElement & { updateComplete: Promise<boolean> }>(view, 'actor-graph-legend');
  await legend.updateComplete;
  return allInRoot(legend, '[part="relations"] li > span').map((span) => text(span));
};

async function typeDate(el: ActorGraphExplorer, part: 'date' | 'known-date', value: string): Promise<void> {
  await userEvent.fill(inRoot<HTMLInputElement>(filters(el), `input[part="${part}"]`), value);
  await userEvent.keyboard('{Enter}');
  await settle(el);
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-explorer> as of a date, and as known on a date', () => {
  it('as of 2015-06 leaves the intelligence sharing out, and shows it apart with "Include possible relations"', async () => {
    const { el, view, changes } = await mountExplorer();
    expect(possibleBox(el).disabled).toBe(true);
    await typeDate(el, 'date', '2015-06');
    expect(changes.at(-1)).toEqual({ asOf: '2015-06' });
    expect(drawn(view, SHARING)).toBe(false);
    expect(tableIds(el)).not.toContain(SHARING);
    expect(possibleBox(el).disabled).toBe(false);

    await userEvent.click(possibleBox(el));
    await settle(el);
    expect(changes.at(-1)).toEqual({ asOf: '2015-06', possible: true });
    expect(view.hasAttribute('possible')).toBe(true);
    expect(drawn(view, SHARING)).toBe(true);
    expect(view.cy!.getElementById(SHARING).hasClass('ag-possible')).toBe(true);
    expect(await legendEntries(view)).toContain('Possible at this date');
    expect(tableIds(el)).toContain(SHARING);
  });

  it('as known on 2015-06 (no date set) leaves it out; as known on 2016-01 shows it', async () => {
    const { el, view, changes } = await mountExplorer();
    await typeDate(el, 'known-date', '2015-06');
    expect(changes.at(-1)).toEqual({ knownOn: '2015-06' });
    expect(view.getAttribute('known-on')).toBe('2015-06');
    expect(drawn(view, SHARING)).toBe(false);
    expect(tableIds(el)).not.toContain(SHARING);

    await typeDate(el, 'known-date', '2016-01');
    expect(changes.at(-1)).toEqual({ knownOn: '2016-01' });
    expect(drawn(view, SHARING)).toBe(true);
    expect(view.cy!.getElementById(SHARING).hasClass('ag-possible')).toBe(false);
    expect(tableIds(el)).toContain(SHARING);

    // A mistyped date is explained and changes nothing.
    await typeDate(el, 'known-date', '2016-13');
    expect(text(inRoot(filters(el), `[id$="-known-error"]`))).toBe(
      '“2016-13” is not a date. Type a year (2001), a month (2001-10) or a day (2001-10-07).',
    );
    expect(changes.at(-1)).toEqual({ knownOn: '2016-01' });
  });

  it('keeps knownOn and possible in the URL, and a link with them shows the same', async () => {
    expect(writeState({ asOf: '2015-06', knownOn: '2015-06', possible: true })).toBe('?asOf=2015-06&knownOn=2015-06&possible=1');
    expect(readState('?asOf=2015-06&knownOn=2016-01&possible=1')).toEqual({ asOf: '2015-06', knownOn: '2016-01', possible: true });
    expect(readState('?knownOn=someday&possible=yes')).toEqual({});
    const { el, view } = await mountExplorer((el) => {
      el.src = '/graph/russia-taliban-2016.json';
      el.state = readState('?asOf=2015-06&knownOn=2016-01&possible=1');
    });
    expect(inRoot<HTMLInputElement>(filters(el), 'input[part="known-date"]').value).toBe('2016-01');
    expect(possibleBox(el).checked).toBe(true);
    expect(drawn(view, SHARING)).toBe(true);
    expect(view.cy!.getElementById(SHARING).hasClass('ag-possible')).toBe(true);
  });
});

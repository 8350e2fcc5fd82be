import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { ActorGraphLegend } from '../../src/components/actor-graph-legend.ts';
import seed from '../../graph/russia-taliban-2016.json';

/** Revealed in December 2015, so it began no later than then: possible before. */
const SHARING = 'russia-taliban-counterterrorism';

async function loaded(attributes: Record<string, string>): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '900px';
  el.style.height = '640px';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = structuredClone(seed);
  document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  await el.updateComplete;
  return el;
}

/** Whether cytoscape draws the relation (`style()` brings the lazily computed style up to date). */
const drawn = (el: ActorGraphElement, id: string) => el.cy!.getElementById(id).style('display') !== 'none';
const legend = (el: ActorGraphElement) => el.shadowRoot!.querySelector<ActorGraphLegend>('actor-graph-legend')!;
const legendTexts = async (el: ActorGraphElement) => {
  await legend(el).updateComplete;
  return [...legend(el).shadowRoot!.querySelectorAll('[part="relations"] li > span')].map((span) => span.textContent.trim());
};
const status = (el: ActorGraphElement) => el.shadowRoot!.querySelector('#status')!.textContent.trim();

afterEach(() => document.body.replaceChildren());

describe('<actor-graph> known-on and possible', () => {
  it('leaves out, as of 2015-06, the intelligence sharing that began no later than December 2015', async () => {
    const el = await loaded({ 'as-of': '2015-06' });
    expect(drawn(el, SHARING)).toBe(false);
    expect(await legendTexts(el)).not.toContain('Possible at this date');
  });

  it('with possible, draws it apart: faint, marked "?", with its own legend entry and "possibly" in its words', async () => {
    const el = await loaded({ 'as-of': '2015-06', possible: '', selected: SHARING });
    expect(drawn(el, SHARING)).toBe(true);
    const edge = el.cy!.getElementById(SHARING);
    expect(edge.hasClass('ag-possible')).toBe(true);
    expect(edge.style('label')).toBe('?');
    expect(Number(edge.style('line-opacity'))).toBe(0.4);
    // A relation certain then is drawn as before.
    expect(el.cy!.getElementById('russia-taliban-2001').hasClass('ag-possible')).toBe(false);
    expect(await legendTexts(el)).toEqual(['Cooperation', 'Hostility', 'Contested', 'Possible at this date']);
    expect(status(el)).toBe('Selected relation: Russia – Taliban, cooperation, possibly holding as of June 2015');
    el.possible = false;
    await el.updateComplete;
    expect(drawn(el, SHARING)).toBe(false);
    expect(edge.hasClass('ag-possible')).toBe(false);
    expect(await legendTexts(el)).toEqual(['Cooperation', 'Hostility', 'Contested']);
  });

  it('as known on 2015-06 leaves it out, as known on 2016-01 shows it (its evidence is dated December 2015)', async () => {
    const el = await loaded({ 'known-on': '2015-06' });
    expect(drawn(el, SHARING)).toBe(false);
    el.knownOn = '2016-01';
    await el.updateComplete;
    expect(drawn(el, SHARING)).toBe(true);
    expect(el.cy!.getElementById(SHARING).hasClass('ag-possible')).toBe(false);
    expect(el.getAttribute('known-on')).toBe('2016-01');
  });
});

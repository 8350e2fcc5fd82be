/**
 * What `<actor-graph>` shows when only its as-of date changes: the relations the step added are
 * marked (a class, a "+" and a legend entry), those it ended are drawn faint and then go (at once
 * with reduced motion), and no actor moves. Then Play on a time bar driving the drawing, its
 * steps advanced by fake timers rather than waited for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import '../../src/components/actor-graph-timebar.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { ActorGraphLegend } from '../../src/components/actor-graph-legend.ts';
import { seedDocument, seedGraph } from '../seed.ts';

async function loaded(asOf: string | null): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '900px';
  el.style.height = '640px';
  if (asOf !== null) el.asOf = asOf;
  el.data = seedDocument();
  document.body.append(el);
  expect((await el.ready).ok).toBe(true);
  await el.updateComplete;
  return el;
}

const positions = (el: ActorGraphElement) => Object.fromEntries(el.cy!.nodes().map((node) => [node.id(), { ...node.position() }]));
const marked = (el: ActorGraphElement, name: string) =>
  el
    .cy!.edges(`.${name}`)
    .map((edge) => edge.id())
    .sort();
/** Whether cytoscape draws the relation (`style()` brings the lazily computed style up to date). */
const drawn = (el: ActorGraphElement, id: string) => el.cy!.getElementById(id).style('display') !== 'none';
const legendTexts = async (el: ActorGraphElement) => {
  const legend = el.shadowRoot!.querySelector<ActorGraphLegend>('actor-graph-legend')!;
  await legend.updateComplete;
  return [...legend.shadowRoot!.querySelectorAll('[part="relations"] li > span')].map((span) => span.textContent.trim());
};

async function setAsOf(el: ActorGraphElement, asOf: string | null): Promise<void> {
  el.asOf = asOf;
  await el.updateComplete;
}

afterEach(async () => {
  vi.useRealTimers();
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('<actor-graph> as its date changes', () => {
  it('marks the relations a step added, with "+" and a legend entry, and moves no actor', async () => {
    const el = await loaded('2000');
    const before = positions(el);
    await setAsOf(el, '2001');
    expect(marked(el, 'ag-added')).toEqual(['russia-taliban-2001', 'russia-united-states-2001', 'united-states-taliban']);
    expect(el.cy!.getElementById('russia-taliban-2001').style('label')).toBe('+');
    expect(el.cy!.getElementById('russia-taliban-2001').style('underlay-padding')).toBe('9px');
    expect(await legendTexts(el)).toEqual(['Cooperation', 'Hostility', 'Contested', 'Added at this step']);
    expect(positions(el)).toEqual(before);

    await setAsOf(el, '2015-10');
    expect(marked(el, 'ag-added')).toEqual([
      'russia-tajikistan-arms',
      'russia-taliban-arms',
      'russia-taliban-arms-embargo',
      'russia-taliban-since-2007',
      'tajikistan-taliban-arms',
    ]);
    expect(positions(el)).toEqual(before);
  });

  it('draws the relations a step ended faint, then hides them, and keeps every actor where it was', async () => {
    const el = await loaded('2001');
    const before = positions(el);
    await setAsOf(el, '2002');
    const ended = ['russia-taliban-2001', 'russia-united-states-2001'];
    expect(marked(el, 'ag-ended')).toEqual(ended);
    for (const id of ended) expect(drawn(el, id)).toBe(true);
    expect(marked(el, 'ag-added')).toEqual([]);
    expect(await legendTexts(el)).toEqual(['Cooperation', 'Hostility', 'Contested']);
    await expect.poll(() => marked(el, 'ag-ended')).toEqual([]);
    for (const id of ended) expect(drawn(el, id)).toBe(false);
    expect(el.cy!.getElementById(ended[0]!).style('opacity')).toBe('1');
    expect(positions(el)).toEqual(before);
  });

  it('with reduced motion, hides the relations a step ended at once, with no fade', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const el = await loaded('2001');
    const animate = vi.spyOn(el.cy!.getElementById('russia-taliban-2001'), 'animate');
    await setAsOf(el, '2002');
    expect(marked(el, 'ag-ended')).toEqual([]);
    expect(drawn(el, 'russia-taliban-2001')).toBe(false);
    expect(animate).not.toHaveBeenCalled();
  });

  it('marks nothing when the first date is set, when the date is cleared or another filter changes with it, and drops the marks of the step before', async () => {
    const el = await loaded(null);
    await setAsOf(el, '2000');
    expect(marked(el, 'ag-ended')).toEqual([]);
    expect(drawn(el, 'russia-taliban-2001')).toBe(false);
    await setAsOf(el, '2001');
    expect(marked(el, 'ag-added').length).toBe(3);
    await setAsOf(el, null);
    expect(marked(el, 'ag-added')).toEqual([]);
    await setAsOf(el, '2001');
    el.asOf = '2007';
    el.types = 'cooperation';
    await el.updateComplete;
    expect(marked(el, 'ag-added')).toEqual([]);
    expect(await legendTexts(el)).toEqual(['Cooperation']);
  });

  it('follows a time bar through Play, a step a second, marking what each step added', async () => {
    const el = await loaded(null);
    const before = positions(el);
    const bar = document.createElement('actor-graph-timebar');
    bar.graph = seedGraph();
    bar.addEventListener('time-change', (event) => (el.asOf = event.detail.asOf));
    document.body.append(bar);
    await bar.updateComplete;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen: { asOf: string | null; added: string[] }[] = [];
    const look = async () => {
      await el.updateComplete;
      seen.push({ asOf: el.asOf, added: marked(el, 'ag-added') });
    };
    bar.shadowRoot!.querySelector<HTMLButtonElement>('.play')!.click();
    await look();
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(1000);
      await look();
    }
    expect(seen).toEqual([
      // From any time, the first step only takes relations away.
      { asOf: '1990', added: [] },
      { asOf: '1996', added: ['russia-taliban-hostages-1996'] },
      { asOf: '1997', added: [] },
      { asOf: '2000', added: [] },
    ]);
    expect(bar.playing).toBe(true);
    expect(positions(el)).toEqual(before);
    bar.pause();
  });
});

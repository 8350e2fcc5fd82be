/**
 * `<actor-graph-timebar>` on the Russia–Taliban graph: the histogram and its words, Play stepping
 * the as-of date to the last step and stopping, Pause, the step buttons, the handle's keys, "Any
 * time", reduced motion, and axe. Play's steps come `stepInterval` ms apart: the tests set it and
 * wait on the events, never on the clock.
 */
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-timebar.ts';
import type { ActorGraphTimebar } from '../../src/components/actor-graph-timebar.ts';
import type { TimeChangeDetail } from '../../src/components/events.ts';
import { seedGraph } from '../seed.ts';
import { watchUncaught } from '../support/uncaught.ts';

/** The steps of the seed graph, as tests/model/time-steps.test.ts has them. */
const STEPS = ['1990', '1996', '1997', '2000', '2001', '2002', '2007', '2015-10', '2015-12', '2016-12'];

interface Mounted {
  bar: ActorGraphTimebar;
  /** Every time-change the bar fired, in order. */
  events: TimeChangeDetail[];
}

async function mount(setup: (bar: ActorGraphTimebar) => void = () => {}): Promise<Mounted> {
  const bar = document.createElement('actor-graph-timebar');
  bar.style.width = '1000px';
  bar.graph = seedGraph();
  const events: TimeChangeDetail[] = [];
  bar.addEventListener('time-change', (event) => events.push({ ...event.detail }));
  setup(bar);
  document.body.append(bar);
  await bar.updateComplete;
  return { bar, events };
}

const inBar = <T extends Element = HTMLElement>(bar: ActorGraphTimebar, selector: string) => bar.shadowRoot!.querySelector<T>(selector)!;
const button = (bar: ActorGraphTimebar, name: string) =>
  [...bar.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name)!;
const handle = (bar: ActorGraphTimebar) => inBar(bar, '[role="slider"]');
const played = (events: TimeChangeDetail[]) => events.filter((e) => e.playing).map((e) => e.asOf);

let stopWatching: () => string[];
beforeEach(() => {
  stopWatching = watchUncaught();
});
afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  expect(stopWatching()).toEqual([]);
});

describe('<actor-graph-timebar>', () => {
  it('draws a bar a year with its counts in words, and sums up the histogram', async () => {
    const { bar } = await mount();
    const columns = [...bar.shadowRoot!.querySelectorAll('.columns > li')];
    expect(columns.length).toBe(27);
    expect(columns[6]!.getAttribute('title')).toBe('1996: 5 in force, 11 possibly in force; 1 begins, 1 ends.');
    expect(columns[6]!.textContent.trim()).toBe('1996: 5 in force, 11 possibly in force; 1 begins, 1 ends.');
    expect(inBar(bar, '#summary').textContent.trim()).toBe(
      '20 dated relations, 1990 to 2016, most in force in 2016 (13). 17 undated relations, holding at any time. Play goes through 10 dates, 1990 to December 2016.',
    );
    expect(handle(bar).getAttribute('aria-valuetext')).toBe('Any time');
    expect(handle(bar).getAttribute('aria-valuemax')).toBe('10');
    expect(button(bar, 'Any time').getAttribute('aria-pressed')).toBe('true');
  });

  it('plays every step in order, each firing time-change with playing true, and stops at the last (Pause back to Play)', async () => {
    const { bar, events } = await mount((b) => (b.stepInterval = 5));
    const play = button(bar, 'Play');
    await userEvent.click(play);
    await expect.poll(() => events.at(-1)).toEqual({ asOf: '2016-12', playing: false });
    expect(played(events)).toEqual(STEPS);
    expect(events.filter((e) => !e.playing)).toEqual([{ asOf: '2016-12', playing: false }]);
    await bar.updateComplete;
    expect(bar.playing).toBe(false);
    expect(bar.asOf).toBe('2016-12');
    expect(bar.getAttribute('as-of')).toBe('2016-12');
    expect(play.textContent.trim()).toBe('Play');
    expect(handle(bar).getAttribute('aria-valuetext')).toBe('As of December 2016');
    expect(button(bar, 'Next step').disabled).toBe(true);
    // Played again from the last step, it starts over.
    events.length = 0;
    await userEvent.click(play);
    await expect.poll(() => events.at(-1)?.playing).toBe(false);
    expect(played(events)).toEqual(STEPS);
  });

  it('plays from the step after the date shown, and Pause stops it there', async () => {
    // An hour between steps: only the first comes while the test runs.
    const { bar, events } = await mount((b) => {
      b.stepInterval = 3_600_000;
      b.asOf = '2001';
    });
    await userEvent.click(button(bar, 'Play'));
    expect(events).toEqual([{ asOf: '2002', playing: true }]);
    await bar.updateComplete;
    expect(bar.playing).toBe(true);
    const pause = button(bar, 'Pause');
    expect(pause.textContent.trim()).toBe('Pause');
    await userEvent.click(pause);
    expect(events).toEqual([
      { asOf: '2002', playing: true },
      { asOf: '2002', playing: false },
    ]);
    await bar.updateComplete;
    expect(pause.textContent.trim()).toBe('Play');
    expect(bar.playing).toBe(false);
  });

  it('moves one step with Previous step and Next step, to any time before the first', async () => {
    const { bar, events } = await mount();
    expect(button(bar, 'Previous step').disabled).toBe(true);
    await userEvent.click(button(bar, 'Next step'));
    await userEvent.click(button(bar, 'Next step'));
    await bar.updateComplete;
    expect(inBar(bar, '.readout').textContent.replace(/\s+/g, ' ').trim()).toBe('As of 1996 1 added, 0 ended at this step Any time');
    await userEvent.click(button(bar, 'Previous step'));
    await userEvent.click(button(bar, 'Previous step'));
    expect(events).toEqual([
      { asOf: '1990', playing: false },
      { asOf: '1996', playing: false },
      { asOf: '1990', playing: false },
      { asOf: null, playing: false },
    ]);
  });

  it('moves the handle with the keyboard: arrows a step, Page Up and Down about ten years, Home to any time, End to the last', async () => {
    const { bar, events } = await mount();
    handle(bar).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}{PageUp}{PageUp}{PageDown}{End}{ArrowRight}{Home}');
    expect(events.map((e) => e.asOf)).toEqual(['1990', '1996', '1990', '2000', '2015-10', '2002', '2016-12', null]);
    expect(events.every((e) => !e.playing)).toBe(true);
    await userEvent.keyboard('{ArrowUp}');
    await bar.updateComplete;
    expect(handle(bar).getAttribute('aria-valuenow')).toBe('1');
    expect(handle(bar).getAttribute('aria-valuetext')).toBe('As of 1990');
  });

  it('moves to the step nearest a click on the bars, and focuses the handle', async () => {
    const { bar, events } = await mount();
    const columns = [...bar.shadowRoot!.querySelectorAll<HTMLElement>('.columns > li')];
    // The bar of 2007, and of 2009, whose nearest step is 2007 too.
    await userEvent.click(columns[17]!);
    await userEvent.click(columns[19]!);
    await userEvent.click(columns[1]!);
    expect(events).toEqual([
      { asOf: '2007', playing: false },
      { asOf: '1990', playing: false },
    ]);
    expect(bar.shadowRoot!.activeElement).toBe(handle(bar));
  });

  it('clears the date with "Any time"', async () => {
    const { bar, events } = await mount((b) => (b.asOf = '2007'));
    expect(button(bar, 'Any time').getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(button(bar, 'Any time'));
    await bar.updateComplete;
    expect(events).toEqual([{ asOf: null, playing: false }]);
    expect(bar.asOf).toBeNull();
    expect(bar.hasAttribute('as-of')).toBe(false);
    expect(button(bar, 'Any time').getAttribute('aria-pressed')).toBe('true');
  });

  it('moves the handle by gliding, and with reduced motion still steps through every date without gliding', async () => {
    const { bar, events } = await mount((b) => (b.stepInterval = 5));
    expect(getComputedStyle(handle(bar)).transitionDuration).toBe('0.25s');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    expect(getComputedStyle(handle(bar)).transitionDuration).toBe('0s');
    await userEvent.click(button(bar, 'Play'));
    await expect.poll(() => events.at(-1)).toEqual({ asOf: '2016-12', playing: false });
    expect(played(events)).toEqual(STEPS);
  });

  it('follows the filter: only the types it allows make bars and steps', async () => {
    const { bar } = await mount((b) => (b.filter = { types: ['contested'] }));
    await bar.updateComplete;
    expect(handle(bar).getAttribute('aria-valuemax')).toBe('1');
    expect(inBar(bar, '#summary').textContent.trim()).toBe(
      '3 dated relations, 2015 to 2015, most in force in 2015 (3). 2 undated relations, holding at any time. Play goes through 1 date, October 2015 to October 2015.',
    );
  });

  it('says so when no graph is loaded, with Play disabled', async () => {
    const { bar } = await mount((b) => (b.graph = null));
    expect(inBar(bar, '.empty').textContent.trim()).toBe('No graph is loaded.');
    expect(button(bar, 'Play').disabled).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe, ${scheme} scheme, at any time and mid-play`, async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      const { bar } = await mount((b) => (b.stepInterval = 3_600_000));
      // In a landmark, as a page puts it.
      document.body.append(Object.assign(document.createElement('main'), { ariaLabel: 'Time' }));
      document.querySelector('main')!.append(bar);
      await bar.updateComplete;
      const check = async () => {
        const result = await axe.run(document.body, { resultTypes: ['violations'] });
        return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
      };
      expect(await check()).toEqual([]);
      await userEvent.click(button(bar, 'Play'));
      await bar.updateComplete;
      expect(await check()).toEqual([]);
      expect(bar.playing).toBe(true);
      bar.pause();
    });
  }
});

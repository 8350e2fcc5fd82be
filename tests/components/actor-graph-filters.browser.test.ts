import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/actor-graph-filters.ts';
import type { ActorGraphFilters } from '../../src/components/actor-graph-filters.ts';
import type { RelationFilter } from '../../src/model/filter.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

async function make(filter: RelationFilter = {}): Promise<{ el: ActorGraphFilters; fired: RelationFilter[] }> {
  const el = document.createElement('actor-graph-filters');
  el.graph = graph;
  el.filter = filter;
  const fired: RelationFilter[] = [];
  el.addEventListener('filter-change', (e) => {
    const event = e as CustomEvent<{ filter: RelationFilter }>;
    expect(event.bubbles && event.composed).toBe(true);
    fired.push(event.detail.filter);
  });
  document.body.append(el);
  await el.updateComplete;
  return { el, fired };
}

const $ = <T extends Element>(el: ActorGraphFilters, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const typeBox = (el: ActorGraphFilters, type: string) => $<HTMLInputElement>(el, `input[name="type"][value="${type}"]`);
const anyTime = (el: ActorGraphFilters) => $<HTMLInputElement>(el, 'input[name="any-time"]');
const slider = (el: ActorGraphFilters) => $<HTMLInputElement>(el, 'input[type="range"]');
const dateField = (el: ActorGraphFilters) => $<HTMLInputElement>(el, 'input[type="text"]');

async function typeDate(el: ActorGraphFilters, text: string): Promise<void> {
  const field = dateField(el);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function counts(el: ActorGraphFilters): string[] {
  return [...el.shadowRoot!.querySelectorAll('.count')].map((c) => c.textContent.replace(/\s+/g, ' ').trim());
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-filters>', () => {
  it('shows a checked box, a swatch and a count for each type', async () => {
    const { el } = await make();
    const labels = [...el.shadowRoot!.querySelectorAll('label.type')].slice(0, 3);
    expect(labels.map((l) => l.querySelector('.word')!.textContent)).toEqual(['cooperation', 'hostility', 'contested']);
    expect(labels.map((l) => l.querySelector<HTMLInputElement>('input')!.checked)).toEqual([true, true, true]);
    expect(counts(el)).toEqual(['16 relations', '16 relations', '5 relations']);
    const lines = labels.map((l) => l.querySelectorAll('svg.swatch line'));
    expect(lines.map((l) => l.length)).toEqual([1, 1, 1]);
    // The graph's own lines: solid bluish green, heavy dash-dot vermillion, dashed blue.
    const style = (line: Element) => getComputedStyle(line);
    expect(lines.map((l) => style(l[0]!).stroke)).toEqual(['rgb(0, 158, 115)', 'rgb(213, 94, 0)', 'rgb(0, 114, 178)']);
    expect(lines.map((l) => style(l[0]!).strokeDasharray)).toEqual(['none', '8.4px, 2.4px, 1.8px, 2.4px', '4.2px, 3px']);
    expect(lines.map((l) => style(l[0]!).strokeWidth)).toEqual(['2px', '4px', '2px']);
  });

  it('takes swatch colours from the custom properties', async () => {
    const { el } = await make();
    el.style.setProperty('--actor-graph-cooperation', '#123456');
    expect(getComputedStyle(el.shadowRoot!.querySelector('svg.cooperation line')!).stroke).toBe('rgb(18, 52, 86)');
  });

  it('fires types ["cooperation", "contested"] when hostility is unchecked, and drops types when all are checked again', async () => {
    const { el, fired } = await make();
    typeBox(el, 'hostility').click();
    await el.updateComplete;
    expect(fired).toEqual([{ types: ['cooperation', 'contested'] }]);
    expect(el.filter).toEqual({ types: ['cooperation', 'contested'] });
    typeBox(el, 'hostility').click();
    await el.updateComplete;
    expect(fired[1]).toEqual({});
  });

  it('fires {asOf: "2001"} for the typed date 2001 and counts relations holding then', async () => {
    const { el, fired } = await make();
    await typeDate(el, '2001');
    expect(fired).toEqual([{ asOf: '2001' }]);
    expect(anyTime(el).checked).toBe(false);
    expect(counts(el)).toEqual(['11 relations', '7 relations', '2 relations']);
    expect(slider(el).getAttribute('aria-valuetext')).toBe('as of 2001');
  });

  it('keeps the filter and explains a date that is not one', async () => {
    const { el, fired } = await make({ types: ['hostility'], asOf: '2007' });
    await typeDate(el, '2001-13');
    expect(fired).toEqual([]);
    expect(el.filter).toEqual({ types: ['hostility'], asOf: '2007' });
    expect(dateField(el).getAttribute('aria-invalid')).toBe('true');
    const message = el.shadowRoot!.getElementById(dateField(el).getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('“2001-13” is not a date. Type a year (2001), a month (2001-10) or a day (2001-10-07).');
    await typeDate(el, '2001-10-07');
    expect(fired).toEqual([{ types: ['hostility'], asOf: '2001-10-07' }]);
    expect(dateField(el).getAttribute('aria-invalid')).toBe('false');
    expect(message.textContent).toBe('');
  });

  it('runs the slider over the timeline stops and announces its value', async () => {
    const { el, fired } = await make();
    const range = slider(el);
    expect(range.max).toBe('9');
    expect(range.value).toBe('9');
    expect(range.getAttribute('aria-valuetext')).toBe('any time');
    range.value = '4';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(range.getAttribute('aria-valuetext')).toBe('as of 1 January 2001');
    range.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(fired).toEqual([{ asOf: '2001-01-01' }]);
    expect(dateField(el).value).toBe('2001-01-01');
    expect(range.getAttribute('aria-valuetext')).toBe('as of 1 January 2001');
  });

  it('goes back to any time, and from it to the slider’s date', async () => {
    const { el, fired } = await make({ asOf: '1996' });
    expect(slider(el).value).toBe('1');
    anyTime(el).click();
    await el.updateComplete;
    expect(fired).toEqual([{}]);
    expect(dateField(el).value).toBe('');
    anyTime(el).click();
    await el.updateComplete;
    expect(fired[1]).toEqual({ asOf: '2016-12-31' });
  });
});

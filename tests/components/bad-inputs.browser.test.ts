/**
 * The element and the explorer over the shared list of broken files (tests/support/bad-inputs.ts),
 * the very problems the library and the command give: `<actor-graph>` fires graph-error and lists
 * them in part="error", `<actor-graph-explorer>` lists them in its problems panel and announces
 * the failure; in both the graph shown before stays, drawn as it was. Nothing is thrown uncaught.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { Problem } from '../../src/model/format.ts';
import { LIMITS } from '../../src/model/limits.ts';
import { BAD_INPUTS } from '../support/bad-inputs.ts';
import { watchUncaught } from '../support/uncaught.ts';

const SEED_URL = '/graph/russia-taliban-2016.json';

let stopWatching: () => string[];
beforeEach(() => {
  stopWatching = watchUncaught();
});
afterEach(() => {
  document.body.replaceChildren();
  expect(stopWatching()).toEqual([]);
});

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const counts = (el: ActorGraphElement) => (el.cy ? `${el.cy.nodes().length}/${el.cy.edges().length}` : 'not drawn');
const positions = (el: ActorGraphElement) => JSON.stringify(el.cy!.nodes().map((n) => [n.id(), n.position()]));
const plural = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/** A URL that answers this text, as a server would (blob: URLs are fetched like http ones). */
function served(body: string): string {
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

describe('<actor-graph> over the shared list of broken files', () => {
  let el: ActorGraphElement;
  let before: string;

  beforeEach(async () => {
    el = document.createElement('actor-graph');
    el.style.height = '500px';
    el.src = SEED_URL;
    document.body.append(el);
    expect((await el.ready).ok).toBe(true);
    before = positions(el);
  });

  for (const input of BAD_INPUTS) {
    it(`${input.name}: graph-error with the same problems, listed in part="error"; the graph stays`, async () => {
      const body = input.text();
      const errors: Problem[][] = [];
      el.addEventListener('graph-error', (event) => errors.push((event as CustomEvent<{ problems: Problem[] }>).detail.problems));
      const url = served(body);
      try {
        el.src = url;
        expect(await el.ready).toEqual({ ok: false, problems: input.problems });
      } finally {
        URL.revokeObjectURL(url);
      }
      // The same value set as `data` gives the same problems (text over the size limit is only refused as text).
      if (input.json && body.length <= LIMITS.characters) {
        el.data = JSON.parse(body);
        expect(await el.ready).toEqual({ ok: false, problems: input.problems });
      }
      expect(errors).toEqual(input.json && body.length <= LIMITS.characters ? [input.problems, input.problems] : [input.problems]);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part="error"]');
      expect(text(box?.querySelector('p'))).toBe('The graph could not be loaded; the previous graph is still shown.');
      expect([...box!.querySelectorAll('li')].map(text)).toEqual(input.problems.map((p) => `${p.path} ${p.message}`));
      expect(counts(el)).toBe('14/37');
      expect(positions(el)).toBe(before);
      expect(el.graph!.getAttribute('title')).toBe('Russia and the Taliban, 2016');
    });
  }

  it('shows a right-to-left override quoted in a problem as an escape, so it reverses no word after it', async () => {
    const doc = {
      version: 1,
      actors: [{ id: 'a', label: 'A' }],
      relations: [{ id: 'r', source: 'a', target: 'x\u202eyz', type: 'cooperation', evidence: [] }],
    };
    el.data = doc;
    const result = await el.ready;
    expect(result.ok).toBe(false);
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map(text);
    expect(items.some((item) => item.includes('x\\u202eyz'))).toBe(true);
    expect(items.join('')).not.toContain('\u202e');
  });
});

describe('<actor-graph-explorer> over the shared list of broken files', () => {
  let el: ActorGraphExplorer;

  beforeEach(async () => {
    el = document.createElement('actor-graph-explorer');
    el.style.height = '800px';
    el.src = SEED_URL;
    document.body.append(el);
    await el.updateComplete;
    expect((await el.graphView!.ready).ok).toBe(true);
    await el.updateComplete;
  });

  const panel = () => el.shadowRoot!.querySelector<HTMLElement>('[part="problems"]')!;
  const status = () => text(el.shadowRoot!.querySelector('[role="status"]'));

  /** The panel lists exactly these problems from this source, says the graph is kept, and the seed graph is still shown. */
  async function expectRefused(source: string, problems: Problem[]): Promise<void> {
    await el.updateComplete;
    expect(panel().hidden).toBe(false);
    expect(text(panel().querySelector('strong'))).toBe(
      `${source} was not loaded (${plural(problems.length)}); the previous graph is kept.`,
    );
    expect([...panel().querySelectorAll('li')].map(text)).toEqual(problems.map((p) => `${p.path}: ${p.message}`));
    expect(status()).toBe(`${source} was not loaded: ${plural(problems.length)}. The previous graph is kept.`);
    const view = el.graphView!;
    expect(counts(view)).toBe('14/37');
    expect(text(el.shadowRoot!.querySelector('h1'))).toBe('Russia and the Taliban, 2016');
    expect(el.shadowRoot!.querySelector('actor-graph-table')!.shadowRoot!.querySelectorAll('tbody tr[data-id]')).toHaveLength(37);
  }

  it('refuses a file too large to be under the character limit without reading it', async () => {
    const text = vi.fn(async () => '');
    const huge = { name: 'huge.json', size: 200 * 1024 * 1024, text, type: 'application/json' } as unknown as File;
    const problems = [{ path: '$', message: 'the file is 200.0 MB; the limit is 33,554,432 characters' }];
    expect(await el.openFile(huge)).toEqual(problems);
    expect(text).not.toHaveBeenCalled();
    await expectRefused('huge.json', problems);
  });

  for (const input of BAD_INPUTS) {
    it(`${input.name}: opened as a file or set as src, the same problems in the problems panel; the graph stays`, async () => {
      const body = input.text();
      const file = new File([body], 'broken.json', { type: 'application/json' });
      expect(await el.openFile(file)).toEqual(input.problems);
      await expectRefused('broken.json', input.problems);

      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="problems"] button')!.click();
      await el.updateComplete;
      expect(panel().hidden).toBe(true);

      const url = served(body);
      try {
        el.src = url;
        await el.updateComplete;
        expect(await el.graphView!.ready).toEqual({ ok: false, problems: input.problems });
        await expectRefused(url, input.problems);
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  }
});

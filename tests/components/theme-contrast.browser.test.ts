/**
 * The explorer's colours as Chromium draws them, in its light and dark themes, panel by panel:
 * every text stands out 4.5:1 from the background behind it, every field's outline 3:1 from the
 * background around it, and every control's focus ring 3:1 from what it is drawn on (WCAG 2.2
 * AA, 1.4.3 and 1.4.11). The same pairs, worked out from the theme's values, are checked in
 * tests/view/contrast.test.ts; this test finds what the stylesheets really put together. The edit
 * forms are measured open, each with a problem beside a field and one above them, and asked of axe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EditRequestDetail } from '../../src/components/events.ts';
import type { EditProblem } from '../../src/model/edits.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { axeViolations } from '../support/axe.ts';
import { contrast } from '../support/contrast.ts';
import { SEED_URL, allInRoot, allRoots, inRoot, mountExplorer, panel, settle, text } from '../support/explorer.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/** A computed colour as #rrggbb, or null when it is fully transparent. */
function hex(color: string): string | null {
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return null;
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

/** The element a box is drawn inside: its parent, or its shadow root's host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;

/** The colour behind an element: the first background on it or around it that is not transparent. */
function backgroundBehind(el: Element | null): string {
  for (let at = el; at; at = parentOf(at)) {
    const color = hex(getComputedStyle(at).backgroundColor);
    if (color) return color;
  }
  return '#ffffff';
}

/** The panel (or element) an element belongs to: the host of its shadow root. */
const hostOf = (el: Element) => (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';

const shown = (el: Element) => {
  const box = el.getBoundingClientRect();
  // Visually hidden text (1 px, clipped) is for screen readers and has no colour to see.
  return box.width > 1 && box.height > 1 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
};

interface Finding {
  host: string;
  what: string;
  ratio: number;
  least: number;
}

/** An element as a failure names it: tag, classes and the start of its text. */
function describeEl(el: Element): string {
  const classes = [...el.classList].map((name) => `.${name}`).join('');
  return `<${el.localName}${classes}> ${(el.textContent ?? '').trim().slice(0, 24)}`;
}

/** Text, placeholders and field outlines in every shadow root of the explorer (or of one of its forms), as they are drawn now. */
function measureText(el: Element): Finding[] {
  const found: Finding[] = [];
  for (const root of allRoots(el.shadowRoot!)) {
    for (const node of root.querySelectorAll('*')) {
      if (!shown(node) || node.matches(':disabled')) continue;
      const style = getComputedStyle(node);
      const host = hostOf(node);
      const ownText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '');
      const field = node.matches('input:is([type="text"], [type="number"], [type="search"], :not([type])), select, textarea');
      if (ownText || field) {
        found.push({ host, what: `text of ${describeEl(node)}`, ratio: contrast(hex(style.color)!, backgroundBehind(node)), least: 4.5 });
      }
      if (field) {
        const outline = contrast(hex(style.borderTopColor)!, backgroundBehind(parentOf(node)));
        found.push({ host, what: `outline of ${describeEl(node)}`, ratio: outline, least: 3 });
        const placeholder = getComputedStyle(node, '::placeholder').color;
        if ((node as HTMLInputElement).placeholder) {
          const ratio = contrast(hex(placeholder)!, backgroundBehind(node));
          found.push({ host, what: `placeholder of ${describeEl(node)}`, ratio, least: 4.5 });
        }
      }
    }
  }
  return found;
}

/** The ring an element shows, measured against what it is drawn on: the element itself when drawn inside it. */
function ring(shownBy: Element): { ratio: number; width: number } {
  // The element's own outline, else one a pseudo-element draws (the time bar's handle rings its knob).
  const drawn = [null, '::before', '::after']
    .map((pseudo) => getComputedStyle(shownBy, pseudo))
    .find((style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
  if (!drawn) return { ratio: 0, width: 0 };
  const under = parseFloat(drawn.outlineOffset) < 0 ? shownBy : parentOf(shownBy);
  return { ratio: contrast(hex(drawn.outlineColor)!, backgroundBehind(under)), width: parseFloat(drawn.outlineWidth) };
}

/** Focuses every control of the explorer (or of one of its forms) in turn, and measures its focus ring. */
function measureFocusRings(el: Element): Finding[] {
  const found: Finding[] = [];
  for (const root of allRoots(el.shadowRoot!)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      const control = node.tabIndex >= 0 && !node.matches(':disabled') && !node.closest('[inert]');
      const file = node instanceof HTMLInputElement && node.type === 'file';
      // A hidden file input shows its focus on the label that stands for it.
      const shownBy = file ? node.closest('label')! : node;
      if (!control || !shown(shownBy)) continue;
      node.focus();
      const what = `focus ring of ${describeEl(shownBy)}`;
      if (!node.matches(':focus-visible')) {
        found.push({ host: hostOf(node), what: `${what}: not shown`, ratio: 0, least: 3 });
        continue;
      }
      const { ratio, width } = ring(shownBy);
      found.push({ host: hostOf(node), what: width >= 2 ? what : `${what}: ${width} px wide`, ratio: width >= 2 ? ratio : 0, least: 3 });
    }
  }
  return found;
}

const failing = (findings: Finding[]) => findings.filter((f) => f.ratio < f.least).map((f) => `${f.host}: ${f.what} ${f.ratio.toFixed(2)}`);
const hosts = (findings: Finding[]) => [...new Set(findings.map((f) => f.host))].sort();

/** Each edit form, what opens it from the details panel, and a problem to show beside one of its fields. */
const FORMS: { tag: string; request: EditRequestDetail; problem: EditProblem }[] = [
  {
    tag: 'actor-graph-actor-form',
    request: { action: 'edit', what: 'actor', id: 'council' },
    problem: { field: 'label', message: 'actor label must not be empty' },
  },
  {
    tag: 'actor-graph-relation-form',
    request: { action: 'edit', what: 'relation', id: 'guild-council-promise' },
    problem: { field: 'start', message: 'start "2022-13" is not a day on the calendar' },
  },
  {
    tag: 'actor-graph-evidence-form',
    request: { action: 'edit', what: 'evidence', id: 'guild-council-promise', index: 1 },
    problem: { field: 'date', message: 'evidence date "March 2024" is not a date written YYYY, YYYY-MM or YYYY-MM-DD' },
  },
];

let editors = 0;

const PANELS_AND_VIEW = [
  'actor-graph',
  'actor-graph-balance',
  'actor-graph-details',
  'actor-graph-explorer',
  'actor-graph-export-menu',
  'actor-graph-filters',
  'actor-graph-legend',
  'actor-graph-path-finder',
  'actor-graph-search',
  'actor-graph-table',
  'actor-graph-timebar',
];

describe('colours as drawn', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme} theme: a hidden relation, its path and the search list`, async () => {
      const { el } = await mountExplorer((el) => {
        el.src = SEED_URL;
        el.theme = theme;
        // Types that hide the selected (contested) relation, so that the details show their notice.
        el.state = { selected: 'russia-taliban-arms', from: 'Russia', to: 'India', types: ['cooperation', 'hostility'] };
      });
      inRoot(panel(el, 'actor-graph-search'), 'input').focus();
      await userEvent.keyboard('ru{ArrowDown}');
      for (const details of panel(el, 'actor-graph-balance').shadowRoot!.querySelectorAll('details')) details.open = true;
      await settle(el);
      await expect.poll(() => inRoot(panel(el, 'actor-graph-search'), '[role="option"][aria-selected="true"]')).not.toBeNull();

      const text = measureText(el);
      const option = inRoot(panel(el, 'actor-graph-search'), '[role="option"][aria-selected="true"]');
      text.push({ host: 'actor-graph-search', what: 'ring of the active option', ...ring(option), least: 3 });
      expect(failing(text)).toEqual([]);
      // The drawing's labels are on the canvas (tests/view/contrast.test.ts), the view's text here is its zoom buttons; the table waits behind its tab.
      expect(hosts(text)).toEqual(PANELS_AND_VIEW.filter((host) => host !== 'actor-graph-table'));
    });

    it(`${theme} theme: the table, a misspelt name, a mistyped date, a refused file and the open menu`, async () => {
      const { el } = await mountExplorer((el) => {
        el.src = SEED_URL;
        el.theme = theme;
        el.state = { selected: 'russia-taliban-arms', from: 'Rusia', to: 'ISIS', all: true, view: 'table' };
      });
      await el.openFile(new File(['{"version": 2}'], 'bad.json'));
      const date = inRoot<HTMLInputElement>(panel(el, 'actor-graph-filters'), 'input[type="text"]');
      await userEvent.fill(date, '2016-13');
      date.dispatchEvent(new Event('change', { bubbles: true }));
      inRoot<HTMLButtonElement>(inRoot(el, 'actor-graph-export-menu'), 'button').click();
      await settle(el);
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => inRoot(inRoot(el, 'actor-graph-export-menu'), '[role="menu"]').hidden).toBe(false);
      expect(inRoot(el, '.problems').hidden).toBe(false);

      const text = measureText(el);
      expect(failing(text)).toEqual([]);
      expect(hosts(text)).toEqual(PANELS_AND_VIEW.filter((host) => host !== 'actor-graph' && host !== 'actor-graph-legend'));
    });

    it(`${theme} theme: every control’s focus ring`, async () => {
      const { el } = await mountExplorer((el) => {
        el.src = SEED_URL;
        el.theme = theme;
        el.state = { selected: 'russia', from: 'Russia', to: 'India', all: true };
      });
      const rings = measureFocusRings(el);
      el.state = { selected: 'russia', from: 'Russia', to: 'India', all: true, view: 'table' };
      await settle(el);
      rings.push(...measureFocusRings(el));
      expect(failing(rings)).toEqual([]);
      expect(hosts(rings)).toEqual(PANELS_AND_VIEW.filter((host) => host !== 'actor-graph-legend'));
    });

    it(`${theme} theme: the actor, relation and evidence forms, each open on the harbour graph with problems`, async () => {
      const { el } = await mountExplorer((el) => {
        el.id = `contrast-forms-${theme}-${++editors}-${Date.now()}`;
        el.data = structuredClone(harbour) as GraphDocument;
        el.theme = theme;
        el.state = { selected: 'guild-council-promise' };
      });
      allInRoot<HTMLButtonElement>(el, 'button')
        .find((b) => text(b) === 'Edit')!
        .click();
      await expect.poll(() => el.editing).toBe(true);
      await settle(el);
      for (const { tag, request, problem } of FORMS) {
        panel(el, 'actor-graph-details').dispatchEvent(new CustomEvent('edit-request', { bubbles: true, composed: true, detail: request }));
        const form = inRoot<HTMLElement & { problems: EditProblem[]; close(): void; updateComplete: Promise<boolean> }>(el, tag);
        const dialog = inRoot<HTMLDialogElement>(form, 'dialog');
        await expect.poll(() => dialog.open, { message: tag }).toBe(true);
        form.problems = [problem, { field: null, message: 'a problem with the record as a whole' }];
        await form.updateComplete;
        expect(inRoot(form, `#${problem.field!}`).getAttribute('aria-invalid'), tag).toBe('true');

        const found = [...measureText(form), ...measureFocusRings(form)];
        expect(failing(found)).toEqual([]);
        expect(hosts(found)).toEqual([tag]);
        expect(await axeViolations(), tag).toEqual([]);
        form.close();
        await expect.poll(() => dialog.open, { message: tag }).toBe(false);
      }
    });
  }
});

/**
 * The explorer's edit mode, in Chromium: axe in both themes with every edit control shown,
 * the question before an actor is deleted, undo and redo from the keyboard, a draft held in
 * another tab, and actors dragged into place then laid out again.
 * The whole flow from a brief to a saved file is in tests/app/edit.e2e.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import brief from '../fixtures/brief/harbour-brief.md?raw';
import harbour from '../fixtures/brief/harbour-graph.json';
import { allInRoot, inRoot, mountExplorer, settle, text } from '../support/explorer.ts';
import { axeViolations } from '../support/axe.ts';

afterEach(() => document.body.replaceChildren());

let explorers = 0;

/** An explorer on the harbour graph, with an id of its own so that its draft is its own. */
async function editing(): Promise<ActorGraphExplorer> {
  const { el } = await mountExplorer((el) => {
    el.id = `edit-test-${++explorers}-${Date.now()}`;
    el.data = structuredClone(harbour) as GraphDocument;
  });
  button(el, 'Edit').click();
  await expect.poll(() => el.editing).toBe(true);
  await settle(el);
  // The drawing the reader edits: laid out, whatever load the Edit press started.
  await el.graphView!.ready;
  return el;
}

const button = (el: ActorGraphExplorer, name: string) => allInRoot<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!;
const actors = (el: ActorGraphExplorer) => el.graphView!.graph!.mapNodes((id) => id);
const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));

/** Gives the pane the harbour brief as the text of the graph's one source. */
function giveText(el: ActorGraphExplorer): void {
  inRoot(el, 'actor-graph-sources').dispatchEvent(
    new CustomEvent('source-text', {
      bubbles: true,
      composed: true,
      detail: { source: harbour.sources[0], isNew: false, name: 'harbour-brief.md', text: brief, format: 'markdown' },
    }),
  );
}

const violations = () => axeViolations();

describe('<actor-graph-explorer> in edit mode', () => {
  it('passes axe in both themes with the edit bar, a source text, a relation selected and the delete question shown', async () => {
    const el = await editing();
    giveText(el);
    el.state = { selected: 'guild-council-promise' };
    await settle(el);
    await expect.poll(() => allInRoot(inRoot(el, 'actor-graph-details'), '.check.found').length).toBe(2);
    for (const theme of ['light', 'dark'] as const) {
      el.theme = theme;
      await settle(el);
      expect(await violations(), theme).toEqual([]);
    }
    inRoot(el, 'actor-graph-details').dispatchEvent(
      new CustomEvent('edit-request', { bubbles: true, composed: true, detail: { action: 'delete', what: 'actor', id: 'council' } }),
    );
    await expect.poll(() => inRoot<HTMLDialogElement>(el, 'dialog.confirm-delete').open).toBe(true);
    expect(await violations()).toEqual([]);
  });

  it('asks before deleting an actor, listing its relations, and Undo brings them back', async () => {
    const el = await editing();
    inRoot(el, 'actor-graph-details').dispatchEvent(
      new CustomEvent('edit-request', { bubbles: true, composed: true, detail: { action: 'delete', what: 'actor', id: 'council' } }),
    );
    const dialog = inRoot<HTMLDialogElement>(el, 'dialog.confirm-delete');
    await expect.poll(() => dialog.open).toBe(true);
    expect([text(dialog.querySelector('h2')), ...[...dialog.querySelectorAll('li')].map(text)]).toEqual([
      'Delete Harbour council?',
      'Harbour council – River guild (cooperation)',
      'River guild – Harbour council (contested)',
      'Mountain league – Harbour council (cooperation)',
    ]);
    [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Cancel')!.click();
    await expect.poll(() => dialog.open).toBe(false);
    expect(actors(el)).toEqual(['council', 'guild', 'league']);

    inRoot(el, 'actor-graph-details').dispatchEvent(
      new CustomEvent('edit-request', { bubbles: true, composed: true, detail: { action: 'delete', what: 'actor', id: 'council' } }),
    );
    await expect.poll(() => dialog.open).toBe(true);
    [...dialog.querySelectorAll('button')].find((b) => text(b) === 'Delete')!.click();
    await expect.poll(() => [actors(el), el.graphView!.graph!.size]).toEqual([['guild', 'league'], 0]);
    expect(status(el)).toBe('Done: delete actor Harbour council.');
    button(el, 'Undo').click();
    await expect.poll(() => [actors(el), el.graphView!.graph!.size]).toEqual([['council', 'guild', 'league'], 3]);
    expect(status(el)).toBe('Undone: delete actor Harbour council.');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, but leaves them to a text field that has the focus', async () => {
    const el = await editing();
    inRoot(el, 'actor-graph-details').dispatchEvent(
      new CustomEvent('edit-request', {
        bubbles: true,
        composed: true,
        detail: { action: 'delete', what: 'relation', id: 'league-council' },
      }),
    );
    await expect.poll(() => el.graphView!.graph!.size).toBe(2);
    button(el, 'Add actor').focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => el.graphView!.graph!.size).toBe(3);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expect.poll(() => el.graphView!.graph!.size).toBe(2);
    // In the sources pane's quote field, Ctrl+Z is the field's own.
    giveText(el);
    await settle(el);
    await inRoot<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'actor-graph-sources').updateComplete;
    const quote = inRoot(inRoot(el, 'actor-graph-sources'), '#typed-quote');
    quote.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(el.graphView!.graph!.size).toBe(2);
  });

  it('fetches the text a source names with its text address, and checks the quotes citing it', async () => {
    const data = structuredClone(harbour) as GraphDocument;
    data.sources![0]!.text = `${location.origin}/tests/fixtures/brief/harbour-brief.md`;
    data.relations[1]!.evidence![1]!.locator = '¶2';
    const { el } = await mountExplorer((el) => {
      el.id = `edit-test-fetch-${Date.now()}`;
      el.data = data;
    });
    button(el, 'Edit').click();
    await expect.poll(() => inRoot(el, 'actor-graph-sources')?.shadowRoot!.querySelectorAll('[data-paragraph]').length).toBe(4);
    el.state = { selected: 'guild-council-promise' };
    await settle(el);
    const details = inRoot(el, 'actor-graph-details');
    await expect
      .poll(() => allInRoot(details, '.check').map((c) => text(c)))
      .toEqual(['✓ Quote found in ¶2', expect.stringMatching(/^⚠ Quote found in ¶3, not ¶2/)]);
  });

  it('says the draft is open in another tab and stays out of edit mode there', async () => {
    const { el } = await mountExplorer((el) => {
      el.id = `edit-test-held-${Date.now()}`;
      el.data = structuredClone(harbour) as GraphDocument;
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const taken = new Promise<void>((resolve) => {
      void navigator.locks.request(`actor-graph-draft:${location.pathname}#${el.id}`, () => {
        resolve();
        return held;
      });
    });
    await taken;
    button(el, 'Edit').click();
    await expect
      .poll(() => status(el))
      .toBe(
        'This graph is being edited in another tab or window; editing here would overwrite it. Edit it there, or close it there first.',
      );
    expect([el.editing, button(el, 'Edit').getAttribute('aria-pressed')]).toEqual([false, 'false']);
    release();
  });

  it('keeps actors where they are dragged, as positions in the file, until Lay out again', async () => {
    const el = await editing();
    const cy = el.graphView!.cy!;
    const guild = cy.getElementById('guild');
    const council = { ...cy.getElementById('council').position() };
    const before = { ...guild.position() };
    guild.position({ x: before.x + 120, y: before.y + 40 });
    guild.emit('dragfree');
    await expect.poll(() => status(el)).toBe('Done: move River guild.');
    // Every actor gets a position in the file; the guild's lies from the council's as it was dropped.
    const positions = () => el.editedDocument!.actors.map((a) => [a.id, a.x, a.y] as const);
    expect(positions().every(([, x, y]) => typeof x === 'number' && typeof y === 'number')).toBe(true);
    const dropped = { x: before.x + 120 - council.x, y: before.y + 40 - council.y };
    const [c, g] = positions();
    const filed = { x: g![1]! - c![1]!, y: g![2]! - c![2]! };
    const direction = (v: { x: number; y: number }) => Math.atan2(v.y, v.x);
    expect(direction(filed)).toBeCloseTo(direction(dropped), 2);
    // Drawn again from those positions, the guild stays where it was dropped.
    await el.graphView!.ready;
    const drawn = (id: string) => el.graphView!.cy!.getElementById(id).position();
    expect(direction({ x: drawn('guild').x - drawn('council').x, y: drawn('guild').y - drawn('council').y })).toBeCloseTo(
      direction(dropped),
      2,
    );
    button(el, 'Lay out again').click();
    await expect.poll(() => status(el)).toBe('Done: lay out again.');
    expect(positions().every(([, x, y]) => x === undefined && y === undefined)).toBe(true);
    button(el, 'Undo').click();
    await expect.poll(() => status(el)).toBe('Undone: lay out again.');
    expect(positions().slice(0, 2)).toEqual([c, g]);
  });
});

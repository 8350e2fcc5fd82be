/**
 * Editing a piece of evidence in the explorer, as a reader does it: Edit beside the evidence in
 * the details panel, the evidence form, Save changes; the edited document holds the new value,
 * a refused value never enters it, and Ctrl+Z puts the old one back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { Evidence, GraphDocument } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { allInRoot, deepActive, inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

afterEach(() => document.body.replaceChildren());

/** The council's denial, as the file gives it: the second piece of evidence of the guild's contested claim. */
const DENIAL: Evidence = {
  source: 'coastal-desk',
  locator: '¶3',
  quote: 'The council denies that any promise was made.',
  claimant: "the council's clerk",
};

let explorers = 0;

const button = (el: ActorGraphExplorer, name: string) => allInRoot<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!;

/** An explorer in edit mode on the harbour graph, the guild's contested claim shown in the details. */
async function editingThePromise(): Promise<ActorGraphExplorer> {
  const { el } = await mountExplorer((el) => {
    el.id = `evidence-edit-test-${++explorers}-${Date.now()}`;
    el.data = structuredClone(harbour) as GraphDocument;
    el.state = { selected: 'guild-council-promise' };
  });
  button(el, 'Edit').click();
  await expect.poll(() => el.editing).toBe(true);
  await settle(el);
  return el;
}

const details = (el: ActorGraphExplorer) => inRoot(el, 'actor-graph-details');
const form = (el: ActorGraphExplorer) => inRoot(el, 'actor-graph-evidence-form');
const inForm = <T extends HTMLElement = HTMLElement>(el: ActorGraphExplorer, selector: string) => inRoot<T>(form(el), selector);
const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));
const denial = (el: ActorGraphExplorer) => el.editedDocument!.relations.find((r) => r.id === 'guild-council-promise')!.evidence![1];
/** Where the details panel says each piece of evidence is. */
const locators = (el: ActorGraphExplorer) => allInRoot(details(el), '.evidence .locator').map((p) => text(p));

describe('<actor-graph-explorer> editing evidence', () => {
  it('edits a locator from the details panel, and Ctrl+Z restores it', async () => {
    const el = await editingThePromise();
    expect(denial(el)).toEqual(DENIAL);
    const edit = inRoot<HTMLButtonElement>(details(el), 'button[aria-label="Edit evidence 2"]');
    await userEvent.click(edit);
    await expect.poll(() => inForm<HTMLDialogElement>(el, 'dialog').open).toBe(true);
    expect(text(inForm(el, '.for'))).toBe('Evidence 2 for River guild – Harbour council');
    const locator = inForm<HTMLInputElement>(el, '#locator');
    expect(locator.value).toBe('¶3');
    await userEvent.fill(locator, '¶4');
    await userEvent.keyboard('{Enter}');

    await expect.poll(() => inForm<HTMLDialogElement>(el, 'dialog').open).toBe(false);
    expect(denial(el)).toEqual({ ...DENIAL, locator: '¶4' });
    expect(status(el)).toBe('Done: edit evidence for River guild – Harbour council.');
    await expect.poll(() => locators(el)).toEqual(['At ¶2', 'At ¶4']);
    // The focus is back on the button that opened the form, where Ctrl+Z is the explorer's.
    expect(deepActive()).toBe(edit);

    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => denial(el)).toEqual(DENIAL);
    expect(status(el)).toBe('Undone: edit evidence for River guild – Harbour council.');
    // The details follow the graph drawn again from the restored document.
    await expect.poll(() => locators(el)).toEqual(['At ¶2', 'At ¶3']);
  });

  it('shows a refused date beside its field and keeps it out of the graph', async () => {
    const el = await editingThePromise();
    await userEvent.click(inRoot(details(el), 'button[aria-label="Edit evidence 1"]'));
    await expect.poll(() => inForm<HTMLDialogElement>(el, 'dialog').open).toBe(true);
    await userEvent.fill(inForm(el, '#date'), '2022-02-30');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => text(form(el).shadowRoot!.querySelector('#date-problem')))
      .toBe('⚠ evidence date "2022-02-30" is not a day on the calendar');
    expect([inForm<HTMLDialogElement>(el, 'dialog').open, inForm(el, '#date').getAttribute('aria-invalid')]).toEqual([true, 'true']);
    expect(el.editedDocument).toEqual(harbour);
    await userEvent.click([...form(el).shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Cancel')!);
    expect(inForm<HTMLDialogElement>(el, 'dialog').open).toBe(false);
    expect(button(el, 'Undo').disabled).toBe(true);
  });
});

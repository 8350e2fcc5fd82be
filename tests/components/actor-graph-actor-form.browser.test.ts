/**
 * The actor form, used from the keyboard as a user would: opened empty or on an actor, filled,
 * submitted; the problems the validator finds shown beside their fields; Escape and Cancel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-actor-form.ts';
import type { ActorGraphActorForm } from '../../src/components/actor-graph-actor-form.ts';
import type { ActorSubmitDetail } from '../../src/components/events.ts';
import { applyEdit, newId } from '../../src/model/edits.ts';
import type { Actor, GraphDocument } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { listen } from '../support/panels.ts';
import { axeViolations } from '../support/axe.ts';
import { deepActive, formPage } from '../support/form-page.ts';

const brief = harbour as unknown as GraphDocument;

/** The element's own shadow root, where every control lives. */
const inForm = <T extends Element = HTMLElement>(el: ActorGraphActorForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const dialog = (el: ActorGraphActorForm) => inForm<HTMLDialogElement>(el, 'dialog');
const field = (el: ActorGraphActorForm, id: string) => inForm<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
const button = (el: ActorGraphActorForm, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === name)!;

/** The element with the focus, looked for through shadow roots. */

/** A page holding a button that opens the form, in the light theme or the explorer's dark one. */
async function mount(theme: 'light' | 'dark' = 'light'): Promise<{ el: ActorGraphActorForm; opener: HTMLButtonElement }> {
  const el = document.createElement('actor-graph-actor-form');
  el.kinds = ['organization', 'guild'];
  return formPage(el, 'Add actor', theme);
}

/**
 * Answers each submit as the explorer does: the actor added to the harbour graph (a new one
 * given an id) through the validator; closes the form when it is taken, else gives it the problems.
 */
function answerAsTheExplorer(el: ActorGraphActorForm): void {
  el.addEventListener('actor-submit', ({ detail }) => {
    const actor = detail.isNew ? { ...detail.actor, id: newId(brief, detail.actor.label, 'actor') } : detail.actor;
    const result = applyEdit(brief, detail.isNew ? { kind: 'add-actor', actor } : { kind: 'update-actor', actor });
    if (result.ok) el.close();
    else el.problems = result.problems;
  });
}

async function typeInto(el: ActorGraphActorForm, id: string, keys: string): Promise<void> {
  field(el, id).focus();
  await userEvent.keyboard(keys);
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-actor-form>', () => {
  it('opens empty with the focus on Label, offers the graph’s kinds first, and submits what was typed, aliases trimmed', async () => {
    const { el, opener } = await mount();
    const submits = listen<ActorSubmitDetail>(el, 'actor-submit');
    opener.focus();
    el.open();
    expect(dialog(el).open).toBe(true);
    await el.updateComplete;
    expect(text(inForm(el, 'h2'))).toBe('Add actor');
    expect(dialog(el).getAttribute('aria-labelledby')).toBe('heading');
    expect(deepActive()).toBe(field(el, 'label'));
    expect([...el.shadowRoot!.querySelectorAll('#kinds option')].map((o) => (o as HTMLOptionElement).value)).toEqual([
      'organization',
      'guild',
      'state',
      'government',
      'non-state armed group',
      'person',
    ]);
    expect(field(el, 'kind').getAttribute('list')).toBe('kinds');

    await userEvent.keyboard('  Port authority ');
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'kind'));
    await userEvent.keyboard('government');
    await userEvent.tab();
    await userEvent.keyboard(' the Authority {Enter}{Enter}   {Enter}PA');
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'description'));
    await userEvent.tab();
    expect(text(deepActive())).toBe('Cancel');
    await userEvent.tab();
    expect(text(deepActive())).toBe('Add actor');
    await userEvent.keyboard('{Enter}');
    expect(submits).toEqual([
      { actor: { id: '', label: 'Port authority', kind: 'government', aliases: ['the Authority', 'PA'] }, isNew: true },
    ]);
    // The page answers: the dialog stays open until it is closed.
    expect(dialog(el).open).toBe(true);
    el.close();
    expect(dialog(el).open).toBe(false);
    expect(deepActive()).toBe(opener);
  });

  it('shows the validator’s problem beside Label, marks the field invalid and puts the focus on it; the next submit that passes closes', async () => {
    const { el } = await mount();
    answerAsTheExplorer(el);
    const submits = listen<ActorSubmitDetail>(el, 'actor-submit');
    el.open();
    await el.updateComplete;
    await typeInto(el, 'kind', 'person');
    await userEvent.click(button(el, 'Add actor'));
    await el.updateComplete;
    expect(submits).toEqual([{ actor: { id: '', label: '', kind: 'person' }, isNew: true }]);
    expect(dialog(el).open).toBe(true);
    const label = field(el, 'label');
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(label.getAttribute('aria-describedby')).toBe('label-problem');
    expect(text(inForm(el, '#label-problem'))).toBe('⚠ actor label must not be empty');
    expect(label.closest('.field')!.contains(inForm(el, '#label-problem'))).toBe(true);
    expect(field(el, 'kind').getAttribute('aria-invalid')).toBe('false');
    expect(field(el, 'kind').getAttribute('aria-describedby')).toBe('kind-hint');
    expect(deepActive()).toBe(label);

    await userEvent.keyboard('Harbour pilots');
    await userEvent.keyboard('{Enter}');
    expect(submits[1]).toEqual({ actor: { id: '', label: 'Harbour pilots', kind: 'person' }, isNew: true });
    expect(dialog(el).open).toBe(false);
    // Opened again, it is empty, with no problem left from before.
    el.open();
    await el.updateComplete;
    expect([field(el, 'label').value, field(el, 'kind').value]).toEqual(['', '']);
    expect(el.shadowRoot!.querySelector('.problem')).toBeNull();
    expect(field(el, 'label').getAttribute('aria-invalid')).toBe('false');
  });

  it('lists problems of no field shown above the fields, with the focus on them when no field has one', async () => {
    const { el } = await mount();
    el.open();
    await el.updateComplete;
    el.problems = [
      { field: null, message: 'an actor with this id exists' },
      { field: 'x', message: 'must be a number' },
    ];
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('#problems li')].map(text)).toEqual([
      '⚠ an actor with this id exists',
      '⚠ x: must be a number',
    ]);
    expect(deepActive()).toBe(inForm(el, '#problems'));
    el.problems = [
      { field: 'description', message: 'must be text' },
      { field: 'aliases', message: 'must be a list' },
    ];
    await el.updateComplete;
    // The first field in the order of the form, whatever the order of the problems.
    expect(deepActive()).toBe(field(el, 'aliases'));
    expect(field(el, 'aliases').getAttribute('aria-describedby')).toBe('aliases-hint aliases-problem');
    expect(text(inForm(el, '#description-problem'))).toBe('⚠ must be text');
  });

  it('edits an actor: filled from it, its id and the fields it does not show kept, emptied fields left out', async () => {
    const { el } = await mount();
    const submits = listen<ActorSubmitDetail>(el, 'actor-submit');
    const council: Actor = {
      ...brief.actors[0]!,
      aliases: ['the council', 'HC'],
      description: 'Runs the port.',
      x: 120,
      y: -40,
      wikidata: 'Q1',
    };
    el.open(council);
    await el.updateComplete;
    expect(text(inForm(el, 'h2'))).toBe('Edit actor');
    expect(['label', 'kind', 'aliases', 'description'].map((id) => field(el, id).value)).toEqual([
      'Harbour council',
      'government',
      'the council\nHC',
      'Runs the port.',
    ]);
    expect(deepActive()).toBe(field(el, 'label'));
    await userEvent.keyboard('{End} of Lowmouth');
    const description = field(el, 'description');
    description.value = '';
    description.dispatchEvent(new Event('input', { bubbles: true }));
    await userEvent.click(button(el, 'Save changes'));
    expect(submits).toEqual([
      {
        actor: {
          id: 'council',
          label: 'Harbour council of Lowmouth',
          kind: 'government',
          aliases: ['the council', 'HC'],
          x: 120,
          y: -40,
          wikidata: 'Q1',
        },
        isNew: false,
      },
    ]);
  });

  it('closes on Escape and on Cancel without an event', async () => {
    const { el, opener } = await mount();
    const submits = listen<ActorSubmitDetail>(el, 'actor-submit');
    opener.focus();
    el.open();
    await el.updateComplete;
    await userEvent.keyboard('Half typed');
    await userEvent.keyboard('{Escape}');
    expect(dialog(el).open).toBe(false);
    expect(deepActive()).toBe(opener);
    el.open(brief.actors[1]);
    await el.updateComplete;
    await userEvent.click(button(el, 'Cancel'));
    expect(dialog(el).open).toBe(false);
    expect(submits).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, empty and with problems`, async () => {
      const { el } = await mount(theme);
      el.open(brief.actors[0]);
      await el.updateComplete;
      const violations = () => axeViolations(dialog(el));
      expect(await violations()).toEqual([]);
      el.problems = [
        { field: 'label', message: 'actor label must not be empty' },
        { field: null, message: 'an actor with this id exists' },
      ];
      await el.updateComplete;
      expect(await violations()).toEqual([]);
    });
  }
});

/**
 * The relation form, used from the keyboard as a user would: opened empty, on part of a relation
 * or on a whole one, filled, submitted; the validator's problems beside their fields; Escape and Cancel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-relation-form.ts';
import type { ActorGraphRelationForm } from '../../src/components/actor-graph-relation-form.ts';
import type { RelationSubmitDetail } from '../../src/components/events.ts';
import { applyEdit, newId } from '../../src/model/edits.ts';
import type { GraphDocument, Relation } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { listen } from '../support/panels.ts';
import { axeViolations } from '../support/axe.ts';
import { deepActive, formPage } from '../support/form-page.ts';

const brief = harbour as unknown as GraphDocument;
const ACTORS = brief.actors.map(({ id, label }) => ({ id, label }));

const inForm = <T extends Element = HTMLElement>(el: ActorGraphRelationForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const dialog = (el: ActorGraphRelationForm) => inForm<HTMLDialogElement>(el, 'dialog');
const field = <T extends HTMLElement = HTMLInputElement>(el: ActorGraphRelationForm, id: string) => inForm<T>(el, `#${id}`);
const select = (el: ActorGraphRelationForm, id: 'source' | 'target') => field<HTMLSelectElement>(el, id);
const radio = (el: ActorGraphRelationForm, type: string) => inForm<HTMLInputElement>(el, `input[type="radio"][value="${type}"]`);
const button = (el: ActorGraphRelationForm, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === name)!;

/** A page holding a button that opens the form, in the light theme or the explorer's dark one. */
async function mount(theme: 'light' | 'dark' = 'light'): Promise<{ el: ActorGraphRelationForm; opener: HTMLButtonElement }> {
  const el = document.createElement('actor-graph-relation-form');
  el.actors = ACTORS;
  return formPage(el, 'Add relation', theme);
}

/** Answers each submit as the explorer does: through the validator; closes the form when the relation is taken, else gives it the problems. */
function answerAsTheExplorer(el: ActorGraphRelationForm): void {
  el.addEventListener('relation-submit', ({ detail }) => {
    const relation = detail.isNew
      ? { ...detail.relation, id: newId(brief, `${detail.relation.source}-${detail.relation.target}`, 'relation') }
      : detail.relation;
    const result = applyEdit(brief, detail.isNew ? { kind: 'add-relation', relation } : { kind: 'update-relation', relation });
    if (result.ok) el.close();
    else el.problems = result.problems;
  });
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-relation-form>', () => {
  it('opens empty with the focus on From, lists actors by label, and submits a relation chosen and typed from the keyboard', async () => {
    const { el, opener } = await mount();
    const submits = listen<RelationSubmitDetail>(el, 'relation-submit');
    opener.focus();
    el.open();
    expect(dialog(el).open).toBe(true);
    await el.updateComplete;
    expect(text(inForm(el, 'h2'))).toBe('Add relation');
    expect(deepActive()).toBe(select(el, 'source'));
    expect([...select(el, 'source').options].map((o) => [o.value, text(o)])).toEqual([
      ['', 'Choose an actor'],
      ['council', 'Harbour council'],
      ['league', 'Mountain league'],
      ['guild', 'River guild'],
    ]);
    expect(text(inForm(el, 'fieldset legend'))).toBe('Type');
    expect(inForm(el, 'fieldset').getAttribute('role')).toBe('radiogroup');
    // Each type is named in words, its line sample beside it.
    expect(
      ['cooperation', 'hostility', 'contested'].map((type) => [
        text(radio(el, type).labels![0]),
        !!radio(el, type).labels![0]!.querySelector(`svg.swatch.${type}`),
      ]),
    ).toEqual([
      ['Cooperation', true],
      ['Hostility', true],
      ['Contested', true],
    ]);
    expect(radio(el, 'cooperation').checked).toBe(true);
    expect(text(inForm(el, '#directed-hint'))).toBe('Runs from From to To only.');
    expect(field(el, 'start').placeholder).toBe('YYYY, YYYY-MM or YYYY-MM-DD');

    await userEvent.keyboard('r');
    await userEvent.tab();
    expect(deepActive()).toBe(select(el, 'target'));
    await userEvent.keyboard('h');
    await userEvent.tab();
    expect(deepActive()).toBe(radio(el, 'cooperation'));
    await userEvent.keyboard('{ArrowRight}');
    expect(radio(el, 'hostility').checked).toBe(true);
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'directed'));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(text(inForm(el, '#directed-hint'))).toBe('Runs from River guild to Harbour council only.');
    await userEvent.tab();
    await userEvent.keyboard('2022');
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'end'));
    await userEvent.tab();
    await userEvent.keyboard('blocks the river ');
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'note'));
    await userEvent.tab();
    await userEvent.tab();
    expect(text(deepActive())).toBe('Add relation');
    await userEvent.keyboard('{Enter}');
    expect(submits).toEqual([
      {
        relation: {
          id: '',
          source: 'guild',
          target: 'council',
          type: 'hostility',
          directed: true,
          start: '2022',
          label: 'blocks the river',
        },
        isNew: true,
      },
    ]);
    expect(dialog(el).open).toBe(true);
    el.close();
    expect(dialog(el).open).toBe(false);
    expect(deepActive()).toBe(opener);
  });

  it('opens on the ends of a line drawn between two actors, and shows the validator’s problems beside From and Start, the focus on From', async () => {
    const { el } = await mount();
    answerAsTheExplorer(el);
    const submits = listen<RelationSubmitDetail>(el, 'relation-submit');
    el.open({ target: 'guild' });
    await el.updateComplete;
    expect([select(el, 'source').value, select(el, 'target').value]).toEqual(['', 'guild']);
    field(el, 'start').focus();
    await userEvent.keyboard('2019-13');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(submits).toEqual([{ relation: { id: '', source: '', target: 'guild', type: 'cooperation', start: '2019-13' }, isNew: true }]);
    expect(dialog(el).open).toBe(true);
    const from = select(el, 'source');
    expect([from.getAttribute('aria-invalid'), from.getAttribute('aria-describedby')]).toEqual(['true', 'source-problem']);
    expect(text(inForm(el, '#source-problem'))).toBe('⚠ relation source must not be empty');
    const start = field(el, 'start');
    expect([start.getAttribute('aria-invalid'), start.getAttribute('aria-describedby')]).toEqual(['true', 'dates-hint start-problem']);
    expect(text(inForm(el, '#start-problem'))).toBe('⚠ start "2019-13" is not a day on the calendar');
    expect(select(el, 'target').getAttribute('aria-invalid')).toBe('false');
    expect(deepActive()).toBe(from);

    await userEvent.keyboard('m');
    start.focus();
    await userEvent.keyboard('{Backspace}{Backspace}{Backspace}');
    await userEvent.keyboard('{Enter}');
    expect(submits[1]).toEqual({
      relation: { id: '', source: 'league', target: 'guild', type: 'cooperation', start: '2019' },
      isNew: true,
    });
    expect(dialog(el).open).toBe(false);
  });

  it('edits a relation: filled from it, its id, evidence and other fields kept, emptied fields and an unticked Directed left out', async () => {
    const { el } = await mount();
    const submits = listen<RelationSubmitDetail>(el, 'relation-submit');
    const promise: Relation = { ...brief.relations[1]!, startBound: 'no-later-than', label: 'the dykes', kumu: 'row 4' };
    el.open(promise);
    await el.updateComplete;
    expect(text(inForm(el, 'h2'))).toBe('Edit relation');
    expect([select(el, 'source').value, select(el, 'target').value, field(el, 'start').value, field(el, 'label').value]).toEqual([
      'guild',
      'council',
      '2022',
      'the dykes',
    ]);
    expect([radio(el, 'contested').checked, field(el, 'directed').checked]).toEqual([true, true]);
    await userEvent.click(field(el, 'directed'));
    field(el, 'label').focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    field<HTMLTextAreaElement>(el, 'note').focus();
    await userEvent.keyboard('The clerk denies it.');
    await userEvent.click(button(el, 'Save changes'));
    const { directed: _, label: __, ...kept } = promise;
    expect(submits).toEqual([{ relation: { ...kept, note: 'The clerk denies it.' }, isNew: false }]);
    expect(submits[0]!.relation.evidence).toEqual(brief.relations[1]!.evidence);
  });

  it('adds a relation begun with evidence to cite, keeping the evidence, and names actors that share a label by their ids', async () => {
    const { el } = await mount();
    el.actors = [...ACTORS, { id: 'guild-2', label: 'River guild' }];
    const submits = listen<RelationSubmitDetail>(el, 'relation-submit');
    const evidence = [{ source: 'coastal-desk', locator: '¶4', quote: 'will stand with the council' }];
    el.open({ source: 'league', target: 'council', evidence });
    await el.updateComplete;
    expect(text(inForm(el, 'h2'))).toBe('Add relation');
    expect([...select(el, 'target').options].map(text)).toEqual([
      'Choose an actor',
      'Harbour council',
      'Mountain league',
      'River guild (guild)',
      'River guild (guild-2)',
    ]);
    await userEvent.click(button(el, 'Add relation'));
    expect(submits).toEqual([{ relation: { id: '', source: 'league', target: 'council', type: 'cooperation', evidence }, isNew: true }]);
  });

  it('closes on Escape and on Cancel without an event', async () => {
    const { el, opener } = await mount();
    const submits = listen<RelationSubmitDetail>(el, 'relation-submit');
    opener.focus();
    el.open();
    await el.updateComplete;
    await userEvent.keyboard('h');
    await userEvent.keyboard('{Escape}');
    expect(dialog(el).open).toBe(false);
    expect(deepActive()).toBe(opener);
    el.open(brief.relations[0]);
    await el.updateComplete;
    await userEvent.click(button(el, 'Cancel'));
    expect(dialog(el).open).toBe(false);
    expect(submits).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, filled and with problems`, async () => {
      const { el } = await mount(theme);
      el.open(brief.relations[1]);
      await el.updateComplete;
      const violations = () => axeViolations(dialog(el));
      expect(await violations()).toEqual([]);
      el.problems = [
        { field: 'start', message: 'start 2023 is after end 2022' },
        { field: 'type', message: 'relation type must be one of cooperation, hostility, contested' },
        { field: 'evidence', message: 'must be a list' },
      ];
      await el.updateComplete;
      expect(deepActive()).toBe(radio(el, 'contested'));
      expect(await violations()).toEqual([]);
    });
  }
});

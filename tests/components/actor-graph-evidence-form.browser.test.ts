/**
 * The evidence form, used from the keyboard as a user would: opened on a piece of the harbour
 * brief's evidence, its quote and locator changed, submitted; the validator's problems beside
 * their fields; Escape and Cancel; axe in both themes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-evidence-form.ts';
import type { ActorGraphEvidenceForm, EvidenceTarget } from '../../src/components/actor-graph-evidence-form.ts';
import type { EvidenceSubmitDetail } from '../../src/components/events.ts';
import { applyEdit } from '../../src/model/edits.ts';
import type { Evidence, GraphDocument } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { listen } from '../support/panels.ts';
import { axeViolations } from '../support/axe.ts';
import { deepActive, formPage } from '../support/form-page.ts';

const brief = harbour as unknown as GraphDocument;
/** The council's denial: the second piece of evidence of the guild's contested claim. */
const DENIAL: Evidence = brief.relations[1]!.evidence![1]!;
const TARGET: EvidenceTarget = { relation: 'guild-council-promise', index: 1, evidence: DENIAL, label: 'River guild – Harbour council' };
const CLAIMANTS = ['The Coastal Desk', "the guild's envoy", "the council's clerk"];

const inForm = <T extends Element = HTMLElement>(el: ActorGraphEvidenceForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const dialog = (el: ActorGraphEvidenceForm) => inForm<HTMLDialogElement>(el, 'dialog');
const field = <T extends HTMLElement = HTMLInputElement>(el: ActorGraphEvidenceForm, id: string) => inForm<T>(el, `#${id}`);
const button = (el: ActorGraphEvidenceForm, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === name)!;
/** Every field's value, by its label. */
const values = (el: ActorGraphEvidenceForm) =>
  Object.fromEntries(
    ['quote', 'source', 'locator', 'date', 'claimant', 'note'].map((id) => [
      text(inForm(el, `label[for="${id}"]`)),
      field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, id).value,
    ]),
  );

/** A page holding a button that opens the form, in the light theme or the explorer's dark one. */
async function mount(theme: 'light' | 'dark' = 'light'): Promise<{ el: ActorGraphEvidenceForm; opener: HTMLButtonElement }> {
  const el = document.createElement('actor-graph-evidence-form');
  el.sources = [...brief.sources!, { id: 'ferry-log', title: 'The ferry log' }];
  el.claimants = CLAIMANTS;
  return formPage(el, 'Edit evidence 2', theme);
}

/** Answers each submit as the explorer does: through the validator; closes the form when the evidence is taken, else gives it the problems. */
function answerAsTheExplorer(el: ActorGraphEvidenceForm): void {
  el.addEventListener('evidence-submit', ({ detail }) => {
    const result = applyEdit(brief, { kind: 'update-evidence', ...detail });
    if (result.ok) el.close();
    else el.problems = result.problems;
  });
}

afterEach(() => document.body.replaceChildren());

describe('<actor-graph-evidence-form>', () => {
  it('opens on a piece of evidence with its values, the focus on the quote, the sources by title and the claimants used offered', async () => {
    const { el } = await mount();
    el.open(TARGET);
    expect(dialog(el).open).toBe(true);
    await el.updateComplete;
    expect([text(inForm(el, 'h2')), text(inForm(el, '.for'))]).toEqual(['Edit evidence', 'Evidence 2 for River guild – Harbour council']);
    expect(values(el)).toEqual({
      Quote: 'The council denies that any promise was made.',
      'Source (required)': 'coastal-desk',
      Locator: '¶3',
      Claimant: "the council's clerk",
      'Date reported': '',
      Note: '',
    });
    expect(deepActive()).toBe(field(el, 'quote'));
    expect([...field<HTMLSelectElement>(el, 'source').options].map((o) => [o.value, text(o)])).toEqual([
      ['', 'Choose a source'],
      ['coastal-desk', 'The Harbour Dispute'],
      ['ferry-log', 'The ferry log'],
    ]);
    expect(field(el, 'claimant').list!.id).toBe('claimants');
    expect([...inForm(el, 'datalist#claimants').querySelectorAll('option')].map((o) => o.value)).toEqual(CLAIMANTS);
    expect(field(el, 'date').placeholder).toBe('YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('submits the quote and locator as changed from the keyboard, keeping the fields it does not show', async () => {
    const { el, opener } = await mount();
    const submits = listen<EvidenceSubmitDetail>(el, 'evidence-submit');
    opener.focus();
    el.open({ ...TARGET, evidence: { ...DENIAL, page: 3 } });
    await el.updateComplete;
    await userEvent.keyboard('{Control>}a{/Control}The council denies any promise.');
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'source'));
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'locator'));
    await userEvent.keyboard('{Control>}a{/Control}¶4');
    await userEvent.tab();
    expect(deepActive()).toBe(field(el, 'date'));
    await userEvent.keyboard('2024-03-05');
    await userEvent.keyboard('{Enter}');
    expect(submits).toEqual([
      {
        relation: 'guild-council-promise',
        index: 1,
        evidence: {
          source: 'coastal-desk',
          locator: '¶4',
          quote: 'The council denies any promise.',
          claimant: "the council's clerk",
          page: 3,
          date: '2024-03-05',
        },
      },
    ]);
    // The page closes it once the evidence is taken; the focus goes back where it was.
    expect(dialog(el).open).toBe(true);
    el.close();
    expect(dialog(el).open).toBe(false);
    expect(deepActive()).toBe(opener);
  });

  it('shows the validator’s problems beside the date and the source, the focus on the first, and closes once they are mended', async () => {
    const { el } = await mount();
    answerAsTheExplorer(el);
    const submits = listen<EvidenceSubmitDetail>(el, 'evidence-submit');
    el.open(TARGET);
    await el.updateComplete;
    await userEvent.selectOptions(field<HTMLSelectElement>(el, 'source'), 'Choose a source');
    field(el, 'date').focus();
    await userEvent.keyboard('March 2024{Enter}');
    await el.updateComplete;
    expect(submits.map((s) => [s.evidence.source, s.evidence.date])).toEqual([['', 'March 2024']]);
    expect(dialog(el).open).toBe(true);
    const source = field<HTMLSelectElement>(el, 'source');
    expect([source.getAttribute('aria-invalid'), source.getAttribute('aria-describedby')]).toEqual(['true', 'source-problem']);
    expect(text(inForm(el, '#source-problem'))).toBe('⚠ evidence source must not be empty');
    const date = field(el, 'date');
    expect([date.getAttribute('aria-invalid'), date.getAttribute('aria-describedby')]).toEqual(['true', 'date-hint date-problem']);
    expect(text(inForm(el, '#date-problem'))).toBe('⚠ evidence date "March 2024" is not a date written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(field(el, 'locator').getAttribute('aria-invalid')).toBe('false');
    expect(deepActive()).toBe(source);

    // A source the graph does not list is refused too, beside the source.
    await userEvent.selectOptions(source, 'The ferry log');
    await userEvent.fill(date, '2024-03');
    await userEvent.click(button(el, 'Save changes'));
    expect(text(inForm(el, '#source-problem'))).toBe('⚠ unknown source "ferry-log"');
    expect(el.shadowRoot!.querySelector('#date-problem')).toBeNull();

    await userEvent.selectOptions(source, 'The Harbour Dispute');
    await userEvent.click(button(el, 'Save changes'));
    expect(submits.at(-1)).toEqual({
      relation: 'guild-council-promise',
      index: 1,
      evidence: { ...DENIAL, date: '2024-03' },
    });
    expect(dialog(el).open).toBe(false);
  });

  it('closes on Escape and on Cancel without an event', async () => {
    const { el, opener } = await mount();
    const submits = listen<EvidenceSubmitDetail>(el, 'evidence-submit');
    opener.focus();
    el.open(TARGET);
    await el.updateComplete;
    await userEvent.keyboard('more words');
    await userEvent.keyboard('{Escape}');
    expect(dialog(el).open).toBe(false);
    expect(deepActive()).toBe(opener);
    el.open(TARGET);
    await el.updateComplete;
    // Opened again, it shows the evidence as it is, not what was typed and left.
    expect(field<HTMLTextAreaElement>(el, 'quote').value).toBe(DENIAL.quote);
    await userEvent.click(button(el, 'Cancel'));
    expect(dialog(el).open).toBe(false);
    expect(submits).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, filled and with problems`, async () => {
      const { el } = await mount(theme);
      el.open(TARGET);
      await el.updateComplete;
      const violations = () => axeViolations(dialog(el));
      expect(await violations()).toEqual([]);
      el.problems = [
        { field: 'locator', message: 'locator must be text' },
        { field: null, message: '$.relations[0].evidence[0].source: unknown source "x"' },
      ];
      await el.updateComplete;
      expect(deepActive()).toBe(field(el, 'locator'));
      expect(await violations()).toEqual([]);
    });
  }
});

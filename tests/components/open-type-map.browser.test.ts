/**
 * The explorer's type dialog and "Add to this graph…": files picked through the file inputs,
 * as a user picks them, and the graph, notices and state that follow.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import { SEED_URL, deepActive, inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

/** Picks `files` with the explorer's Open file (`open-file`) or Add to this graph (`add-file`) input. */
function pick(el: ActorGraphExplorer, input: 'open-file' | 'add-file', files: File[]): void {
  const field = inRoot<HTMLInputElement>(el, `#${input}`);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Settles with the counts of the next graph drawn. */
const nextGraph = (el: ActorGraphExplorer) =>
  new Promise<{ actors: number; relations: number }>((resolve) =>
    el.addEventListener('graph-ready', (event) => resolve(event.detail), { once: true }),
  );

const typeMap = (el: ActorGraphExplorer) => inRoot<HTMLElementTagNameMap['actor-graph-type-map']>(el, 'actor-graph-type-map');
const dialog = (el: ActorGraphExplorer) => inRoot<HTMLDialogElement>(typeMap(el), 'dialog');
const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));
const notices = (el: ActorGraphExplorer) => [...inRoot(el, '[part="notices"]').querySelectorAll('li')].map(text);

const RIVALS = [
  'source,target,type',
  'Atlantis,Byzantium,tension',
  'Byzantium,Carthage,tension',
  'Carthage,Atlantis,ally',
  'Atlantis,Dacia,talks',
  'Dacia,Carthage,enemy',
].join('\n');

afterEach(() => document.body.replaceChildren());

describe('the type dialog', () => {
  it('lists the values no reader knows with their counts, and opens the graph as the user chose from the keyboard', async () => {
    const { el, view, changes } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.state = { selected: 'russia' };
    });
    pick(el, 'open-file', [new File([RIVALS], 'rivals.csv', { type: 'text/csv' })]);
    await expect.poll(() => dialog(el).open).toBe(true);
    await typeMap(el).updateComplete;
    const rows = [...dialog(el).querySelectorAll('li')];
    expect(rows.map((row) => text(row.querySelector('label')))).toEqual(['“tension” (2 relations)', '“talks” (1 relation)']);
    expect(text(dialog(el).querySelector('p'))).toBe(
      'rivals.csv gives 3 relations a type this reader does not know. Choose what each one means.',
    );
    expect([...rows[0]!.querySelectorAll('option')].map(text)).toEqual([
      'Leave these relations out',
      'Cooperation',
      'Hostility',
      'Contested',
    ]);
    // Each choice is named by its row's value.
    expect(rows[0]!.querySelector('select')!.labels[0]).toBe(rows[0]!.querySelector('label'));
    expect(await axe.run(typeMap(el).shadowRoot!.querySelector('dialog')!).then((r) => r.violations.map((v) => v.id))).toEqual([]);

    // The keyboard alone: the first choice has the focus; "tension" is hostility, "talks" left out.
    expect(deepActive()).toBe(rows[0]!.querySelector('select'));
    const drawn = nextGraph(el);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(text(deepActive())).toBe('Open');
    await userEvent.keyboard('{Enter}');
    expect(await drawn).toEqual({ actors: 4, relations: 4 });
    await settle(el);
    expect(dialog(el).open).toBe(false);
    expect(text(inRoot(el, 'header h1'))).toBe('rivals');
    expect(
      view
        .cy!.edges()
        .map((edge) => edge.data('type') as string)
        .sort(),
    ).toEqual(['cooperation', 'hostility', 'hostility', 'hostility']);
    expect(status(el)).toBe('Loaded rivals: 4 actors, 4 relations.');
    expect(notices(el)).toEqual([
      'Relation types read from the file\'s words: "ally" as cooperation (1 relation), "enemy" as hostility (1 relation)',
      'Relation types read by the type map: "tension" as hostility (2 relations)',
      'Left out, as the type map says: "talks" (1 relation)',
    ]);
    // The focus is back on the button that opened the file; the seed graph's selection is gone from the link.
    expect(deepActive()).toBe(inRoot(el, '#open-file'));
    expect(changes).toEqual([{}]);
  });

  it('keeps the graph shown on Cancel, and on Escape', async () => {
    const { el, view } = await mountExplorer();
    for (const leave of ['cancel', 'escape'] as const) {
      pick(el, 'open-file', [new File([RIVALS], 'rivals.csv')]);
      await expect.poll(() => dialog(el).open).toBe(true);
      if (leave === 'cancel') [...dialog(el).querySelectorAll('button')].find((b) => text(b) === 'Cancel')!.click();
      else await userEvent.keyboard('{Escape}');
      await expect.poll(() => dialog(el).open).toBe(false);
      await settle(el);
      expect(status(el)).toBe('rivals.csv was not opened. The graph shown is kept.');
      expect(text(inRoot(el, 'header h1'))).toBe('Russia and the Taliban, 2016');
      expect(view.cy!.nodes()).toHaveLength(14);
      expect(deepActive()).toBe(inRoot(el, '#open-file'));
    }
  });
});

describe('Add to this graph…', () => {
  it('merges the files picked into the graph shown, says what matched, was added and conflicts, and the link follows', async () => {
    const { el, view, changes } = await mountExplorer((el) => {
      el.src = SEED_URL;
      el.state = { selected: 'russia', asOf: '2016' };
    });
    const added = ['source,target,type', 'Moscow,Pakistan,cooperation', 'India,Pakistan,hostility', 'Tehran,Taliban,hostility'].join('\n');
    const drawn = nextGraph(el);
    pick(el, 'add-file', [new File([added], 'south-asia.csv')]);
    expect(await drawn).toEqual({ actors: 15, relations: 40 });
    await settle(el);
    expect(text(inRoot(el, 'header h1'))).toBe('Russia and the Taliban, 2016');
    expect(view.cy!.nodes()).toHaveLength(15);
    expect(text(inRoot(el, '[part="notices"] strong'))).toBe('Added south-asia.csv to Russia and the Taliban, 2016.');
    expect(notices(el)).toEqual([
      'Matched 4 actors: 2 by id, 2 by alias (moscow → russia and tehran → iran).',
      'Added 1 actor: pakistan.',
      'Added 3 relations: relation-1, relation-2 and relation-3.',
      'Conflict: iran and taliban, cooperation in iran-taliban and hostility in relation-3 at the same time; both kept.',
    ]);
    expect(view.cy!.getElementById('relation-3').data('type')).toBe('hostility');
    expect(view.cy!.getElementById('iran-taliban').data('type')).toBe('cooperation');
    // The merged graph replaces the seed graph's address; what named its actors is cleared, the date kept.
    expect(changes).toEqual([{ asOf: '2016' }]);
    expect(deepActive()).toBe(inRoot(el, '#add-file'));
  });
});

/**
 * Edit mode's gestures on the drawing, in Chromium: Shift and a drag from one actor to another
 * opens the relation form with its ends (the line dashed to the pointer, the actor under it
 * ringed), released on nothing, on its own actor or after Escape it draws nothing; a plain drag
 * still moves the actor; Alt with the arrow keys moves the selected actor, one undoable step a
 * press, and Add relation starts from the selected actor.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphRelationForm } from '../../src/components/actor-graph-relation-form.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import harbour from '../fixtures/brief/harbour-graph.json';
import { allInRoot, inRoot, mountExplorer, settle, text } from '../support/explorer.ts';

afterEach(() => document.body.replaceChildren());

let explorers = 0;

/** An explorer on the harbour graph in edit mode, with a draft of its own. */
async function editing(): Promise<ActorGraphExplorer> {
  const { el } = await mountExplorer((el) => {
    el.id = `edit-drag-test-${++explorers}-${Date.now()}`;
    el.data = structuredClone(harbour) as GraphDocument;
  });
  button(el, 'Edit').click();
  await expect.poll(() => el.editing).toBe(true);
  await drawn(el);
  // The code of the relation line is fetched as edit mode starts; here it has come.
  await import('../../src/view/relation-drag.ts');
  return el;
}

/** Waits until the view has drawn what edit mode last handed it. */
async function drawn(el: ActorGraphExplorer): Promise<void> {
  await settle(el);
  await el.graphView!.ready;
  await settle(el);
}

const button = (el: ActorGraphExplorer, name: string) => allInRoot<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!;
const status = (el: ActorGraphExplorer) => text(inRoot(el, '.status'));
const cyOf = (el: ActorGraphExplorer) => el.graphView!.cy!;
const form = (el: ActorGraphExplorer) => inRoot<ActorGraphRelationForm>(el, 'actor-graph-relation-form');
const formOpen = (el: ActorGraphExplorer) => form(el).shadowRoot!.querySelector('dialog')!.open;
/** The actors From and To show, by label. */
const ends = (el: ActorGraphExplorer) =>
  (['source', 'target'] as const).map((id) => {
    const select = form(el).shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
    return text(select.selectedOptions[0]);
  });
const overlay = (el: ActorGraphExplorer) => cyOf(el).container()!.querySelector('svg.relation-drag');

/** Where an actor is drawn, on the page. */
function onPage(el: ActorGraphExplorer, id: string): { x: number; y: number } {
  const cy = cyOf(el);
  const rect = cy.container()!.getBoundingClientRect();
  const at = cy.getElementById(id).renderedPosition();
  return { x: rect.left + at.x, y: rect.top + at.y };
}

/** A mouse event as a mouse gives it, on the drawing's top canvas (where the pointer is), from there to the window. */
function mouse(el: ActorGraphExplorer, type: 'mousedown' | 'mousemove' | 'mouseup', at: { x: number; y: number }, shiftKey = false): void {
  const canvases = cyOf(el).container()!.querySelectorAll('canvas');
  const init = { bubbles: true, composed: true, cancelable: true, clientX: at.x, clientY: at.y, button: 0, shiftKey };
  canvases[canvases.length - 1]!.dispatchEvent(new MouseEvent(type, { ...init, buttons: type === 'mouseup' ? 0 : 1 }));
}

/** The ring the overlay draws, as [x, y, width, height], or null while hidden. */
const ring = (rect: SVGRectElement) =>
  rect.style.display === 'none' ? null : (['x', 'y', 'width', 'height'] as const).map((a) => Number(rect.getAttribute(a)));

/** The ring expected around an actor: its shape and 5 px more on each side. */
function ringAround(el: ActorGraphExplorer, id: string): number[] {
  const b = cyOf(el).getElementById(id).renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  return [b.x1 - 5, b.y1 - 5, b.w + 10, b.h + 10];
}

const positions = (el: ActorGraphExplorer) => el.editedDocument!.actors.map((a) => [a.id, a.x, a.y] as const);
const modelPositions = (el: ActorGraphExplorer) =>
  cyOf(el)
    .nodes()
    .map((n) => [n.id(), n.position('x'), n.position('y')] as const);
const tenth = (v: number) => Math.round(v * 10) / 10;

describe('<actor-graph-explorer> edit mode, on the drawing', () => {
  it('opens the relation form from River guild to Mountain league when Shift and a drag join them', async () => {
    const el = await editing();
    const guild = onPage(el, 'guild');
    const league = onPage(el, 'league');
    mouse(el, 'mousedown', guild, true);
    await expect.poll(() => status(el)).toBe('Drawing a relation from River guild: release it on another actor, or press Escape.');

    // Halfway, over nothing: the line ends at the pointer, and only the guild is ringed.
    // A mouse gives whole pixels.
    const halfway = { x: Math.round((guild.x + league.x) / 2), y: Math.round((guild.y + league.y) / 2 + 60) };
    mouse(el, 'mousemove', halfway, true);
    const svg = overlay(el)!;
    const [line, from, to] = [svg.querySelectorAll('line')[1]!, ...svg.querySelectorAll('rect')] as [
      SVGLineElement,
      SVGRectElement,
      SVGRectElement,
    ];
    const rect = cyOf(el).container()!.getBoundingClientRect();
    const guildDrawn = cyOf(el).getElementById('guild').renderedPosition();
    expect(['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)))).toEqual([
      guildDrawn.x,
      guildDrawn.y,
      halfway.x - rect.left,
      halfway.y - rect.top,
    ]);
    expect(getComputedStyle(line).strokeDasharray).toBe('10px, 6px');
    expect([ring(from), ring(to)]).toEqual([ringAround(el, 'guild'), null]);

    // Over the league: it is ringed with a dashed line, and the line runs to its middle.
    mouse(el, 'mousemove', { x: league.x + 3, y: league.y - 2 }, true);
    const leagueDrawn = cyOf(el).getElementById('league').renderedPosition();
    expect([Number(line.getAttribute('x2')), Number(line.getAttribute('y2'))]).toEqual([leagueDrawn.x, leagueDrawn.y]);
    expect([ring(from), ring(to)]).toEqual([ringAround(el, 'guild'), ringAround(el, 'league')]);
    expect(getComputedStyle(to).strokeDasharray).toBe('6px, 4px');

    mouse(el, 'mouseup', { x: league.x + 3, y: league.y - 2 }, true);
    await expect.poll(() => formOpen(el)).toBe(true);
    await form(el).updateComplete;
    expect(ends(el)).toEqual(['River guild', 'Mountain league']);
    expect(overlay(el)).toBeNull();
    await expect.poll(() => status(el)).toBe('A relation from River guild to Mountain league: choose its type.');
    // Nothing moved and nothing was added: the form adds the relation when submitted.
    expect([positions(el).every(([, x, y]) => x === undefined && y === undefined), el.editedDocument!.relations.length]).toEqual([true, 3]);
    expect(button(el, 'Undo').disabled).toBe(true);
  });

  it('draws nothing when the line is released on nothing, on its own actor, or after Escape', async () => {
    const el = await editing();
    const guild = onPage(el, 'guild');
    const council = onPage(el, 'council');
    const before = modelPositions(el);

    mouse(el, 'mousedown', guild, true);
    await expect.poll(() => status(el)).toMatch(/^Drawing a relation from River guild/);
    mouse(el, 'mousemove', { x: guild.x, y: guild.y + 150 }, true);
    mouse(el, 'mouseup', { x: guild.x, y: guild.y + 150 }, true);
    await expect.poll(() => status(el)).toBe('No relation drawn: release the line on another actor.');
    expect([formOpen(el), overlay(el)]).toEqual([false, null]);

    mouse(el, 'mousedown', guild, true);
    await expect.poll(() => status(el)).toMatch(/^Drawing a relation from River guild/);
    mouse(el, 'mousemove', { x: guild.x + 2, y: guild.y + 1 }, true);
    mouse(el, 'mouseup', { x: guild.x + 2, y: guild.y + 1 }, true);
    await expect.poll(() => status(el)).toBe('No relation drawn: release the line on another actor.');
    expect([formOpen(el), overlay(el)]).toEqual([false, null]);

    mouse(el, 'mousedown', guild, true);
    mouse(el, 'mousemove', council, true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => status(el)).toBe('No relation drawn.');
    expect(overlay(el)).toBeNull();
    // The release after Escape is nobody's.
    mouse(el, 'mouseup', council, true);
    expect(formOpen(el)).toBe(false);

    // Shift never moved the guild: the drawing and the file are as they were.
    expect(modelPositions(el)).toEqual(before);
    expect(positions(el).every(([, x, y]) => x === undefined && y === undefined)).toBe(true);
  });

  it('still moves an actor dragged without Shift, and the others stay where they are on screen', async () => {
    const el = await editing();
    const [council, guild, league] = (['council', 'guild', 'league'] as const).map((id) => onPage(el, id));
    mouse(el, 'mousedown', guild!);
    for (const step of [10, 20, 30, 40]) mouse(el, 'mousemove', { x: guild!.x, y: guild!.y + step });
    mouse(el, 'mouseup', { x: guild!.x, y: guild!.y + 40 });
    await expect.poll(() => status(el)).toBe('Done: move River guild.');
    await drawn(el);
    expect(formOpen(el)).toBe(false);
    const [council1, guild1, league1] = (['council', 'guild', 'league'] as const).map((id) => onPage(el, id));
    expect(guild1!.y - guild!.y).toBeCloseTo(40, 0);
    for (const [now, then] of [
      [council1!.x, council!.x],
      [council1!.y, council!.y],
      [league1!.x, league!.x],
      [league1!.y, league!.y],
      [guild1!.x, guild!.x],
    ])
      expect(now).toBeCloseTo(then!, 6);
  });

  it('moves the selected actor 10 px with Alt and an arrow key, 50 px with Shift as well, each an undoable step', async () => {
    const el = await editing();
    el.state = { selected: 'guild' };
    await settle(el);
    el.graphView!.shadowRoot!.querySelector<HTMLElement>('[part="canvas"]')!.focus();
    const start = modelPositions(el);
    const screen = () =>
      cyOf(el)
        .nodes()
        .map((n) => n.renderedPosition());
    const [council, guild, league] = screen();

    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => status(el)).toBe('Done: move River guild.');
    await drawn(el);
    // On screen the guild went 10 px right (to a tenth of a unit of the file), the others stayed.
    const [council1, guild1, league1] = screen();
    expect(guild1!.x - guild!.x).toBeCloseTo(10, 0);
    for (const [now, then] of [
      [council1!.x, council!.x],
      [council1!.y, council!.y],
      [league1!.x, league!.x],
      [league1!.y, league!.y],
      [guild1!.y, guild!.y],
    ])
      expect(now).toBeCloseTo(then!, 6);
    const first = positions(el);

    // How many pixels a unit of the file is drawn: the next step's exact place in the file.
    const [c, g] = first;
    const perUnit = (guild1!.x - council1!.x) / (g![1]! - c![1]!);
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowDown}{/Shift}{/Alt}');
    await expect.poll(() => positions(el)[1]![2]).not.toBe(first[1]![2]);
    expect(positions(el)).toEqual([first[0], ['guild', g![1], tenth(g![2]! + 50 / perUnit)], first[2]]);
    expect(button(el, 'Undo').title).toBe('Undo: move River guild (Ctrl+Z)');

    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => positions(el)).toEqual(first);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => positions(el)).toEqual(harbour.actors.map((a) => [a.id, undefined, undefined]));
    expect(status(el)).toBe('Undone: move River guild.');
    await drawn(el);
    expect(modelPositions(el)).toEqual(start);
  });

  it('says to pick an actor first when none is selected, and leaves Alt with an arrow key alone off the drawing', async () => {
    const el = await editing();
    el.graphView!.shadowRoot!.querySelector<HTMLElement>('[part="canvas"]')!.focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(() => status(el)).toBe('Pick an actor with the arrow keys first; then Alt with an arrow key moves it.');
    el.state = { selected: 'guild' };
    await settle(el);
    button(el, 'Add actor').focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect([button(el, 'Undo').disabled, positions(el).every(([, x]) => x === undefined)]).toEqual([true, true]);
  });

  it('starts Add relation from the actor selected', async () => {
    const el = await editing();
    el.state = { selected: 'league' };
    await settle(el);
    button(el, 'Add relation').click();
    await expect.poll(() => formOpen(el)).toBe(true);
    await form(el).updateComplete;
    expect(ends(el)).toEqual(['Mountain league', 'Choose an actor']);
  });
});

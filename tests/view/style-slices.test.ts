import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DARK_THEME, LIGHT_THEME, buildStylesheet } from '../../src/view/style.ts';
import { stylesheetInSlices } from '../../src/view/style-slices.ts';

const SHEET = buildStylesheet(LIGHT_THEME);

/** The rules of a drawing's stylesheet after cytoscape's defaults, as cytoscape gives them back. */
const rulesOf = (cy: Core): unknown => (cy.style() as unknown as { json(): unknown }).json();

const drawing = (): Core => cytoscape({ headless: true, styleEnabled: true });

const ELEMENTS = [
  { data: { id: 'a', label: 'Russia', kind: 'state' } },
  { data: { id: 'b', label: 'Taliban', kind: 'armed-group' } },
  { data: { id: 'r', source: 'a', target: 'b', type: 'contested' } },
];

/** What a reader would see change: the style of an actor and of a contested relation. */
const looks = (cy: Core) => {
  cy.add(ELEMENTS);
  const a = cy.getElementById('a');
  const r = cy.getElementById('r');
  return {
    actor: [a.style('background-color'), a.style('shape'), a.style('label')],
    relation: [r.style('line-color'), r.style('line-style'), r.style('width')],
  };
};

/** A clock on which every step of the work outlasts its slice: each step then has a task of its own. */
function slowMachine(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 30));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a first stylesheet given in slices', () => {
  it("gives the drawing the same rules and looks as cytoscape's own cy.style(json)", async () => {
    const sliced = drawing();
    const direct = drawing();
    expect(await stylesheetInSlices(sliced, SHEET)).toBe(true);
    direct.style(SHEET);
    expect(rulesOf(sliced)).toEqual(rulesOf(direct));
    expect(looks(sliced)).toEqual(looks(direct));
  });

  it("keeps cytoscape's default rules from its creation rather than parsing them again", async () => {
    const cy = drawing();
    const style = cy.style() as unknown as { length: number; defaultLength: number };
    const defaults = style.defaultLength;
    await stylesheetInSlices(cy, SHEET);
    expect(cy.style()).toBe(style);
    expect([style.defaultLength, style.length]).toEqual([defaults, defaults + (SHEET as unknown as unknown[]).length]);
  });

  it('replaces an earlier stylesheet of a drawing still empty', async () => {
    const cy = drawing();
    cy.style(buildStylesheet(DARK_THEME));
    await stylesheetInSlices(cy, SHEET);
    const direct = drawing();
    direct.style(SHEET);
    expect(rulesOf(cy)).toEqual(rulesOf(direct));
  });

  it("leaves cytoscape's defaults alone where the drawing stopped being wanted first", async () => {
    const cy = drawing();
    slowMachine();
    const style = cy.style() as unknown as { length: number; defaultLength: number };
    let slices = 0;
    expect(await stylesheetInSlices(cy, SHEET, () => ++slices < 2)).toBe(false);
    expect(style.length).toBe(style.defaultLength);
  });

  it('gives way to a stylesheet set meanwhile, as a change of theme sets one', async () => {
    const cy = drawing();
    slowMachine();
    const dark = buildStylesheet(DARK_THEME);
    let slices = 0;
    const sliced = stylesheetInSlices(cy, SHEET, () => {
      if (++slices === 2) cy.style(dark);
      return true;
    });
    expect(await sliced).toBe(false);
    const direct = drawing();
    direct.style(dark);
    expect(rulesOf(cy)).toEqual(rulesOf(direct));
  });

  it('styles a drawing that has elements at once, in one stylesheet', async () => {
    const cy = drawing();
    cy.add(ELEMENTS);
    const before = cy.style();
    let asked = 0;
    expect(await stylesheetInSlices(cy, SHEET, () => (asked++, true))).toBe(true);
    expect([cy.style() === before, asked]).toEqual([false, 0]);
    expect(cy.getElementById('r').style('line-style')).toBe('dashed');
  });
});

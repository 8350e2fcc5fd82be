import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { styleDrawing } from '../../src/view/drawing.ts';

let cy: Core | null = null;

afterEach(() => {
  cy?.destroy();
  cy = null;
  document.body.replaceChildren();
});

describe("a drawing's stylesheet, set from the theme", () => {
  it("takes the theme's colours, over cytoscape's default rules parsed once, not twice", () => {
    const container = document.createElement('div');
    container.style.width = '400px';
    container.style.height = '300px';
    document.body.append(container);
    cy = cytoscape({ container, layout: { name: 'null' } });
    cy.add({ data: { id: 'ru', label: 'Russia', kind: 'state' }, position: { x: 200, y: 150 } });
    const style = cy.style() as unknown as { addDefaultStylesheet(): void };
    const parse = style.addDefaultStylesheet.bind(style);
    let parsed = 0;
    style.addDefaultStylesheet = () => {
      parsed++;
      parse();
    };
    container.style.setProperty('--_ag-node-fill', '#123456');
    styleDrawing(cy, getComputedStyle(container), false, 1);
    expect(parsed).toBe(1);
    expect(cy.getElementById('ru').style('background-color')).toBe('rgb(18,52,86)');
    // Again, as when the reader's colour scheme changes: the dark defaults where nothing is set.
    container.style.removeProperty('--_ag-node-fill');
    styleDrawing(cy, getComputedStyle(container), true, 1);
    expect(parsed).toBe(2);
    expect(cy.getElementById('ru').style('background-color')).toBe('rgb(46,46,46)');
  });
});

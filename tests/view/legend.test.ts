import { describe, expect, it } from 'vitest';
import { legendItems, svgShape } from '../../src/view/legend.ts';
import { KIND_SHAPES, RELATION_LINES } from '../../src/view/style.ts';

describe('legendItems', () => {
  it('lists only the types and kinds given, in legend order, drawn like the graph', () => {
    const items = legendItems(
      ['contested', 'cooperation', 'contested'],
      new Map([
        ['person', ['person']],
        ['state', ['State']],
      ]),
    );
    expect(items.relations.map((r) => r.type)).toEqual(['cooperation', 'contested']);
    expect(items.relations[1]).toEqual({
      type: 'contested',
      label: 'Contested',
      width: RELATION_LINES.contested.width,
      dash: '7 5',
      description: 'dashed line',
    });
    expect(items.relations[0]!.dash).toBe('');
    expect(items.kinds.map((k) => k.kind)).toEqual(['state', 'person']);
    expect(items.kinds[0]!.shape).toBe(KIND_SHAPES.state);
  });

  it('names the kinds drawn as other, each set apart between FSI and PDI', () => {
    const items = legendItems([], new Map([['other', ['non-state group', 'militia', 'militia', 'other']]]));
    expect(items.kinds).toEqual([
      { kind: 'other', label: 'Other: \u2068militia\u2069, \u2068non-state group\u2069', shape: KIND_SHAPES.other },
    ]);
    expect(legendItems([], new Map([['other', ['other']]])).kinds[0]!.label).toBe('Other');
  });

  it('is empty for nothing on screen', () => {
    expect(legendItems([], new Map())).toEqual({ relations: [], kinds: [] });
  });
});

describe('svgShape', () => {
  it('scales polygon points into the box', () => {
    expect(svgShape(KIND_SHAPES.person, 10, 10, 5)).toEqual({ tag: 'polygon', points: '10,5 15,10 10,15 5,10' });
  });

  it('draws ellipses and rounded rectangles', () => {
    expect(svgShape(KIND_SHAPES.state, 10, 10, 5)).toEqual({ tag: 'ellipse', cx: 10, cy: 10, rx: 5, ry: 5 });
    expect(svgShape(KIND_SHAPES.government, 10, 10, 4)).toEqual({ tag: 'rect', x: 6, y: 6, width: 8, height: 8, rx: 2 });
  });
});

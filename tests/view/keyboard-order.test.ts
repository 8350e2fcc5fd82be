import { describe, expect, it } from 'vitest';
import { KEY_STEPS, keyboardOrder, stepSelection } from '../../src/view/keyboard-order.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

describe('keyboard order', () => {
  it('orders actors by label, case-insensitively', () => {
    const order = keyboardOrder(graph);
    expect(order.slice(0, 3)).toEqual(['afghan-government', 'central-asian-networks', 'chechen-rebels']);
    expect(order.indexOf('iran')).toBeLessThan(order.indexOf('isis'));
    expect(order.indexOf('tajikistan')).toBeLessThan(order.indexOf('taliban'));
    expect(order.at(-1)).toBe('united-states');
    expect(keyboardOrder(graph, (id) => id.startsWith('r'))).toEqual(['russia']);
  });

  it('steps with wrap-around', () => {
    const order = ['a', 'b', 'c'];
    expect(stepSelection(order, null, 1)).toBe('a');
    expect(stepSelection(order, null, -1)).toBe('c');
    expect(stepSelection(order, 'c', 1)).toBe('a');
    expect(stepSelection(order, 'a', -1)).toBe('c');
    expect(stepSelection(order, 'gone', 1)).toBe('a');
    expect(stepSelection([], 'a', 1)).toBeUndefined();
    expect(stepSelection(order, 'b', KEY_STEPS.Home!)).toBe('a');
    expect(stepSelection(order, 'b', KEY_STEPS.End!)).toBe('c');
    expect(stepSelection(order, 'b', KEY_STEPS.ArrowDown!)).toBe('c');
  });
});

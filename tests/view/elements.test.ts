import { describe, expect, it } from 'vitest';
import { DRAWN_LABEL_MAX, drawnLabel, toElements } from '../../src/view/elements.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

describe('toElements', () => {
  const elements = toElements(graph);
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('makes a node for every actor and an edge for every relation', () => {
    expect(nodes).toHaveLength(14);
    expect(edges).toHaveLength(37);
  });

  it('carries shape class, written kind, type and direction', () => {
    const traffickers = nodes.find((n) => n.data.id === 'drug-traffickers')!;
    expect(traffickers.data).toEqual({ id: 'drug-traffickers', label: 'Opium traffickers', kind: 'other', kindName: 'non-state group' });
    expect(nodes.find((n) => n.data.id === 'taliban')!.data.kind).toBe('non-state armed group');
    const arms = edges.find((e) => e.data.id === 'russia-taliban-arms')!;
    expect(arms.data).toEqual({ id: 'russia-taliban-arms', source: 'russia', target: 'taliban', type: 'contested', directed: true });
    expect(edges.find((e) => e.data.id === 'russia-india')!.data.directed).toBe(false);
  });

  it('cuts a label longer than it can draw with an ellipsis, whole characters only', () => {
    expect(drawnLabel('Opium traffickers')).toBe('Opium traffickers');
    const long = 'Afghan '.repeat(2000);
    expect(drawnLabel(long)).toBe(`${long.slice(0, DRAWN_LABEL_MAX - 1).trimEnd()}…`);
    expect(Array.from(drawnLabel(long)).length).toBeLessThanOrEqual(DRAWN_LABEL_MAX);
    // Characters outside the basic plane are never split in two.
    const flags = '🇦🇫'.repeat(40);
    expect(Array.from(drawnLabel(flags))).toEqual([...Array.from(flags).slice(0, DRAWN_LABEL_MAX - 1), '…']);
    expect(drawnLabel('x'.repeat(DRAWN_LABEL_MAX))).toBe('x'.repeat(DRAWN_LABEL_MAX));
  });

  it('seeds positions deterministically', () => {
    expect(toElements(seedGraph())).toEqual(elements);
    expect(new Set(nodes.map((n) => `${n.position!.x},${n.position!.y}`)).size).toBe(14);
  });
});

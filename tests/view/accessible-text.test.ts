import { describe, expect, it } from 'vitest';
import { describeSelection, graphSummary, summary } from '../../src/view/accessible-text.ts';
import { seedGraph } from '../seed.ts';

const graph = seedGraph();

describe('words', () => {
  it('summarises what is shown', () => {
    expect(summary(14, 34)).toBe('Graph: 14 actors, 34 relations shown');
    expect(summary(1, 1)).toBe('Graph: 1 actor, 1 relation shown');
  });

  it('describes the selection', () => {
    expect(describeSelection(graph, 'taliban')).toBe('Selected actor: Taliban (non-state armed group)');
    expect(describeSelection(graph, 'russia-taliban-arms')).toBe('Selected relation: Russia → Taliban, contested');
    expect(describeSelection(graph, 'russia-india')).toBe('Selected relation: Russia – India, cooperation');
    expect(describeSelection(graph, 'nothing')).toBe('');
    expect(describeSelection(graph, null)).toBe('');
  });

  it('says when a selected actor has no relation under the filter, as the drawing fades it', () => {
    expect(describeSelection(graph, 'chechen-rebels', { asOf: '2001' })).toBe(
      'Selected actor: Chechen rebels (non-state armed group), no relation as of 2001',
    );
    expect(describeSelection(graph, 'chechen-rebels', { asOf: '1995' })).toBe('Selected actor: Chechen rebels (non-state armed group)');
    expect(describeSelection(graph, 'india', { types: ['contested'] })).toBe('Selected actor: India (state), no relation shown');
  });
});

describe('graphSummary', () => {
  it('says what the drawing shows: actors, relations by type, date and focus', () => {
    expect(graphSummary({ actors: 14, byType: { cooperation: 16, hostility: 13, contested: 5 }, total: 34 })).toBe(
      'Graph of 14 actors and 34 relations: 16 cooperation, 13 hostility, 5 contested.',
    );
    expect(graphSummary({ actors: 14, byType: { cooperation: 11, hostility: 11, contested: 2 }, total: 34, asOf: '2001' })).toBe(
      'Graph of 14 actors and 24 of 34 relations: 11 cooperation, 11 hostility, 2 contested, as of 2001.',
    );
    expect(
      graphSummary({
        actors: 3,
        byType: { cooperation: 0, hostility: 2, contested: 0 },
        total: 34,
        asOf: '2015-12',
        focus: { label: 'Syria', depth: 1 },
      }),
    ).toBe(
      'Graph of 3 actors and 2 of 34 relations: 2 hostility, as of December 2015. Only the neighbourhood of Syria is shown, 1 step out.',
    );
    expect(graphSummary({ actors: 1, byType: { cooperation: 0, hostility: 0, contested: 0 }, total: 0 })).toBe(
      'Graph of 1 actor and 0 relations.',
    );
  });
});

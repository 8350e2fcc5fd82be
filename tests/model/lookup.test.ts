import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/model/graph.ts';
import { findActor } from '../../src/model/lookup.ts';

const graph = loadGraph({
  version: 1,
  title: 't',
  sources: [],
  actors: [
    { id: 'russia', label: 'Russia', aliases: ['the Kremlin', 'Moscow'] },
    { id: 'taliban', label: 'Taliban' },
    { id: 'usa', label: 'United States', aliases: ['US'] },
    { id: 'kabul-1', label: 'Kabul', aliases: ['Afghan government'] },
    { id: 'kabul-2', label: 'Kabul province', aliases: ['Kabul'] },
    { id: 'sao-tome', label: 'São Tomé' },
  ],
  relations: [],
});

describe('findActor', () => {
  it('finds an actor by id, label or alias in any case, with or without a leading "the"', () => {
    expect(findActor(graph, 'russia')).toEqual({ ok: true, id: 'russia' });
    expect(findActor(graph, 'RUSSIA')).toEqual({ ok: true, id: 'russia' });
    expect(findActor(graph, 'Kremlin')).toEqual({ ok: true, id: 'russia' });
    expect(findActor(graph, 'the kremlin')).toEqual({ ok: true, id: 'russia' });
    expect(findActor(graph, 'The Taliban')).toEqual({ ok: true, id: 'taliban' });
    expect(findActor(graph, '  us ')).toEqual({ ok: true, id: 'usa' });
    expect(findActor(graph, 'sao tome')).toEqual({ ok: true, id: 'sao-tome' });
  });

  it('says when a name is ambiguous', () => {
    expect(findActor(graph, 'kabul')).toEqual({
      ok: false,
      message: '"kabul" names several actors: kabul-1, kabul-2',
      suggestions: ['kabul-1', 'kabul-2'],
    });
  });

  it('suggests near names by label, once an actor', () => {
    expect(findActor(graph, 'Rusia')).toEqual({
      ok: false,
      message: 'No actor is named "Rusia"; did you mean "Russia"?',
      suggestions: ['Russia'],
    });
    expect(findActor(graph, 'Mars')).toEqual({ ok: false, message: 'No actor is named "Mars"', suggestions: [] });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditHistory, HISTORY_LIMIT } from '../../src/model/edit-history.ts';
import type { GraphDocument } from '../../src/model/format.ts';

const harbour = (): GraphDocument => JSON.parse(readFileSync('tests/fixtures/brief/harbour-graph.json', 'utf8')) as GraphDocument;

describe('EditHistory', () => {
  it('undoes and redoes each change, naming it, and drops what was undone when a new change comes', () => {
    const history = new EditHistory(harbour());
    expect(history.changed).toBe(false);
    history.apply({ kind: 'add-actor', actor: { id: 'province', label: 'Province' } });
    history.apply({ kind: 'add-relation', relation: { id: 'p-c', source: 'province', target: 'council', type: 'hostility' } });
    expect([history.undoLabel, history.redoLabel, history.changed]).toEqual(['add relation Province – Harbour council', null, true]);
    expect(history.undo()).toBe(true);
    expect([history.document.relations.length, history.undoLabel, history.redoLabel]).toEqual([
      3,
      'add actor Province',
      'add relation Province – Harbour council',
    ]);
    expect(history.redo()).toBe(true);
    expect(history.redo()).toBe(false);
    expect(history.document.relations.length).toBe(4);
    history.undo();
    history.undo();
    expect([history.undo(), history.changed, history.document.actors.length]).toEqual([false, false, 3]);
    history.apply({ kind: 'remove-actor', id: 'league' });
    expect([history.redoLabel, history.undoLabel]).toEqual([null, 'delete actor Mountain league']);
  });

  it('keeps a refused change out of the history', () => {
    const history = new EditHistory(harbour());
    const result = history.apply({ kind: 'add-actor', actor: { id: 'x', label: '' } });
    expect(result.ok).toBe(false);
    expect([history.undoLabel, history.changed]).toEqual([null, false]);
  });

  it(`keeps the last ${HISTORY_LIMIT} changes, at least 100`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    const history = new EditHistory(harbour());
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history.apply({ kind: 'move-actors', positions: { council: { x: i, y: 0 } } });
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    // The five oldest are folded into where the history now starts.
    expect(history.document.actors[0]).toMatchObject({ x: 4, y: 0 });
    expect(history.changed).toBe(true);
  });

  it('comes back from its saved form as it was: document, undo, redo, and whether it is saved', () => {
    const history = new EditHistory(harbour());
    history.apply({ kind: 'add-actor', actor: { id: 'province', label: 'Province' } });
    history.markSaved();
    history.apply({ kind: 'remove-relation', id: 'league-council' });
    history.apply({ kind: 'clear-positions' });
    history.undo();
    const saved = JSON.parse(JSON.stringify(history.save())) as ReturnType<EditHistory['save']>;
    expect([saved.applied, saved.savedAt, saved.steps.map((s) => s.label)]).toEqual([
      2,
      1,
      ['add actor Province', 'delete relation Mountain league – Harbour council', 'lay out again'],
    ]);
    const back = EditHistory.restore(saved);
    expect(back.document).toEqual(history.document);
    expect([back.undoLabel, back.redoLabel, back.changed]).toEqual([
      'delete relation Mountain league – Harbour council',
      'lay out again',
      true,
    ]);
    back.undo();
    expect(back.changed).toBe(false);
  });
});

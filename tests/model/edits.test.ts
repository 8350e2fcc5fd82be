import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, describeEdit, newId, relationsOf } from '../../src/model/edits.ts';
import type { GraphDocument } from '../../src/model/format.ts';

const harbour = (): GraphDocument => JSON.parse(readFileSync('tests/fixtures/brief/harbour-graph.json', 'utf8')) as GraphDocument;

/** The document an edit gives, failing the test when it is refused. */
function applied(...args: Parameters<typeof applyEdit>): GraphDocument {
  const result = applyEdit(...args);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('applyEdit', () => {
  it('adds an actor and a relation to it, leaving the document it started from as it was', () => {
    const before = harbour();
    const text = JSON.stringify(before);
    const id = newId(before, 'Province of Lowmouth', 'actor');
    expect(id).toBe('province-of-lowmouth');
    const withActor = applied(before, { kind: 'add-actor', actor: { id, label: 'Province of Lowmouth', kind: 'government' } });
    const after = applied(withActor, {
      kind: 'add-relation',
      relation: { id: newId(withActor, 'province council', 'relation'), source: id, target: 'council', type: 'hostility' },
    });
    expect(after.actors.map((a) => a.id)).toEqual(['council', 'guild', 'league', 'province-of-lowmouth']);
    expect(after.relations.at(-1)).toEqual({ id: 'province-council', source: id, target: 'council', type: 'hostility' });
    expect(JSON.stringify(before)).toBe(text);
    // Records not touched are shared, not copied.
    expect(after.relations[0]).toBe(before.relations[0]);
  });

  it('refuses what the validator refuses, each problem beside its field', () => {
    const doc = harbour();
    expect(applyEdit(doc, { kind: 'add-actor', actor: { id: 'guild', label: '  ' } })).toEqual({
      ok: false,
      problems: [
        { field: 'id', message: 'actor id "guild" is already used at $.actors[1].id' },
        { field: 'label', message: 'actor label must not be empty' },
      ],
    });
    expect(
      applyEdit(doc, {
        kind: 'add-relation',
        relation: { id: 'r', source: 'council', target: 'nobody', type: 'hostility', start: '2020', end: '2019-13' },
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'end', message: 'end "2019-13" is not a day on the calendar' },
        { field: 'target', message: 'unknown actor "nobody"' },
      ],
    });
  });

  it('deletes an actor with the relations that go with it', () => {
    const doc = harbour();
    expect(relationsOf(doc, 'council').map((r) => r.id)).toEqual(['council-guild-accord', 'guild-council-promise', 'league-council']);
    const after = applied(doc, { kind: 'remove-actor', id: 'council' });
    expect([after.actors.map((a) => a.id), after.relations]).toEqual([['guild', 'league'], []]);
    expect(applyEdit(after, { kind: 'remove-actor', id: 'council' })).toEqual({
      ok: false,
      problems: [{ field: null, message: 'no actor "council"' }],
    });
  });

  it('cites, edits and deletes evidence, and refuses a quote with no source', () => {
    const doc = harbour();
    const cited = applied(doc, {
      kind: 'add-evidence',
      relation: 'league-council',
      evidence: { source: 'coastal-desk', locator: '¶4', quote: 'will stand with the council', claimant: 'the league’s chairman' },
    });
    expect(cited.relations[2]!.evidence!.map((e) => e.quote)).toEqual([
      'has lent the council two engineers and a barge',
      'will stand with the council',
    ]);
    const edited = applied(cited, {
      kind: 'update-evidence',
      relation: 'league-council',
      index: 1,
      evidence: { source: 'coastal-desk', locator: '¶5' },
    });
    expect(edited.relations[2]!.evidence![1]).toEqual({ source: 'coastal-desk', locator: '¶5' });
    const removed = applied(applied(edited, { kind: 'remove-evidence', relation: 'league-council', index: 1 }), {
      kind: 'remove-evidence',
      relation: 'league-council',
      index: 0,
    });
    // A relation left with no evidence has no evidence field, as a file written by hand.
    expect(removed.relations[2]).toEqual({ id: 'league-council', source: 'league', target: 'council', type: 'cooperation' });
    expect(applyEdit(doc, { kind: 'add-evidence', relation: 'league-council', evidence: { source: 'elsewhere', quote: 'x' } })).toEqual({
      ok: false,
      problems: [{ field: 'source', message: 'unknown source "elsewhere"' }],
    });
  });

  it('keeps positions of actors moved, and forgets them all on laying out again', () => {
    const moved = applied(harbour(), { kind: 'move-actors', positions: { council: { x: 10, y: -4.5 }, guild: { x: 0, y: 0 } } });
    expect(moved.actors.map((a) => [a.id, a.x, a.y])).toEqual([
      ['council', 10, -4.5],
      ['guild', 0, 0],
      ['league', undefined, undefined],
    ]);
    const again = applied(moved, { kind: 'clear-positions' });
    expect(again.actors.map((a) => Object.keys(a))).toEqual([
      ['id', 'label', 'kind'],
      ['id', 'label', 'kind'],
      ['id', 'label', 'kind'],
    ]);
  });
});

describe('describeEdit and newId', () => {
  it('says what an edit does in the reader’s words', () => {
    const doc = harbour();
    expect(
      [
        { kind: 'remove-actor', id: 'guild' },
        { kind: 'remove-relation', id: 'league-council' },
        { kind: 'add-evidence', relation: 'council-guild-accord', evidence: { source: 'coastal-desk' } },
        { kind: 'move-actors', positions: { league: { x: 1, y: 2 } } },
        { kind: 'move-actors', positions: { league: { x: 1, y: 2 }, guild: { x: 0, y: 0 } }, moved: ['guild'] },
        { kind: 'clear-positions' },
      ].map((edit) => describeEdit(doc, edit as Parameters<typeof describeEdit>[1])),
    ).toEqual([
      'delete actor River guild',
      'delete relation Mountain league – Harbour council',
      'cite evidence for Harbour council – River guild',
      'move Mountain league',
      'move River guild',
      'lay out again',
    ]);
  });

  it('makes ids unique among actors and relations, from any name', () => {
    const doc = harbour();
    expect([
      newId(doc, 'Council', 'actor'),
      newId(doc, 'League–Council', 'relation'),
      newId(doc, 'Şura', 'actor'),
      newId(doc, '!!!', 'actor'),
    ]).toEqual(['council-2', 'league-council-2', 'sura', 'actor']);
  });
});

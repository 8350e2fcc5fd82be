/**
 * Merging two overlapping briefs: the exact document and report, and the seed graph merged
 * with itself coming back as it was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { describeMerge, mergeDocuments } from '../../src/model/merge.ts';
import { parseDocument, validateDocument } from '../../src/model/validate.ts';

const briefA = (): GraphDocument => ({
  version: 1,
  title: 'Brief A',
  sources: [
    { id: 'brief-a', title: 'Brief A', url: 'https://Example.org/brief-a/' },
    { id: 'report', title: 'The Annual Report' },
  ],
  actors: [
    { id: 'russia', label: 'Russia', kind: 'state', aliases: ['Kremlin'] },
    { id: 'taliban', label: 'Taliban', kind: 'non-state armed group' },
    { id: 'iran', label: 'Iran', kind: 'state' },
    { id: 'isis', label: 'ISIS', aliases: ['Islamic State'] },
  ],
  relations: [
    {
      id: 'russia-taliban',
      source: 'russia',
      target: 'taliban',
      type: 'cooperation',
      start: '2007',
      evidence: [{ source: 'brief-a', locator: '¶4', quote: 'began in 2007' }],
    },
    { id: 'iran-taliban', source: 'iran', target: 'taliban', type: 'cooperation', evidence: [{ source: 'report', locator: 'p. 3' }] },
    { id: 'taliban-isis', source: 'taliban', target: 'isis', type: 'hostility', start: '2015' },
  ],
});

const briefB = (): GraphDocument => ({
  version: 1.1,
  title: 'Brief B',
  description: 'A second brief.',
  sources: [
    { id: 'b1', title: 'Brief A, online', url: 'https://example.org/brief-a' },
    { id: 'annual', title: 'the annual report', author: 'A. Writer' },
    { id: 'report', title: 'Field Notes' },
  ],
  actors: [
    { id: 'russia', label: 'Russian Federation', aliases: ['Kremlin'] },
    { id: 'the-taliban', label: 'The Tālibān' },
    { id: 'daesh', label: 'Daesh', aliases: ['Islamic State'] },
    { id: 'iran', label: 'Pakistan', kind: 'state' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'the-taliban',
      target: 'russia',
      type: 'cooperation',
      start: '2007',
      label: 'talks',
      evidence: [
        { source: 'b1', locator: '¶4', quote: 'began in 2007' },
        { source: 'annual', locator: 'p. 9', quote: 'talks since 2007' },
      ],
    },
    { id: 'r2', source: 'the-taliban', target: 'daesh', type: 'cooperation', start: '2016' },
    {
      id: 'taliban-isis',
      source: 'russia',
      target: 'daesh',
      type: 'hostility',
      directed: true,
      evidence: [{ source: 'report', locator: '¶2' }],
    },
    { id: 'pak-taliban', source: 'iran', target: 'the-taliban', type: 'contested' },
    { id: 'r3', source: 'daesh', target: 'the-taliban', type: 'cooperation', end: '2014' },
  ],
});

describe('mergeDocuments', () => {
  it('merges two overlapping briefs into the exact expected document', () => {
    const { document } = mergeDocuments([briefA(), briefB()]);
    expect(JSON.stringify(document, null, 1)).toBe(
      JSON.stringify(
        {
          version: 1.1,
          title: 'Brief A',
          sources: [
            { id: 'brief-a', title: 'Brief A', url: 'https://Example.org/brief-a/' },
            { id: 'report', title: 'The Annual Report', author: 'A. Writer' },
            { id: 'report-2', title: 'Field Notes' },
          ],
          actors: [
            { id: 'russia', label: 'Russia', kind: 'state', aliases: ['Kremlin', 'Russian Federation'] },
            { id: 'taliban', label: 'Taliban', kind: 'non-state armed group', aliases: ['The Tālibān'] },
            { id: 'iran', label: 'Iran', kind: 'state' },
            { id: 'isis', label: 'ISIS', aliases: ['Islamic State', 'Daesh'] },
            { id: 'iran-2', label: 'Pakistan', kind: 'state' },
          ],
          relations: [
            {
              id: 'russia-taliban',
              source: 'russia',
              target: 'taliban',
              type: 'cooperation',
              start: '2007',
              evidence: [
                { source: 'brief-a', locator: '¶4', quote: 'began in 2007' },
                { source: 'report', locator: 'p. 9', quote: 'talks since 2007' },
              ],
              label: 'talks',
            },
            {
              id: 'iran-taliban',
              source: 'iran',
              target: 'taliban',
              type: 'cooperation',
              evidence: [{ source: 'report', locator: 'p. 3' }],
            },
            { id: 'taliban-isis', source: 'taliban', target: 'isis', type: 'hostility', start: '2015' },
            { id: 'r2', source: 'taliban', target: 'isis', type: 'cooperation', start: '2016' },
            {
              id: 'taliban-isis-2',
              source: 'russia',
              target: 'isis',
              type: 'hostility',
              directed: true,
              evidence: [{ source: 'report-2', locator: '¶2' }],
            },
            { id: 'pak-taliban', source: 'iran-2', target: 'taliban', type: 'contested' },
            { id: 'r3', source: 'isis', target: 'taliban', type: 'cooperation', end: '2014' },
          ],
          description: 'A second brief.',
        },
        null,
        1,
      ),
    );
    expect(validateDocument(document)).toEqual({ ok: true, document });
  });

  it('reports what matched and how, what was added, renamed and in conflict', () => {
    const { report } = mergeDocuments([briefA(), briefB()]);
    expect(report).toEqual({
      matchedActors: [
        { from: 'russia', into: 'russia', by: 'id', file: 1 },
        { from: 'the-taliban', into: 'taliban', by: 'label', file: 1 },
        { from: 'daesh', into: 'isis', by: 'alias', file: 1 },
      ],
      addedActors: [{ id: 'iran-2', file: 1 }],
      matchedRelations: [{ from: 'r1', into: 'russia-taliban', file: 1, evidenceAdded: 1 }],
      addedRelations: [
        { id: 'r2', file: 1 },
        { id: 'taliban-isis-2', file: 1 },
        { id: 'pak-taliban', file: 1 },
        { id: 'r3', file: 1 },
      ],
      matchedSources: [
        { from: 'b1', into: 'brief-a', by: 'url', file: 1 },
        { from: 'annual', into: 'report', by: 'title', file: 1 },
      ],
      addedSources: [{ id: 'report-2', file: 1 }],
      // r3 ended in 2014, before the hostility from 2015: no conflict.
      conflicts: [{ relations: ['taliban-isis', 'r2'], actors: ['taliban', 'isis'], types: ['hostility', 'cooperation'] }],
      renamed: [
        { file: 1, what: 'source', from: 'report', to: 'report-2' },
        { file: 1, what: 'actor', from: 'iran', to: 'iran-2' },
        { file: 1, what: 'relation', from: 'taliban-isis', to: 'taliban-isis-2' },
      ],
    });
    expect(describeMerge(report, ['a.json', 'b.json'])).toEqual([
      'Matched 3 actors: 1 by id, 1 by label (the-taliban → taliban), 1 by alias (daesh → isis).',
      'Added 1 actor: iran-2.',
      'Matched 1 relation (1 piece of evidence added to one).',
      'Added 4 relations: r2, taliban-isis-2, pak-taliban and r3.',
      'Matched 2 sources: 1 by URL (b1 → brief-a), 1 by title (annual → report).',
      'Added 1 source: report-2.',
      'Renamed 3 ids to keep ids unique: source report of b.json → report-2, actor iran of b.json → iran-2 and relation taliban-isis of b.json → taliban-isis-2.',
      'Conflict: taliban and isis, hostility in taliban-isis and cooperation in r2 at the same time; both kept.',
    ]);
  });

  it('leaves the documents it is given as they were', () => {
    const a = briefA();
    const b = briefB();
    mergeDocuments([a, b]);
    expect([a, b]).toEqual([briefA(), briefB()]);
  });

  it('gives the title asked for', () => {
    expect(mergeDocuments([briefA(), briefB()], { title: 'Both briefs' }).document.title).toBe('Both briefs');
  });

  it('reports undated relations of another type as a conflict, and none for a file that holds both types itself', () => {
    const base: GraphDocument = {
      version: 1,
      title: 'Base',
      actors: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      relations: [{ id: 'ab', source: 'a', target: 'b', type: 'cooperation' }],
    };
    const rival = structuredClone(base);
    rival.relations = [{ id: 'ab-foes', source: 'b', target: 'a', type: 'hostility', directed: true, start: '2020' }];
    const both = structuredClone(base);
    both.relations.push({ id: 'ab-foes', source: 'b', target: 'a', type: 'hostility' });
    expect(mergeDocuments([base, rival]).report.conflicts).toEqual([
      { relations: ['ab', 'ab-foes'], actors: ['a', 'b'], types: ['cooperation', 'hostility'] },
    ]);
    expect(mergeDocuments([base, both]).report.conflicts).toEqual([]);
  });

  it('never matches two actors of one file to the same actor, and keeps fields named like built-ins', () => {
    const base = parseDocument('{"version":1,"title":"T","actors":[{"id":"t","label":"Taliban","__proto__":{"x":1}}],"relations":[]}') as {
      ok: true;
      document: GraphDocument;
    };
    const other: GraphDocument = {
      version: 1,
      title: 'U',
      actors: [
        { id: 'u1', label: 'the Taliban' },
        { id: 'u2', label: 'Taliban' },
      ],
      relations: [{ id: 'u', source: 'u1', target: 'u2', type: 'hostility' }],
    };
    const { document, report } = mergeDocuments([base.document, other]);
    expect(report.matchedActors).toEqual([{ from: 'u1', into: 't', by: 'label', file: 1 }]);
    expect(document.actors.map((a) => a.id)).toEqual(['t', 'u2']);
    expect(document.relations[0]).toEqual({ id: 'u', source: 't', target: 'u2', type: 'hostility' });
    expect(Object.hasOwn(document.actors[0]!, '__proto__')).toBe(true);
    expect(JSON.stringify(document.actors[0])).toBe('{"id":"t","label":"Taliban","__proto__":{"x":1},"aliases":["the Taliban"]}');
  });

  it('matches a third file against what the second added, and names files by number', () => {
    const third: GraphDocument = {
      version: 1,
      title: 'Brief C',
      actors: [
        { id: 'pakistan', label: 'Pakistan' },
        { id: 'r2', label: 'Tehran' },
      ],
      relations: [{ id: 'x', source: 'pakistan', target: 'r2', type: 'hostility' }],
    };
    const { document, report } = mergeDocuments([briefA(), briefB(), third]);
    expect(report.matchedActors.filter((m) => m.file === 2)).toEqual([{ from: 'pakistan', into: 'iran-2', by: 'label', file: 2 }]);
    expect(report.addedActors.filter((a) => a.file === 2)).toEqual([{ id: 'r2-2', file: 2 }]);
    expect(document.relations.at(-1)).toEqual({ id: 'x', source: 'iran-2', target: 'r2-2', type: 'hostility' });
    expect(describeMerge(report).slice(-3)).toEqual([
      'Added 1 source: report-2.',
      'Renamed 4 ids to keep ids unique: source report of file 2 → report-2, actor iran of file 2 → iran-2, relation taliban-isis of file 2 → taliban-isis-2 and actor r2 of file 3 → r2-2.',
      'Conflict: taliban and isis, hostility in taliban-isis and cooperation in r2 at the same time; both kept.',
    ]);
  });

  it('says so when a merge has nothing to add', () => {
    expect(describeMerge(mergeDocuments([briefA()]).report)).toEqual(['Nothing matched or added.']);
  });
});

describe('the seed graph merged with itself', () => {
  const text = readFileSync('graph/russia-taliban-2016.json', 'utf8');
  const seed = (): GraphDocument => JSON.parse(text) as GraphDocument;

  it('comes back unchanged, every actor, relation and source matched by id', () => {
    const { document, report } = mergeDocuments([seed(), seed()]);
    expect(JSON.stringify(document)).toBe(JSON.stringify(seed()));
    expect(report.matchedActors).toHaveLength(14);
    expect(report.matchedActors.every((m) => m.by === 'id' && m.from === m.into && m.file === 1)).toBe(true);
    expect(report.matchedRelations).toHaveLength(37);
    expect(report.matchedRelations.every((m) => m.from === m.into && m.evidenceAdded === 0)).toBe(true);
    expect(report.matchedSources).toEqual([{ from: 'ramani-2016', into: 'ramani-2016', by: 'id', file: 1 }]);
    const { addedActors, addedRelations, addedSources, conflicts, renamed } = report;
    expect({ addedActors, addedRelations, addedSources, conflicts, renamed }).toEqual({
      addedActors: [],
      addedRelations: [],
      addedSources: [],
      conflicts: [],
      renamed: [],
    });
    expect(describeMerge(report)).toEqual([
      'Matched 14 actors: 14 by id.',
      'Matched 37 relations (no evidence added).',
      'Matched 1 source: 1 by id.',
    ]);
  });
});

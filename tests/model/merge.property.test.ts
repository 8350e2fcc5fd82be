/**
 * What holds for any merge of valid documents: the result is valid, nothing of either file is
 * lost, and a document merged with itself comes back as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { evidenceKey } from '../../src/model/merge-keys.ts';
import { mergeDocuments } from '../../src/model/merge.ts';
import { validateDocument } from '../../src/model/validate.ts';
import { documentArbitrary } from '../io/arbitraries.ts';

const documents = documentArbitrary as unknown as fc.Arbitrary<GraphDocument>;

describe('any merge of two valid documents', () => {
  it('is valid, and accounts for every actor, relation, source and piece of evidence of the second', () => {
    fc.assert(
      fc.property(documents, documents, (a, b) => {
        const { document, report } = mergeDocuments([a, b]);
        expect(validateDocument(structuredClone(document)).ok).toBe(true);
        expect(report.matchedActors.length + report.addedActors.length).toBe(b.actors.length);
        expect(report.matchedRelations.length + report.addedRelations.length).toBe(b.relations.length);
        expect(report.matchedSources.length + report.addedSources.length).toBe(b.sources?.length ?? 0);
        expect(document.actors.length).toBe(a.actors.length + report.addedActors.length);
        expect(document.relations.length).toBe(a.relations.length + report.addedRelations.length);
        // Every piece of evidence of the second file is on the relation it went into, its source followed.
        const sourceOf = new Map(report.matchedSources.map((m) => [m.from, m.into]));
        const relationOf = new Map(report.matchedRelations.map((m) => [m.from, m.into]));
        b.relations.forEach((relation, i) => {
          const into = relationOf.get(relation.id) ?? report.addedRelations[i - countMatchedBefore(report, b, i)]!.id;
          const merged = document.relations.find((r) => r.id === into)!;
          const keys = new Set((merged.evidence ?? []).map((e) => evidenceKey(e, e.source)));
          for (const piece of relation.evidence ?? []) {
            const source = sourceOf.get(piece.source) ?? renamedSource(report, piece.source);
            expect(keys.has(evidenceKey(piece, source))).toBe(true);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives a document merged with itself back unchanged, everything matched by id', () => {
    fc.assert(
      fc.property(documents, (a) => {
        const { document, report } = mergeDocuments([a, structuredClone(a)]);
        expect(JSON.stringify(document)).toBe(JSON.stringify(a));
        expect(report.matchedActors.every((m) => m.by === 'id' && m.from === m.into)).toBe(true);
        expect(report.matchedRelations.every((m) => m.from === m.into && m.evidenceAdded === 0)).toBe(true);
        expect(report.matchedSources.every((m) => m.by === 'id' && m.from === m.into)).toBe(true);
        expect([report.addedActors, report.addedRelations, report.addedSources, report.conflicts, report.renamed]).toEqual([
          [],
          [],
          [],
          [],
          [],
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it('matches a copy whose every id differs by names and titles, giving the document back unchanged', () => {
    fc.assert(
      fc.property(documents, (a) => {
        const { document, report } = mergeDocuments([a, renumbered(a)]);
        expect(JSON.stringify(document)).toBe(JSON.stringify(a));
        expect(report.matchedActors.every((m) => m.by !== 'id' && m.into === `${m.from.slice('copy-'.length)}`)).toBe(true);
        expect(report.matchedRelations.map((m) => m.into)).toEqual(a.relations.map((r) => r.id));
        expect([report.addedActors, report.addedRelations, report.addedSources, report.renamed]).toEqual([[], [], [], []]);
      }),
      { numRuns: 150 },
    );
  });
});

/** The document with `copy-` before every id, and its references following. */
function renumbered(a: GraphDocument): GraphDocument {
  const copy = structuredClone(a);
  const id = (x: string) => `copy-${x}`;
  for (const item of [...copy.actors, ...copy.relations, ...(copy.sources ?? [])]) item.id = id(item.id);
  for (const relation of copy.relations) {
    relation.source = id(relation.source);
    relation.target = id(relation.target);
    for (const piece of relation.evidence ?? []) piece.source = id(piece.source);
  }
  return copy;
}

/** How many of the second file's relations before the i-th were matched, so the added ones line up with its order. */
function countMatchedBefore(report: ReturnType<typeof mergeDocuments>['report'], b: GraphDocument, i: number): number {
  const matched = new Set(report.matchedRelations.map((m) => m.from));
  return b.relations.slice(0, i).filter((r) => matched.has(r.id)).length;
}

/** A source of the second file that was added: its id, or the one it was renamed to. */
function renamedSource(report: ReturnType<typeof mergeDocuments>['report'], id: string): string {
  return report.renamed.find((r) => r.what === 'source' && r.from === id)?.to ?? id;
}

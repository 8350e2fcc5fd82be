import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson, writeJson } from '../../src/io/json.ts';
import { RUNS, expectDocument, expectProblems, neverThrows, seedDocument, validDocuments } from './helpers.ts';

describe('JSON', () => {
  it('round-trips the Russia–Taliban graph', () => {
    const document = seedDocument();
    expectDocument(readJson(writeJson(document)), document);
  });

  it('writes two-space JSON with a final newline, keys in the order given', () => {
    const text = writeJson({ version: 1, title: 't', zeta: [1], sources: [], actors: [{ id: 'a', label: 'A', x: { b: 1, a: 2 } }], relations: [] });
    expect(text).toBe(
      '{\n  "version": 1,\n  "title": "t",\n  "zeta": [\n    1\n  ],\n  "sources": [],\n  "actors": [\n    {\n      "id": "a",\n      "label": "A",\n      "x": {\n        "b": 1,\n        "a": 2\n      }\n    }\n  ],\n  "relations": []\n}\n',
    );
  });

  it('round-trips any valid document, unknown fields included', () => {
    fc.assert(fc.property(validDocuments, (document) => expectDocument(readJson(writeJson(document)), document)), RUNS);
  });

  it('reports JSON that does not parse with its line and column', () => {
    const [problem] = expectProblems(readJson('{\n  "version": 1,\n  "title": }'));
    expect(problem).toEqual({ path: '$', message: expect.stringMatching(/line 3, column 12/) });
  });

  it('never throws', () => neverThrows(readJson, writeJson(seedDocument())));
});

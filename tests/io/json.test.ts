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
    const text = writeJson({
      version: 1,
      title: 't',
      zeta: [1],
      sources: [],
      actors: [{ id: 'a', label: 'A', zz: { b: 1, a: 2 } }],
      relations: [],
    });
    expect(text).toBe(
      '{\n  "version": 1,\n  "title": "t",\n  "zeta": [\n    1\n  ],\n  "sources": [],\n  "actors": [\n    {\n      "id": "a",\n      "label": "A",\n      "zz": {\n        "b": 1,\n        "a": 2\n      }\n    }\n  ],\n  "relations": []\n}\n',
    );
  });

  it('round-trips any valid document, unknown fields included', () => {
    fc.assert(
      fc.property(validDocuments, (document) => expectDocument(readJson(writeJson(document)), document)),
      RUNS,
    );
  });

  it('keeps fields named __proto__, constructor and prototype through reading and writing back', () => {
    const text = writeJson(seedDocument())
      .replace('"title": ', '"__proto__": {"polluted": true}, "constructor": "c", "prototype": [1], "title": ')
      .replace('"label": "Russia"', '"label": "Russia", "__proto__": null, "constructor": {"name": "x"}');
    const result = readJson(text);
    if (!result.ok) expect.fail(JSON.stringify(result.problems));
    const russia = result.document.actors.find((a) => a.id === 'russia')!;
    expect(Object.getOwnPropertyDescriptor(result.document, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getOwnPropertyDescriptor(russia, '__proto__')?.value).toBeNull();
    expect(Object.getOwnPropertyDescriptor(russia, 'constructor')?.value).toEqual({ name: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const again = writeJson(result.document);
    expect(JSON.parse(again)).toEqual(JSON.parse(text));
    expect(again).toContain('"__proto__": {\n    "polluted": true\n  },\n  "constructor": "c",\n  "prototype": [\n    1\n  ]');
  });

  it('refuses a key given twice, naming it and where', () => {
    expect(readJson('{"version": 1, "title": "T", "title": "U", "actors": [], "relations": []}')).toEqual({
      ok: false,
      problems: [{ path: '$.title', message: 'the key "title" is given twice in one object, the second time at line 1, column 30' }],
    });
  });

  it('reports JSON that does not parse with its line and column', () => {
    const [problem] = expectProblems(readJson('{\n  "version": 1,\n  "title": }'));
    expect(problem).toEqual({ path: '$', message: expect.stringMatching(/line 3, column 12/) });
  });

  it('never throws', () => neverThrows(readJson, writeJson(seedDocument())));
});

import { describe, expect, it } from 'vitest';
import { FORMATS, detectFormat } from '../../src/io/index.ts';
import type { Format } from '../../src/io/index.ts';
import { csvMeta } from '../../src/io/csv.ts';
import type { GraphDocument, ValidationResult } from '../../src/model/format.ts';
import { validateDocument } from '../../src/model/validate.ts';
import { datedDocument, expectDocument, expectProblems, seedDocument } from './helpers.ts';

/** Writes the document in a format, lets `edit` change every file's text, and reads the result. */
function writeAndRead(format: Format, document: GraphDocument, edit: (text: string) => string = (text) => text): ValidationResult {
  if (format.files === 'one') return format.read(edit(format.write(document)));
  const files = format.write(document);
  const sources = files['sources.csv'];
  return format.read(
    {
      actors: edit(files['actors.csv']),
      relations: edit(files['relations.csv']),
      ...(sources === undefined ? {} : { sources: edit(sources) }),
    },
    csvMeta(document),
  );
}

describe('the format registry', () => {
  it('lists every format with its extensions and media type, each round-tripping the seed graph', () => {
    expect(Object.keys(FORMATS)).toEqual(['json', 'gexf', 'graphml', 'csv']);
    const document = seedDocument();
    for (const format of Object.values(FORMATS)) {
      expect(format.extensions[0]).toMatch(/^\.[a-z]+$/);
      expect(format.mediaType).toMatch(/^[a-z]+\/[a-z+]+$/);
      if (format.files === 'one') expectDocument(format.read(format.write(document)), document);
      else {
        const files = format.write(document);
        expectDocument(
          format.read({ actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] }, csvMeta(document)),
          document,
        );
      }
    }
  });

  it('keeps fields named __proto__, constructor and prototype through every format and back', () => {
    const odd = (value: unknown): Record<string, unknown> =>
      JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": "c", "prototype": [1]}`);
    const document = {
      ...odd({ polluted: true }),
      version: 1,
      title: 'Odd names',
      sources: [{ ...odd('s'), id: 's', title: 'S' }],
      actors: [
        { ...odd(null), id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      relations: [{ ...odd(2), id: 'r', source: 'a', target: 'b', type: 'hostility', evidence: [{ ...odd({ x: 1 }), source: 's' }] }],
    } as GraphDocument;
    for (const format of Object.values(FORMATS)) {
      if (format.files === 'one') expectDocument(format.read(format.write(document)), document);
      else {
        const files = format.write(document);
        expectDocument(
          format.read({ actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] }, csvMeta(document)),
          document,
        );
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('carries version 1.1 through every format: bounds, dated evidence and the version itself', () => {
    const plain: GraphDocument = { version: 1.1, title: 'Plain 1.1', actors: [{ id: 'a', label: 'A' }], relations: [] };
    // Version 1 refuses none of the new fields; such a document stays version 1 all the same.
    const oldVersion: GraphDocument = { ...datedDocument, version: 1 };
    for (const format of Object.values(FORMATS)) {
      for (const document of [datedDocument, plain, oldVersion]) expectDocument(writeAndRead(format, document), document);
    }
  });

  it('refuses a bound or an evidence date that is wrong in any format with the problem JSON gives, placed in the file', () => {
    const document: GraphDocument = {
      version: 1.1,
      title: 'Wrong',
      sources: [{ id: 'p', title: 'P' }],
      actors: [{ id: 'a', label: 'A' }],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'a',
          type: 'hostility',
          start: '2015',
          startBound: 'no-later-than',
          evidence: [{ source: 'p', date: '2014-02' }],
        },
      ],
    };
    const spoil = (text: string) => text.replace('no-later-than', 'about').replace('2014-02', '2014-13');
    const json = expectProblems(validateDocument(JSON.parse(spoil(JSON.stringify(document)))));
    expect(json).toEqual([
      { path: '$.relations[0].evidence[0].date', message: 'evidence date "2014-13" is not a day on the calendar' },
      { path: '$.relations[0].startBound', message: 'startBound "about" is not one of exact, no-later-than, no-earlier-than' },
    ]);
    for (const format of Object.values(FORMATS)) {
      const text = format.files === 'one' ? format.write(document) : '';
      const edge = text.split('\n').findIndex((line) => line.includes('<edge ')) + 1;
      const place = { json: '', gexf: ` (line ${edge})`, graphml: ` (line ${edge})`, csv: ' (relations.csv row 2)' }[format.name];
      const problems = expectProblems(writeAndRead(format, document, spoil));
      expect(problems).toEqual(json.map((problem) => ({ ...problem, message: problem.message + place })));
    }
  });

  it('detects a format by file name, else by content', () => {
    expect(detectFormat('war.GEXF', '')).toBe('gexf');
    expect(detectFormat('war.graphml', '')).toBe('graphml');
    expect(detectFormat('actors.csv', '')).toBe('csv');
    expect(detectFormat('graph.json', '')).toBe('json');
    expect(detectFormat('paste', '\uFEFF  {"version": 1}')).toBe('json');
    expect(detectFormat('paste', '<?xml version="1.0"?>\n<gexf version="1.3">')).toBe('gexf');
    expect(detectFormat('paste', '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">')).toBe('graphml');
    expect(detectFormat('paste', 'id,label\na,A')).toBe('csv');
    expect(detectFormat('paste', '"source";"target"\n')).toBe('csv');
    expect(detectFormat('paste', '<svg/>')).toBeUndefined();
    expect(detectFormat('paste', 'hello')).toBeUndefined();
  });
});

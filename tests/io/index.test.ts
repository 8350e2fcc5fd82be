import { describe, expect, it } from 'vitest';
import { FORMATS, detectFormat } from '../../src/io/index.ts';
import { csvMeta } from '../../src/io/csv.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { expectDocument, seedDocument } from './helpers.ts';

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
        expectDocument(format.read({ actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] }, csvMeta(document)), document);
      }
    }
  });

  it('keeps fields named __proto__, constructor and prototype through every format and back', () => {
    const odd = (value: unknown): Record<string, unknown> => JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": "c", "prototype": [1]}`);
    const document = {
      ...odd({ polluted: true }), version: 1, title: 'Odd names',
      sources: [{ ...odd('s'), id: 's', title: 'S' }],
      actors: [{ ...odd(null), id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
      relations: [{ ...odd(2), id: 'r', source: 'a', target: 'b', type: 'hostility', evidence: [{ ...odd({ x: 1 }), source: 's' }] }],
    } as GraphDocument;
    for (const format of Object.values(FORMATS)) {
      if (format.files === 'one') expectDocument(format.read(format.write(document)), document);
      else {
        const files = format.write(document);
        expectDocument(format.read({ actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] }, csvMeta(document)), document);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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

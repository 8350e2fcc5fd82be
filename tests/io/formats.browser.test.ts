/**
 * The converters in a real browser (Chromium): they must need no Node built-ins and parse XML
 * with xmldom there exactly as in Node.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS, csvMeta, readGexf } from '../../src/io/index.ts';
import { seedDocument } from '../seed.ts';

const document = seedDocument();

describe('converters in the browser', () => {
  for (const format of Object.values(FORMATS)) {
    it(`round-trips the Russia–Taliban graph through ${format.label}`, () => {
      let result;
      if (format.files === 'one') result = format.read(format.write(document));
      else {
        const files = format.write(document);
        result = format.read(
          { actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] },
          csvMeta(document),
        );
      }
      expect(result).toStrictEqual({ ok: true, document });
    });
  }

  it('reports malformed XML without throwing', () => {
    expect(readGexf('<gexf>\n<graph>')).toEqual({
      ok: false,
      problems: [{ path: '$', message: expect.stringMatching(/^GEXF does not parse at line \d+/) }],
    });
  });
});

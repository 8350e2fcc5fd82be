/**
 * The converters in a real browser (Chromium): they must need no Node built-ins and parse XML
 * with xmldom there exactly as in Node.
 */
import { describe, expect, it } from 'vitest';
import seed from '../../graph/russia-taliban-2016.json';
import { FORMATS, csvMeta, readGexf } from '../../src/io/index.ts';
import { validateDocument } from '../../src/model/validate.ts';

const checked = validateDocument(seed);
if (!checked.ok) throw new Error('the seed graph does not validate');
const document = checked.document;

describe('converters in the browser', () => {
  for (const format of Object.values(FORMATS)) {
    it(`round-trips the Russia–Taliban graph through ${format.label}`, () => {
      let result;
      if (format.files === 'one') result = format.read(format.write(document));
      else {
        const files = format.write(document);
        result = format.read({ actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] }, csvMeta(document));
      }
      expect(result).toStrictEqual({ ok: true, document });
    });
  }

  it('reports malformed XML without throwing', () => {
    expect(readGexf('<gexf>\n<graph>')).toEqual({ ok: false, problems: [{ path: '$', message: expect.stringMatching(/^GEXF does not parse at line \d+/) }] });
  });
});

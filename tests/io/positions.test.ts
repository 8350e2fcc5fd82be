import { describe, expect, it } from 'vitest';
import { csvMeta, readCsv, readGexf, readGraphml, readJson, writeCsv, writeGexf, writeGraphml, writeJson } from '../../src/io/index.ts';
import type { GraphDocument } from '../../src/model/format.ts';

const placed: GraphDocument = {
  version: 1,
  title: 'Placed',
  actors: [
    { id: 'a', label: 'A', x: 1.5, y: -2 },
    { id: 'b', label: 'B', x: 0, y: 0 },
  ],
  relations: [{ id: 'r', source: 'a', target: 'b', type: 'hostility' }],
};

const unplaced: GraphDocument = { ...placed, actors: placed.actors.map(({ id, label }) => ({ id, label })) };

describe('actor positions in every format', () => {
  it('writes GEXF positions as viz:position, y turned up as Gephi has it, and reads them back', () => {
    const text = writeGexf(placed);
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toContain('<node id="a" label="A">\n        <viz:position x="1.5" y="2"/>\n      </node>');
    expect(text).toContain('<viz:position x="0" y="0"/>');
    expect(readGexf(text)).toEqual({ ok: true, document: placed });
    expect(writeGexf(unplaced)).not.toContain('viz');
  });

  it('writes GraphML positions as x and y values of type double, declared only when used', () => {
    const text = writeGraphml(placed);
    expect(text).toContain('<key id="n-x" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('<data key="n-x">1.5</data>');
    expect(text).toContain('<data key="n-y">-2</data>');
    expect(readGraphml(text)).toEqual({ ok: true, document: placed });
    expect(writeGraphml(unplaced)).not.toContain('n-x');
  });

  it('writes CSV positions as x and y columns only when some actor has one', () => {
    const files = writeCsv(placed, { bom: false });
    expect(files['actors.csv']).toBe("id,label,kind,description,aliases,x,y,extra\r\na,A,,,,1.5,'-2,\r\nb,B,,,,0,0,\r\n");
    expect(readCsv({ actors: files['actors.csv'], relations: files['relations.csv'] }, csvMeta(placed))).toEqual({
      ok: true,
      document: placed,
    });
    expect(writeCsv(unplaced, { bom: false })['actors.csv']).toBe('id,label,kind,description,aliases,extra\r\na,A,,,,\r\nb,B,,,,\r\n');
  });

  it('keeps JSON positions as they are', () => {
    expect(readJson(writeJson(placed))).toEqual({ ok: true, document: placed });
  });

  it('names a position that is not a number with its row or line', () => {
    const actors = 'id,label,x,y\r\na,A,left,3\r\n';
    expect(readCsv({ actors, relations: 'id,source,target,type\r\n' })).toEqual({
      ok: false,
      problems: [{ path: '$.actors[0].x', message: 'x must be a number, not "left" (actors.csv row 2)' }],
    });
  });
});

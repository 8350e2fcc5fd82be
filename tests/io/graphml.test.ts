import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGraphml, writeGraphml } from '../../src/io/graphml.ts';
import { isXmlSafe } from '../../src/io/xml.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { RUNS, datedDocument, expectDocument, expectProblems, neverThrows, seedDocument, validDocuments } from './helpers.ts';

const small: GraphDocument = {
  version: 1,
  title: 'Two lines\r\nand a tab\t',
  description: '',
  sources: [],
  actors: [
    { id: 'a b', label: '<A>', kind: '' },
    { id: 'c', label: 'C', aliases: [] },
  ],
  relations: [{ id: 'r', source: 'a b', target: 'c', type: 'cooperation', directed: true, label: ' spaced ' }],
  rank: null,
};

describe('GraphML', () => {
  it('round-trips the Russia–Taliban graph', () => {
    const document = seedDocument();
    expectDocument(readGraphml(writeGraphml(document)), document);
  });

  it('round-trips any valid document, writing only characters XML can carry', () => {
    fc.assert(
      fc.property(validDocuments, (document) => {
        const text = writeGraphml(document);
        expect(isXmlSafe(text)).toBe(true);
        expectDocument(readGraphml(text), document);
      }),
      RUNS,
    );
  });

  it('declares keys by attr.name and marks directed edges on an undirected graph', () => {
    const text = writeGraphml(small);
    expect(text).toContain('<key id="n-label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<key id="e-directed" for="edge" attr.name="directed" attr.type="boolean"/>');
    expect(text).toContain('<key id="g-extra" for="graph" attr.name="extra" attr.type="string"/>');
    expect(text).toContain('<graph id="G" edgedefault="undirected">');
    expect(text).toContain('<edge id="r" source="a b" target="c" directed="true">');
    expect(text).toContain('<data key="g-title">Two lines&#xD;\nand a tab\t</data>');
    expect(text).toContain('<data key="g-extra">{"rank":null}</data>');
    expect(text).toContain('<data key="n-kind"></data>');
    expectDocument(readGraphml(text), small);
  });

  it('writes bounds as keys of their own and declares the version only for a document that is not plain version 1', () => {
    const text = writeGraphml(datedDocument);
    expect(text).toContain('<key id="g-version" for="graph" attr.name="version" attr.type="string"/>');
    expect(text).toContain('<key id="e-startBound" for="edge" attr.name="startBound" attr.type="string"/>');
    expect(text).toContain('<key id="e-endBound" for="edge" attr.name="endBound" attr.type="string"/>');
    expect(text).toContain('<graph id="G" edgedefault="undirected">\n    <data key="g-version">1.1</data>');
    expect(text).toContain(
      '<data key="e-start">1996</data>\n      <data key="e-end">2001-10</data>\n      <data key="e-startBound">exact</data>\n      <data key="e-endBound">no-earlier-than</data>',
    );
    expectDocument(readGraphml(text), datedDocument);
    expect(writeGraphml(small)).not.toContain('g-version');
  });

  it('reads bounds from elsewhere as JSON has them, in any case; a version not of ours is kept apart', () => {
    const foreign = (bound: string) => `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="v" for="graph" attr.name="Version" attr.type="string"/>
  <key id="s" for="edge" attr.name="start" attr.type="string"/>
  <key id="b" for="edge" attr.name="StartBound" attr.type="string"/>
  <graph edgedefault="undirected">
    <data key="v">3.2</data>
    <node id="a"/><node id="b"/>
    <edge id="e" source="a" target="b"><data key="s">2015-12</data><data key="b">${bound}</data></edge>
  </graph>
</graphml>`;
    // A file that states no version of ours and uses a bound is version 1.1.
    expectDocument(readGraphml(foreign(' No-Later-Than'), { title: 'Elsewhere' }), {
      version: 1.1,
      title: 'Elsewhere',
      originalVersion: '3.2',
      actors: [
        { id: 'a', label: 'a' },
        { id: 'b', label: 'b' },
      ],
      relations: [{ id: 'e', source: 'a', target: 'b', type: 'contested', start: '2015-12', startBound: 'no-later-than' }],
    });
    expect(expectProblems(readGraphml(foreign('about')))).toEqual([
      { path: '$.relations[0].startBound', message: 'startBound "about" is not one of exact, no-later-than, no-earlier-than (line 8)' },
    ]);
  });

  it('maps a GraphML from elsewhere: keys by attr.name, defaults, types from a type value or weight sign', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="population" attr.type="long"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d3" for="edge" attr.name="type" attr.type="string"/>
  <key id="d4" for="graph" attr.name="name" attr.type="string"/>
  <key id="d5" for="node" attr.name="capital" attr.type="boolean"><default>false</default></key>
  <graph edgedefault="undirected">
    <data key="d4">Peloponnesian War</data>
    <node id="athens"><data key="d0">Athens</data><data key="d1">300000</data><data key="d5">true</data></node>
    <node id="sparta"><data key="d0">Sparta</data></node>
    <node id="corinth"/>
    <edge source="athens" target="sparta"><data key="d2">-1.5</data></edge>
    <edge source="sparta" target="corinth" directed="true"><data key="d3">cooperation</data></edge>
  </graph>
</graphml>`;
    expectDocument(readGraphml(foreign), {
      version: 1,
      title: 'Peloponnesian War',
      actors: [
        { id: 'athens', label: 'Athens', population: 300000, capital: true },
        { id: 'sparta', label: 'Sparta', capital: false },
        { id: 'corinth', label: 'corinth', capital: false },
      ],
      relations: [
        { id: 'relation-1', source: 'athens', target: 'sparta', type: 'hostility', weight: -1.5 },
        { id: 'relation-2', source: 'sparta', target: 'corinth', type: 'cooperation', directed: true },
      ],
    });
  });

  it("reads yEd's labels from its graphics data and treats edges as directed by default", () => {
    const yed = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Moscow</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Kabul</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>talks</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>`;
    expectDocument(readGraphml(yed, { title: 'yEd' }), {
      version: 1,
      title: 'yEd',
      actors: [
        { id: 'n0', label: 'Moscow' },
        { id: 'n1', label: 'Kabul' },
      ],
      relations: [{ id: 'e0', source: 'n0', target: 'n1', type: 'contested', directed: true, label: 'talks' }],
    });
  });

  it('reports malformed XML with its line and column, and never throws', () => {
    const [problem] = expectProblems(readGraphml('<graphml>\n<graph>\n<node id="a">\n</graph></graphml>'));
    expect(problem!.message).toMatch(/^GraphML does not parse at line \d+, column \d+: /);
    expect(expectProblems(readGraphml('<graphml><key id="k"/></graphml>'))[0]!.message).toBe('not a GraphML file: it has no <graph>');
    neverThrows(readGraphml, writeGraphml(small));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGexf, writeGexf } from '../../src/io/gexf.ts';
import { isXmlSafe } from '../../src/io/xml.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { RUNS, datedDocument, expectDocument, expectProblems, neverThrows, seedDocument, validDocuments } from './helpers.ts';

const small: GraphDocument = {
  version: 1,
  title: 'Small & <odd>',
  sources: [{ id: 's', title: 'S' }],
  actors: [
    { id: 'a', label: 'A', aliases: ['x|y', 'z'] },
    { id: 'b', label: 'B\u0001' },
  ],
  relations: [
    {
      id: 'r',
      source: 'a',
      target: 'b',
      type: 'hostility',
      directed: true,
      start: '2007',
      end: '2016-02',
      evidence: [{ source: 's', quote: 'q' }],
    },
    { id: 'b\u0000', source: 'b', target: 'a', type: 'contested', directed: false, colour: { any: ['json'] } },
  ],
};

describe('GEXF', () => {
  it('round-trips the Russia–Taliban graph', () => {
    const document = seedDocument();
    expectDocument(readGexf(writeGexf(document)), document);
  });

  it('round-trips any valid document, writing only characters XML can carry', () => {
    fc.assert(
      fc.property(validDocuments, (document) => {
        const text = writeGexf(document);
        expect(isXmlSafe(text)).toBe(true);
        expectDocument(readGexf(text), document);
      }),
      RUNS,
    );
  });

  it('writes GEXF 1.3 with declared attributes, edge direction and a dated timeline', () => {
    const text = writeGexf(small);
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(text).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">');
    expect(text).toContain('<attribute id="7" title="evidence" type="string"/>');
    expect(text).toContain('<attribute id="1" title="directed" type="boolean"/>');
    // The type is also the edge kind; partial dates open on their first day and close on their
    // last, for Gephi's timeline.
    expect(text).toContain('<edge id="r" source="a" target="b" type="directed" kind="hostility" start="2007-01-01" end="2016-02-29">');
    expect(text).toContain('<attvalue for="2" value="2007"/>');
    expect(text).toContain('<attvalue for="2" value="[&quot;x|y&quot;,&quot;z&quot;]"/>');
    expect(text).toContain('<title>Small &amp; &lt;odd&gt;</title>');
    // Characters XML cannot hold are replaced in place and kept exactly in `exact`.
    expect(text).toContain('<node id="b" label="B\uFFFD">');
    expect(text).toContain('<attvalue for="4" value="{&quot;label&quot;:&quot;B\\u0001&quot;}"/>');
    expect(text).toMatch(/<edge id="id-\d+" source="b" target="a" kind="contested">/);
    expectDocument(readGexf(text), small);
  });

  it('writes bounds as attributes of their own and the version 1.1 in <meta>, keeping the timeline in order', () => {
    const text = writeGexf(datedDocument);
    expect(text).toContain('<attribute id="4" title="startBound" type="string"/>');
    expect(text).toContain('<attribute id="5" title="endBound" type="string"/>');
    expect(text).toContain('<meta>\n    <creator>actor-graph</creator>\n    <version>1.1</version>\n    <title>Revealed later</title>');
    expect(text).toContain('<edge id="feud" source="a" target="b" kind="hostility" start="1996-01-01" end="2001-10-31">');
    expect(text).toContain('<attvalue for="4" value="exact"/>\n          <attvalue for="5" value="no-earlier-than"/>');
    // Began no later than 2016 and ended in 2015: the start that may be earlier is left open.
    expect(text).toContain('<edge id="talks" source="b" target="a" type="directed" kind="contested" end="2015-12-31">');
    expect(text).toContain('&quot;date&quot;:&quot;2015-12&quot;');
    expectDocument(readGexf(text), datedDocument);
    expect(writeGexf(small)).not.toContain('<version>');
  });

  it('leaves a graph without dates static', () => {
    expect(writeGexf({ ...small, relations: [] })).toContain('<graph defaultedgetype="undirected" mode="static">');
  });

  it('maps a GEXF from elsewhere: labels, typed attributes, types from attributes or weight signs', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <meta lastmodifieddate="2024-01-01">
    <creator>Gephi 0.10.1</creator>
    <description>Alliances of the Peloponnesian War</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="population" type="integer"/>
      <attribute id="1" title="Kind" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="type" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="Athens">
        <attvalues><attvalue for="0" value="300000"/><attvalue for="1" value="city-state"/></attvalues>
      </node>
      <node id="1" label="Sparta"/>
      <node id="2"/>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="-2"/>
      <edge id="1" source="1" target="2" type="undirected">
        <attvalues><attvalue for="0" value="Cooperation"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;
    expectDocument(readGexf(foreign, { title: 'war.gexf' }), {
      version: 1,
      title: 'war.gexf',
      description: 'Alliances of the Peloponnesian War',
      actors: [
        { id: '0', label: 'Athens', kind: 'city-state', population: 300000 },
        { id: '1', label: 'Sparta' },
        { id: '2', label: '2' },
      ],
      relations: [
        // Edge ids that repeat node ids are renamed: actors and relations share one namespace.
        { id: 'relation-0', source: '0', target: '1', type: 'hostility', directed: true, weight: -2 },
        { id: 'relation-1', source: '1', target: '2', type: 'cooperation' },
      ],
    });
  });

  it('reads dynamic edges from elsewhere: dates become start and end, other times are kept', () => {
    const foreign = `<gexf version="1.3"><graph mode="dynamic" timeformat="date">
      <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
      <edges>
        <edge source="a" target="b" kind="contested" start="2001-05-03" end="2002-01-01T00:00:00"/>
        <edge source="a" target="b" start="3.5" weight="0.5"/>
      </edges></graph></gexf>`;
    expectDocument(readGexf(foreign), {
      version: 1,
      title: 'Imported GEXF graph',
      actors: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      relations: [
        { id: 'relation-1', source: 'a', target: 'b', type: 'contested', start: '2001-05-03', end: '2002-01-01' },
        { id: 'relation-2', source: 'a', target: 'b', type: 'cooperation', weight: 0.5, timelineStart: '3.5' },
      ],
    });
  });

  it('reports malformed XML with its line and column, and never throws', () => {
    const [problem] = expectProblems(readGexf('<gexf version="1.3">\n  <graph>\n    <nodes>\n  </graph>\n</gexf>'));
    expect(problem!.path).toBe('$');
    expect(problem!.message).toMatch(/^GEXF does not parse at line \d, column \d+: Opening and ending tag mismatch/);
    expect(expectProblems(readGexf(''))[0]!.message).toMatch(/the file is empty/);
    expect(expectProblems(readGexf('<graphml/>'))[0]!.message).toBe('not a GEXF file: it starts with <graphml>');
    neverThrows(readGexf, writeGexf(small));
  });

  it('names the line of a node or edge whose record is invalid', () => {
    const problems = expectProblems(
      readGexf(
        '<gexf>\n<graph>\n<nodes><node id="a"/></nodes>\n<edges>\n<edge id="e" source="a" target="nobody"/>\n</edges></graph></gexf>',
      ),
    );
    expect(problems).toEqual([{ path: '$.relations[0].target', message: 'unknown actor "nobody" (line 5)' }]);
  });
});

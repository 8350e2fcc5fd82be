import { describe, expect, it } from 'vitest';
import { writeCsv, writeGexf, writeGraphml, writeJson } from '../../src/io/index.ts';
import type { CsvFiles } from '../../src/io/index.ts';
import { openGraphFiles, parseTypeMap } from '../../src/io/open.ts';
import type { GraphFile } from '../../src/io/open.ts';
import { LIMITS } from '../../src/model/limits.ts';
import { seedDocument } from './helpers.ts';

const csvFiles = (files: CsvFiles, rename: (name: string) => string = (name) => name): GraphFile[] =>
  Object.entries(files).flatMap(([name, text]) => (text === undefined ? [] : [{ name: rename(name), text }]));

describe('openGraphFiles on files actor-graph writes', () => {
  const seed = seedDocument();

  it('reads the seed graph back unchanged from JSON, GEXF and GraphML, with no notice', () => {
    for (const [name, text, format] of [
      ['russia.json', writeJson(seed), 'json'],
      ['russia.gexf', writeGexf(seed), 'gexf'],
      ['russia.graphml', writeGraphml(seed), 'graphml'],
    ] as const) {
      expect(openGraphFiles([{ name, text }])).toEqual({ ok: true, document: seed, format, notices: [] });
    }
  });

  it('reads the three CSV tables in any order, told apart by the words of their names, as the seed graph but for its description', () => {
    // CSV has no place for the document's own fields; the title comes from the options.
    const withoutDescription = { ...seed, description: undefined };
    const files = csvFiles(writeCsv(seed), (name) => `Russia and the Taliban - ${name}`).reverse();
    const result = openGraphFiles(files, { title: seed.title });
    expect(result).toEqual({ ok: true, document: withoutDescription, format: 'csv', notices: [] });
  });

  it('tells CSV tables apart by their headers when their names say nothing', () => {
    const written = writeCsv(seed);
    const files = [
      { name: 'b.csv', text: written['relations.csv'] },
      { name: 'a.csv', text: written['actors.csv'] },
      { name: 'c.csv', text: written['sources.csv']! },
    ];
    expect(openGraphFiles(files, { title: seed.title })).toEqual({
      ok: true,
      document: { ...seed, description: undefined },
      format: 'csv',
      notices: [],
    });
  });

  it('tells a format by its content when the name has no known ending', () => {
    for (const [text, format] of [
      [writeJson(seed), 'json'],
      [writeGexf(seed), 'gexf'],
      [writeGraphml(seed), 'graphml'],
    ] as const) {
      const result = openGraphFiles([{ name: 'download', text }]);
      expect(result.ok && result.format).toBe(format);
    }
    const edges = openGraphFiles([{ name: 'graph.txt', text: 'from,to\nA,B\n' }]);
    expect(edges.ok && edges.format).toBe('edge-list');
  });

  it('titles a document whose file has none after the first file, else as asked', () => {
    const edges = { name: 'data/links 2016.csv', text: 'source,target\nA,B\n' };
    const named = openGraphFiles([edges]);
    expect(named.ok && named.document.title).toBe('links 2016');
    const titled = openGraphFiles([edges], { title: 'Alliances' });
    expect(titled.ok && titled.document.title).toBe('Alliances');
  });

  it('takes a forced format over the one the name gives', () => {
    const result = openGraphFiles([{ name: 'edges.json', text: 'a,b\nA,B\n' }], { format: 'edge-list' });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'edges.json needs two columns for the ends: source and target, or from and to' }],
    });
  });
});

describe('openGraphFiles refusing what it cannot read', () => {
  const problem = (message: string) => ({ ok: false, problems: [{ path: '$', message }] });

  it('says so when no file, an unknown file, several graph files or no relations table are given', () => {
    expect(openGraphFiles([])).toEqual(problem('no file was given'));
    expect(openGraphFiles([{ name: 'notes.txt', text: 'hello world' }])).toEqual(
      problem('notes.txt: not a file actor-graph reads (JSON, GEXF, GraphML or CSV)'),
    );
    expect(
      openGraphFiles([
        { name: 'a.gexf', text: '<gexf/>' },
        { name: 'b.json', text: '{}' },
      ]),
    ).toEqual(problem('a.gexf (GEXF), b.json (JSON): open one graph file at a time; only CSV tables are read together'));
    expect(openGraphFiles([{ name: 'people.csv', text: 'id,label\na,A\n' }])).toEqual(
      problem('no relations table among people.csv: give a file of relations (source and target, or from and to columns) with it'),
    );
    expect(
      openGraphFiles([
        { name: 'edges.csv', text: 'source,target\nA,B\n' },
        { name: 'links.csv', text: 'source,target\nA,C\n' },
      ]),
    ).toEqual(problem('edges.csv and links.csv are both relations tables; give one of each'));
  });

  it('names the row of an edge list a problem is in', () => {
    expect(openGraphFiles([{ name: 'edges.csv', text: 'source,target\nA,B\nC,\n' }])).toEqual({
      ok: false,
      problems: [{ path: '$.relations[1].target', message: 'target is required (edges.csv row 3)' }],
    });
    expect(openGraphFiles([{ name: 'edges.csv', text: 'source,target\nA,"B\n' }])).toEqual(
      problem('edges.csv does not parse at line 2, column 3: Quoted field unterminated'),
    );
  });

  it('names the line of a GEXF problem, and expands no entity', () => {
    const gexf = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/hostname">]>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&secret;"/></nodes></graph></gexf>',
    ].join('\n');
    expect(openGraphFiles([{ name: 'g.gexf', text: gexf }])).toEqual(
      problem('GEXF does not parse at line 3, column 63: entity not found:&secret;'),
    );
  });

  it('refuses an edge list past the size limits before reading it all', () => {
    const tooLong = openGraphFiles([{ name: 'edges.csv', text: 'source,target\n' + 'x'.repeat(LIMITS.characters) }]);
    expect(tooLong).toEqual(problem('edges.csv holds 33,554,446 characters; the limit is 33,554,432'));
    const rows = Array.from({ length: LIMITS.relations + 5 }, (_, i) => `a${i % 100},b${i % 100}`).join('\n');
    expect(openGraphFiles([{ name: 'edges.csv', text: `source,target\n${rows}\n` }])).toEqual({
      ok: false,
      problems: [{ path: '$.relations', message: 'more than 50,000 relations; the limit is 50,000 (edges.csv row 50002)' }],
    });
  });

  it('stops at the row whose ends pass the limits, however many ends one row names', () => {
    const many = Array.from({ length: LIMITS.relations + 1 }, () => 'B').join('|');
    expect(openGraphFiles([{ name: 'connections.csv', text: `From,To\nA,B\nA,${many}\n` }])).toEqual({
      ok: false,
      problems: [{ path: '$.relations', message: 'more than 50,000 relations; the limit is 50,000 (connections.csv row 3)' }],
    });
    const actors = Array.from({ length: LIMITS.actors }, (_, i) => `t${i}`).join('|');
    expect(openGraphFiles([{ name: 'connections.csv', text: `From,To\nA,${actors}\n` }])).toEqual({
      ok: false,
      problems: [{ path: '$.actors', message: 'more than 20,000 actors; the limit is 20,000 (connections.csv row 2)' }],
    });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '\uFEFF', '<', '{', 'source,target\n"', '<gexf><graph><nodes><node id="a"', '\u0000\uFFFF']) {
      for (const name of ['x.json', 'x.gexf', 'x.graphml', 'x.csv', 'x']) {
        expect(() => openGraphFiles([{ name, text }])).not.toThrow();
        expect(openGraphFiles([{ name, text }]).ok).toBe(false);
      }
    }
  });
});

describe('parseTypeMap', () => {
  it('reads value=type pairs separated by commas, types in any case', () => {
    expect(parseTypeMap('ally=cooperation, foe = Hostility,rumour=omit,')).toEqual({
      ally: 'cooperation',
      foe: 'hostility',
      rumour: 'omit',
    });
    expect(parseTypeMap('a=b=contested')).toEqual({ 'a=b': 'contested' });
  });

  it('throws a RangeError naming the part it cannot read', () => {
    expect(() => parseTypeMap('ally')).toThrow(new RangeError('"ally" is not VALUE=TYPE'));
    expect(() => parseTypeMap('=cooperation')).toThrow(new RangeError('"=cooperation" is not VALUE=TYPE'));
    expect(() => parseTypeMap('ally=friendly')).toThrow(
      new RangeError('"ally=friendly": friendly is not one of cooperation, hostility, contested, omit'),
    );
    expect(() => parseTypeMap('ally=cooperation,ALLY=hostility')).toThrow(
      new RangeError('"ALLY=hostility": ALLY is already mapped to cooperation'),
    );
  });
});

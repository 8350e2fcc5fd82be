/**
 * Every reader applies the limits of graph/README.md, names the one passed, and stops as soon as
 * it is passed: text over the size limit is refused unread, nodes, edges and rows are counted as
 * they are read, and XML or JSON values nested past the limit are refused before anything walks
 * them. Files saved as UTF-16, and empty ones, are named for what they are.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv.ts';
import { readGexf } from '../../src/io/gexf.ts';
import { readGraphml } from '../../src/io/graphml.ts';
import { FORMATS } from '../../src/io/index.ts';
import { readJson } from '../../src/io/json.ts';
import { LIMITS } from '../../src/model/limits.ts';

const gexf = (nodes: string, edges = '') =>
  `<gexf version="1.3">\n<graph>\n<nodes>\n${nodes}</nodes>\n<edges>${edges}</edges>\n</graph>\n</gexf>`;
const graphml = (body: string) => `<graphml>\n<graph>\n${body}</graph>\n</graphml>`;
const nodes = (n: number) => Array.from({ length: n }, (_, i) => `<node id="n${i}" label="N${i}"/>\n`).join('');
const refused = (path: string, message: string) => ({ ok: false, problems: [{ path, message }] });

/** Text as a reader gets it when the file is UTF-16 little-endian with a byte order mark, read as UTF-8. */
function utf16le(text: string): string {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
  return new TextDecoder().decode(bytes);
}

describe('the size limit', () => {
  const over = LIMITS.characters + 1;
  const message = 'the file holds 33,554,433 characters; the limit is 33,554,432';
  // Valid files padded with a comment or blank lines: without the limit each would be read.
  const padded = (text: string, close: string) => text.replace(close, `<!--${' '.repeat(over - text.length - 7)}-->${close}`);

  it('is applied by the GEXF and GraphML readers before they parse', () => {
    const g = padded(gexf(nodes(2)), '</gexf>');
    expect(g.length).toBe(over);
    expect(readGexf(g)).toEqual(refused('$', message));
    const m = padded(graphml(nodes(2)), '</graphml>');
    expect(readGraphml(m)).toEqual(refused('$', message));
  });

  it('is applied to each CSV table, naming it', () => {
    const actors = `id,label\na,A\n${'\n'.repeat(over - 13)}`;
    expect(actors.length).toBe(over);
    expect(readCsv({ actors, relations: 'id,source,target,type\n' })).toEqual(
      refused('$', 'actors.csv holds 33,554,433 characters; the limit is 33,554,432'),
    );
  });

  it('is applied by every format in the registry', () => {
    const json = '{"version": 1, "title": "T", "actors": [], "relations": []}';
    const text = `${json}${' '.repeat(over - json.length)}`;
    for (const format of Object.values(FORMATS)) {
      const result = format.files === 'one' ? format.read(text) : format.read({ actors: text, relations: text });
      expect(result.ok ? 'read' : result.problems[0]!.message).toMatch(/holds 33,554,433 characters; the limit is 33,554,432$/);
    }
  });
});

describe('counting while reading', () => {
  it('stops at GEXF node 20,001, before the rest of the file is parsed', () => {
    // The file breaks off after node 20,001: had it been parsed whole, that would be the problem.
    const text = gexf(nodes(20_001)).replace('</nodes>', '<node id="cut');
    expect(readGexf(text)).toEqual(
      refused('$.actors', 'more than 20,000 actors; the limit is 20,000 (node 20,001 is at line 20004, column 1)'),
    );
    expect(readGexf(gexf(nodes(20_000))).ok).toBe(true);
  });

  it('stops at GraphML edge 50,001, and counts the nodes of nested graphs too', () => {
    const edges = Array.from({ length: 50_001 }, () => '<edge source="n0" target="n1"/>').join('');
    expect(readGraphml(graphml(`${nodes(2)}${edges}<broken`))).toEqual(
      refused('$.relations', 'more than 50,000 relations; the limit is 50,000 (edge 50,001 is at line 5, column 1550001)'),
    );
    const nested = `<node id="group"><graph>\n${nodes(20_000)}</graph></node>\n`;
    expect(readGraphml(graphml(nested))).toEqual(
      refused('$.actors', 'more than 20,000 actors; the limit is 20,000 (node 20,001 is at line 20003, column 1)'),
    );
  });

  it('stops at the CSV row of actor 20,001, before the rest of the table is parsed', () => {
    const actors = `id,label\n${Array.from({ length: 20_001 }, (_, i) => `a${i},A\n`).join('')}"unclosed`;
    expect(readCsv({ actors, relations: 'id,source,target,type\n' })).toEqual(
      refused('$.actors', 'more than 20,000 actors; the limit is 20,000 (actors.csv row 20002)'),
    );
  });

  it('counts a relation once however many rows of evidence it has', () => {
    const rows = (n: number, id: (i: number) => string) => Array.from({ length: n }, (_, i) => `${id(i)},a,b,hostility\n`).join('');
    const tables = (relations: string) => ({ actors: 'id,label\na,A\nb,B\n', relations: `id,source,target,type\n${relations}` });
    expect(readCsv(tables(rows(50_001, (i) => `r${i}`)))).toEqual(
      refused('$.relations', 'more than 50,000 relations; the limit is 50,000 (relations.csv row 50002)'),
    );
    const result = readCsv(tables(rows(50_001, (i) => `r${Math.min(i, 49_999)}`)));
    expect(result.ok && result.document.relations.length).toBe(50_000);
  });
});

describe('nesting', () => {
  const nesting = 'nested more than 64 levels deep; the limit is 64';

  it('refuses XML elements nested past the limit, where they are', () => {
    const deep = `${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}`;
    expect(readGexf(gexf(`<node id="a" label="A">${deep}</node>\n`))).toEqual(refused('$', `elements ${nesting} (at line 4, column 204)`));
    expect(readGraphml(graphml(`<node id="a"><data key="d">${deep}</data></node>`))).toEqual(
      refused('$', `elements ${nesting} (at line 3, column 208)`),
    );
  });

  it('refuses JSON inside a value nested past the limit, naming its record and line, before building it', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const extra = `<attvalues><attvalue for="0" value='{"x": ${deep}}'/></attvalues>`;
    const text = gexf(`<node id="a" label="A"/>\n<node id="b" label="B">${extra}</node>\n`).replace(
      '<graph>',
      '<graph><attributes class="node"><attribute id="0" title="extra" type="string"/></attributes>',
    );
    expect(readGexf(text)).toEqual(refused('$.actors[1]', `its extra value is ${nesting} (line 5)`));
    const csv = readCsv({ actors: `id,label,extra\na,A,\nb,B,"{""x"": ${deep}}"\n`, relations: 'id,source,target,type\n' });
    expect(csv).toEqual(refused('$.actors[1]', `its extra value is ${nesting} (actors.csv row 3)`));
  });

  it('reads a GEXF attribute whose type names lists of lists thousands deep as a list of text', () => {
    const type = `${'list'.repeat(20_000)}string`;
    const text = gexf('<node id="a" label="A"><attvalues><attvalue for="0" value="[x, y]"/></attvalues></node>\n').replace(
      '<graph>',
      `<graph><attributes class="node"><attribute id="0" title="tags" type="${type}"/></attributes>`,
    );
    const result = readGexf(text);
    expect(result.ok && result.document.actors[0]!.tags).toEqual(['x', 'y']);
  });

  it('refuses a key given twice in JSON inside a value', () => {
    const csv = readCsv({
      actors: 'id,label\na,A\nb,B\n',
      relations: 'id,source,target,type,evidence_source,evidence_extra\nr,a,b,hostility,s,"{""k"": 1, ""k"": 2}"\n',
      sources: 'id,title\ns,S\n',
    });
    expect(csv).toEqual(
      refused(
        '$.relations[0].evidence[0]',
        'in its extra value, the key "k" is given twice in one object, the second time at line 1, column 10 (relations.csv row 2)',
      ),
    );
  });
});

describe('files that are empty or UTF-16', () => {
  it('says an empty XML file is empty', () => {
    expect(readGexf('')).toEqual(refused('$', 'the file is empty'));
    expect(readGraphml('\uFEFF \n\t')).toEqual(refused('$', 'the file is empty'));
  });

  it('places text before the root element on its line, not at line 0', () => {
    expect(readGexf('\n  stray <gexf/>')).toEqual(
      refused('$', "GEXF does not parse at line 2, column 3: Unexpected content outside root element: 'stray'"),
    );
  });

  it('names a UTF-16 file in every reader', () => {
    const message = 'the file is UTF-16 (little-endian); save it as UTF-8';
    expect(readGexf(utf16le(gexf(nodes(1))))).toEqual(refused('$', message));
    expect(readGraphml(utf16le(graphml(nodes(1))))).toEqual(refused('$', message));
    expect(readJson(utf16le('{"version": 1}'))).toEqual(refused('$', message));
    expect(readCsv({ actors: 'id,label\n', relations: utf16le('id\tsource\ttarget\n') })).toEqual(
      refused('$', 'relations.csv is UTF-16 (little-endian); save it as UTF-8'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { openGraphFiles } from '../../src/io/open.ts';
import type { OpenOptions } from '../../src/io/open.ts';
import { RELATION_TYPE_WORDS, typeFromWord } from '../../src/io/relation-type-words.ts';
import { RELATION_TYPES } from '../../src/model/format.ts';

/** The types and notices an edge list gives, or its problems and unknown values. */
function read(csv: string, options: OpenOptions = {}) {
  const result = openGraphFiles([{ name: 'edges.csv', text: csv }], options);
  if (!result.ok) return { problems: result.problems.map((p) => p.message), unknownTypes: result.unknownTypes };
  return { types: result.document.relations.map((r) => r.type), notices: result.notices };
}

describe('relation types read from the data', () => {
  it('reads every word of the table as its type, in any case and with spaces around', () => {
    for (const type of RELATION_TYPES) {
      for (const word of RELATION_TYPE_WORDS[type]) {
        expect(typeFromWord(` ${word.toUpperCase()} `)).toBe(type);
      }
    }
    expect(typeFromWord('at  war')).toBe('hostility');
    expect(typeFromWord('rumour')).toBeUndefined();
  });

  it('reads a type, kind, relation or sign column in any case, the first one that names a type deciding', () => {
    expect(read('source,target,KIND\nA,B,Allies\nA,C,sanctions\n')).toEqual({
      types: ['cooperation', 'hostility'],
      notices: ['Relation types read from the file\'s words: "Allies" as cooperation (1 relation), "sanctions" as hostility (1 relation)'],
    });
    expect(read('source,target,type,Sign\nA,B,ally,-\nA,C,,-1\nB,C,,+\n')).toEqual({
      types: ['cooperation', 'hostility', 'cooperation'],
      notices: [
        'Relation types read from the file\'s words: "+" as cooperation (1 relation), "ally" as cooperation (1 relation)',
        '1 relation is typed by the sign of a weight or sign value: 1 negative as hostility',
      ],
    });
  });

  it('reads the three types as written without a notice', () => {
    expect(read('source,target,type\nA,B,Cooperation\nA,C,hostility\nB,C,CONTESTED\n')).toEqual({
      types: ['cooperation', 'hostility', 'contested'],
      notices: [],
    });
  });

  it('reads a file without any type as cooperation, and says so', () => {
    expect(read('source,target\nA,B\nA,C\nB,C\n')).toEqual({
      types: ['cooperation', 'cooperation', 'cooperation'],
      notices: ['No relation types in the file: all 3 relations are read as cooperation'],
    });
  });

  it('takes weights as signs only when some weight is negative', () => {
    expect(read('source,target,weight\nA,B,1\nA,C,4\n')).toEqual({
      types: ['cooperation', 'cooperation'],
      notices: ['No relation types in the file: all 2 relations are read as cooperation'],
    });
    expect(read('source,target,weight\nA,B,1\nA,C,-4\n')).toEqual({
      types: ['cooperation', 'hostility'],
      notices: ['2 relations are typed by the sign of a weight or sign value: 1 positive as cooperation, 1 negative as hostility'],
    });
    expect(read('source,target,weight\nA,B,0\nA,C,-4\n')).toEqual({
      problems: [
        'relation types that are not cooperation, hostility or contested: "0" (1 relation); say what each means, or leave those relations out',
      ],
      unknownTypes: [{ value: '0', count: 1 }],
    });
  });

  it('lists values nobody reads by count, then by value, and never guesses them', () => {
    expect(read('source,target,type\nA,B,b-value\nA,C,a-value\nB,C,c-value\nA,B,C-VALUE\n')).toEqual({
      problems: [
        'relation types that are not cooperation, hostility or contested: "c-value" (2 relations), "a-value" (1 relation), "b-value" (1 relation); ' +
          'say what each means, or leave those relations out',
      ],
      unknownTypes: [
        { value: 'c-value', count: 2 },
        { value: 'a-value', count: 1 },
        { value: 'b-value', count: 1 },
      ],
    });
  });

  it('gives no unknown values when the file has other problems too', () => {
    const result = openGraphFiles([{ name: 'edges.csv', text: 'source,target,type\nA,B,odd\nA,,odd\n' }]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: '$.relations[1].target', message: 'target is required (edges.csv row 3)' },
        {
          path: '$',
          message:
            'relation types that are not cooperation, hostility or contested: "odd" (2 relations); say what each means, or leave those relations out',
        },
      ],
    });
  });

  it('lets a type map read any value but the three types, words of the table included, and leave relations out', () => {
    expect(
      read('source,target,type\nA,B,ally\nA,C,Friendly fire\nB,C,friendly fire\nA,B,hostility\n', {
        typeMap: { ally: 'hostility', 'FRIENDLY FIRE': 'omit' },
      }),
    ).toEqual({
      types: ['hostility', 'hostility'],
      notices: [
        'Relation types read by the type map: "ally" as hostility (1 relation)',
        'Left out, as the type map says: "Friendly fire" (2 relations)',
      ],
    });
  });

  it('places problems of relations after those left out at their own rows', () => {
    const result = openGraphFiles([{ name: 'edges.csv', text: 'source,target,type,start\nA,B,gossip,\nA,C,ally,2016-02-30\n' }], {
      typeMap: { gossip: 'omit' },
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$.relations[0].start', message: 'start "2016-02-30" is not a day on the calendar (edges.csv row 3)' }],
    });
  });

  it('reads types the same way from GEXF and GraphML attributes', () => {
    const graphml = [
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="t" for="edge" attr.name="Relation" attr.type="string"/>',
      '<graph edgedefault="undirected"><node id="a"/><node id="b"/>',
      '<edge source="a" target="b"><data key="t">Enemy</data></edge>',
      '<edge source="b" target="a"><data key="t">claimed</data></edge>',
      '</graph></graphml>',
    ].join('\n');
    const opened = openGraphFiles([{ name: 'g.graphml', text: graphml }]);
    expect(opened.ok && opened.document.relations.map((r) => [r.type, r.Relation])).toEqual([
      ['hostility', 'Enemy'],
      ['contested', 'claimed'],
    ]);
    // networkx writes an edge attribute named "type" on the edge element itself.
    const gexf = [
      '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed">',
      '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>',
      '<edges><edge id="e" source="a" target="b" type="rival"/><edge id="f" source="b" target="a" type="undirected"/></edges>',
      '</graph></gexf>',
    ].join('\n');
    expect(openGraphFiles([{ name: 'g.gexf', text: gexf }])).toEqual({
      ok: true,
      format: 'gexf',
      notices: [
        'Relation types read from the file\'s words: "rival" as hostility (1 relation)',
        '1 relation has no type in the file and is read as cooperation',
      ],
      document: {
        version: 1,
        title: 'g',
        actors: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        relations: [
          { id: 'e', source: 'a', target: 'b', type: 'hostility', directed: true, originalType: 'rival' },
          { id: 'f', source: 'b', target: 'a', type: 'cooperation' },
        ],
      },
    });
  });
});

/** Files as other tools write them (tests/fixtures/foreign), opened through openGraphFiles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openGraphFiles } from '../../src/io/open.ts';
import type { GraphFile } from '../../src/io/open.ts';

const fixture = (name: string): GraphFile => ({
  name,
  text: readFileSync(new URL(`../fixtures/foreign/${name}`, import.meta.url), 'utf8'),
});

describe('files from networkx', () => {
  const actors = (positions: boolean) => [
    { id: 'RU', label: 'Russia', kind: 'state', ...(positions ? { x: 0, y: -100 } : {}), founded: 1991, score: 0.75, nuclear: true },
    {
      id: 'TB',
      label: 'Taliban',
      kind: 'armed group',
      ...(positions ? { x: -120.5, y: 40 } : {}),
      founded: 1994,
      score: 0.25,
      nuclear: false,
    },
    { id: 'IS', label: 'ISIS', kind: 'armed group', ...(positions ? { x: 130, y: 60 } : {}), founded: 2013, score: 0, nuclear: false },
    { id: 'IR', label: 'Iran', kind: 'state', ...(positions ? { x: 10, y: -220 } : {}), founded: 1979, score: 0.5, nuclear: false },
  ];
  const relation = (
    id: string,
    source: string,
    target: string,
    type: string,
    word: string,
    weight: number,
    since: number,
    confirmed: boolean,
  ) => ({
    id,
    source,
    target,
    type,
    relation: word,
    weight,
    since,
    confirmed,
  });
  const notice =
    'Relation types read from the file\'s words: "alleged" as contested (1 relation), "ally" as cooperation (1 relation), ' +
    '"enemy" as hostility (1 relation), "war" as hostility (1 relation)';

  it('reads write_gexf: typed attributes as typed fields, types from the relation words, positions with y turned screen-wise', () => {
    expect(openGraphFiles([fixture('networkx.gexf')])).toEqual({
      ok: true,
      format: 'gexf',
      notices: [notice],
      document: {
        version: 1,
        title: 'Signed alliances',
        actors: actors(true),
        relations: [
          relation('0', 'RU', 'TB', 'cooperation', 'ally', 2.5, 2015, false),
          relation('1', 'RU', 'IS', 'hostility', 'enemy', -1, 2015, true),
          relation('2', 'RU', 'IR', 'contested', 'alleged', 0.5, 2016, false),
          relation('3', 'TB', 'IS', 'hostility', 'war', -3, 2015, true),
        ],
      },
    });
  });

  it('reads write_graphml the same, edges without ids numbered', () => {
    expect(openGraphFiles([fixture('networkx.graphml')])).toEqual({
      ok: true,
      format: 'graphml',
      notices: [notice],
      document: {
        version: 1,
        title: 'Signed alliances',
        actors: actors(false),
        relations: [
          relation('relation-1', 'RU', 'TB', 'cooperation', 'ally', 2.5, 2015, false),
          relation('relation-2', 'RU', 'IS', 'hostility', 'enemy', -1, 2015, true),
          relation('relation-3', 'RU', 'IR', 'contested', 'alleged', 0.5, 2016, false),
          relation('relation-4', 'TB', 'IS', 'hostility', 'war', -3, 2015, true),
        ],
      },
    });
  });
});

describe('files from Gephi', () => {
  it('reads GEXF 1.3 from Gephi 0.10: positions, colours and sizes, edge kinds as types, edge ids apart from node ids', () => {
    expect(openGraphFiles([fixture('gephi-1.3.gexf')])).toEqual({
      ok: true,
      format: 'gexf',
      notices: [
        'Relation types read from the file\'s words: "Enemies" as hostility (1 relation), "alliance" as cooperation (1 relation), "conflict" as hostility (1 relation)',
      ],
      document: {
        version: 1,
        title: 'Afghanistan, 2016',
        actors: [
          { id: '0', label: 'Russia', kind: 'state', x: -210.5, y: -118.25, 'Modularity Class': 0, color: '#e41a1c', size: 24 },
          { id: '1', label: 'Taliban', kind: 'non-state armed group', x: 35, y: 64, 'Modularity Class': 0, color: '#e41a1c', size: 18 },
          { id: '2', label: 'ISIS', kind: 'non-state armed group', x: 240, y: 0, 'Modularity Class': 1, color: '#377eb880', size: 12 },
        ],
        relations: [
          { id: 'relation-0', source: '0', target: '1', type: 'cooperation', directed: true, kind: 'alliance', weight: 1, Since: '2007' },
          { id: 'relation-1', source: '0', target: '2', type: 'hostility', kind: 'Enemies', weight: 1 },
          { id: 'relation-2', source: '1', target: '2', type: 'hostility', kind: 'conflict', weight: 1 },
        ],
      },
    });
  });

  it('reads GEXF 1.2 from Gephi 0.9: attribute defaults, and a numeric Sign read by its sign', () => {
    expect(openGraphFiles([fixture('gephi-1.2.gexf')])).toEqual({
      ok: true,
      format: 'gexf',
      notices: ['3 relations are typed by the sign of a weight or sign value: 1 positive as cooperation, 2 negative as hostility'],
      document: {
        version: 1,
        title: 'gephi-1.2',
        actors: [
          { id: 'iran', label: 'Iran', x: 12.5, y: 30, country: true, color: '#999999', size: 10 },
          { id: 'saudi', label: 'Saudi Arabia', x: -80, y: 30, country: true, color: '#999999', size: 10 },
          { id: 'hezbollah', label: 'Hezbollah', x: 60, y: -45, country: false, color: '#999999', size: 10 },
        ],
        relations: [
          { id: '0', source: 'iran', target: 'saudi', type: 'hostility', weight: 1, Sign: -1 },
          { id: '1', source: 'iran', target: 'hezbollah', type: 'cooperation', weight: 1, Sign: 1 },
          { id: '2', source: 'saudi', target: 'hezbollah', type: 'hostility', weight: 1, Sign: -1 },
        ],
      },
    });
  });
});

describe('files from yEd', () => {
  it('reads labels from y:NodeLabel and y:EdgeLabel and positions from the centre of y:Geometry', () => {
    expect(openGraphFiles([fixture('yed.graphml')])).toEqual({
      ok: true,
      format: 'graphml',
      notices: [
        'Relation types read from the file\'s words: "support" as cooperation (1 relation)',
        '1 relation has no type in the file and is read as cooperation',
      ],
      document: {
        version: 1,
        title: 'yed',
        actors: [
          { id: 'n0', label: 'Russia', description: "Moscow's government", x: 140, y: 65 },
          { id: 'n1', label: 'Taliban', x: 330, y: -5 },
          { id: 'n2', label: 'India', x: 330, y: 155 },
        ],
        relations: [
          { id: 'e0', source: 'n0', target: 'n1', type: 'cooperation', directed: true, label: 'arms, if true', Relation: 'support' },
          { id: 'e1', source: 'n0', target: 'n2', type: 'cooperation', directed: true },
        ],
      },
    });
  });
});

describe('spreadsheets', () => {
  it("reads Kumu's elements and connections: kinds and tags, ends by label, several ends in one cell, directions, and actors only connections name", () => {
    expect(openGraphFiles([fixture('kumu-connections.csv'), fixture('kumu-elements.csv')], { title: 'Kumu map' })).toEqual({
      ok: true,
      format: 'kumu',
      notices: [
        '1 actor is named in kumu-connections.csv but not in kumu-elements.csv, and added: Pakistan',
        'Relation types read from the file\'s words: "Support" as cooperation (2 relations), "Alleged" as contested (1 relation), ' +
          '"Rivalry" as hostility (1 relation), "enemy" as hostility (1 relation)',
      ],
      document: {
        version: 1,
        title: 'Kumu map',
        actors: [
          {
            id: 'russia',
            label: 'Russia',
            kind: 'State',
            description: 'Permanent member of the UN Security Council',
            tags: ['great power', 'nuclear'],
          },
          { id: 'taliban', label: 'Taliban', kind: 'Non-state armed group', tags: ['insurgency'] },
          {
            id: 'islamic-state',
            label: 'Islamic State',
            kind: 'Non-state armed group',
            description: 'Also known as ISIS, ISIL or Daesh',
            tags: ['insurgency', 'terrorism'],
          },
          { id: 'afghan-government', label: 'Afghan government', kind: 'Government' },
          { id: 'pakistan', label: 'Pakistan' },
        ],
        relations: [
          {
            id: 'relation-1',
            source: 'russia',
            target: 'taliban',
            type: 'cooperation',
            label: 'talks, 2016',
            originalType: 'Support',
            tags: ['diplomacy'],
          },
          {
            id: 'relation-2',
            source: 'russia',
            target: 'afghan-government',
            type: 'cooperation',
            label: 'talks, 2016',
            originalType: 'Support',
            tags: ['diplomacy'],
          },
          {
            id: 'relation-3',
            source: 'taliban',
            target: 'islamic-state',
            type: 'hostility',
            directed: true,
            label: 'fighting in Nangarhar',
            originalType: 'Rivalry',
          },
          { id: 'relation-4', source: 'russia', target: 'islamic-state', type: 'hostility', directed: true, originalType: 'enemy' },
          {
            id: 'relation-5',
            source: 'pakistan',
            target: 'taliban',
            type: 'contested',
            directed: true,
            label: 'safe haven',
            originalType: 'Alleged',
          },
        ],
      },
    });
  });

  it("reads Kumu's connections alone as an edge list, with Kumu's several ends and directions", () => {
    const result = openGraphFiles([fixture('kumu-connections.csv')]);
    expect(result.ok && result.format).toBe('edge-list');
    expect(result.ok && result.document.actors.map((a) => a.label)).toEqual([
      'Russia',
      'Taliban',
      'Afghan government',
      'Islamic State',
      'Pakistan',
    ]);
    expect(result.ok && result.document.relations.map((r) => `${r.source} ${r.directed === true ? '->' : '--'} ${r.target}`)).toEqual([
      'russia -- taliban',
      'russia -- afghan-government',
      'taliban -> islamic-state',
      'russia -> islamic-state',
      'pakistan -> taliban',
    ]);
  });

  it('reads a plain edge list with signed weights, actors named by its end columns', () => {
    expect(openGraphFiles([fixture('signed-edges.csv')])).toEqual({
      ok: true,
      format: 'edge-list',
      notices: ['4 relations are typed by the sign of a weight or sign value: 2 positive as cooperation, 2 negative as hostility'],
      document: {
        version: 1,
        title: 'signed-edges',
        actors: [
          { id: 'russia', label: 'Russia' },
          { id: 'taliban', label: 'Taliban' },
          { id: 'isis', label: 'ISIS' },
          { id: 'india', label: 'India' },
        ],
        relations: [
          { id: 'relation-1', source: 'russia', target: 'taliban', type: 'cooperation', weight: 1 },
          { id: 'relation-2', source: 'russia', target: 'isis', type: 'hostility', weight: -1 },
          { id: 'relation-3', source: 'taliban', target: 'isis', type: 'hostility', weight: -2.5 },
          { id: 'relation-4', source: 'russia', target: 'india', type: 'cooperation', weight: 3 },
        ],
      },
    });
  });

  it('asks what the values of an edge list it cannot read mean, then reads them by the type map', () => {
    const file = fixture('typed-edges.csv');
    expect(openGraphFiles([file])).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message:
            'relation types that are not cooperation, hostility or contested: "rumour" (2 relations), "neutral" (1 relation); say what each means, or leave those relations out',
        },
      ],
      unknownTypes: [
        { value: 'rumour', count: 2 },
        { value: 'neutral', count: 1 },
      ],
    });
    expect(openGraphFiles([file], { typeMap: { RUMOUR: 'contested', neutral: 'omit' } })).toEqual({
      ok: true,
      format: 'edge-list',
      notices: [
        'Relation types read from the file\'s words: "ally" as cooperation (1 relation)',
        'Relation types read by the type map: "rumour" as contested (2 relations)',
        'Left out, as the type map says: "neutral" (1 relation)',
        '1 relation has no type in the file and is read as cooperation',
      ],
      document: {
        version: 1,
        title: 'typed-edges',
        actors: [
          { id: 'russia', label: 'Russia' },
          { id: 'taliban', label: 'Taliban' },
          { id: 'isis', label: 'ISIS' },
          { id: 'usa', label: 'USA' },
        ],
        relations: [
          { id: 'relation-1', source: 'russia', target: 'taliban', type: 'cooperation', Relation: 'ally' },
          { id: 'relation-2', source: 'russia', target: 'taliban', type: 'contested', Relation: 'rumour' },
          { id: 'relation-3', source: 'taliban', target: 'isis', type: 'contested', Relation: 'Rumour' },
          { id: 'relation-5', source: 'usa', target: 'taliban', type: 'cooperation' },
        ],
      },
    });
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';

const FOREIGN = 'tests/fixtures/foreign';
const at = (name: string) => join(FOREIGN, name);
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real binary as a user would, in its own process. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as GraphDocument;

// Each case starts node processes, which can take seconds each while other tests run.
describe('actor-graph reads files as other tools write them', { timeout: 240_000 }, () => {
  it('validates each kind of file, saying on standard error how relation types were read', () => {
    const cases: Array<[string[], string, string]> = [
      [
        [at('gephi-1.2.gexf')],
        '"gephi-1.2": 3 actors, 3 relations (1 cooperation, 2 hostility, 0 contested)',
        '3 relations are typed by the sign of a weight or sign value: 1 positive as cooperation, 2 negative as hostility',
      ],
      [
        [at('gephi-1.3.gexf')],
        '"Afghanistan, 2016": 3 actors, 3 relations (1 cooperation, 2 hostility, 0 contested)',
        'Relation types read from the file\'s words: "Enemies" as hostility (1 relation), "alliance" as cooperation (1 relation), "conflict" as hostility (1 relation)',
      ],
      [
        [at('networkx.gexf')],
        '"Signed alliances": 4 actors, 4 relations (1 cooperation, 2 hostility, 1 contested)',
        'Relation types read from the file\'s words: "alleged" as contested (1 relation), "ally" as cooperation (1 relation), "enemy" as hostility (1 relation), "war" as hostility (1 relation)',
      ],
      [
        [at('networkx.graphml')],
        '"Signed alliances": 4 actors, 4 relations (1 cooperation, 2 hostility, 1 contested)',
        'Relation types read from the file\'s words: "alleged" as contested (1 relation), "ally" as cooperation (1 relation), "enemy" as hostility (1 relation), "war" as hostility (1 relation)',
      ],
      [
        [at('yed.graphml')],
        '"yed": 3 actors, 2 relations (2 cooperation, 0 hostility, 0 contested)',
        '1 relation has no type in the file and is read as cooperation',
      ],
      [
        [at('signed-edges.csv')],
        '"signed-edges": 4 actors, 4 relations (2 cooperation, 2 hostility, 0 contested)',
        '4 relations are typed by the sign of a weight or sign value: 2 positive as cooperation, 2 negative as hostility',
      ],
      [
        [at('kumu-elements.csv'), at('kumu-connections.csv')],
        '"kumu-elements": 5 actors, 5 relations (2 cooperation, 2 hostility, 1 contested)',
        '1 actor is named in tests/fixtures/foreign/kumu-connections.csv but not in tests/fixtures/foreign/kumu-elements.csv, and added: Pakistan',
      ],
    ];
    for (const [files, summary, notice] of cases) {
      const run = cli('validate', ...files);
      const label = files.join(', ');
      expect(run.code, label).toBe(0);
      expect(run.out, label).toBe(`${label}: valid. ${summary}, 0 pieces of evidence from 0 sources.\n`);
      expect(run.err.split('\n'), label).toContain(`${label}: ${notice}`);
    }
  });

  it('stops at relation types it cannot read, listing each with its count and the flag to add', () => {
    const file = at('typed-edges.csv');
    const run = cli('validate', file);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      `${file}: 2 relation types not known (not cooperation, hostility or contested):\n` +
        '  "rumour"   2 relations\n' +
        '  "neutral"  1 relation\n' +
        'Say what each means, TYPE being cooperation, hostility, contested, or omit to leave those relations out:\n' +
        '  --type-map rumour=TYPE,neutral=TYPE\n',
    );
    // A map that covers some of them is extended in the hint.
    const partly = cli('stats', file, '--type-map', 'Rumour=contested');
    expect(partly.code).toBe(1);
    expect(partly.err).toContain('  --type-map Rumour=contested,neutral=TYPE\n');
  });

  it('reads those types as --type-map says, leaving out what it omits', () => {
    const file = at('typed-edges.csv');
    const run = cli('validate', file, '--type-map', 'rumour=contested,neutral=omit');
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      `${file}: valid. "typed-edges": 4 actors, 4 relations (2 cooperation, 0 hostility, 2 contested), 0 pieces of evidence from 0 sources.\n`,
    );
    expect(run.err).toBe(
      [
        `${file}: Relation types read from the file's words: "ally" as cooperation (1 relation)`,
        `${file}: Relation types read by the type map: "rumour" as contested (2 relations)`,
        `${file}: Left out, as the type map says: "neutral" (1 relation)`,
        `${file}: 1 relation has no type in the file and is read as cooperation`,
        '',
      ].join('\n'),
    );
    const paths = cli('paths', file, '--from', 'USA', '--to', 'ISIS', '--type-map', 'rumour=contested,neutral=omit');
    expect(paths.code).toBe(0);
    expect(paths.out.split('\n').slice(0, 2)).toEqual([
      'Shortest path from USA to ISIS:',
      '1. [?] USA cooperates with Taliban, which has a contested relation with ISIS. Dates not given.',
    ]);
  });

  it('refuses a type map it cannot read with exit 2', () => {
    const run = cli('validate', at('typed-edges.csv'), '--type-map', 'rumour=friend');
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'actor-graph validate: --type-map: "rumour=friend": friend is not one of cooperation, hostility, contested, omit\n' +
        'Usage: actor-graph validate FILE… [--from FORMAT] [--type-map VALUE=TYPE,…]\n',
    );
  });

  it('finds paths in GraphML from networkx, GEXF from Gephi and Kumu spreadsheets', () => {
    const networkx = cli('paths', at('networkx.graphml'), '--from', 'Russia', '--to', 'Iran');
    expect(networkx.code).toBe(0);
    expect(networkx.out.split('\n').slice(0, 2)).toEqual([
      'Shortest path from Russia to Iran:',
      '1. [?] Russia has a contested relation with Iran. Dates not given.',
    ]);
    const gephi = cli('paths', at('gephi-1.2.gexf'), '--from', 'Iran', '--to', 'Hezbollah', '--all', '--json');
    expect(gephi.code).toBe(0);
    expect((JSON.parse(gephi.out) as { paths: Array<{ actors: string[]; sign: string }> }).paths.map((p) => [p.actors, p.sign])).toEqual([
      [['iran', 'hezbollah'], '+'],
      [['iran', 'saudi', 'hezbollah'], '+'],
    ]);
    const kumu = cli('paths', at('kumu-elements.csv'), at('kumu-connections.csv'), '--from', 'Pakistan', '--to', 'Islamic State');
    expect(kumu.code).toBe(0);
    expect(kumu.out.split('\n')[1]).toBe(
      '1. [?] Pakistan has a contested relation with Taliban, which is hostile to Islamic State. Dates not given.',
    );
  });

  it('exports a foreign file as our JSON and as GraphML networkx reads', () => {
    const out = join(dir, 'gephi.json');
    const run = cli('export', at('gephi-1.3.gexf'), '--out', out);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(`Wrote ${out} (actor-graph JSON, 3 actors, 3 relations).\n`);
    const document = json(out);
    expect(document.title).toBe('Afghanistan, 2016');
    expect(document.relations.map((r) => r.type)).toEqual(['cooperation', 'hostility', 'hostility']);

    const graphml = join(dir, 'kumu.graphml');
    const kumu = cli('export', at('kumu-elements.csv'), at('kumu-connections.csv'), '--out', graphml, '--edges', 'undirected');
    expect(kumu.code, kumu.err).toBe(0);
    expect(kumu.out).toBe(`Wrote ${graphml} (GraphML, 5 actors, 5 relations, every edge undirected).\n`);
    const text = readFileSync(graphml, 'utf8');
    expect(text).toContain('<graph id="G" edgedefault="undirected">');
    expect(text).not.toContain('directed="true"');
  });

  /** Each kind of file: the files, two actors by label, the actor ids of the shortest path between them and its sign, and what the JSON export holds. */
  const KINDS: Array<{ files: string[]; from: string; to: string; path: [string[], string]; actors: string[]; relations: number }> = [
    {
      files: ['gephi-1.2.gexf'],
      from: 'Saudi Arabia',
      to: 'Hezbollah',
      path: [['saudi', 'hezbollah'], '-'],
      actors: ['iran', 'saudi', 'hezbollah'],
      relations: 3,
    },
    { files: ['gephi-1.3.gexf'], from: 'Russia', to: 'ISIS', path: [['0', '2'], '-'], actors: ['0', '1', '2'], relations: 3 },
    {
      files: ['networkx.gexf'],
      from: 'Taliban',
      to: 'Iran',
      path: [['TB', 'RU', 'IR'], '?'],
      actors: ['RU', 'TB', 'IS', 'IR'],
      relations: 4,
    },
    {
      files: ['networkx.graphml'],
      from: 'Taliban',
      to: 'Iran',
      path: [['TB', 'RU', 'IR'], '?'],
      actors: ['RU', 'TB', 'IS', 'IR'],
      relations: 4,
    },
    { files: ['yed.graphml'], from: 'Taliban', to: 'India', path: [['n1', 'n0', 'n2'], '+'], actors: ['n0', 'n1', 'n2'], relations: 2 },
    {
      files: ['signed-edges.csv'],
      from: 'India',
      to: 'ISIS',
      path: [['india', 'russia', 'isis'], '-'],
      actors: ['russia', 'taliban', 'isis', 'india'],
      relations: 4,
    },
    {
      files: ['kumu-elements.csv', 'kumu-connections.csv'],
      from: 'Afghan government',
      to: 'Islamic State',
      path: [['afghan-government', 'russia', 'islamic-state'], '-'],
      actors: ['russia', 'taliban', 'islamic-state', 'afghan-government', 'pakistan'],
      relations: 5,
    },
  ];

  it('finds the shortest path by label in each kind of file', () => {
    for (const { files, from, to, path } of KINDS) {
      const run = cli('paths', ...files.map(at), '--from', from, '--to', to, '--json');
      expect(run.code, files[0]).toBe(0);
      expect((JSON.parse(run.out) as { paths: Array<{ actors: string[]; sign: string }> }).paths.map((p) => [p.actors, p.sign])).toEqual([
        path,
      ]);
    }
  });

  it('exports each kind of file as actor-graph JSON', () => {
    KINDS.forEach(({ files, actors, relations }, i) => {
      const out = join(dir, `kind-${i}.json`);
      const run = cli('export', ...files.map(at), '--out', out);
      expect(run.code, files[0]).toBe(0);
      expect(run.out).toBe(`Wrote ${out} (actor-graph JSON, ${actors.length} actors, ${relations} relations).\n`);
      const document = json(out);
      expect(document.actors.map((a) => a.id)).toEqual(actors);
      expect(document.relations).toHaveLength(relations);
    });
  });

  it('takes --from over the name and content of a file', () => {
    const file = at('yed.graphml');
    const run = cli('validate', file, '--from', 'json');
    expect(run.code).toBe(1);
    expect(run.err).toBe(`${file}: 1 problem\n  $: JSON does not parse at line 1, column 1: unexpected "<"\n`);
    const bad = cli('stats', file, '--from', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')[0]).toBe('actor-graph stats: --from "xml" is not one of json, gexf, graphml, csv, edge-list, kumu');
  });

  it('counts a signed edge list by type in stats', () => {
    const run = cli('stats', at('signed-edges.csv'), '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { byType: unknown }).byType).toEqual({ cooperation: 2, hostility: 2, contested: 0 });
  });
});

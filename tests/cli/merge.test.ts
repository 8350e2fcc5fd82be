/**
 * `actor-graph merge` spawned as a user runs it: the seed graph and a second brief that
 * overlaps it, written as JSON and as GEXF, the report on standard error, and the refusals.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGexf, writeCsv } from '../../src/io/index.ts';
import { openGraphFiles } from '../../src/io/open.ts';
import type { GraphDocument } from '../../src/model/format.ts';

const SEED = 'graph/russia-taliban-2016.json';
const seed = (): GraphDocument => JSON.parse(readFileSync(SEED, 'utf8')) as GraphDocument;
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A second brief: the Taliban by another name, Russia by an alias, the same article by its title. */
const other: GraphDocument = {
  version: 1,
  title: 'Another brief',
  sources: [{ id: 'closer-look', title: 'Russia and the Taliban: a closer look', url: 'https://example.org/closer-look' }],
  actors: [
    { id: 't', label: 'The Taliban' },
    { id: 'moscow-gov', label: 'Kremlin' },
    { id: 'iran', label: 'Iran' },
    { id: 'pakistan', label: 'Pakistan', kind: 'state' },
  ],
  relations: [
    {
      id: 'r-iran',
      source: 'iran',
      target: 'moscow-gov',
      type: 'cooperation',
      evidence: [
        {
          source: 'closer-look',
          locator: '¶7',
          quote: 'major Russian strategic partners, China and Iran',
          claimant: 'Samuel Ramani, the article’s author',
        },
        { source: 'closer-look', locator: '¶9', claimant: 'another brief' },
      ],
    },
    { id: 'iran-taliban', source: 'iran', target: 't', type: 'hostility' },
    { id: 'pakistan-taliban', source: 'pakistan', target: 't', type: 'cooperation', directed: true },
  ],
};
const otherFile = join(dir, 'other.json');
writeFileSync(otherFile, JSON.stringify(other));

/** The seed with what the other brief adds to it. */
function expected(): GraphDocument {
  const document = seed();
  document.sources![0]!.url = 'https://example.org/closer-look';
  document.actors.push({ id: 'pakistan', label: 'Pakistan', kind: 'state' });
  document.relations
    .find((r) => r.id === 'russia-iran')!
    .evidence!.push({ source: 'ramani-2016', locator: '¶9', claimant: 'another brief' });
  document.relations.push(
    { id: 'iran-taliban-2', source: 'iran', target: 'taliban', type: 'hostility' },
    { id: 'pakistan-taliban', source: 'pakistan', target: 'taliban', type: 'cooperation', directed: true },
  );
  return document;
}

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', 'merge', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('actor-graph merge', { timeout: 120_000 }, () => {
  it('writes the merged graph and reports what matched, what was added and what conflicts', () => {
    const out = join(dir, 'merged.json');
    const run = cli(SEED, otherFile, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Wrote ${out} (actor-graph JSON, 15 actors, 39 relations).\n`);
    expect(run.err.split('\n')).toEqual([
      'Matched 3 actors: 1 by id, 1 by label (t → taliban), 1 by alias (moscow-gov → russia).',
      'Added 1 actor: pakistan.',
      'Matched 1 relation (1 piece of evidence added to one).',
      'Added 2 relations: iran-taliban-2 and pakistan-taliban.',
      'Matched 1 source: 1 by title (closer-look → ramani-2016).',
      `Renamed 1 id to keep ids unique: relation iran-taliban of ${otherFile} → iran-taliban-2.`,
      'Conflict: iran and taliban, cooperation in iran-taliban and hostility in iran-taliban-2 at the same time; both kept.',
      '',
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(expected());
  });

  it('writes the format --out ends in, under the title asked for', () => {
    const out = join(dir, 'merged.gexf');
    const run = cli(SEED, otherFile, '--out', out, '--title', 'Two briefs');
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Wrote ${out} (GEXF (Gephi), 15 actors, 39 relations).\n`);
    expect(readGexf(readFileSync(out, 'utf8'))).toEqual({ ok: true, document: { ...expected(), title: 'Two briefs' } });
  });

  it('merges CSV tables given as their folder with an edge list whose types a type map says, into CSV tables', () => {
    const tables = join(dir, 'seed-tables');
    mkdirSync(tables);
    for (const [name, text] of Object.entries(writeCsv(seed()))) writeFileSync(join(tables, name), text);
    const edges = join(dir, 'edges.csv');
    writeFileSync(edges, 'source,target,type\nThe Taliban,Pakistan,ally\nKremlin,Pakistan,rumour\n');
    const out = join(dir, 'merged.csv');

    const unmapped = cli(tables, edges, '--out', out);
    expect(unmapped.code).toBe(1);
    expect(unmapped.err.split('\n').slice(0, 2)).toEqual([
      `${edges}: 1 relation type not known (not cooperation, hostility or contested):`,
      '  "rumour"  1 relation',
    ]);

    const run = cli(tables, edges, '--out', out, '--type-map', 'rumour=contested');
    expect(run.code).toBe(0);
    const written = ['actors', 'relations', 'sources'].map((table) => join(dir, `merged.${table}.csv`));
    expect(run.out).toBe(`Wrote ${written[0]}, ${written[1]} and ${written[2]} (CSV tables (spreadsheets), 15 actors, 39 relations).\n`);
    expect(run.err.split('\n')).toEqual([
      `${edges}: Relation types read from the file's words: "ally" as cooperation (1 relation)`,
      `${edges}: Relation types read by the type map: "rumour" as contested (1 relation)`,
      'Matched 2 actors: 1 by label (the-taliban → taliban), 1 by alias (kremlin → russia).',
      'Added 1 actor: pakistan.',
      'Added 2 relations: relation-1 and relation-2.',
      'Not carried over into CSV tables (spreadsheets):',
      "  - the document's title",
      '',
    ]);
    const back = openGraphFiles(written.map((name) => ({ name, text: readFileSync(name, 'utf8') })));
    expect(back.ok && back.document.relations.slice(-2)).toEqual([
      { id: 'relation-1', source: 'taliban', target: 'pakistan', type: 'cooperation', originalType: 'ally' },
      { id: 'relation-2', source: 'russia', target: 'pakistan', type: 'contested', originalType: 'rumour' },
    ]);
  });

  it('exits 1 naming each file it cannot read, and writes nothing', () => {
    const out = join(dir, 'never.json');
    const missing = join(dir, 'missing.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1, "actors": [], "relations": []}');
    const run = cli(missing, SEED, broken, '--out', out);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([
      `${missing}: 1 problem`,
      `  $: cannot read ${missing}: no such file`,
      `${broken}: 1 problem`,
      '  $.title: title is required',
      '',
    ]);
    expect(run.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write over a file it read', () => {
    const before = readFileSync(otherFile, 'utf8');
    expect(cli(SEED, otherFile, '--out', otherFile)).toEqual({
      code: 1,
      out: '',
      err: `actor-graph merge: ${otherFile} is one of the files read; name another --out\n`,
    });
    expect(readFileSync(otherFile, 'utf8')).toBe(before);
  });

  it('exits 2 with its usage when given one file or no --out', () => {
    expect(cli(SEED, '--out', join(dir, 'one.json'))).toEqual({
      code: 2,
      out: '',
      err:
        'actor-graph merge: expected two GRAPHs or more to merge, got 1\n' +
        'Usage: actor-graph merge GRAPH GRAPH… --out PATH [--format json|gexf|graphml|csv|edge-list] [--edges mixed|directed|undirected] ' +
        '[--title TEXT] [--from FORMAT] [--type-map VALUE=TYPE,…]\n',
    });
    expect(cli(SEED, otherFile).err.split('\n')[0]).toBe('actor-graph merge: --out PATH is required');
  });
});

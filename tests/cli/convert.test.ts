import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EDGE_MODES } from '../../src/io/edge-modes.ts';

const SEED = 'graph/russia-taliban-2016.json';
const seedText = readFileSync(SEED, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real binary as a user would, in its own process. */
function convert(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', 'convert', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const USAGE =
  'Usage: actor-graph convert IN… OUT [--to json|gexf|graphml|csv|edge-list] [--edges mixed|directed|undirected] [--title TEXT] ' +
  '[--from FORMAT] [--type-map VALUE=TYPE,…]\n';

// Each case starts node processes, which can take seconds each while other tests run.
describe('actor-graph convert', { timeout: 240_000 }, () => {
  for (const format of ['gexf', 'graphml'] as const) {
    it(`takes the seed graph JSON → ${format} → JSON unchanged, byte for byte, in every edge mode`, () => {
      for (const mode of EDGE_MODES) {
        const there = join(dir, `${mode}.${format}`);
        const back = join(dir, `${mode}-${format}.json`);
        const out = convert(SEED, there, '--edges', mode);
        expect(out.code, out.err).toBe(0);
        // Nothing is lost, so nothing is said on standard error.
        expect(out.err).toBe('');
        const edges = {
          mixed: '37 relations',
          directed: '37 relations as 60 directed edges',
          undirected: '37 relations, every edge undirected',
        };
        const label = format === 'gexf' ? 'GEXF (Gephi)' : 'GraphML';
        expect(out.out).toBe(`Wrote ${there} (${label}, 14 actors, ${edges[mode]}).\n`);
        const home = convert(there, back);
        expect(home.code, home.err).toBe(0);
        expect(home.out).toBe(`Wrote ${back} (actor-graph JSON, 14 actors, 37 relations).\n`);
        expect(readFileSync(back, 'utf8'), `${format} ${mode}`).toBe(seedText);
      }
    });
  }

  it('lists what a plain edge list cannot hold', () => {
    const out = join(dir, 'edges.csv');
    const run = convert(SEED, out, '--to', 'edge-list');
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Wrote ${out} (CSV edge list, 14 actors, 37 relations).\n`);
    expect(run.err).toBe(
      [
        'Not carried over into CSV edge list:',
        "  - the document's title and description",
        '  - the version 1.1 (read back as 1)',
        '  - 1 source',
        '  - the id of 3 actors',
        '  - the kind of every actor (14)',
        '  - the description of every actor (14)',
        '  - the aliases of every actor (14)',
        '  - the id of every relation (37)',
        '  - the label of every relation (37)',
        '  - the start of 20 relations',
        '  - the end of 7 relations',
        '  - the note of 15 relations',
        '  - the start bound of 11 relations',
        '  - the evidence of 37 relations (60 pieces)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(out, 'utf8').split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFsource,target,type,direction',
      'Russia,Taliban,hostility,undirected',
      'Taliban,Chechen rebels,cooperation,directed',
    ]);
  });

  it('writes CSV tables into a folder, saying the title stays behind, and reads them back together', () => {
    const folder = join(dir, 'tables') + '/';
    const run = convert(SEED, folder);
    expect(run.code).toBe(0);
    const tables = ['actors', 'relations', 'sources'].map((table) => join(folder, `${table}.csv`));
    expect(run.out).toBe(`Wrote ${tables[0]}, ${tables[1]} and ${tables[2]} (CSV tables (spreadsheets), 14 actors, 37 relations).\n`);
    expect(run.err).toBe("Not carried over into CSV tables (spreadsheets):\n  - the document's title and description\n");
    const back = join(dir, 'from-tables.json');
    const home = convert(...tables, back, '--title', 'Russia and the Taliban, 2016');
    expect(home.code, home.err).toBe(0);
    const { description: _description, ...rest } = JSON.parse(seedText) as Record<string, unknown>;
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(rest);
  });

  it('writes CSV tables in the directed mode that read back as the seed graph', () => {
    const base = join(dir, 'directed', 'graph.csv');
    const run = convert(SEED, base, '--edges', 'directed');
    expect(run.code).toBe(0);
    expect(run.out).toContain('(CSV tables (spreadsheets), 14 actors, 37 relations as 60 directed edges).');
    const back = join(dir, 'directed.json');
    const tables = ['actors', 'relations', 'sources'].map((table) => join(dir, 'directed', `graph.${table}.csv`));
    expect(convert(...tables, back).code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8')).relations).toEqual(JSON.parse(seedText).relations);
  });

  it('refuses a command line it cannot follow with exit 2, and never writes over a file it reads', () => {
    expect(convert(SEED)).toEqual({ code: 2, out: '', err: `actor-graph convert: OUT is required after IN\n${USAGE}` });
    expect(convert(SEED, join(dir, 'out.txt'))).toEqual({
      code: 2,
      out: '',
      err: `actor-graph convert: --to is required (one of json, gexf, graphml, csv, edge-list) when OUT does not end in .json, .gexf, .graphml or .csv\n${USAGE}`,
    });
    expect(convert(SEED, join(dir, 'x.gexf'), '--edges', 'both')).toEqual({
      code: 2,
      out: '',
      err: `actor-graph convert: --edges "both" is not one of mixed, directed, undirected\n${USAGE}`,
    });
    expect(convert(SEED, SEED)).toEqual({
      code: 1,
      out: '',
      err: `actor-graph convert: ${SEED} is one of the files read; name another OUT\n`,
    });
    expect(readFileSync(SEED, 'utf8')).toBe(seedText);
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
  });
});

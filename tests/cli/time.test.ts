/**
 * The two questions of time on the command line: --as-of with --possible, and --known-on, in
 * paths, stats and export, on a hand-made graph. Spawned as processes, as a user runs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/render.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { revealedSharing, threeActors } from '../support/time-fixtures.ts';

/** Alpha–Beta revealed in December 2015 (it may be older); Beta–Gamma since 2007, known from a report of March 2015. */
const document: GraphDocument = {
  version: 1.1,
  title: 'Two questions of time',
  sources: [
    { id: 'brief', title: 'A brief', date: '2016-12-31' },
    { id: 'report', title: 'A report', date: '2015-03' },
  ],
  actors: threeActors(),
  relations: [
    revealedSharing(),
    { id: 'old', source: 'b', target: 'c', type: 'cooperation', start: '2007', evidence: [{ source: 'report' }] },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'actor-graph-time-'));
const FILE = join(dir, 'time.json');
writeFileSync(FILE, JSON.stringify(document));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
const json = (...args: string[]) => JSON.parse(cli(...args, '--json').out);

describe('actor-graph paths as of a date, and as known on one', () => {
  it('leaves out a relation that only possibly held, unless --possible takes it in and says so', () => {
    expect(cli('paths', FILE, '--from', 'Alpha', '--to', 'Gamma', '--as-of', '2015-06').out).toBe(
      'No path from Alpha to Gamma with these filters (as of 2015-06).\n',
    );
    const possible = json('paths', FILE, '--from', 'Alpha', '--to', 'Gamma', '--as-of', '2015-06', '--possible');
    expect(possible.paths.map((p: { relations: string[]; possible: string[] }) => [p.relations, p.possible])).toEqual([
      [['sharing', 'old'], ['sharing']],
    ]);
    const text = cli('paths', FILE, '--from', 'Alpha', '--to', 'Gamma', '--as-of', '2015-06', '--possible').out.split('\n');
    expect(text[0]).toBe('Shortest path from Alpha to Gamma, as of 2015-06, possible relations too:');
    expect(text.at(-2)).toBe('   only possibly held as of 2015-06: sharing');
    const certain = json('paths', FILE, '--from', 'Alpha', '--to', 'Gamma', '--as-of', '2016', '--possible');
    expect(certain.paths.map((p: { possible: string[] }) => p.possible)).toEqual([[]]);
  });

  it('finds a path only once the evidence of each step is dated', () => {
    expect(cli('paths', FILE, '--from', 'Alpha', '--to', 'Gamma', '--known-on', '2015-06').out).toBe(
      'No path from Alpha to Gamma with these filters (as known on 2015-06).\n',
    );
    expect(json('paths', FILE, '--from', 'Alpha', '--to', 'Gamma', '--known-on', '2016-01').paths[0].relations).toEqual(['sharing', 'old']);
  });
});

describe('actor-graph stats as of a date, and as known on one', () => {
  it('counts possible relations only with --possible, and says how many', () => {
    expect(json('stats', FILE, '--as-of', '2015-06').relations).toBe(1);
    const possible = json('stats', FILE, '--as-of', '2015-06', '--possible');
    expect([possible.relations, possible.possible]).toEqual([2, 1]);
    expect(json('stats', FILE, '--as-of', '2015-06').possible).toBeUndefined();
    expect(cli('stats', FILE, '--as-of', '2015-06', '--possible', '--known-on', '2016-01').out.split('\n').slice(0, 3)).toEqual([
      'Two questions of time: 3 actors, 2 relations as of 2015-06, possible relations too, as known on 2016-01',
      '  1 of them only possibly held as of 2015-06',
      '  2 cooperation, 0 hostility, 0 contested',
    ]);
  });

  it("reads evidence without a date by its source's date", () => {
    const counts = ['2015-02', '2015-03', '2015-12-30', '2016-01'].map((d) => json('stats', FILE, '--known-on', d).relations);
    expect(counts).toEqual([0, 1, 1, 2]);
  });
});

describe('actor-graph export of data as of a date, and as known on one', () => {
  it('writes only the relations that pass', () => {
    const ids = (...args: string[]) => {
      const out = join(dir, `out-${args.join('-')}.json`);
      const run = cli('export', FILE, '--out', out, ...args);
      expect(run.code, run.err).toBe(0);
      return (JSON.parse(readFileSync(out, 'utf8')) as GraphDocument).relations.map((r) => r.id);
    };
    expect(ids('--as-of', '2015-06')).toEqual(['old']);
    expect(ids('--as-of', '2015-06', '--possible')).toEqual(['sharing', 'old']);
    expect(ids('--known-on', '2015-06')).toEqual(['old']);
    expect(ids('--known-on', '2016')).toEqual(['sharing', 'old']);
  });
});

describe.skipIf(!findChromium().found)('actor-graph export of an image as of a date, and as known on one', { timeout: 240_000 }, () => {
  it('draws only the relations that pass, and possible ones apart with their legend entry', () => {
    const drawn = (...args: string[]) => {
      const out = join(dir, `drawn-${args.join('-')}.svg`);
      const run = cli('export', FILE, '--out', out, ...args);
      expect(run.code, run.err).toBe(0);
      const svg = readFileSync(out, 'utf8');
      const edges = /<g class="edges">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
      return { edges: [...edges.matchAll(/data-id="([^"]*)"/g)].map((m) => m[1]), possibleEntry: svg.includes('>Possible at this date<') };
    };
    expect(drawn('--as-of', '2015-06', '--possible')).toEqual({ edges: ['sharing', 'old'], possibleEntry: true });
    expect(drawn('--known-on', '2015-06')).toEqual({ edges: ['old'], possibleEntry: false });
  });
});

describe('the options of time', () => {
  it('are refused when malformed, exit 2', () => {
    const needsDate = '--possible takes in relations that possibly held at the --as-of date; give --as-of DATE';
    const notDate = (text: string) => `--known-on "${text}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`;
    const cases: [string[], string][] = [
      [['stats', FILE, '--possible'], `actor-graph stats: ${needsDate}`],
      [['stats', FILE, '--known-on', 'then'], `actor-graph stats: ${notDate('then')}`],
      [['paths', FILE, '--from', 'a', '--to', 'c', '--known-on', '2015-13'], `actor-graph paths: ${notDate('2015-13')}`],
      [['export', FILE, '--out', join(dir, 'y.json'), '--possible'], `actor-graph export: ${needsDate}`],
    ];
    for (const [args, message] of cases) {
      const run = cli(...args);
      expect({ args, code: run.code, first: run.err.split('\n')[0] }).toEqual({ args, code: 2, first: message });
    }
  });

  it('are in the help of each command that filters', () => {
    for (const command of ['paths', 'stats', 'export']) {
      expect(cli(command, '--help').out, command).toContain('[--as-of DATE [--possible]] [--known-on DATE]');
    }
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'graph/russia-taliban-2016.json';

/** Runs the real binary as a user would, in its own process. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'actor-graph-')), name);
  writeFileSync(file, text);
  return file;
}

describe('actor-graph validate', () => {
  it('passes the seed graph with a one-line summary', () => {
    const run = cli('validate', SEED);
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      `${SEED}: valid. "Russia and the Taliban, 2016": 14 actors, 37 relations (16 cooperation, 16 hostility, 5 contested), 60 pieces of evidence from 1 source.\n`,
    );
  });

  it('lists every problem with its path and exits 1', () => {
    const file = tempFile(
      'bad.json',
      JSON.stringify({
        version: 1,
        title: 'Bad',
        actors: [{ id: 'a', label: 'A' }],
        relations: [{ id: 'r', source: 'a', target: 'b', type: 'alliance', start: '2020', end: '2019' }],
      }),
    );
    const run = cli('validate', file);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `${file}: 3 problems\n` +
        '  $.relations[0].start: start 2020 is after end 2019\n' +
        '  $.relations[0].target: unknown actor "b"; did you mean "a"?\n' +
        '  $.relations[0].type: unknown relation type "alliance"; use one of cooperation, hostility, contested\n',
    );
  });

  it('reports JSON that does not parse with its line and column', () => {
    const run = cli('validate', tempFile('broken.json', '{\n  "version": 1,\n  oops\n}'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('$: JSON does not parse at line 3, column 3: unexpected "o" where a property name in double quotes belongs');
  });

  it('reports a missing file', () => {
    const run = cli('validate', 'graph/nowhere.json');
    expect(run.code).toBe(1);
    expect(run.err).toBe('graph/nowhere.json: 1 problem\n  $: cannot read graph/nowhere.json: no such file\n');
  });
});

describe('actor-graph paths', () => {
  it('prints the shortest path with its reading', () => {
    const run = cli('paths', SEED, '--from', 'Russia', '--to', 'India');
    expect(run.code).toBe(0);
    expect(run.out.split('\n').slice(0, 2)).toEqual([
      'Shortest path from Russia to India:',
      '1. [+] Russia cooperates with India. Dates not given.',
    ]);
  });

  it('prints JSON paths under the filters, naming actors by alias in any case', () => {
    const run = cli('paths', SEED, '--from', 'the kremlin', '--to', 'daesh', '--as-of', '2016', '--json');
    expect(run.code).toBe(0);
    // As of a date the window is what each relation's dates allow; the view is of that date.
    expect(JSON.parse(run.out)).toEqual({
      paths: [
        {
          actors: ['russia', 'isis'],
          relations: ['russia-isis'],
          sign: '-',
          window: { from: '2015-12', to: null },
          undatedSteps: 0,
          holds: 'holds from 2015-12',
        },
      ],
    });
    // In 2001 Russia's hostility to ISIS, begun no later than December 2015, is only possible.
    expect(JSON.parse(cli('paths', SEED, '--from', 'Russia', '--to', 'ISIS', '--as-of', '2001', '--json').out)).toEqual({ paths: [] });
    expect(JSON.parse(cli('paths', SEED, '--from', 'Russia', '--to', 'ISIS', '--as-of', '2001', '--possible', '--json').out)).toMatchObject(
      {
        paths: [{ actors: ['russia', 'isis'], relations: ['russia-isis'], sign: '-', possible: ['russia-isis'] }],
      },
    );
  });

  it('gives each path in JSON the window in which all its steps held, and keeps undated relations apart when asked', () => {
    const run = cli('paths', SEED, '--from', 'China', '--to', 'ISIS', '--json');
    expect(JSON.parse(run.out)).toEqual({
      paths: [
        {
          actors: ['china', 'russia', 'isis'],
          relations: ['russia-china', 'russia-isis'],
          sign: '-',
          window: { from: '2015-12', to: null },
          undatedSteps: 1,
          holds: 'holds from 2015-12, with an undated step',
        },
      ],
    });
    // Every relation from China gives no date and every one to ISIS does.
    const apart = cli('paths', SEED, '--from', 'China', '--to', 'ISIS', '--undated', 'apart');
    expect([apart.code, apart.out]).toEqual([0, 'No path from China to ISIS with these filters (undated relations kept apart).\n']);
    const wrong = cli('paths', SEED, '--from', 'China', '--to', 'ISIS', '--undated', 'never');
    expect([wrong.code, wrong.err.split('\n')[0]]).toEqual([2, 'actor-graph paths: --undated "never" is not one of join, apart']);
  });

  it('lists all paths up to a number of hops, shortest first', () => {
    const run = cli(
      'paths',
      SEED,
      '--from',
      'China',
      '--to',
      'ISIS',
      '--all',
      '--max-hops',
      '3',
      '--types',
      'cooperation,hostility',
      '--json',
    );
    const { paths } = JSON.parse(run.out) as { paths: { actors: string[]; relations: string[]; sign: string }[] };
    expect(paths[0]).toEqual({
      actors: ['china', 'russia', 'isis'],
      relations: ['russia-china', 'russia-isis'],
      sign: '-',
      window: { from: '2015-12', to: null },
      undatedSteps: 1,
      holds: 'holds from 2015-12, with an undated step',
    });
    expect(paths.map((p) => p.relations.length)).toEqual([...paths.map((p) => p.relations.length)].sort((a, b) => a - b));
    expect(paths.every((p) => p.sign !== '?')).toBe(true);
  });

  it('follows direction only when asked', () => {
    const either = JSON.parse(cli('paths', SEED, '--from', 'India', '--to', 'Syria', '--json').out);
    expect(either.paths[0].relations).toEqual(['russia-india', 'russia-syrian-government']);
    const directed = JSON.parse(
      cli('paths', SEED, '--from', 'Syria', '--to', 'Russia', '--directed', '--types', 'cooperation', '--json').out,
    );
    expect(directed.paths).toEqual([]);
  });

  it('says there is no path when the filters leave none', () => {
    const run = cli('paths', SEED, '--from', 'India', '--to', 'Iran', '--types', 'contested');
    expect(run.code).toBe(0);
    expect(run.out).toBe('No path from India to Iran with these filters.\n');
  });

  it('exits 1 with a suggestion for an unknown actor', () => {
    const run = cli('paths', SEED, '--from', 'Rusia', '--to', 'India');
    expect(run.code).toBe(1);
    expect(run.err).toBe('actor-graph paths: No actor is named "Rusia"; did you mean "Russia"?\n');
  });

  it('exits 2 with usage for a bad option', () => {
    for (const args of [
      ['--from', 'Russia'],
      ['--from', 'A', '--to', 'B', '--max-hops', 'zero'],
      ['--from', 'A', '--to', 'B', '--types', 'love'],
      ['--from', 'A', '--to', 'B', '--colour'],
    ]) {
      const run = cli('paths', SEED, ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err, args.join(' ')).toContain('Usage: actor-graph paths FILE… --from A --to B');
    }
  });
});

describe('actor-graph stats', () => {
  it('counts by type, ranks actors and lists unbalanced triads', () => {
    const stats = JSON.parse(cli('stats', SEED, '--json').out);
    expect(stats.byType).toEqual({ cooperation: 16, hostility: 16, contested: 5 });
    expect(stats.centrality.degree.slice(0, 2)).toEqual([
      { id: 'russia', value: 21 },
      { id: 'taliban', value: 18 },
    ]);
    // With no date set, only triads whose relations held together count.
    expect(stats.triads).toEqual({ balanced: 7, unbalanced: 3 });
    // Russia against the drug traffickers the Taliban helps, while cooperating with the Taliban.
    expect(stats.unbalancedTriads.map((t: { actors: string[] }) => t.actors)).toContainEqual(['drug-traffickers', 'russia', 'taliban']);
    expect(stats.ambivalentPairs).toEqual([
      {
        actors: ['afghan-government', 'russia'],
        relations: ['russia-afghan-government-strain', 'russia-afghan-government-counterterrorism'],
      },
    ]);
  });

  it('judges the graph as of a date', () => {
    // 2001: the 17 undated relations, plus Russia's support for the U.S. and hostility to the
    // Taliban that year, and the U.S.–Taliban war that began then. Relations begun "no later than"
    // 2015 or 2016 (the fights against ISIS, the intelligence sharing, the arms reports) are only
    // possible then: counted with --possible.
    const stats = JSON.parse(cli('stats', SEED, '--as-of', '2001', '--json').out);
    expect(stats.byType).toEqual({ cooperation: 11, hostility: 7, contested: 2 });
    expect(JSON.parse(cli('stats', SEED, '--as-of', '2001', '--possible', '--json').out).byType).toEqual({
      cooperation: 12,
      hostility: 14,
      contested: 5,
    });
  });

  it('judges triads and betweenness with undated relations kept apart when asked', () => {
    const stats = JSON.parse(cli('stats', SEED, '--undated', 'apart', '--json').out);
    // Only triads of three undated relations, or of three dated ones that held together, are left.
    expect(stats.triads).toEqual({ balanced: 2, unbalanced: 0 });
    expect(stats.centrality.betweenness.map((e: { id: string }) => e.id).slice(0, 3)).toEqual(['russia', 'taliban', 'isis']);
  });

  it('prints a readable summary', () => {
    const run = cli('stats', SEED);
    expect(run.code).toBe(0);
    expect(run.out.split('\n').slice(0, 4)).toEqual([
      'Russia and the Taliban, 2016: 14 actors, 37 relations',
      '  16 cooperation, 16 hostility, 5 contested',
      'Most relations (degree):',
      '  1. Russia 21',
    ]);
    expect(run.out.split('\n').slice(-3)).toEqual([
      'Ambivalent pairs, cooperation and hostility at once (left out of triads):',
      '  Afghan government and Russia (russia-afghan-government-strain, russia-afghan-government-counterterrorism)',
      '',
    ]);
  });
});

describe('actor-graph', () => {
  it('explains itself and refuses an unknown command', () => {
    expect(cli('--help').out).toContain('actor-graph validate FILE');
    const run = cli('draw');
    expect(run.code).toBe(2);
    expect(run.err).toContain('unknown command "draw"');
  });

  it('refuses the names every object has as unknown commands, not with a stack trace', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const run = cli(name, 'x');
      expect({ name, code: run.code, line: run.err.split('\n')[0] }).toEqual({
        name,
        code: 2,
        line: `actor-graph: unknown command "${name}"`,
      });
    }
  });
});

describe('actor-graph output from hostile data', () => {
  it('shows control characters from the data as escapes, never sends them to the terminal', () => {
    const doc = {
      version: 1,
      title: 'Clear\u001b[2J screen',
      sources: [],
      actors: [
        { id: 'a', label: 'A\rB' },
        { id: 'b', label: 'Clip\u001b]52;c;aGk=\u0007board' },
      ],
      relations: [{ id: 'r', source: 'a', target: 'b', type: 'cooperation' }],
    };
    const file = tempFile('hostile.json', JSON.stringify(doc));
    const checked = cli('validate', file);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Clear\\x1b[2J screen');
    const found = cli('paths', file, '--from', 'a', '--to', 'b');
    expect(found.out).toContain('A\\x0dB');
    expect(found.out).toContain('Clip\\x1b]52;c;aGk=\\x07board');
    // Nothing but newlines is a control character in what was printed.
    for (const text of [checked.out, checked.err, found.out, found.err])
      expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const unknown = cli('paths', file, '--from', 'x\u001b[31m', '--to', 'b');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('x\\x1b[31m');
    // JSON output keeps the data exactly, escaped as JSON escapes it.
    expect(JSON.parse(cli('paths', file, '--from', 'a', '--to', 'b', '--json').out).paths[0].actors).toEqual(['a', 'b']);
  });
});

describe('actor-graph and the file system', () => {
  it('says in one line, exit 1, when it cannot write where --out points', () => {
    const folder = mkdtempSync(join(tmpdir(), 'actor-graph-out-'));
    const file = tempFile('a-file.json', '{}');
    const cases: [string[], string][] = [
      [['export', SEED, '--format', 'json', '--out', folder], `actor-graph export: ${folder}: it is a folder`],
      [['export', SEED, '--out', join(file, 'x.json')], `actor-graph export: ${file}: a file stands where a folder is needed`],
      [['schema', '--out', folder], `actor-graph schema: ${folder}: it is a folder`],
    ];
    for (const [args, line] of cases) {
      const run = cli(...args);
      expect({ args, code: run.code, err: run.err }).toEqual({ args, code: 1, err: `${line}\n` });
    }
  });
});

describe('actor-graph validate on a file that never ends', () => {
  it.runIf(existsSync('/dev/zero'))('stops reading /dev/zero at the size limit and says so, exit 1', () => {
    const run = cli('validate', '/dev/zero');
    expect(run.code).toBe(1);
    expect(run.out + run.err).toContain('/dev/zero: 1 problem\n  $: the file holds more than 96 MB; the limit is 33,554,432 characters');
  });
});

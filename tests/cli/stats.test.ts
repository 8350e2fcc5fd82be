/**
 * `actor-graph stats` on graphs large enough that betweenness is estimated: the method said in
 * both outputs, the options that choose it, and progress shown on a terminal only. Spawned as
 * processes, as a user runs the command.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate.ts';

const SEED = 'graph/russia-taliban-2016.json';
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-stats-'));
/** One actor past the size from which betweenness is estimated by default; one relation each, to stay quick. */
const large = join(dir, 'large.json');
beforeAll(() => writeFileSync(large, JSON.stringify(generateGraph({ actors: 5_001, perActor: 1, seed: 1 }))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { encoding: 'utf8', maxBuffer: 1 << 24 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
    });
  });
}
const cli = (...args: string[]) => run(process.execPath, ['bin/actor-graph.js', ...args]);

describe('actor-graph stats --approx', () => {
  it('estimates betweenness from the actors drawn for the seed and says so', async () => {
    const human = await cli('stats', SEED, '--approx', '5');
    expect(human.code).toBe(0);
    expect(human.out.split('\n').slice(8, 14)).toEqual([
      'Most between others (betweenness estimated from 5 of 14 actors drawn at random, seed 1, ± its standard error):',
      '  1. Russia 0.295 ± 0.052',
      '  2. Taliban 0.271 ± 0.050',
      '  3. Afghan government 0.031 ± 0.019',
      '  4. ISIS 0.022 ± 0.007',
      '  5. Central Asian terrorist networks 0.000 ± 0.000',
    ]);
    const json = JSON.parse((await cli('stats', SEED, '--approx', '5', '--seed', '7', '--json')).out);
    expect(json.centrality.betweennessMethod).toEqual({ method: 'sampled', sources: 5, actors: 14, seed: 7 });
    expect(Object.keys(json.centrality.betweenness[0])).toEqual(['id', 'value', 'error']);
    // The same seed, the same figures.
    expect(JSON.parse((await cli('stats', SEED, '--approx', '5', '--seed', '7', '--json')).out)).toEqual(json);
  });

  it('works out every actor for --approx 0, --exact, or a sample as large as the graph', async () => {
    const exact = JSON.parse((await cli('stats', SEED, '--json')).out);
    expect(exact.centrality.betweennessMethod).toEqual({ method: 'exact', sources: 14, actors: 14 });
    expect(Object.keys(exact.centrality.betweenness[0])).toEqual(['id', 'value']);
    for (const args of [['--approx', '0'], ['--exact'], ['--approx', '14'], ['--approx', '900']]) {
      expect({ args, stats: JSON.parse((await cli('stats', SEED, ...args, '--json')).out) }).toEqual({ args, stats: exact });
    }
    expect((await cli('stats', SEED, '--exact')).out.split('\n')[8]).toBe('Most between others (betweenness):');
  });

  it('refuses a sample it cannot draw or a contradiction, exit 2', async () => {
    const cases: [string[], string][] = [
      [['--approx', '1'], 'actor-graph stats: --approx takes 0 (exact) or a number of actors of at least 2, not 1'],
      [['--approx', 'some'], 'actor-graph stats: --approx must be a whole number, not "some"'],
      [['--approx', '50', '--exact'], 'actor-graph stats: --approx and --exact ask for different things; give one'],
      [['--seed', '1.5'], 'actor-graph stats: --seed must be a whole number, not "1.5"'],
    ];
    for (const [args, line] of cases) {
      const done = await cli('stats', SEED, ...args);
      expect({ args, code: done.code, line: done.err.split('\n')[0] }).toEqual({ args, code: 2, line });
    }
  });
});

describe('actor-graph stats past 5,000 actors', () => {
  it('estimates betweenness by default, saying so, and prints no progress into a pipe', async () => {
    const human = await cli('stats', large);
    expect(human.code).toBe(0);
    expect(human.err).toBe('');
    expect(human.out.split('\n').slice(8, 10)).toEqual([
      'Most between others (betweenness estimated from 500 of 5,001 actors drawn at random, seed 1, ± its standard error):',
      '  (estimated as the graph has over 5,000 actors; --exact works out every actor, slower)',
    ]);
    const json = JSON.parse((await cli('stats', large, '--json')).out);
    expect(json.centrality.betweennessMethod).toEqual({ method: 'sampled', sources: 500, actors: 5001, seed: 1, byDefault: true });
    const exact = JSON.parse((await cli('stats', large, '--exact', '--json')).out);
    expect(exact.centrality.betweennessMethod).toEqual({ method: 'exact', sources: 5001, actors: 5001 });
  }, 120_000);

  // `script` runs the command on a pseudo-terminal, as a user's terminal would.
  it.runIf(existsSync('/usr/bin/script'))(
    'shows progress on a terminal, rewritten in place and cleared before the figures',
    async () => {
      const command = [process.execPath, 'bin/actor-graph.js', 'stats', large].map((part) => `'${part}'`).join(' ');
      const done = await run('/usr/bin/script', ['-q', '-e', '-c', command, '/dev/null']);
      expect(done.code).toBe(0);
      const lines = [...done.out.matchAll(/\r(betweenness: [^\r\u001b]*)\u001b\[K/g)].map((m) => m[1]);
      expect(lines.length).toBe(101);
      expect(lines.slice(0, 3)).toEqual([
        'betweenness: 0% (1 of 500 sampled actors)',
        'betweenness: 1% (5 of 500 sampled actors)',
        'betweenness: 2% (10 of 500 sampled actors)',
      ]);
      expect(lines.at(-1)).toBe('betweenness: 100% (500 of 500 sampled actors)');
      // Cleared, then the figures from the start of the line.
      expect(done.out).toContain(
        'betweenness: 100% (500 of 500 sampled actors)\u001b[K\r\u001b[KGenerated graph of 5001 actors (seed 1): 5001 actors, ',
      );
    },
    120_000,
  );
});

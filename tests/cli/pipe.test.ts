/**
 * `actor-graph` reading a named pipe, as a spawned process: it reads what a writer sends, and
 * gives up, in one line and exit 1, on a pipe that gives nothing for the stated wait.
 */
import { execFile, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SEED = 'graph/russia-taliban-2016.json';
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let made = 0;
function fifo(): string {
  const file = join(dir, `pipe-${made++}`);
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
}

/** The command's exit, as a promise: the test waits on it, never on a clock. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/actor-graph.js', ...args],
      { encoding: 'utf8', env: { ...process.env, ...env } },
      (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
      },
    );
    child.stdin?.end();
  });
}

describe.runIf(process.platform !== 'win32')('actor-graph reading a named pipe', () => {
  it('gives up on a pipe that no program writes to, in one line, exit 1', async () => {
    const pipe = fifo();
    const run = await cli(['validate', pipe], { ACTOR_GRAPH_WAIT: '0.5' });
    expect(run).toEqual({
      code: 1,
      out: '',
      err: `actor-graph validate: ${pipe}: nothing to read for 0.5 s (a pipe no program writes to?); gave up\n`,
    });
  });

  it('gives up on a pipe that stops sending, saying how much came', async () => {
    const pipe = fifo();
    // Opened for reading and writing, a pipe does not wait for the other end: the start of a
    // document is in it before the command opens it, and this end stays open, sending no more.
    const writer = openSync(pipe, 'r+');
    try {
      writeSync(writer, '{"version": 1,');
      const run = await cli(['stats', pipe], { ACTOR_GRAPH_WAIT: '1' });
      expect(run).toEqual({
        code: 1,
        out: '',
        err: `actor-graph stats: ${pipe}: nothing more after 14 bytes for 1 s (a pipe no program writes to?); gave up\n`,
      });
    } finally {
      closeSync(writer);
    }
  });

  it('reads the whole document a writer sends, then goes on as with a file', async () => {
    const pipe = fifo();
    const run = cli(['validate', pipe]);
    // Opening for writing waits until the command has opened the pipe for reading.
    const writer = await open(pipe, 'w');
    await writer.writeFile(readFileSync(SEED));
    await writer.close();
    const done = await run;
    expect(done.code).toBe(0);
    expect(done.out).toBe(
      `${pipe}: valid. "Russia and the Taliban, 2016": 14 actors, 37 relations (16 cooperation, 16 hostility, 5 contested), 60 pieces of evidence from 1 source.\n`,
    );
  });

  it('refuses a wait that is not a number of seconds, exit 2', async () => {
    const run = await cli(['validate', SEED], { ACTOR_GRAPH_WAIT: 'soon' });
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toBe('actor-graph validate: ACTOR_GRAPH_WAIT must be a number of seconds above 0, not "soon"');
  });

  it('states the wait in its help', async () => {
    const run = await cli(['--help']);
    expect(run.out).toContain(
      'A FILE that is a named pipe and gives nothing for 10 s is given up (exit 1); ACTOR_GRAPH_WAIT=SECONDS changes the wait.',
    );
  });
});

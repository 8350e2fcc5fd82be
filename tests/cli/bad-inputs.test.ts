/**
 * `actor-graph validate` over the shared list of broken files (tests/support/bad-inputs.ts): the
 * real command in its own process, exit 1, every problem printed as `path: message`, nothing on
 * standard output and no stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/cli/args.ts';
import { BAD_INPUTS } from '../support/bad-inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'actor-graph-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(file: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/actor-graph.js', 'validate', file],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 20 },
      (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
      },
    );
  });
}

describe('actor-graph validate over the shared list of broken files', () => {
  it('refuses a file too large to be under the character limit without reading it', async () => {
    const file = join(dir, 'huge.json');
    // Sparse: 200 MB on paper, nothing on disk; reading it would take seconds and the memory.
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024);
    // How long this takes is measured by `npm run bench -- --timings`.
    const run = await validate(file);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`${file}: 1 problem\n  $: the file is 200.0 MB; the limit is 33,554,432 characters\n`);
  });

  BAD_INPUTS.forEach((input, i) => {
    it(`${input.name}: exit 1 and the same problems`, async () => {
      const file = join(dir, `bad-${i}.json`);
      writeFileSync(file, input.text());
      const run = await validate(file);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toBe(`${formatProblems(file, input.problems)}\n`);
    });
  });
});

describe('actor-graph export of a file nested past the limit', () => {
  /** A valid graph but for one unknown field holding 5,000 nested arrays. */
  const deep = () => {
    const seed = '{"version":1,"actors":[{"id":"a","label":"A","x":' + '['.repeat(5000) + ']'.repeat(5000) + '}],"relations":[]}';
    const file = join(dir, 'deep.json');
    writeFileSync(file, seed);
    return file;
  };
  const path = `$.actors[0].x${'[0]'.repeat(61)}`;

  for (const format of ['json', 'gexf', 'graphml', 'csv']) {
    it(`--format ${format}: one line naming where and the limit, exit 1, no stack trace`, async () => {
      const file = deep();
      const out = join(dir, `deep-out.${format}`);
      const run = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        execFile(
          process.execPath,
          ['bin/actor-graph.js', 'export', file, '--format', format, '--out', out],
          { encoding: 'utf8', timeout: 60_000 },
          (error, stdout, stderr) => {
            resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out: stdout, err: stderr });
          },
        );
      });
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toBe(`${file}: 1 problem\n  ${path}: nested more than 64 levels deep; the limit is 64\n`);
    });
  }
});

describe('actor-graph validate of a file saved as UTF-16', () => {
  const doc = JSON.stringify({ version: 1, actors: [], relations: [] });
  const cases: [string, Buffer, string][] = [
    ['little-endian with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]), 'little-endian'],
    ['big-endian without one', Buffer.from(doc, 'utf16le').swap16(), 'big-endian'],
  ];
  for (const [name, bytes, order] of cases) {
    it(`${name}: names the encoding and what to do, exit 1`, async () => {
      const file = join(dir, `utf16-${order}.json`);
      writeFileSync(file, bytes);
      const run = await validate(file);
      expect(run.code).toBe(1);
      expect(run.err).toBe(`${file}: 1 problem\n  $: the file is UTF-16 (${order}); save it as UTF-8\n`);
    });
  }
});

/**
 * `actor-graph check` spawned as a user runs it: the seed graph against its article, a copy with
 * one quote altered and one locator moved, and a brief of our own in Markdown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';

const SEED = 'graph/russia-taliban-2016.json';
const ARTICLE = '../shared/sources/ramani-2016-russia-and-the-taliban.txt';
const HARBOUR = 'tests/fixtures/brief/harbour-graph.json';
const HARBOUR_TEXT = 'coastal-desk=tests/fixtures/brief/harbour-brief.md';
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real binary in its own process. */
function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', 'check', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('actor-graph check', { timeout: 120_000 }, () => {
  it.skipIf(!existsSync(ARTICLE))('finds every quote of the seed graph where it is cited in the article', () => {
    expect(check(SEED, '--text', `ramani-2016=${ARTICLE}`)).toEqual({
      code: 0,
      out: '60 quotes checked against ramani-2016 (17 paragraphs): all found where cited.\n',
      err: '',
    });
  });

  it.skipIf(!existsSync(ARTICLE))('names an altered quote and a moved locator, and exits 1', () => {
    const doc = JSON.parse(readFileSync(SEED, 'utf8')) as GraphDocument;
    const accord = doc.relations.find((r) => r.id === 'russia-taliban-arms-embargo')!.evidence![0]!;
    accord.quote = accord.quote!.replace('uphold', 'honour');
    doc.relations.find((r) => r.id === 'united-states-taliban')!.evidence![1]!.locator = '¶9';
    const copy = join(dir, 'altered.json');
    writeFileSync(copy, JSON.stringify(doc));
    const run = check(copy, '--text', `ramani-2016=${ARTICLE}`);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      'united-states-taliban, evidence 2 (¶9): “the Taliban’s objective of forcing all U.S. troops to swiftly withdraw from Afg…” is in ¶4; write locator ¶4',
      'russia-taliban-arms-embargo, evidence 1 (¶14): “Russia’s pledge to honour the international arms embargo against the Taliban” is ' +
        'not in ramani-2016; closest, in ¶14 (92% alike): “Russia’s pledge to uphold the international arms embargo against the Taliban.”',
      '60 quotes checked against ramani-2016 (17 paragraphs): 58 found where cited, 1 in another paragraph, 1 not found.',
      '',
    ]);
  });

  it('checks a brief in Markdown, its heading and byline not counted as paragraphs', () => {
    expect(check(HARBOUR, '--text', HARBOUR_TEXT)).toEqual({
      code: 0,
      out: '4 quotes checked against coastal-desk (4 paragraphs): all found where cited.\n',
      err: '',
    });
  });

  it('refuses a source the file does not have, and a --text that is not ID=PATH', () => {
    expect(check(HARBOUR, '--text', 'desk=tests/fixtures/brief/harbour-brief.md')).toEqual({
      code: 1,
      out: '',
      err: `actor-graph check: no source "desk" in ${HARBOUR} (its sources: coastal-desk)\n`,
    });
    const bad = check(HARBOUR, '--text', 'harbour-brief.md');
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')[0]).toBe('actor-graph check: --text "harbour-brief.md" is not SOURCE_ID=PATH');
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { csvPaths, filterDocument } from '../../src/cli/export.ts';
import { findChromium } from '../../src/cli/render.ts';
import { fromEdgeMode } from '../../src/io/edge-modes.ts';
import { csvMeta, readCsv, readGexf, readGraphml, readJson } from '../../src/io/index.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { relationPasses } from '../../src/model/filter.ts';

const SEED = 'graph/russia-taliban-2016.json';
const seed = JSON.parse(readFileSync(SEED, 'utf8')) as GraphDocument;
const CAPTION = 'Russia and the Taliban, 2016 — Source: Samuel Ramani, Russia and the Taliban: A Closer Look, 2016';
const dir = mkdtempSync(join(tmpdir(), 'actor-graph-export-'));
const chromium = findChromium();

/** Runs the real binary in its own process. */
function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, ['bin/actor-graph.js', 'export', ...args], { encoding: 'utf8', timeout: 180_000, env });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!chromium.found)('actor-graph export, images drawn in Chromium', { timeout: 240_000 }, () => {
  it('writes PNGs whose pixels follow --scale, --width and --height', () => {
    const bare = join(dir, 'bare.png');
    // The first image may build the render page: up to a minute.
    const run = cli([
      SEED,
      '--format',
      'png',
      '--out',
      bare,
      '--scale',
      '2',
      '--width',
      '800',
      '--height',
      '600',
      '--no-legend',
      '--caption',
      '',
    ]);
    expect(run.err.replace(/.*building the page.*\n/, '')).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Wrote .*bare\.png \(PNG, \d+ bytes\)\.\n$/);
    expect(pngSize(bare)).toEqual({ width: 1600, height: 1200 });

    const framed = join(dir, 'sub', 'framed.png');
    expect(cli([SEED, '--out', framed, '--scale', '1', '--width', '800', '--height', '600']).code).toBe(0);
    const one = pngSize(framed);
    expect(one.width).toBe(800);
    // Legend and caption under the 600-pixel drawing.
    expect(one.height).toBeGreaterThan(600 + 60);
    expect(cli([SEED, '--out', framed, '--scale', '3', '--width', '800', '--height', '600']).code).toBe(0);
    expect(pngSize(framed)).toEqual({ width: 3 * one.width, height: 3 * one.height });
  });

  it('writes an SVG with every actor, the legend and the caption as text', () => {
    const out = join(dir, 'graph.svg');
    const run = cli([SEED, '--format', 'svg', '--out', out, '--width', '1000', '--height', '700']);
    expect(run.code).toBe(0);
    const svg = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'image/svg+xml');
    const root = svg.documentElement!;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('width')).toBe('1000');
    const texts = [...root.getElementsByTagName('text')].map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(seed.actors).toHaveLength(14);
    for (const actor of seed.actors) expect(texts, actor.label).toContain(actor.label);
    for (const word of ['Cooperation', 'Hostility', 'Contested', 'State']) expect(texts).toContain(word);
    // Each text from the data sits between FSI and PDI, so a right-to-left mark in it reverses nothing after it.
    const caption = texts.join(' ');
    expect(caption.replace(/[\u2068\u2069]/g, '')).toContain(CAPTION);
    expect(caption.match(/\u2068/g)?.length).toBe(caption.match(/\u2069/g)?.length);
    expect(caption).toMatch(/\u2068Russia and the Taliban, 2016\u2069 — Source:/);
    // Same command, same bytes.
    const again = join(dir, 'again.svg');
    expect(cli([SEED, '--out', again, '--width', '1000', '--height', '700']).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  it('filters the drawing with --types and --as-of and takes a caption', () => {
    const out = join(dir, 'hostility.svg');
    expect(cli([SEED, '--out', out, '--types', 'hostility', '--as-of', '2016', '--caption', 'Figure 2 <b>bold</b>']).code).toBe(0);
    const svg = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'image/svg+xml');
    const texts = [...svg.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Hostility');
    expect(texts).not.toContain('Cooperation');
    expect(texts).toContain('Figure 2 <b>bold</b>');
    expect(svg.getElementsByTagName('b')).toHaveLength(0);
    const passing = seed.relations.filter((r) => relationPasses(r, { types: ['hostility'], asOf: '2016' })).length;
    expect([...svg.getElementsByTagName('path')].filter((p) => p.getAttribute('data-id'))).toHaveLength(passing);
  });
});

// Each case starts node processes, which can take seconds each while the other tests run.
describe('actor-graph export, data', { timeout: 120_000 }, () => {
  it('writes JSON, GEXF and GraphML that read back as the seed document', () => {
    const readers = { json: readJson, gexf: readGexf, graphml: readGraphml } as const;
    for (const format of ['json', 'gexf', 'graphml'] as const) {
      const out = join(dir, 'data', `graph.${format}`);
      const run = cli([SEED, '--format', format, '--out', out]);
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain('14 actors, 37 relations');
      const result = readers[format](readFileSync(out, 'utf8'));
      expect(result.ok && result.document, format).toEqual(seed);
    }
  });

  it('writes three CSV tables next to a base name, or into a folder', () => {
    const run = cli([SEED, '--out', join(dir, 'csv', 'graph.csv')]);
    expect(run.code, run.err).toBe(0);
    const tables = {
      actors: readFileSync(join(dir, 'csv', 'graph.actors.csv'), 'utf8'),
      relations: readFileSync(join(dir, 'csv', 'graph.relations.csv'), 'utf8'),
      sources: readFileSync(join(dir, 'csv', 'graph.sources.csv'), 'utf8'),
    };
    const result = readCsv(tables, csvMeta(seed));
    expect(result.ok && result.document).toEqual(seed);

    mkdirSync(join(dir, 'tables'));
    expect(cli([SEED, '--format', 'csv', '--out', join(dir, 'tables')]).code).toBe(0);
    for (const table of ['actors', 'relations', 'sources']) expect(existsSync(join(dir, 'tables', `${table}.csv`))).toBe(true);
    expect(csvPaths('out/').relations).toBe(join('out', 'relations.csv'));
    expect(csvPaths('out/graph').sources).toBe('out/graph.sources.csv');
  });

  it('writes every edge directed with --edges directed, and every edge undirected with --edges undirected', () => {
    const directed = join(dir, 'edges', 'directed.gexf');
    const run = cli([SEED, '--out', directed, '--edges', 'directed']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(`Wrote ${directed} (GEXF (Gephi), 14 actors, 37 relations as 60 directed edges).\n`);
    const gexf = readFileSync(directed, 'utf8');
    expect(gexf).toContain('<graph defaultedgetype="directed"');
    expect(gexf.match(/<edge [^>]*type="directed"/g)).toHaveLength(60);
    // Read with the edge mode undone, it is the seed graph again.
    const back = readGexf(gexf);
    expect(back.ok && fromEdgeMode(back.document)).toEqual(seed);

    const undirected = join(dir, 'edges', 'undirected.graphml');
    expect(cli([SEED, '--out', undirected, '--edges', 'undirected']).out).toBe(
      `Wrote ${undirected} (GraphML, 14 actors, 37 relations, every edge undirected).\n`,
    );
    const graphml = readFileSync(undirected, 'utf8');
    expect(graphml).toContain('<graph id="G" edgedefault="undirected">');
    expect(graphml).not.toContain('directed="true"');
    expect(graphml.match(/<data key="e-directed">true<\/data>/g)).toHaveLength(14);
  });

  it('keeps only the relations that pass --types and --as-of, and every actor', () => {
    const out = join(dir, 'filtered.json');
    expect(cli([SEED, '--out', out, '--types', 'cooperation,contested', '--as-of', '2015-12']).code).toBe(0);
    const result = readJson(readFileSync(out, 'utf8'));
    const expected = seed.relations.filter((r) => relationPasses(r, { types: ['cooperation', 'contested'], asOf: '2015-12' }));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(34);
    expect(result.ok && result.document.relations).toEqual(expected);
    expect(result.ok && result.document.actors).toEqual(seed.actors);
    expect(filterDocument(seed, {})).toBe(seed);
  });
});

describe('actor-graph export, errors', { timeout: 120_000 }, () => {
  it('exits 3 with how to install Chromium when there is none', () => {
    const run = cli([SEED, '--format', 'png', '--out', join(dir, 'none.png')], {
      ...process.env,
      CHROMIUM_PATH: '/nonexistent',
      PATH: '/nonexistent-bin',
    });
    expect(run.code).toBe(3);
    expect(run.err).toContain('Chromium, which was not found: CHROMIUM_PATH=/nonexistent is not a file');
    expect(run.err).toContain('apt-get install chromium');
    expect(run.err).toContain('CHROMIUM_PATH');
    expect(existsSync(join(dir, 'none.png'))).toBe(false);
    // The lookup itself, without a browser installed.
    expect(findChromium({ PATH: '/opt/a:/opt/b' }, (p) => p === '/opt/b/chromium-browser')).toEqual({
      found: true,
      path: '/opt/b/chromium-browser',
    });
    expect(findChromium({ PATH: '/opt/a' }, () => false)).toMatchObject({ found: false });
  });

  it('exits 2 with usage for an unknown format, a missing --out or a bad option', () => {
    for (const args of [
      [SEED, '--format', 'gif', '--out', join(dir, 'x.gif')],
      [SEED, '--format', 'png'],
      [SEED, '--out', join(dir, 'x.unknown')],
      [SEED, '--format', 'png', '--out', join(dir, 'x.png'), '--scale', '9'],
      [SEED, '--format', 'json', '--out', join(dir, 'x.json'), '--scale', '2'],
      [SEED, '--format', 'png', '--out', join(dir, 'x.png'), '--as-of', 'yesterday'],
    ]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain('Usage: actor-graph export FILE… --format');
    }
    expect(cli([SEED, '--format', 'gif', '--out', 'x.gif']).err).toContain(
      'unknown format "gif"; use one of png, jpg, svg, json, gexf, graphml, csv',
    );
    expect(cli([SEED, '--format', 'png']).err).toContain('--out PATH is required');
  });

  it('exits 2 for --edges on an image or with a mode it does not know', () => {
    expect(cli([SEED, '--out', join(dir, 'x.png'), '--edges', 'directed']).err.split('\n')[0]).toBe(
      'actor-graph export: --edges applies to data (json, gexf, graphml, csv), not png',
    );
    const run = cli([SEED, '--out', join(dir, 'x.json'), '--edges', 'sideways']);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toBe('actor-graph export: --edges "sideways" is not one of mixed, directed, undirected');
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('exits 1 listing the problems of an invalid file', () => {
    const bad = join(dir, 'bad.json');
    const run0 = cli([join(dir, 'missing.json'), '--format', 'json', '--out', join(dir, 'y.json')]);
    expect(run0.code).toBe(1);
    expect(run0.err).toContain('no such file');
    // Invalid data: refused before any browser is looked for.
    writeFileSync(
      bad,
      JSON.stringify({
        version: 1,
        title: 'Bad',
        actors: [{ id: 'a', label: 'A' }],
        relations: [{ id: 'r', source: 'a', target: 'b', type: 'alliance' }],
      }),
    );
    const run = cli([bad, '--format', 'png', '--out', join(dir, 'y.png')], { ...process.env, CHROMIUM_PATH: '/nonexistent' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('$.relations[0].target: unknown actor "b"');
    expect(run.err).toContain('$.relations[0].type: unknown relation type "alliance"');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_MODES, edgeDirections, fromEdgeMode, toEdgeMode } from '../../src/io/edge-modes.ts';
import { csvMeta, readCsv, readGexf, readGraphml, readJson, writeCsv, writeGexf, writeGraphml, writeJson } from '../../src/io/index.ts';
import type { GraphDocument, ValidationResult } from '../../src/model/format.ts';
import { RUNS, expectDocument, seedDocument, validDocuments } from './helpers.ts';

const pair: GraphDocument = {
  version: 1,
  title: 'Pair',
  sources: [{ id: 's', title: 'S' }],
  actors: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  relations: [
    { id: 'talks', source: 'a', target: 'b', type: 'cooperation', start: '2015', evidence: [{ source: 's', locator: '¶1' }] },
    { id: 'arms', source: 'a', target: 'b', type: 'hostility', directed: true },
    { id: 'feud', source: 'b', target: 'a', type: 'contested', directed: false },
  ],
};

/** Each format written and read back, then brought out of its edge mode. */
const throughFormats: Record<string, (document: GraphDocument) => ValidationResult> = {
  json: (document) => readJson(writeJson(document)),
  gexf: (document) => readGexf(writeGexf(document)),
  graphml: (document) => readGraphml(writeGraphml(document)),
  csv: (document) => {
    const files = writeCsv(document);
    const tables = {
      actors: files['actors.csv'],
      relations: files['relations.csv'],
      ...(files['sources.csv'] ? { sources: files['sources.csv'] } : {}),
    };
    // The tables alone, as files on disk are: the document's own fields go with csvMeta, except the mode.
    const { edgeMode: _mode, ...meta } = csvMeta(document);
    return readCsv(tables, meta);
  },
};

const restored = (result: ValidationResult): ValidationResult =>
  result.ok ? { ok: true, document: fromEdgeMode(result.document) } : result;

describe('edge modes', () => {
  it('leaves a mixed document as it is', () => {
    expect(toEdgeMode(pair, 'mixed')).toBe(pair);
    expect(fromEdgeMode(pair)).toBe(pair);
    expect(edgeDirections(pair).directedByDefault).toBe(false);
    expect(pair.relations.map((r) => edgeDirections(pair).directed(r))).toEqual([false, true, false]);
  });

  it('writes each undirected relation in the directed mode as itself and a reverse edge without its evidence', () => {
    const directed = toEdgeMode(pair, 'directed');
    expect(directed.edgeMode).toBe('directed');
    expect(directed.relations).toEqual([
      pair.relations[0],
      { id: 'talks-reverse', source: 'b', target: 'a', type: 'cooperation', start: '2015', reverseOf: 'talks' },
      pair.relations[1],
      pair.relations[2],
      { id: 'feud-reverse', source: 'a', target: 'b', type: 'contested', directed: false, reverseOf: 'feud' },
    ]);
    const directions = edgeDirections(directed);
    expect(directions.directedByDefault).toBe(true);
    expect(directed.relations.every((r) => directions.directed(r))).toBe(true);
  });

  it('keeps the direction of each directed relation as values in the undirected mode', () => {
    const undirected = toEdgeMode(pair, 'undirected');
    expect(undirected.edgeMode).toBe('undirected');
    expect(undirected.relations[1]).toEqual({ id: 'arms', source: 'a', target: 'b', type: 'hostility', directed: true, directedFrom: 'a' });
    expect(undirected.relations.filter((r) => r.directedFrom !== undefined)).toHaveLength(1);
    const directions = edgeDirections(undirected);
    expect(directions.directedByDefault).toBe(false);
    expect(undirected.relations.some((r) => directions.directed(r))).toBe(false);
  });

  it('declares the graph directed in GEXF and GraphML, and every edge directed or none', () => {
    const gexf = writeGexf(toEdgeMode(pair, 'directed'));
    expect(gexf).toContain('<graph defaultedgetype="directed" mode="dynamic"');
    expect(gexf.match(/<edge /g)).toHaveLength(5);
    expect(gexf.match(/<edge [^>]*type="directed"/g)).toHaveLength(5);
    const graphml = writeGraphml(toEdgeMode(pair, 'undirected'));
    expect(graphml).toContain('<graph id="G" edgedefault="undirected">');
    expect(graphml).not.toContain('directed="true"');
    // The direction stays as a value of the edge.
    expect(graphml).toContain('<data key="e-directed">true</data>');
  });

  it('reads the seed graph back unchanged from every format in every mode', () => {
    const seed = seedDocument();
    expect(toEdgeMode(seed, 'directed').relations).toHaveLength(60);
    for (const mode of EDGE_MODES) {
      for (const [format, through] of Object.entries(throughFormats)) {
        const result = restored(through(toEdgeMode(seed, mode)));
        expect(result.ok, `${format} ${mode}`).toBe(true);
        expectDocument(result, seed);
      }
    }
  });

  it('reads any valid document back unchanged from GEXF and GraphML in every mode', () => {
    fc.assert(
      fc.property(validDocuments, fc.constantFrom(...EDGE_MODES), fc.constantFrom('gexf', 'graphml'), (document, mode, format) => {
        expectDocument(restored(throughFormats[format]!(toEdgeMode(document, mode))), document);
      }),
      RUNS,
    );
  });

  it('puts the ends of a directed relation back in order when another tool swapped them', () => {
    const swapped = { ...toEdgeMode(pair, 'undirected') };
    swapped.relations = swapped.relations.map((r) => (r.id === 'arms' ? { ...r, source: 'b', target: 'a' } : r));
    expect(fromEdgeMode(swapped)).toEqual(pair);
  });

  it('keeps a reverse edge whose relation is gone, and writes no mark twice', () => {
    const directed = toEdgeMode(pair, 'directed');
    const orphan = { ...directed, relations: directed.relations.filter((r) => r.id !== 'talks') };
    expect(fromEdgeMode(orphan).relations.map((r) => r.id)).toEqual(['talks-reverse', 'arms', 'feud']);
    expect(toEdgeMode(directed, 'directed')).toEqual(directed);
    expect(toEdgeMode(toEdgeMode(pair, 'undirected'), 'directed')).toEqual(directed);
  });
});

/**
 * The Node side of the drawing measures: which graphs, how many loads of the drawing page
 * (bench/drawing.ts) each, and what a graph's loads add up to (a row of the Drawing table).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDocument } from '../src/model/format.ts';
import { countCrossings } from '../src/view/drawing-measures.ts';
import type { Driver } from './browser.ts';
import type { DrawingLoad, Measures, ReferenceName, ReferenceResult } from './drawing-types.ts';
import { generateGraph } from './generate.ts';
import { median } from './model.ts';
import { planarGraphs } from './planar.ts';
import { indexGraph } from './reference-layouts.ts';

/** Graphs above this many actors get ours only, and only crossings and relations through actors. */
export const DRAWING_FULL_MAX = 150;

export interface DrawingGraph {
  key: string;
  label: string;
  doc: GraphDocument;
  planar: boolean;
  /** Crossings of each networkx layout of bench/fixtures/NAME.positions.json, by layout name. */
  networkx?: Record<string, number>;
}

/**
 * The graphs measured: the Russia–Taliban graph, generated graphs of 10 to 150 actors and of
 * `largeSizes`, the real social networks of bench/fixtures/ found there, and the planar graphs
 * of bench/planar.ts.
 */
export function drawingGraphs(root: string, { largeSizes }: { largeSizes: number[] }): DrawingGraph[] {
  const graphs: DrawingGraph[] = [];
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  graphs.push({
    key: 'rt',
    label: 'Russia–Taliban',
    doc: read(join(root, 'graph/russia-taliban-2016.json')) as GraphDocument,
    planar: false,
  });
  for (const n of [10, 30, 100, 150]) {
    graphs.push({
      key: String(n),
      label: `generated, ${n.toLocaleString('en-US')} actors`,
      doc: generateGraph({ actors: n, perActor: 4, seed: 1 }),
      planar: false,
    });
  }
  const fixtures = join(root, 'bench/fixtures');
  if (existsSync(fixtures)) {
    for (const file of readdirSync(fixtures)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.positions.json'))
      .sort()) {
      const name = file.slice(0, -'.json'.length);
      const doc = read(join(fixtures, file)) as GraphDocument;
      const positionsFile = join(fixtures, `${name}.positions.json`);
      const graph: DrawingGraph = { key: name, label: doc.title ?? name, doc, planar: false };
      if (existsSync(positionsFile)) graph.networkx = networkxCrossings(doc, read(positionsFile) as Record<string, unknown>);
      graphs.push(graph);
    }
  }
  for (const { key, label, doc } of planarGraphs()) graphs.push({ key, label, doc, planar: true });
  for (const n of largeSizes) {
    graphs.push({
      key: String(n),
      label: `generated, ${n.toLocaleString('en-US')} actors`,
      doc: generateGraph({ actors: n, perActor: 4, seed: 1 }),
      planar: false,
    });
  }
  return graphs;
}

/** Crossings of every layout in a positions file ({ layout: { id: [x, y] } }; other keys skipped), counted as ours are. */
function networkxCrossings(doc: GraphDocument, file: Record<string, unknown>): Record<string, number> {
  const { ids, pairs } = indexGraph(doc);
  const out: Record<string, number> = {};
  for (const [layout, value] of Object.entries(file)) {
    if (!value || typeof value !== 'object') continue;
    const placed = value as Record<string, unknown>;
    if (!ids.every((id) => Array.isArray(placed[id]) && (placed[id] as unknown[]).length >= 2)) continue;
    const positions = new Float64Array(ids.length * 2);
    ids.forEach((id, i) => {
      const [x, y] = placed[id] as [number, number];
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
    out[layout] = countCrossings(positions, pairs);
  }
  return out;
}

export type Failure = { error: string } | { timeoutS: number } | { notRun: string };

export interface DrawingRow {
  key: string;
  label: string;
  actors: number;
  relations: number;
  planar: boolean;
  /** Ours, from the first load (every load measures ours; the figures are the first's). */
  ours: Measures | Failure;
  /** Medians over the loads. */
  readyMs: number | null;
  layoutMs: number | null;
  /** How the layout time was taken (see DrawingLoad.layoutMs), and the marks of the loads counted as their layout. */
  layoutHow: 'rerun' | 'marks';
  layoutMarks: string[];
  /** Every re-run of the layout put the actors where its load had (null: none re-run). */
  rerunIdentical: boolean | null;
  /** Longest task overlapping the layout step, the most over the loads. */
  longTaskInLayout: number | null;
  /** Positions identical over every load (null: fewer than 3 loads completed). */
  deterministic: boolean | null;
  loads: number;
  measureMs: number | null;
  references: Partial<Record<ReferenceName, ReferenceResult | Failure>>;
  networkx?: Record<string, number>;
  errors?: string[];
}

const began = performance.now();
const log = (...parts: unknown[]) => console.error(`[drawing ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s]`, ...parts);

/**
 * Measures every graph: one full load (ours and the references) and `loads − 1` more of ours,
 * for the determinism check and the layout time; above DRAWING_FULL_MAX, one load of ours.
 * Graph files are written into `graphDir`, served at `/drawing-graphs/`.
 */
export async function measureDrawings(
  driver: Driver,
  baseUrl: string,
  graphDir: string,
  graphs: DrawingGraph[],
  { loads, timeoutMs, onLoad }: { loads: number; timeoutMs: number; onLoad?: () => void },
): Promise<DrawingRow[]> {
  const rows: DrawingRow[] = [];
  for (const graph of graphs) {
    writeFileSync(join(graphDir, `${graph.key}.json`), JSON.stringify(graph.doc));
    const large = graph.doc.actors.length > DRAWING_FULL_MAX;
    const url = `${baseUrl}/pages/drawing.html`;
    const done: DrawingLoad[] = [];
    const errors: string[] = [];
    let first: Measures | Failure = { error: 'no load completed' };
    let references: DrawingRow['references'] = {};
    for (let run = 0; run < (large ? 1 : loads); run++) {
      const mode = large ? 'large' : run === 0 ? 'full' : 'ours';
      onLoad?.();
      const outcome = await driver.drawing(url, { graph: `/drawing-graphs/${graph.key}.json`, mode }, timeoutMs);
      if (!outcome.ok) {
        const failure: Failure = 'timeoutS' in outcome ? { timeoutS: outcome.timeoutS } : { error: outcome.error };
        errors.push('timeoutS' in failure ? `load ${run + 1}: timeout after ${failure.timeoutS} s` : `load ${run + 1}: ${failure.error}`);
        if (run === 0) first = failure;
        log(`${graph.label} load ${run + 1} (${mode}): ${errors[errors.length - 1]}`);
        // A graph that timed out once would time out again.
        if ('timeoutS' in failure) break;
        continue;
      }
      const load = outcome.load;
      done.push(load);
      if (run === 0) {
        first = load.ours;
        references = load.references;
      }
      log(
        `${graph.label} load ${run + 1} (${mode}): ready ${load.readyMs.toFixed(0)} ms, layout ${load.layoutMs?.toFixed(0) ?? '—'} ms, crossings ${load.ours.crossings}, through ${load.ours.relationsThroughActors}${mode === 'full' ? `; ${describeReferences(load.references)}` : ''}`,
      );
    }
    const positions = done.map((load) => JSON.stringify(load.positions));
    const numbers = (pick: (load: DrawingLoad) => number | null) => done.map(pick).filter((v): v is number => v !== null);
    const layoutTimes = numbers((load) => load.layoutMs);
    rows.push({
      key: graph.key,
      label: graph.label,
      actors: graph.doc.actors.length,
      relations: graph.doc.relations.length,
      planar: graph.planar,
      ours: first,
      readyMs: done.length ? median(numbers((load) => load.readyMs)) : null,
      layoutMs: layoutTimes.length ? median(layoutTimes) : null,
      layoutHow: done[0]?.layoutHow ?? 'marks',
      layoutMarks: [...new Set(done.flatMap((load) => load.layoutMarks))],
      rerunIdentical: done.some((load) => load.rerunIdentical !== null) ? done.every((load) => load.rerunIdentical !== false) : null,
      longTaskInLayout: done.length ? Math.max(...numbers((load) => load.longTaskInLayout)) : null,
      deterministic: done.length >= 3 ? positions.every((p) => p === positions[0]) : null,
      loads: done.length,
      measureMs: done.length ? median(numbers((load) => load.measureMs)) : null,
      references,
      ...(graph.networkx ? { networkx: graph.networkx } : {}),
      ...(errors.length ? { errors } : {}),
    });
  }
  return rows;
}

function describeReferences(references: DrawingLoad['references']): string {
  return Object.entries(references)
    .map(
      ([name, result]) =>
        `${name} ${result && 'measures' in result ? `${result.measures.crossings} crossings` : result && 'error' in result ? `error ${result.error}` : 'not run'}`,
    )
    .join(', ');
}

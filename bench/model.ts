/**
 * The model in Node: loading (validateDocument + loadGraph) and path queries, and the gzipped
 * size of the self-contained library file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { GraphDocument } from '../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../src/model/graph.ts';
import { findPaths } from '../src/model/paths.ts';
import { validateDocument } from '../src/model/validate.ts';
import { seededRandom } from './generate.ts';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The value at quantile q (nearest rank). */
export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
};

export interface ModelFigures {
  /** validateDocument + loadGraph, ms, median of `loads` runs after a warm-up run. */
  loadMs: number;
  /** findPaths shortest, ms per query: median and p95 over the pairs. */
  shortestMs: number;
  shortestP95Ms: number;
  /** findPaths all up to 4 hops, limit 100. */
  allMs: number;
  allP95Ms: number;
  pairs: number;
}

export function benchModel(doc: GraphDocument, { loads, pairs }: { loads: number; pairs: number }): ModelFigures {
  // A deep copy per run: validation must not find anything cached on the objects.
  const text = JSON.stringify(doc);
  const loadTimes: number[] = [];
  let graph: ActorGraph | null = null;
  // Run 0 is a warm-up, not counted: the first load in a process pays for compiling the model.
  for (let i = 0; i <= loads; i++) {
    const copy = JSON.parse(text) as unknown;
    const start = performance.now();
    const checked = validateDocument(copy);
    if (!checked.ok) throw new Error(`invalid document: ${checked.problems[0]?.message}`);
    graph = loadGraph(checked.document);
    if (i > 0) loadTimes.push(performance.now() - start);
  }
  if (!graph) throw new Error('no load was run');
  // The same pairs for every run and every build: a seeded generator, distinct ends.
  const random = seededRandom(42);
  const ids = doc.actors.map((actor) => actor.id);
  const chosen: [string, string][] = [];
  while (chosen.length < pairs) {
    const a = ids[Math.floor(random() * ids.length)]!;
    const b = ids[Math.floor(random() * ids.length)]!;
    if (a !== b) chosen.push([a, b]);
  }
  const time = (options: { all?: boolean; maxHops?: number; limit?: number }): number[] => {
    // One warm-up query, so that compiling the code is not charged to the first pair.
    findPaths(graph, chosen[0]![0], chosen[0]![1], options);
    return chosen.map(([a, b]) => {
      const start = performance.now();
      const result = findPaths(graph, a, b, options);
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.problem.message);
      return ms;
    });
  };
  const shortest = time({});
  const all = time({ all: true, maxHops: 4, limit: 100 });
  return {
    loadMs: median(loadTimes),
    shortestMs: median(shortest),
    shortestP95Ms: quantile(shortest, 0.95),
    allMs: median(all),
    allP95Ms: quantile(all, 0.95),
    pairs,
  };
}

export interface LibrarySize {
  file: string;
  /** How the file came to be: the project's `npm run build`, or this benchmark's own lib build. */
  origin: string;
  bytes: number;
  gzipBytes: number;
  /** Other scripts beside it (chunks it imports dynamically), not part of the goal's figure. */
  chunks: { file: string; gzipBytes: number }[];
}

/**
 * The library file as `npm run build` makes it (dist/lib/actor-graph.js) when it does;
 * otherwise src/index.ts built here in Vite's lib mode (ES module, every dependency bundled,
 * minified) into `tempDir`.
 */
export async function librarySize(root: string, tempDir: string): Promise<LibrarySize> {
  const buildStart = Date.now();
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const projectFile = join(root, 'dist/lib/actor-graph.js');
  let origin: string;
  let file: string;
  // Written by this build, not left from an older one; the library is built first, so a later
  // step failing (the type declarations, say, while src is being edited) does not matter here.
  if (existsSync(projectFile) && statSync(projectFile).mtimeMs >= buildStart - 1000) {
    file = projectFile;
    origin = `\`npm run build\` (dist/lib/actor-graph.js)${built.status === 0 ? '' : '; a later step of the build failed'}`;
  } else {
    const why = built.status !== 0 ? '`npm run build` failed' : '`npm run build` made no dist/lib/actor-graph.js';
    const outDir = join(tempDir, 'lib');
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        reportCompressedSize: false,
        lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => 'actor-graph.js' },
      },
    });
    file = join(outDir, 'actor-graph.js');
    origin = `${why}; built here from src/index.ts with Vite lib mode (es, minified, all dependencies bundled)`;
  }
  const bytes = readFileSync(file);
  // The scripts the file itself imports by relative URL (dynamic imports left as chunks).
  const imported = new Set([...bytes.toString('utf8').matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g)].map((match) => match[1]!));
  const chunks = [...imported]
    .filter((name) => existsSync(join(dirname(file), name)))
    .map((name) => ({ file: name, gzipBytes: gzipSync(readFileSync(join(dirname(file), name))).length }));
  return {
    file: file.startsWith(root) ? relative(root, file) : 'actor-graph.js (built in the temporary directory)',
    origin,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes).length,
    chunks,
  };
}

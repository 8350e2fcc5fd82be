/**
 * How long the readers take to refuse files past a limit (tests/io/limits.test.ts checks what
 * they say): each should answer in a scan at most, never after building the whole file.
 */
import { readCsv } from '../src/io/csv.ts';
import { readGexf } from '../src/io/gexf.ts';
import { LIMITS } from '../src/model/limits.ts';
import { parseDocument } from '../src/model/validate.ts';
import type { Timing } from './timings.ts';

/** The quickest of `runs` runs of `read` after one uncounted, which must refuse with `expected` in its message. */
function refusal(read: () => { ok: boolean; problems?: Array<{ message: string }> }, expected: string, runs = 5): number {
  const once = () => {
    const start = performance.now();
    const result = read();
    const took = performance.now() - start;
    if (result.ok || !result.problems?.[0]?.message.includes(expected)) throw new Error(`expected a refusal naming "${expected}"`);
    return took;
  };
  once();
  return Math.min(...Array.from({ length: runs }, once));
}

const nodes = (n: number) => Array.from({ length: n }, (_, i) => `<node id="n${i}" label="Actor ${i}"/>\n`).join('');
const gexf = (body: string, padding = '') =>
  `<gexf version="1.3">\n<graph>\n<nodes>\n${body}</nodes>\n<edges/>\n</graph>${padding}\n</gexf>`;

/** Every reader refusal measured, one after another. */
export function readerTimings(): Timing[] {
  const huge = gexf(nodes(10), `<!--${' '.repeat(60_500_000)}-->`);
  const many = gexf(nodes(300_000));
  const rows = `id,label\n${Array.from({ length: 300_000 }, (_, i) => `a${i},Actor ${i}`).join('\n')}\n`;
  const [head, tail] = ['{"version": 1, "title": "Deep", "actors": [{"id": "a", "label": "A", "x": ', '}], "relations": []}'];
  const depth = Math.floor((LIMITS.characters - head.length - tail.length) / 2);
  const deep = `${head}${'['.repeat(depth)}${']'.repeat(depth)}${tail}`;
  const how = 'the text made beforehand; the quickest of 5 runs after one uncounted';
  return [
    {
      what: `readGexf refusing a ${(huge.length / 1e6).toFixed(1)} M-character GEXF for its size`,
      how,
      ms: refusal(() => readGexf(huge), 'the limit is 33,554,432'),
      goalMs: 5,
    },
    {
      what: 'readGexf refusing a GEXF of 300,000 nodes at node 20,001',
      how,
      ms: refusal(() => readGexf(many), 'more than 20,000 actors'),
      goalMs: 200,
    },
    {
      what: 'readCsv refusing an actors.csv of 300,000 rows at row 20,002',
      how,
      ms: refusal(() => readCsv({ actors: rows, relations: 'id,source,target,type\n' }), 'more than 20,000 actors'),
      goalMs: 500,
    },
    {
      what: `parseDocument refusing JSON nested ${depth.toLocaleString('en-US')} deep (the most the size limit allows)`,
      how,
      ms: refusal(() => parseDocument(deep), 'nested more than 64 levels deep', 3),
      goalMs: 2_000,
    },
  ];
}

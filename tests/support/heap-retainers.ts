/**
 * What keeps an object alive, for a leak test that found a survivor: a browser command (see
 * vitest.config.ts) that takes a heap snapshot of the page through the DevTools protocol and
 * gives, for the first few live elements of each tag named, the shortest chain of strong
 * references from the garbage collector's roots. A leak caught on a busy machine then says in the test's
 * own failure what held the element, instead of needing to be caught again by hand.
 *
 * Runs in Node, beside the browser; the snapshot is read in memory and never written.
 */
import type {} from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';

/** The parts of a V8 heap snapshot read here (the .heapsnapshot format). */
interface HeapSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Elements described per tag at most: one chain usually tells what holds them all. */
const PER_TAG = 2;

/**
 * The retaining chains of the elements whose tag is one of `tags` (the snapshot names an element
 * `<tag attribute="value">`), one text line per reference (`holder -[edge]-> held`), ending at
 * the element; an empty list where none is alive.
 */
export function retainingChains(snapshot: HeapSnapshot, tags: readonly string[]): string[][] {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = snapshot;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const countAt = meta.node_fields.indexOf('edge_count');
  const edgeTypeAt = meta.edge_fields.indexOf('type');
  const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
  const edgeToAt = meta.edge_fields.indexOf('to_node');
  const count = nodes.length / nodeFields;

  // Who refers to whom, read backwards: for each node, the edges that reach it.
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e;
    e += nodes[n * nodeFields + countAt]! * edgeFields;
  }
  firstEdge[count] = edges.length;
  const holderOf = (e: number) => {
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (firstEdge[mid]! <= e) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const incoming = new Uint32Array(count + 1);
  for (let e = 0; e < edges.length; e += edgeFields) incoming[edges[e + edgeToAt]! / nodeFields]!++;
  const start = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) start[n + 1] = start[n]! + incoming[n]!;
  const into = new Uint32Array(edges.length / edgeFields);
  const fill = start.slice();
  for (let e = 0; e < edges.length; e += edgeFields) into[fill[edges[e + edgeToAt]! / nodeFields]!++] = e;

  const nodeText = (n: number) =>
    `${nodeTypes[nodes[n * nodeFields + typeAt]!]} ${strings[nodes[n * nodeFields + nameAt]!]!.slice(0, 100)}`;
  const edgeText = (e: number) => {
    const type = edgeTypes[edges[e + edgeTypeAt]!]!;
    const name = edges[e + edgeNameAt]!;
    return `${type} ${type === 'element' || type === 'hidden' ? name : strings[name]}`;
  };

  const chains: string[][] = [];
  for (const tag of tags) {
    const named = new RegExp(`^<${tag}[ >]`);
    let found = 0;
    for (let n = 0; n < count && found < PER_TAG; n++) {
      if (nodeTypes[nodes[n * nodeFields + typeAt]!] !== 'native' || !named.test(strings[nodes[n * nodeFields + nameAt]!]!)) continue;
      found++;
      // Breadth first from the object back to the root (node 0), over strong references only.
      const via = new Int32Array(count).fill(-1);
      via[n] = -2;
      const queue = [n];
      let reached = false;
      for (let head = 0; head < queue.length && !reached; head++) {
        const at = queue[head]!;
        for (let i = start[at]!; i < start[at + 1]!; i++) {
          const e = into[i]!;
          if (edgeTypes[edges[e + edgeTypeAt]!] === 'weak') continue;
          const holder = holderOf(e);
          if (via[holder] !== -1) continue;
          via[holder] = e;
          if (holder === 0) {
            reached = true;
            break;
          }
          queue.push(holder);
        }
      }
      if (!reached) {
        chains.push([`${nodeText(n)}: no chain of strong references from the roots`]);
        continue;
      }
      const chain: string[] = [];
      for (let at = 0; at !== n;) {
        const e = via[at]!;
        const held = edges[e + edgeToAt]! / nodeFields;
        chain.push(`${nodeText(at)} -[${edgeText(e)}]->`);
        at = held;
      }
      chain.push(nodeText(n));
      chains.push(chain);
    }
  }
  return chains;
}

/** The browser command: `commands.heapRetainers(['actor-graph-explorer'])` in a browser test. */
export const heapRetainers: BrowserCommand<[tags: string[]]> = async (context, tags) => {
  const session = await context.context.newCDPSession(context.page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await session.detach();
  }
  const chains = retainingChains(JSON.parse(chunks.join('')) as HeapSnapshot, tags);
  return chains.map((chain) => chain.join('\n  '));
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The retaining chains of live elements of these tags, one text per element (see heapRetainers). */
    heapRetainers(tags: string[]): Promise<string[]>;
  }
}

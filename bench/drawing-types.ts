/**
 * What the drawing page (bench/drawing.ts) is asked and answers, shared with the Node side
 * (bench/drawing-bench.ts) and the report.
 */

/** The layouts ours is compared with, drawn by the same element. */
export const REFERENCES = ['before', 'fa2', 'stress'] as const;
export type ReferenceName = (typeof REFERENCES)[number];

export interface DrawingRequest {
  /** URL of the graph document. */
  graph: string;
  /**
   * 'full': ours and every reference; 'ours': ours only (a determinism load); 'large': ours
   * only, and only crossings and relations through actors.
   */
  mode: 'full' | 'ours' | 'large';
}

/** measureDrawing's answer; `null` where a measure was not taken (large graphs). */
export interface Measures {
  crossings: number;
  relationsThroughActors: number;
  labelOverlaps: number | null;
  parallelMidpointGap: number | null;
  fill: number | null;
}

export interface ReferenceResult {
  measures: Measures;
  /** Computing the layout, ms (FA2: all its seeds). */
  ms: number;
  /** The factor the layout was scaled by so that its median relation is 150 px. */
  scale: number;
  note?: string;
}

export interface DrawingLoad {
  actors: number;
  relations: number;
  /** Connection (the element's creation) → graph-ready, ms. */
  readyMs: number;
  /**
   * The layout step, ms. 'rerun' (up to 150 actors): the element's layOutDrawing(cy, its layout) run
   * again on its drawing after graph-ready, timed by the page. 'marks' (larger graphs): the union
   * of the `layout …` marks of the load (a cytoscape layout's run, the layout worker, `layout*`
   * performance measures); null when none was marked.
   */
  layoutMs: number | null;
  layoutHow: 'rerun' | 'marks';
  /** The names of the marks of the load counted as its layout. */
  layoutMarks: string[];
  /** Whether the re-run put every actor where the load had (null: not re-run). */
  rerunIdentical: boolean | null;
  /** Longest Long Tasks entry overlapping the layout step (0: none over 50 ms), and over connection → ready. */
  longTaskInLayout: number;
  longTaskToReady: number;
  /** Model positions at graph-ready, by actor id (for the determinism check). */
  positions: [string, number, number][];
  ours: Measures;
  /** How long reading and measuring ours took, ms. */
  measureMs: number;
  references: Partial<Record<ReferenceName, ReferenceResult | { error: string } | { notRun: string }>>;
}

declare global {
  interface Window {
    __drawing: { run(request: DrawingRequest): Promise<DrawingLoad> };
  }
}

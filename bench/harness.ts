/**
 * The page side of the benchmark, shared by the three pages (ours and the two baselines) so
 * that every stack is timed by the same code. A page calls `runBench(setup)`; the driver in
 * Node (bench/browser.ts) then calls `window.__bench.load()`, `start()`, polls `state`, and
 * brackets its mouse-driven pan and zoom with `startFrames()` / `stopFrames()`.
 *
 * Timings are read in the page (performance.now) rather than in Node, so that the round trips
 * of the DevTools protocol are not part of any figure.
 */

/** The parts of a graph document the pages use; the generator's and the seed graph's files. */
export interface BenchDocument {
  /** `x`, `y`: a position given beforehand, for the page that lays nothing out (cytoscape-alone). */
  actors: { id: string; label: string; kind?: string; x?: number; y?: number }[];
  relations: { id: string; source: string; target: string; type: string; directed?: boolean }[];
}

/** What a page's setup may hand back: node positions (for the determinism check) and phase marks. */
export interface SetupHandle {
  positions?(): [string, number, number][];
  marks?(): Mark[];
  /** A point in the viewport where pressing pans rather than grabs an actor. */
  emptyPoint?(): Point | null;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The point nearest the middle of `rect` that lies in none of `boxes` (with a margin), on a
 * 24 × 16 grid; null when every point is covered.
 */
export function emptyPoint(rect: DOMRect, boxes: { x1: number; y1: number; x2: number; y2: number }[]): Point | null {
  const margin = 8;
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let i = 1; i < 24; i++) {
    for (let j = 1; j < 16; j++) {
      const x = (rect.width * i) / 24;
      const y = (rect.height * j) / 16;
      const distance = Math.hypot(x - rect.width / 2, y - rect.height / 2);
      if (distance >= bestDistance) continue;
      if (boxes.some((b) => x >= b.x1 - margin && x <= b.x2 + margin && y >= b.y1 - margin && y <= b.y2 + margin)) continue;
      best = { x: rect.left + x, y: rect.top + y };
      bestDistance = distance;
    }
  }
  return best;
}

/** A timed call inside a stack (see bench/ours.ts), in ms from connection. */
export interface Mark {
  name: string;
  start: number;
  end: number;
}

/** Set up the stack on `container` and resolve when it is drawn and laid out, as the page defines it. */
export type Setup = (doc: BenchDocument, container: HTMLElement) => Promise<SetupHandle | void>;

/** A Long Tasks API entry, ms from connection. */
export interface Task {
  start: number;
  duration: number;
}

/** Everything one load yields, all in ms. */
export interface LoadFigures {
  /** performance.now() at connection: the page's clock, for lining the load up with a CPU profile. */
  connectedAt: number;
  /** Connection to the stack's own "ready" (graph-ready; layoutstop + frame; FA2 + first render). */
  ready: number;
  /** Connection to the end of the second animation frame after ready: pixels are on screen for every stack. */
  painted: number;
  /** Connection to the end of the first frame after connection (the first frame presented). */
  firstFrame: number;
  /** Longest Long Tasks API entry (50 ms granularity: 0 means none over 50 ms) from connection to the end of settling. */
  longTask: number;
  /** The same, among tasks that began after the first frame. */
  longTaskAfterFirstFrame: number;
  /** Longest gap between animation frames over the same window: a finer measure of the longest block. */
  frameGap: number;
  /** The same, from the first frame on. */
  frameGapAfterFirstFrame: number;
  marks: Mark[];
  /** The five longest tasks over 50 ms from connection to the end of settling, in the order they ran. */
  tasks: Task[];
}

export interface BenchState {
  phase: 'idle' | 'loading' | 'settling' | 'done' | 'error';
  error?: string;
  figures?: LoadFigures;
}

/** How long the page keeps watching for long tasks and frame gaps after it is painted. */
const SETTLE_MS = 1000;

const longTasks: { start: number; duration: number }[] = [];
try {
  // Buffered and started at module load, so that nothing between connection and settling is missed.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // Long Tasks API missing: the frame-gap figures remain.
}

/** performance.now() at every animation frame while recording. */
let frames: number[] = [];
let recording = false;
const onFrame = (): void => {
  if (!recording) return;
  frames.push(performance.now());
  requestAnimationFrame(onFrame);
};
const record = (): void => {
  frames = [];
  recording = true;
  requestAnimationFrame(onFrame);
};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const maxGap = (times: number[]): number => {
  let gap = 0;
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i]! - times[i - 1]!);
  return gap;
};

export function runBench(setup: Setup): void {
  let doc: BenchDocument | null = null;
  let handle: SetupHandle | void;
  const state: BenchState = { phase: 'idle' };

  const start = async (): Promise<void> => {
    const container = document.getElementById('graph')!;
    state.phase = 'loading';
    record();
    const t0 = performance.now();
    try {
      handle = await setup(doc!, container);
    } catch (error) {
      state.phase = 'error';
      state.error = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      return;
    }
    const ready = performance.now();
    // Two frames: the stack's own frame callback (cytoscape draws in one) has run and been presented.
    await nextFrame();
    await nextFrame();
    const painted = performance.now();
    state.phase = 'settling';
    await sleep(SETTLE_MS);
    recording = false;
    const end = performance.now();
    const window = longTasks.filter((task) => task.start + task.duration >= t0 && task.start <= end);
    // The first frame after connection is made by the task that runs its frame callbacks (a
    // stack draws in its own callback, after ours), from just before `first` until the next
    // callback, `presented`. Tasks after the first frame are those that start from `first` on,
    // which leaves that task out; frame gaps after it are counted from `presented`, likewise.
    const [first = painted, presented = painted] = frames.filter((time) => time >= t0);
    const after = frames.filter((time) => time >= presented);
    const longest = [...window].sort((a, b) => b.duration - a.duration).slice(0, 5);
    state.figures = {
      connectedAt: t0,
      ready: ready - t0,
      painted: painted - t0,
      firstFrame: presented - t0,
      longTask: Math.max(0, ...window.map((task) => task.duration)),
      longTaskAfterFirstFrame: Math.max(0, ...window.filter((task) => task.start >= first).map((task) => task.duration)),
      frameGap: maxGap([t0, ...frames.filter((time) => time >= t0)]),
      frameGapAfterFirstFrame: maxGap(after),
      marks: handle?.marks?.().map((mark) => ({ name: mark.name, start: mark.start - t0, end: mark.end - t0 })) ?? [],
      tasks: longest.sort((a, b) => a.start - b.start).map((task) => ({ start: task.start - t0, duration: task.duration })),
    };
    state.phase = 'done';
  };

  window.__bench = {
    state,
    /** Fetches and parses the graph named by `?graph=` (not timed: every stack gets the parsed object). */
    async load() {
      const url = new URLSearchParams(location.search).get('graph')!;
      doc = (await (await fetch(url)).json()) as BenchDocument;
      return { actors: doc.actors.length, relations: doc.relations.length };
    },
    /**
     * Starts a load in a task of its own, so that this call returns at once: a stack's setup may
     * block the main thread for minutes (cola's first iterations run inside cytoscape()).
     */
    start() {
      setTimeout(() => void start(), 0);
    },
    startFrames: record,
    /** Intervals between the frames since `startFrames`, in ms. */
    stopFrames() {
      recording = false;
      return frames.slice(1).map((time, i) => time - frames[i]!);
    },
    positions: () => handle?.positions?.() ?? null,
    emptyPoint: () => handle?.emptyPoint?.() ?? null,
  };
}

declare global {
  interface Window {
    __bench: {
      state: BenchState;
      load(): Promise<{ actors: number; relations: number }>;
      start(): void;
      startFrames(): void;
      stopFrames(): number[];
      positions(): [string, number, number][] | null;
      emptyPoint(): Point | null;
    };
  }
}

/**
 * Why a time goal of issue 19 is missed and what would close it, written from what the run
 * measured: the phases of ours's median load, its longest tasks, and the CPU profile's top
 * self time. Only what does not change between runs (what a phase is, what would shorten it)
 * is fixed text, in bench/phases.ts.
 */
import { formatNumber } from './format.ts';
import type { Task } from './harness.ts';
import type { LibrarySize } from './model.ts';
import { marksDuring, phaseOfTask, phaseSplit } from './phases.ts';
import type { ProfileItem, ProfileSummary, SelfTime } from './profile.ts';
import { placementMs } from './placement-bench.ts';
import type { Results } from './report.ts';
import { COLA_MAX_ACTORS } from '../src/view/layout.ts';

/** Buckets of the profiler that name no function of ours or of a package. */
const UNNAMED = new Set(['(idle)', '(program)']);

const ms = (value: number) => `${formatNumber(value)} ms`;
/** `node_modules/cytoscape/dist/x.mjs` → `cytoscape`; `src/view/style.ts` stays. */
export const moduleName = (where: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? where;

/** "`f` (cytoscape)", "`f` (native)", "(garbage collector)". */
export const functionText = (item: ProfileItem) =>
  item.name === item.where
    ? item.name
    : item.where.startsWith('(')
      ? `\`${item.name}\` ${item.where}`
      : `\`${item.name}\` (${moduleName(item.where)})`;

/** "`Collection` (cytoscape) 378 ms, …": the first `n` functions, the profiler's unnamed buckets left out. */
export function topFunctions(items: ProfileItem[], n = 3): string {
  const named = items.filter((item) => !UNNAMED.has(item.name)).slice(0, n);
  if (!named.length) return 'no function sampled';
  return named.map((item) => `${functionText(item)} ${ms(item.ms)}`).join(', ');
}

const topPackages = (self: SelfTime, n = 2) =>
  self.byPackage
    .filter((p) => !UNNAMED.has(p.name))
    .slice(0, n)
    .map((p) => `${p.name} ${ms(p.ms)}`)
    .join(', ');

/** The profile's top self time, in a sentence, or why there is none. */
function profileSentence(profile: ProfileSummary | undefined): string {
  if (!profile) return 'No CPU profile of ours at this size in this run.';
  return `Most self time in the profiled load (${ms(profile.busyMs)} busy): ${topFunctions(profile.byFunction)}; by package ${topPackages(profile)}.`;
}

/** The floor at `size`: cytoscape alone, given positions (bench/baselines/cytoscape-alone.ts). */
interface Floor {
  ready?: number;
  /** The task of its frame that first drew the graph, in the median load, ms; 0 where it was not a long task. */
  firstFrame?: number;
  longTask?: number;
  panMedian?: number;
  panP95?: number;
}

const numberOrNone = (value: unknown) => (typeof value === 'number' ? value : undefined);

function floorAt(results: Results, size: string): Floor | null {
  const alone = results.browser[size]?.['cytoscape-alone'];
  if (!alone) return null;
  const drawn = alone.timeline?.marks.find((mark) => mark.name === 'first frame')?.end;
  const floor: Floor = {};
  for (const key of ['ready', 'longTask', 'panMedian', 'panP95'] as const) {
    const value = numberOrNone(alone.figures[key]);
    if (value !== undefined) floor[key] = value;
  }
  if (drawn !== undefined) {
    const task = alone.timeline?.tasks?.find((t) => t.start <= drawn && drawn <= t.start + t.duration);
    floor.firstFrame = task?.duration ?? 0;
  }
  return floor;
}

/** Whether graphs of `size` get the careful placement (up to COLA_MAX_ACTORS actors). */
const carefullyPlaced = (size: string) => size === 'rt' || Number(size) <= COLA_MAX_ACTORS;

const FLOOR = "cytoscape alone (cytoscape-alone: sigma-fa2's positions given, nothing laid out, a plainer style than ours)";

/**
 * Whether ready ≤ sigma is out of reach, from the two floors measured: cytoscape alone, and a
 * fresh layout worker's first answer where the careful placement runs.
 */
function readyFloors(results: Results, size: string, sigma: number, placed: boolean): string[] {
  const floor = floorAt(results, size);
  const answer = placed ? results.placement?.[size]?.answer : undefined;
  const parts: string[] = [];
  if (floor?.ready !== undefined) {
    parts.push(
      floor.ready >= sigma
        ? `The floor: ${FLOOR} was ready in ${ms(floor.ready)}, more than sigma + FA2's whole ${ms(sigma)}; with cytoscape's canvas renderer, which the project's stack fixes, no layout however quick meets this goal at this size.`
        : `The floor: ${FLOOR} was ready in ${ms(floor.ready)}, under sigma + FA2's ${ms(sigma)}.`,
    );
  }
  if (answer !== undefined) {
    parts.push(
      answer >= sigma
        ? `A fresh layout worker's first placement reached its page ${ms(answer)} after the worker was created (its start, its script and the placement's first run), more than sigma + FA2's whole ${ms(sigma)}: with the careful placement kept off the main thread, as the longest-task goal needs, a fresh page cannot be ready in time.`
        : `A fresh layout worker's first placement reached its page ${ms(answer)} after the worker was created, under sigma + FA2's ${ms(sigma)}.`,
    );
  }
  if (floor?.ready !== undefined && floor.ready < sigma && (answer === undefined || answer < sigma))
    parts.push('Neither floor rules this goal out: what ours adds to them is what would have to go.');
  return parts;
}

/**
 * Why ours is `over` ms slower than sigma + FA2 to drawn and laid out at `size` (null: ours
 * timed out), and what would close it.
 */
export function readyCause(results: Results, size: string, over: number | null): string {
  const timeline = results.browser[size]?.ours?.timeline;
  const profile = results.profiles[size];
  const parts = [over === null ? 'Ours did not get there before the timeout.' : `Ours takes ${ms(over)} longer.`];
  if (timeline) {
    // Ready is graph-ready: the first frame after it is not part of this figure.
    const phases = phaseSplit(timeline.marks, timeline.ready, timeline.painted)
      .filter(({ phase }) => phase.id !== 'frame')
      .sort((a, b) => b.ms - a.ms);
    const [first, second] = phases;
    if (first) {
      parts.push(
        `Its biggest phases to graph-ready (median load of ${ms(timeline.ready)}): ${first.phase.name} ${ms(first.ms)}${second ? `, then ${second.phase.name} ${ms(second.ms)}` : ''}.`,
      );
    }
    parts.push(profileSentence(profile));
    if (first) parts.push(`What would close it: ${first.phase.remedy}${over === null ? '' : ` — ${ms(over)} less in all`}.`);
    const sigma = results.browser[size]?.['sigma-fa2']?.figures.ready;
    const worker = phases.find(({ phase }) => phase.id === 'worker')?.ms;
    // The careful placement is what the drawing goals ask for; where it alone outlasts sigma's
    // whole load, only a rougher layout would meet this goal.
    const placed = carefullyPlaced(size);
    const placement = placed ? results.placement?.[size] : undefined;
    if (placement && typeof sigma === 'number') {
      const first = placementMs(placement.first);
      const third = placementMs(placement.third);
      parts.push(
        `The careful placement alone took ${ms(first)} in a fresh layout worker (its first run, which every load of a fresh page pays; ${ms(third)} on its third, once the engine had optimised its code)${
          first >= sigma
            ? `: more than sigma + FA2's whole ${ms(sigma)}. ForceAtlas2 runs a fixed number of steps and stops; our placement also untangles crossings and lines through actors, which the drawing goals ask for, and would have to be given up for this goal.`
            : `, and the wait for the worker, with its start and its script, ${worker === undefined ? 'was not marked' : ms(worker)}.`
        }`,
      );
    } else if (placed && worker !== undefined && typeof sigma === 'number' && worker >= sigma) {
      parts.push(
        `The wait for the layout worker alone, ${ms(worker)} (its start, its script, and the placement in a fresh worker whose code is not yet optimised), is more than sigma + FA2's whole ${ms(sigma)}: ForceAtlas2 runs a fixed number of steps and stops; our placement also untangles crossings and lines through actors, which the drawing goals ask for, and would have to be given up for this goal.`,
      );
    }
    const busy = profile?.busyBeforeReadyMs;
    // Where the page's own work before ready already takes longer than sigma's whole load, no
    // layout, however quick, closes the gap.
    if (busy !== undefined && typeof sigma === 'number' && busy >= sigma) {
      parts.push(
        `But the main thread alone was busy ${ms(busy)} between connection and graph-ready in the profiled load (cytoscape's setup, styles, geometry and fitting, and our own), more than sigma + FA2's whole ${ms(sigma)}: a quicker layout alone cannot meet this goal; the page's own work would have to shrink below that, which cytoscape's canvas renderer, styling every element, does not allow.`,
      );
    }
  } else {
    parts.push(profileSentence(profile), 'No timeline of ours at this size in this run: its phases are unknown.');
  }
  const sigma = results.browser[size]?.['sigma-fa2']?.figures.ready;
  if (typeof sigma === 'number') parts.push(...readyFloors(results, size, sigma, carefullyPlaced(size)));
  return parts.join(' ');
}

/** Why the longest task at `size` is over `limit` ms: the longest tasks of the profiled load and what ran in them. */
export function longTaskCause(results: Results, size: string, limit: number): string {
  const profile = results.profiles[size];
  const timeline = profile?.timeline ?? results.browser[size]?.ours?.timeline;
  const tasks: (Task & { top?: ProfileItem[] })[] = profile?.tasks?.length
    ? profile.tasks
    : (results.browser[size]?.ours?.timeline?.tasks ?? []);
  const which = profile?.tasks?.length ? 'the profiled load' : 'the median load';
  if (!tasks.length || !timeline)
    return `${profileSentence(profile)} No task of this size was recorded with its time, so what ran in it is unknown.`;
  const longest = [...tasks].sort((a, b) => b.duration - a.duration)[0]!;
  const phase = phaseOfTask(longest, timeline.marks, timeline.ready, timeline.painted);
  const during = marksDuring(longest, timeline.marks);
  const parts = [
    `In ${which} the longest task, ${ms(longest.duration)}, ran from ${longest.start <= 0 ? 'connection' : `${ms(longest.start)} after connection`}, mostly in the phase "${phase.name}"${during.length ? ` (cytoscape calls in it: ${during.join(', ')})` : ''}.`,
  ];
  if (longest.top) parts.push(`Its samples: ${topFunctions(longest.top)}.`);
  else parts.push(profileSentence(profile));
  const pan = results.browser[size]?.ours?.figures;
  // A redraw of the whole drawing, as it pans, shows what the first frame does beyond drawing.
  if (phase.id === 'frame' && pan && typeof pan.panMedian === 'number' && typeof pan.panP95 === 'number') {
    parts.push(
      `Once drawn, the drawing is drawn again as it pans and zooms, from the bitmaps cytoscape keeps of it, in a median of ${ms(pan.panMedian)} a frame (p95 ${ms(pan.panP95)}): the rest of the first frame is cytoscape's canvas renderer making them, drawing each actor, relation and label for the first time (with the canvases' memory, text not drawn before and code not yet optimised), all in the one frame that first shows them.`,
    );
  }
  const floor = floorAt(results, size);
  if (floor?.firstFrame !== undefined) {
    parts.push(
      `For comparison, ${FLOOR} drew this graph's first frame in ${floor.firstFrame ? `one task of ${ms(floor.firstFrame)}` : 'no task over 50 ms'} in its median load${floor.longTask === undefined ? '' : `; its longest task in all, ${floor.longTask ? ms(floor.longTask) : 'none over 50 ms'}`}. Its first frame pays, in one task, for what ours spreads over the tasks before it (the canvas set up, labels measured, styles and geometry worked out).`,
    );
  }
  const others = tasks.filter((task) => task !== longest && task.duration > limit);
  if (others.length)
    parts.push(`${others.length} more over ${limit} ms: ${others.map((task) => `${ms(task.duration)} at ${ms(task.start)}`).join(', ')}.`);
  parts.push(
    `What would close it: ${phase.remedy}; what stays on the main thread cut into slices under ${limit} ms with a yield between, or moved to a worker.`,
  );
  return parts.join(' ');
}

/** Why pan and zoom frames at `size` are slow: sigma's beside ours, and the pan profile's top self time. */
export function panCause(results: Results, size: string): string {
  const sigma = results.browser[size]?.['sigma-fa2']?.figures;
  const pan = results.profiles[size]?.pan;
  const parts: string[] = [];
  if (sigma) parts.push(`sigma-fa2 here: median ${formatCellMs(sigma.panMedian)}, p95 ${formatCellMs(sigma.panP95)}.`);
  const floor = floorAt(results, size);
  if (floor?.panP95 !== undefined)
    parts.push(
      `The floor, ${FLOOR}, with the same picture moved and relations hidden while the view moves: median ${formatCellMs(floor.panMedian)}, p95 ${ms(floor.panP95)}${floor.panP95 > 50 ? ": cytoscape's canvas renderer, with the settings ours uses for speed, does not meet this goal here either" : ''}.`,
    );
  parts.push(
    pan
      ? `During the profiled pan and zoom (${ms(pan.busyMs)} busy over some 2.3 s), most self time: ${topFunctions(pan.byFunction)}; by package ${topPackages(pan)}.`
      : 'No profile of the pan and zoom at this size in this run.',
  );
  parts.push(
    `What would close it: less work in the frames where a move begins and ends, which still draw every element (a picture of the actors is moved while a crowded drawing moves, but it is taken as the move begins; a press on a relation restyles it; the release draws everything anew): those draws cut into slices over several frames, or done outside cytoscape's canvas renderer (a layer of our own, or WebGL where there is a GPU).`,
  );
  return parts.join(' ');
}

const formatCellMs = (cell: unknown) => (typeof cell === 'number' ? ms(cell) : 'not measured');

/** Why the library file is over its limit: by how much, and what already sits beside it. */
export function libraryCause(lib: LibrarySize, limitBytes: number): string {
  const over = (lib.gzipBytes - limitBytes) / 1000;
  const chunks = lib.chunks.length
    ? ` Already fetched on demand beside it: ${lib.chunks.map((c) => `${c.file} ${formatNumber(c.gzipBytes / 1000)} kB`).join(', ')}.`
    : ' Nothing is fetched on demand beside it.';
  return `${formatNumber(over)} kB over.${chunks} What would close it: more of what only some readers use (edit mode, its forms) moved into chunks fetched on first use, or a dependency dropped.`;
}

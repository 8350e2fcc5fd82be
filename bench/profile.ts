/**
 * Where the time goes in a CPU profile of a load: self time by package (from the
 * `// node_modules/...` and `// src/...` comments that open each module in an unminified
 * bundle) and by function, over the whole load and within each of its longest tasks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CpuProfile } from './browser.ts';
import type { Mark, Task } from './harness.ts';

export interface ProfileItem {
  name: string;
  /** The module (a file of src/ or node_modules/), or the profiler's own bucket. */
  where: string;
  ms: number;
}

/** A long task of the profiled load, with the functions its samples fell in. */
export interface ProfiledTask extends Task {
  /** Sampled time within the task, idle excluded (a little under `duration`: sampling, and the lining up). */
  sampledMs: number;
  top: ProfileItem[];
}

/** Self time, idle excluded, by package and by function. */
export interface SelfTime {
  /** Sampled time, ms, idle excluded. */
  busyMs: number;
  byPackage: { name: string; ms: number }[];
  byFunction: ProfileItem[];
}

export interface ProfileSummary extends SelfTime {
  /** The main thread's busy time from connection to graph-ready, where the profile's clock is known. */
  busyBeforeReadyMs?: number;
  /** The longest tasks of the profiled load (absent from runs before they were recorded). */
  tasks?: ProfiledTask[];
  /** The profiled load's own marks, ready and painted, ms from connection: what ran around each task. */
  timeline?: { marks: Mark[]; ready: number; painted: number };
  /** The pan and zoom that followed the load, profiled apart. */
  pan?: SelfTime;
}

/** For each line of a bundle, the module it belongs to. */
function moduleOfLine(text: string): string[] {
  const owners: string[] = [];
  let current = '(bundle)';
  for (const line of text.split('\n')) {
    const match = /^\/\/ (\S+\.(?:m?js|cjs|ts))$/.exec(line);
    if (match) current = match[1]!.replace(/^\0/, '');
    owners.push(current);
  }
  return owners;
}

/** `node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; `src/view/style.ts` stays. */
function packageOf(module: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return match ? match[1]! : module;
}

/** Profile nodes by id: the function each stands for, its module and package; null for idle. */
function nodeIndex(profile: CpuProfile, outDir: string): Map<number, { key: string; name: string; where: string; pkg: string } | null> {
  const files = new Map<string, string[] | null>();
  const owner = (url: string, line: number): string => {
    if (!url) return '(native)';
    if (!files.has(url)) {
      let lines: string[] | null = null;
      try {
        lines = moduleOfLine(readFileSync(join(outDir, new URL(url).pathname), 'utf8'));
      } catch {
        // Not one of ours (an extension, the harness's evaluate): counted by URL.
      }
      files.set(url, lines);
    }
    return files.get(url)?.[line] ?? url;
  };
  const index = new Map<number, { key: string; name: string; where: string; pkg: string } | null>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      index.set(node.id, null);
      continue;
    }
    const where = functionName.startsWith('(') ? functionName : owner(url, lineNumber);
    index.set(node.id, { key: `${functionName}@${url}:${lineNumber}`, name: functionName || '(anonymous)', where, pkg: packageOf(where) });
  }
  return index;
}

const sorted = <T extends { ms: number }>(items: Iterable<T>) => [...items].sort((a, b) => b.ms - a.ms);

/** Self time of the samples `keep` accepts (by time on the profile's clock, µs). */
function selfTime(
  profile: CpuProfile,
  index: ReturnType<typeof nodeIndex>,
  top: number,
  keep: (atUs: number) => boolean = () => true,
): SelfTime {
  const packages = new Map<string, number>();
  const functions = new Map<string, ProfileItem>();
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // timeDeltas[i + 1] is the time from sample i to the next.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = index.get(id);
    if (!node || !ms || !keep(at)) return;
    busy += ms;
    packages.set(node.pkg, (packages.get(node.pkg) ?? 0) + ms);
    const entry = functions.get(node.key) ?? { name: node.name, where: node.where, ms: 0 };
    entry.ms += ms;
    functions.set(node.key, entry);
  });
  return {
    busyMs: busy,
    byPackage: sorted([...packages].map(([name, ms]) => ({ name, ms }))).slice(0, top),
    byFunction: sorted(functions.values()).slice(0, top),
  };
}

export interface SummaryOptions {
  top?: number;
  /** The load's longest tasks (ms from connection), its connection and the profile's start on the page's clock. */
  tasks?: Task[];
  connectedAt?: number;
  startedAt?: number;
  timeline?: ProfileSummary['timeline'];
  pan?: CpuProfile;
}

/** Summarises `profile`, whose scripts are served from `outDir` (URL paths map to files there). */
export function summarise(profile: CpuProfile, outDir: string, options: SummaryOptions = {}): ProfileSummary {
  const { top = 15, tasks, connectedAt, startedAt, timeline, pan } = options;
  const index = nodeIndex(profile, outDir);
  const summary: ProfileSummary = selfTime(profile, index, top);
  if (tasks && connectedAt !== undefined && startedAt !== undefined) {
    // A task's start, ms from connection, on the profile's clock (µs).
    const onProfile = (ms: number) => profile.startTime + (connectedAt + ms - startedAt) * 1000;
    summary.tasks = tasks.map((task) => {
      const [from, to] = [onProfile(task.start), onProfile(task.start + task.duration)];
      const within = selfTime(profile, index, 5, (at) => at >= from && at < to);
      return { ...task, sampledMs: within.busyMs, top: within.byFunction };
    });
  }
  if (timeline && connectedAt !== undefined && startedAt !== undefined) {
    const [from, to] = [0, timeline.ready].map((ms) => profile.startTime + (connectedAt + ms - startedAt) * 1000) as [number, number];
    summary.busyBeforeReadyMs = selfTime(profile, index, 0, (at) => at >= from && at < to).busyMs;
  }
  if (timeline) summary.timeline = timeline;
  if (pan) summary.pan = selfTime(pan, nodeIndex(pan, outDir), 10);
  return summary;
}

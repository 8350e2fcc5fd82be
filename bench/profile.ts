/**
 * Where the time goes in a CPU profile of a load: self time by package (from the
 * `// node_modules/...` and `// src/...` comments that open each module in an unminified
 * bundle) and by function.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CpuProfile } from './browser.ts';

export interface ProfileSummary {
  /** Sampled time, ms, idle excluded. */
  busyMs: number;
  byPackage: { name: string; ms: number }[];
  byFunction: { name: string; where: string; ms: number }[];
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

/** Summarises `profile`, whose scripts are served from `outDir` (URL paths map to files there). */
export function summarise(profile: CpuProfile, outDir: string, top = 15): ProfileSummary {
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
  const self = new Map<number, number>();
  // timeDeltas[i + 1] is the time spent from sample i to the next.
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const packages = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; ms: number }>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (!ms || functionName === '(idle)') continue;
    busy += ms;
    const module = functionName.startsWith('(') ? functionName : owner(url, lineNumber);
    const pkg = packageOf(module);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    const key = `${functionName}@${url}:${lineNumber}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', where: `${module}`, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const sorted = <T extends { ms: number }>(items: Iterable<T>) => [...items].sort((a, b) => b.ms - a.ms);
  return {
    busyMs: busy,
    byPackage: sorted([...packages].map(([name, ms]) => ({ name, ms }))).slice(0, top),
    byFunction: sorted(functions.values()).slice(0, top),
  };
}

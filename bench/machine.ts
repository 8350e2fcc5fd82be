/** The machine and code a run measured, for latest.json and drawing.json. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { median } from './model.ts';
import type { Results } from './report.ts';

/** The commit checked out at `root`, and whether src/ has uncommitted changes (others edit it meanwhile). */
export function codeState(root: string): { commit: string; srcChanged: boolean } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  return { commit: git('rev-parse', '--short', 'HEAD') || 'unknown', srcChanged: git('status', '--porcelain', '--', 'src') !== '' };
}

/** The machine, with `loadAverages` (the 1-minute load average taken before each load, the first at the start). */
export function machineInfo(code: { commit: string; srcChanged: boolean }, chromium: string, loadAverages: number[]): Results['machine'] {
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.cpus().length,
    memoryGB: os.totalmem() / 2 ** 30,
    node: process.version,
    chromium,
    ...code,
    loadAverage: { start: loadAverages[0]!, median: median(loadAverages), max: Math.max(...loadAverages), end: os.loadavg()[0]! },
  };
}

/** The command line of `npm run bench` for the browser measures (bench/run.ts's header lists every flag). */
import { PAGES, type PageName } from './serve.ts';

/** The graphs of the browser measures, by the key `--sizes` takes. */
export const SIZE_KEYS = ['rt', '10', '100', '1000', '5000'] as const;

export interface RunFlags {
  quick: boolean;
  /** `--sizes rt,100`: only these graphs. */
  sizes: string[] | null;
  /** `--stacks ours,sigma-fa2`: only these stacks. */
  stacks: PageName[] | null;
  /** `--loads 3`: this many loads of every stack at every size. */
  loads: number | null;
  /** Any of the three: a partial run, written to partial.md and partial.json. */
  partial: boolean;
}

function list<T extends string>(argv: string[], flag: string, allowed: readonly T[]): T[] | null {
  const at = argv.indexOf(flag);
  if (at < 0) return null;
  const value = argv[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a comma-separated list of: ${allowed.join(', ')}`);
  const words = value.split(',').filter(Boolean);
  const unknown = words.filter((word) => !allowed.includes(word as T));
  if (unknown.length) throw new Error(`${flag}: no ${unknown.map((word) => `"${word}"`).join(', ')}; choose among ${allowed.join(', ')}`);
  // In the usual order, each once.
  return allowed.filter((word) => words.includes(word));
}

/** Reads the flags from `argv` (process.argv); throws on a flag's value it cannot use. */
export function parseRunFlags(argv: string[]): RunFlags {
  const sizes = list(argv, '--sizes', SIZE_KEYS);
  const stacks = list(argv, '--stacks', PAGES);
  let loads: number | null = null;
  const at = argv.indexOf('--loads');
  if (at >= 0) {
    loads = Number(argv[at + 1]);
    if (!Number.isInteger(loads) || loads < 1 || loads > 20) throw new Error('--loads needs a whole number from 1 to 20');
  }
  return { quick: argv.includes('--quick'), sizes, stacks, loads, partial: sizes !== null || stacks !== null || loads !== null };
}

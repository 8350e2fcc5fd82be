/**
 * The `actor-graph` command: picks the subcommand, runs it, and sets the exit code.
 */
import { visible } from './visible.ts';
import { EXIT, type Io, UsageError } from './args.ts';
import * as check from './check.ts';
import * as convert from './convert.ts';
import * as exportImage from './export.ts';
import * as merge from './merge.ts';
import * as paths from './paths.ts';
import { FILES_HELP, NothingToRead, WAIT_SECONDS, WAIT_VARIABLE } from './read-file.ts';
import { EDGES_HELP, OUT_HELP } from './write-data.ts';
import * as schema from './schema.ts';
import * as stats from './stats.ts';
import * as validate from './validate.ts';

interface Subcommand {
  usage: string;
  /** What its arguments mean, under its usage in `--help`. */
  help?: string;
  run: (args: string[], io: Io) => number | Promise<number>;
}

const subcommands: Record<string, Subcommand> = { validate, check, paths, stats, schema, export: exportImage, convert, merge };

const overview = [
  'actor-graph: actors and their cooperation, hostility and contested relations, with evidence.',
  '',
  'Usage:',
  ...Object.values(subcommands).map((s) => `  ${s.usage}`),
  '',
  FILES_HELP,
  '',
  OUT_HELP,
  '',
  EDGES_HELP,
  '',
  `A FILE that is a named pipe and gives nothing for ${WAIT_SECONDS} s is given up (exit 1); ${WAIT_VARIABLE}=SECONDS changes the wait.`,
  'Exit codes: 0 done, 1 a problem with the data or the question, 2 a bad command line.',
].join('\n');

/** Runs the command line `args` (without node and the script) and returns the exit code. */
export async function main(args: string[], terminal: Io): Promise<number> {
  // Everything printed may hold text from the data: shown, never obeyed.
  const io: Io = { out: (text) => terminal.out(visible(text)), err: (text) => terminal.err(visible(text)) };
  // Progress lines hold only numbers the command writes, and carriage returns that must stay.
  if (terminal.progress) io.progress = terminal.progress;
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  // Own names only: `constructor`, `toString` and `__proto__` are names every object answers to.
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!subcommand) {
    io.err(`actor-graph: unknown command "${name}"\n\n${overview}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out([`Usage: ${subcommand.usage}`, ...(subcommand.help ? ['', subcommand.help] : [])].join('\n'));
    return EXIT.ok;
  }
  try {
    return await subcommand.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`actor-graph ${name}: ${error.message}\nUsage: ${subcommand.usage}`);
      return EXIT.usage;
    }
    if (error instanceof NothingToRead) {
      io.err(`actor-graph ${name}: ${error.message}`);
      return EXIT.problem;
    }
    const trouble = fileTrouble(error);
    if (trouble) {
      io.err(`actor-graph ${name}: ${trouble}`);
      return EXIT.problem;
    }
    throw error;
  }
}

/** What the file system said no to, in one line, or null for any other error. */
function fileTrouble(error: unknown): string | null {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  const why: Record<string, string> = {
    EISDIR: 'it is a folder',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'part of the path is a file, not a folder',
    ENOSPC: 'no space left on the device',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    EEXIST: 'a file stands where a folder is needed',
  };
  const reason = why[code] ?? code;
  return typeof path === 'string' ? `${path}: ${reason}` : reason;
}

/**
 * `actor-graph validate FILE`: exit 0 with a one-line summary, or exit 1 with every problem.
 */
import { RELATION_TYPES } from '../model/format.ts';
import { EXIT, type Io, oneFile, parseOptions } from './args.ts';
import { readGraphOrReport } from './read-file.ts';

export const usage = 'actor-graph validate FILE';

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { positionals } = parseOptions(args, {});
  const file = oneFile(positionals);
  const document = await readGraphOrReport(file, io);
  if (!document) return EXIT.problem;
  const counts = RELATION_TYPES.map((type) => `${document.relations.filter((r) => r.type === type).length} ${type}`);
  const sources = document.sources?.length ?? 0;
  const evidence = document.relations.reduce((n, r) => n + (r.evidence?.length ?? 0), 0);
  io.out(
    `${file}: valid. "${document.title}": ${document.actors.length} actors, ${document.relations.length} relations ` +
      `(${counts.join(', ')}), ${evidence} pieces of evidence from ${sources} source${sources === 1 ? '' : 's'}.`,
  );
  return EXIT.ok;
}

/**
 * `actor-graph validate FILE…`: exit 0 with a one-line summary, or exit 1 with every problem.
 */
import { RELATION_TYPES } from '../model/format.ts';
import { EXIT, type Io, parseOptions } from './args.ts';
import { FILES_HELP, filesLabel, graphFiles, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';

/** What FILE… may be, under the usage. */
export const help = FILES_HELP;

export const usage = `actor-graph validate FILE… ${READ_USAGE}`;

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, READ_OPTIONS);
  const files = graphFiles(positionals);
  const document = await readGraphOrReport(files, io, readRequest(values.from, values['type-map']));
  if (!document) return EXIT.problem;
  const counts = RELATION_TYPES.map((type) => `${document.relations.filter((r) => r.type === type).length} ${type}`);
  const sources = document.sources?.length ?? 0;
  const evidence = document.relations.reduce((n, r) => n + (r.evidence?.length ?? 0), 0);
  io.out(
    `${filesLabel(files)}: valid. "${document.title}": ${document.actors.length} actors, ${document.relations.length} relations ` +
      `(${counts.join(', ')}), ${evidence} pieces of evidence from ${sources} source${sources === 1 ? '' : 's'}.`,
  );
  return EXIT.ok;
}

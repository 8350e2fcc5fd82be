/**
 * `actor-graph paths FILE… --from A --to B …`: the shortest path, or all paths, with readings.
 */
import { filterFor, holdingOf } from '../model/filter.ts';
import { loadGraph } from '../model/graph.ts';
import { findPaths, type PathOptions } from '../model/paths.ts';
import { readSign } from '../model/reading.ts';
import {
  countOption,
  EXIT,
  FILTER_OPTIONS,
  filterDates,
  filterOption,
  flagOptions,
  type Io,
  parseOptions,
  undatedOption,
  UsageError,
  valueOptions,
} from './args.ts';
import { FILES_HELP, graphFiles, readGraphOrReport, readRequest } from './read-file.ts';

/** What FILE… may be, under the usage. */
export const help = FILES_HELP;

export const usage =
  'actor-graph paths FILE… --from A --to B [--types cooperation,hostility] [--as-of DATE [--possible]] [--known-on DATE] ' +
  '[--undated join|apart] [--directed] [--all] [--max-hops N] [--limit N] [--json] [--from-format FORMAT] [--type-map VALUE=TYPE,…]';

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ...valueOptions('from', 'to', 'max-hops', 'limit', 'undated', 'from-format', 'type-map'),
    ...FILTER_OPTIONS,
    ...flagOptions('directed', 'all', 'json'),
  });
  const files = graphFiles(positionals);
  const read = readRequest(values['from-format'], values['type-map'], '--from-format');
  if (values.from === undefined) throw new UsageError('--from is required');
  if (values.to === undefined) throw new UsageError('--to is required');
  const options: PathOptions = filterOption(values);
  if (values.directed) options.directed = true;
  if (values.all) options.all = true;
  const undated = undatedOption(values.undated);
  if (undated) options.undated = undated;
  const maxHops = countOption(values['max-hops'], '--max-hops');
  if (maxHops !== undefined) options.maxHops = maxHops;
  const limit = countOption(values.limit, '--limit');
  if (limit !== undefined) options.limit = limit;

  const document = await readGraphOrReport(files, io, read);
  if (!document) return EXIT.problem;
  const graph = loadGraph(document);
  const result = findPaths(graph, values.from, values.to, filterFor(graph, options));
  if (!result.ok) {
    io.err(`actor-graph paths: ${result.problem.message}`);
    return EXIT.problem;
  }
  // With --possible, the steps that only possibly held at the date, so they are not read as certain.
  const possibleSteps = (relations: readonly string[]) =>
    relations.filter((id) => holdingOf(graph.getEdgeAttributes(id), options) === 'possible');
  if (values.json) {
    const paths = result.paths.map((p) => ({
      actors: p.actors,
      relations: p.relations,
      sign: p.sign,
      // When every step held at once, as the dates are written (null: open), and in words.
      window: { from: p.window.fromText ?? null, to: p.window.toText ?? null },
      undatedSteps: p.undatedSteps,
      holds: p.holds,
      ...(options.possible ? { possible: possibleSteps(p.relations) } : {}),
    }));
    io.out(JSON.stringify({ paths }));
    return EXIT.ok;
  }
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const between = `${label(result.from)} to ${label(result.to)}`;
  const dates = [filterDates(options), options.undated === 'apart' ? 'undated relations kept apart' : ''].filter(Boolean).join(', ');
  if (result.paths.length === 0) {
    io.out(`No path from ${between} with these filters${dates ? ` (${dates})` : ''}.`);
    return EXIT.ok;
  }
  const count = `${result.paths.length}${result.truncated ? '+' : ''} path${result.paths.length === 1 ? '' : 's'}`;
  io.out(`${options.all ? count : 'Shortest path'} from ${between}${dates ? `, ${dates}` : ''}:`);
  result.paths.forEach((path, i) => {
    const steps = path.relations.length;
    io.out(`${i + 1}. [${path.sign}] ${path.reading}`);
    io.out(`   ${steps} step${steps === 1 ? '' : 's'}, ${readSign(path.sign)}; relations: ${path.relations.join(', ') || 'none'}`);
    const possible = options.possible ? possibleSteps(path.relations) : [];
    if (possible.length) io.out(`   only possibly held as of ${options.asOf}: ${possible.join(', ')}`);
  });
  if (result.truncated) io.out(`Stopped at ${result.paths.length} paths; raise --limit to see more.`);
  return EXIT.ok;
}

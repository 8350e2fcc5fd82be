/**
 * `actor-graph stats FILE… [--json]`: counts by type, the five most central actors, unbalanced triads.
 * Betweenness costs actors × relations (minutes at 20,000 actors): past APPROX_ABOVE actors it
 * is estimated from a seeded sample of actors, and a terminal is shown how far it has come.
 */
import { balanceReport } from '../model/balance.ts';
import { centrality, rankActors, type CentralityWork } from '../model/centrality.ts';
import { filterFor, holdingOf, relationPasses } from '../model/filter.ts';
import { RELATION_TYPES } from '../model/format.ts';
import { loadGraph } from '../model/graph.ts';
import {
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
import { FILES_HELP, graphFiles, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest } from './read-file.ts';

/** What FILE… may be, under the usage. */
export const help = FILES_HELP;

export const usage =
  'actor-graph stats FILE… [--types LIST] [--as-of DATE [--possible]] [--known-on DATE] [--undated join|apart] [--approx N | --exact] [--seed N] ' +
  `[--json] ${READ_USAGE}`;

/** Past this many actors betweenness is estimated unless --exact says otherwise; in the README. */
export const APPROX_ABOVE = 5_000;
/** Actors searched from for an estimate when --approx does not say. */
export const APPROX_SOURCES = 500;

/** How betweenness was worked out, as --json gives it. */
interface Method {
  method: 'exact' | 'sampled';
  sources: number;
  actors: number;
  seed?: number;
  /** True when the size of the graph chose sampling, not --approx. */
  byDefault?: boolean;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ...FILTER_OPTIONS,
    ...READ_OPTIONS,
    ...valueOptions('approx', 'seed', 'undated'),
    ...flagOptions('exact', 'json'),
  });
  if (values.exact && values.approx !== undefined) throw new UsageError('--approx and --exact ask for different things; give one');
  const approx = wholeNumber(values.approx, '--approx');
  if (approx === 1) throw new UsageError('--approx takes 0 (exact) or a number of actors of at least 2, not 1');
  const seed = wholeNumber(values.seed, '--seed') ?? 1;
  const files = graphFiles(positionals);
  const read = readRequest(values.from, values['type-map']);
  const asked = filterOption(values);
  const document = await readGraphOrReport(files, io, read);
  if (!document) return EXIT.problem;
  const graph = loadGraph(document);
  const undated = undatedOption(values.undated);
  // Paths behind betweenness and triads hold together in time; --undated says how undated relations join.
  const filter = { ...filterFor(graph, asked), ...(undated ? { undated } : {}) };
  const label = (id: string) => graph.getNodeAttribute(id, 'label');

  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<string, number>;
  let possible = 0;
  graph.forEachEdge((_id, relation) => {
    if (!relationPasses(relation, filter)) return;
    byType[relation.type]!++;
    if (holdingOf(relation, filter) === 'possible') possible++;
  });
  const n = graph.order;
  const byDefault = approx === undefined && !values.exact && n > APPROX_ABOVE;
  const sources = values.exact || approx === 0 ? n : Math.min(n, approx ?? (byDefault ? APPROX_SOURCES : n));
  const method: Method =
    sources < n
      ? { method: 'sampled', sources, actors: n, seed, ...(byDefault ? { byDefault } : {}) }
      : { method: 'exact', sources: n, actors: n };
  const work: CentralityWork = sources < n ? { sample: { sources, seed } } : {};
  const { progress } = io;
  if (progress) work.onProgress = progressLine(progress, sources < n ? 'sampled actors' : 'actors');
  let scores;
  try {
    scores = centrality(graph, filter, work);
  } finally {
    progress?.(null);
  }
  const degree = rankActors(graph, scores, 'degree', 5);
  const betweenness = rankActors(graph, scores, 'betweenness', 5);
  const balance = balanceReport(graph, filter);
  const unbalanced = balance.triads.filter((t) => !t.balanced);

  if (values.json) {
    io.out(
      JSON.stringify({
        actors: graph.order,
        relations: Object.values(byType).reduce((a, b) => a + b, 0),
        byType,
        ...(filter.possible ? { possible } : {}),
        centrality: {
          degree: degree.map(({ id, degree: value }) => ({ id, value })),
          betweenness: betweenness.map(({ id, betweenness: value, betweennessError: error }) => ({
            id,
            value,
            ...(error === undefined ? {} : { error }),
          })),
          betweennessMethod: method,
        },
        triads: { balanced: balance.balanced, unbalanced: balance.unbalanced },
        unbalancedTriads: unbalanced.map(({ actors, relations, hostilities }) => ({ actors, relations, hostilities })),
        ambivalentPairs: balance.ambivalent.map(({ a, b, relations }) => ({ actors: [a, b], relations })),
      }),
    );
    return EXIT.ok;
  }
  const lines: string[] = [];
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  const dates = filterDates(filter);
  lines.push(`${graph.getAttribute('title')}: ${graph.order} actors, ${total} relations${dates ? ` ${dates}` : ''}`);
  if (filter.possible) lines.push(`  ${possible} of them only possibly held as of ${filter.asOf}`);
  lines.push(`  ${RELATION_TYPES.map((t) => `${byType[t]} ${t}`).join(', ')}`);
  lines.push('Most relations (degree):');
  degree.forEach((a, i) => lines.push(`  ${i + 1}. ${label(a.id)} ${a.degree}`));
  if (method.method === 'exact') lines.push('Most between others (betweenness):');
  else {
    lines.push(
      `Most between others (betweenness estimated from ${count(sources)} of ${count(n)} actors drawn at random, seed ${seed}, ± its standard error):`,
    );
    if (byDefault) lines.push(`  (estimated as the graph has over ${count(APPROX_ABOVE)} actors; --exact works out every actor, slower)`);
  }
  const give = (error: number | undefined) => (error === undefined || Number.isNaN(error) ? '' : ` ± ${error.toFixed(3)}`);
  betweenness.forEach((a, i) => lines.push(`  ${i + 1}. ${label(a.id)} ${a.betweenness.toFixed(3)}${give(a.betweennessError)}`));
  lines.push(`Triads: ${balance.balanced} balanced, ${balance.unbalanced} unbalanced`);
  for (const t of unbalanced) {
    lines.push(
      `  ${t.actors.map(label).join(', ')}: ${t.hostilities} hostilit${t.hostilities === 1 ? 'y' : 'ies'} (${t.relations.join(', ')})`,
    );
  }
  if (balance.ambivalent.length > 0) lines.push('Ambivalent pairs, cooperation and hostility at once (left out of triads):');
  for (const pair of balance.ambivalent) lines.push(`  ${label(pair.a)} and ${label(pair.b)} (${pair.relations.join(', ')})`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}

/** A whole number option of 0 or more; anything else is a UsageError. */
function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

/** Progress as "betweenness: 41% (8,200 of 20,000 actors)", written when the percentage moves. */
function progressLine(show: (line: string) => void, what: string): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (percent === shown) return;
    shown = percent;
    show(`betweenness: ${percent}% (${count(done)} of ${count(total)} ${what})`);
  };
}

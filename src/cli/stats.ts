/**
 * `actor-graph stats FILE [--json]`: counts by type, the five most central actors, unbalanced triads.
 */
import { balanceReport } from '../model/balance.ts';
import { topActors } from '../model/centrality.ts';
import { relationPasses, type RelationFilter } from '../model/filter.ts';
import { RELATION_TYPES } from '../model/format.ts';
import { loadGraph } from '../model/graph.ts';
import { dateOption, EXIT, formatProblems, type Io, oneFile, parseOptions, typesOption } from './args.ts';
import { readGraphFile } from './read-file.ts';

export const usage = 'actor-graph stats FILE [--types LIST] [--as-of DATE] [--json]';

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    types: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  const file = oneFile(positionals);
  const filter: RelationFilter = {};
  const types = typesOption(values.types);
  if (types) filter.types = types;
  const asOf = dateOption(values['as-of'], '--as-of');
  if (asOf !== undefined) filter.asOf = asOf;
  const loaded = await readGraphFile(file);
  if (!loaded.ok) {
    io.err(formatProblems(file, loaded.problems));
    return EXIT.problem;
  }
  const graph = loadGraph(loaded.document);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');

  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<string, number>;
  graph.forEachEdge((_id, relation) => {
    if (relationPasses(relation, filter)) byType[relation.type]!++;
  });
  const degree = topActors(graph, filter, 'degree', 5);
  const betweenness = topActors(graph, filter, 'betweenness', 5);
  const balance = balanceReport(graph, filter);
  const unbalanced = balance.triads.filter((t) => !t.balanced);

  if (values.json) {
    io.out(JSON.stringify({
      actors: graph.order,
      relations: Object.values(byType).reduce((a, b) => a + b, 0),
      byType,
      centrality: {
        degree: degree.map(({ id, degree: value }) => ({ id, value })),
        betweenness: betweenness.map(({ id, betweenness: value }) => ({ id, value })),
      },
      triads: { balanced: balance.balanced, unbalanced: balance.unbalanced },
      unbalancedTriads: unbalanced.map(({ actors, relations, hostilities }) => ({ actors, relations, hostilities })),
    }));
    return EXIT.ok;
  }
  const lines: string[] = [];
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  lines.push(`${graph.getAttribute('title')}: ${graph.order} actors, ${total} relations${filter.asOf ? ` as of ${filter.asOf}` : ''}`);
  lines.push(`  ${RELATION_TYPES.map((t) => `${byType[t]} ${t}`).join(', ')}`);
  lines.push('Most relations (degree):');
  degree.forEach((a, i) => lines.push(`  ${i + 1}. ${label(a.id)} ${a.degree}`));
  lines.push('Most between others (betweenness):');
  betweenness.forEach((a, i) => lines.push(`  ${i + 1}. ${label(a.id)} ${a.betweenness.toFixed(3)}`));
  lines.push(`Triads: ${balance.balanced} balanced, ${balance.unbalanced} unbalanced`);
  for (const t of unbalanced) {
    lines.push(`  ${t.actors.map(label).join(', ')}: ${t.hostilities} hostilit${t.hostilities === 1 ? 'y' : 'ies'} (${t.relations.join(', ')})`);
  }
  io.out(lines.join('\n'));
  return EXIT.ok;
}

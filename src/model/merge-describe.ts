/**
 * A merge report in plain lines, for the command line and the explorer's notice. Pure.
 */
import type { MergeReport } from './merge.ts';

/** How many ids a line lists before it counts the rest. */
const LISTED = 10;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Ids as a list a person reads: "a, b and c", the ones past LISTED counted. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest.toLocaleString('en-US')} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/** "8 by id, 1 by label (the-taliban → taliban)": each way of matching, the ones not by id named. */
function byWhat<B extends string>(matches: readonly { from: string; into: string; by: B }[], ways: readonly B[], names: Record<B, string>) {
  return ways
    .map((way) => {
      const these = matches.filter((match) => match.by === way);
      if (!these.length) return '';
      const pairs = these.filter((match) => match.from !== match.into).map((match) => `${match.from} → ${match.into}`);
      return `${these.length.toLocaleString('en-US')} by ${names[way]}${pairs.length ? ` (${listed(pairs)})` : ''}`;
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * The report as plain lines: what matched and how, what was added, ids renamed, and one line a
 * conflict. `files` names the files by their place in the merge, for the lines that say which
 * file an id came from ("file 2" without it).
 */
export function describeMerge(report: MergeReport, files: readonly string[] = []): string[] {
  const fileName = (file: number) => files[file] ?? `file ${file + 1}`;
  const lines: string[] = [];
  const { matchedActors, addedActors, matchedRelations, addedRelations, matchedSources, addedSources } = report;
  if (matchedActors.length) {
    const ways = byWhat(matchedActors, ['id', 'label', 'alias'], { id: 'id', label: 'label', alias: 'alias' });
    lines.push(`Matched ${plural(matchedActors.length, 'actor')}: ${ways}.`);
  }
  if (addedActors.length) lines.push(`Added ${plural(addedActors.length, 'actor')}: ${listed(addedActors.map((a) => a.id))}.`);
  if (matchedRelations.length) {
    const gaining = matchedRelations.filter((match) => match.evidenceAdded > 0);
    const pieces = gaining.reduce((n, match) => n + match.evidenceAdded, 0);
    const evidence = gaining.length
      ? `${plural(pieces, 'piece')} of evidence added to ${gaining.length === 1 ? 'one' : `${gaining.length.toLocaleString('en-US')} of them`}`
      : 'no evidence added';
    lines.push(`Matched ${plural(matchedRelations.length, 'relation')} (${evidence}).`);
  }
  if (addedRelations.length) lines.push(`Added ${plural(addedRelations.length, 'relation')}: ${listed(addedRelations.map((r) => r.id))}.`);
  if (matchedSources.length) {
    const ways = byWhat(matchedSources, ['id', 'url', 'title'], { id: 'id', url: 'URL', title: 'title' });
    lines.push(`Matched ${plural(matchedSources.length, 'source')}: ${ways}.`);
  }
  if (addedSources.length) lines.push(`Added ${plural(addedSources.length, 'source')}: ${listed(addedSources.map((s) => s.id))}.`);
  if (report.renamed.length) {
    const renames = report.renamed.map(({ file, what, from, to }) => `${what} ${from} of ${fileName(file)} → ${to}`);
    lines.push(`Renamed ${plural(report.renamed.length, 'id')} to keep ids unique: ${listed(renames)}.`);
  }
  for (const { relations, actors, types } of report.conflicts) {
    lines.push(
      `Conflict: ${actors[0]} and ${actors[1]}, ${types[0]} in ${relations[0]} and ${types[1]} in ${relations[1]} at the same time; both kept.`,
    );
  }
  return lines.length ? lines : ['Nothing matched or added.'];
}

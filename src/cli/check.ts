/**
 * `actor-graph check FILE… --text SOURCE_ID=PATH…`: whether every quote is in its source where
 * its locator says. One line for each piece of evidence that is not, with the locator to write or
 * the closest passage; exit 1 if there is any.
 */
import type { GraphDocument } from '../model/format.ts';
import { type EvidenceCheck, checkQuotes } from '../model/quote-check.ts';
import { PARAGRAPH_MIN_WORDS, sourceParagraphs, textFormatOf } from '../model/source-text.ts';
import { EXIT, type Io, parseOptions, UsageError } from './args.ts';
import { FILES_HELP, graphFiles, READ_OPTIONS, READ_USAGE, readGraphOrReport, readRequest, readText } from './read-file.ts';

export const help = [
  'Each --text gives the text of one source: plain text, Markdown (.md) or HTML (.html).',
  `Its paragraphs are numbered as the ¶N locators are: blocks between blank lines of at least ${PARAGRAPH_MIN_WORDS} words,`,
  'headings left out. Quotes are compared with white space, curly quotes and dashes made plain, and nothing else.',
  'Exit codes: 0 every quote found where cited, 1 any that is not.',
  '',
  FILES_HELP,
].join('\n');

export const usage = `actor-graph check FILE… --text SOURCE_ID=PATH… ${READ_USAGE}`;

/** Runs the subcommand and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...READ_OPTIONS, text: { type: 'string', multiple: true } });
  const files = graphFiles(positionals);
  const given = textOptions(values.text ?? []);
  const document = await readGraphOrReport(files, io, readRequest(values.from, values['type-map']));
  if (!document) return EXIT.problem;

  const known = new Set((document.sources ?? []).map((s) => s.id));
  const unknown = [...given.keys()].filter((id) => !known.has(id));
  if (unknown.length) {
    const ids = [...known].join(', ') || 'none';
    io.err(`actor-graph check: no source ${unknown.map((id) => `"${id}"`).join(', ')} in ${files.join(', ')} (its sources: ${ids})`);
    return EXIT.problem;
  }
  const paragraphs = new Map<string, string[]>();
  for (const [id, path] of given) {
    const read = await readText(path);
    if (!read.ok) {
      io.err(`actor-graph check: ${read.problems.map((p) => p.message).join('; ')}`);
      return EXIT.problem;
    }
    paragraphs.set(id, sourceParagraphs(read.text, textFormatOf(path)));
  }

  const checks = checkQuotes(document, paragraphs);
  const wrong = checks.filter((c) => c.check.status !== 'found');
  for (const c of wrong) io.out(describe(c));
  io.out(summary(document, checks, wrong.length, paragraphs));
  return wrong.length ? EXIT.problem : EXIT.ok;
}

/** `--text ID=PATH` options by source id; a malformed or repeated one is a UsageError. */
function textOptions(values: readonly string[]): Map<string, string> {
  if (!values.length) throw new UsageError('give at least one --text SOURCE_ID=PATH');
  const texts = new Map<string, string>();
  for (const value of values) {
    const at = value.indexOf('=');
    const id = value.slice(0, at).trim();
    const path = value.slice(at + 1);
    if (at < 1 || !id || !path) throw new UsageError(`--text "${value}" is not SOURCE_ID=PATH`);
    if (texts.has(id)) throw new UsageError(`--text gives source "${id}" twice`);
    texts.set(id, path);
  }
  return texts;
}

/** A quote short enough for one line. */
const shown = (text: string, most = 80) => `“${text.length > most ? `${text.slice(0, most - 1)}…` : text}”`;

/** One line for a piece of evidence not found where cited. */
function describe({ relation, index, evidence, check }: EvidenceCheck): string {
  const where = `${relation}, evidence ${index + 1} (${evidence.locator ?? 'no locator'})`;
  if (check.status === 'elsewhere') return `${where}: ${shown(evidence.quote!)} is in ${check.locator}; write locator ${check.locator}`;
  if (check.status !== 'missing') return where;
  const closest = check.closest;
  const hint = closest
    ? `closest, in ¶${closest.paragraph} (${Math.round(closest.likeness * 100)}% alike): ${shown(closest.passage)}`
    : 'the text has no paragraph';
  return `${where}: ${shown(evidence.quote!)} is not in ${evidence.source}; ${hint}`;
}

function summary(document: GraphDocument, checks: readonly EvidenceCheck[], wrong: number, texts: ReadonlyMap<string, string[]>): string {
  const sources = [...texts].map(([id, p]) => `${id} (${p.length} paragraph${p.length === 1 ? '' : 's'})`).join(', ');
  const unchecked = document.relations.flatMap((r) => r.evidence ?? []).filter((e) => e.quote?.trim() && !texts.has(e.source)).length;
  const elsewhere = checks.filter((c) => c.check.status === 'elsewhere').length;
  const counts = wrong
    ? `${checks.length - wrong} found where cited, ${elsewhere} in another paragraph, ${wrong - elsewhere} not found`
    : 'all found where cited';
  const rest = unchecked ? `; ${unchecked} quoting sources with no --text not checked` : '';
  return `${checks.length} quote${checks.length === 1 ? '' : 's'} checked against ${sources}: ${counts}${rest}.`;
}

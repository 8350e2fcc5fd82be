/**
 * JSON text inside the values of a flat file (GEXF, GraphML, CSV): aliases, evidence, sources
 * and unknown fields travel that way. It is read as strictly as a JSON file, and a value that
 * cannot be taken stops the reader with a problem placed at its record.
 */
import type { Problem } from '../model/format.ts';
import { checkJson } from '../model/json.ts';
import { NESTING_PROBLEM } from '../model/limits.ts';

/**
 * A problem with one record found while reading it, before the document is assembled; `guard`
 * turns it into the reader's answer, `placed` says which record it is.
 */
export class ReadRefusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** Runs `build` for one record; a refusal inside it is placed at the record's path and place in the file. */
export function placed<T>(path: string, place: string | undefined, build: () => T): T {
  try {
    return build();
  } catch (error) {
    // A refusal placed already, by a record inside this one, keeps its place.
    if (!(error instanceof ReadRefusal) || error.problem.path !== '$') throw error;
    throw new ReadRefusal({ path, message: place === undefined ? error.problem.message : `${error.problem.message} (${place})` });
  }
}

/**
 * The JSON text of the value `name` parsed, or undefined when it is not JSON (a foreign value
 * that merely looks like it stays text). Checked as strictly as a JSON file: JSON nested past the
 * limit or giving a key twice is refused (ReadRefusal) before anything is built.
 */
export function parseJsonText(text: string, name: string): { value: unknown } | undefined {
  const check = checkJson(text);
  if (!check.ok) {
    if (check.why === 'nesting') throw new ReadRefusal({ path: '$', message: `its ${name} value is ${NESTING_PROBLEM}` });
    if (check.why === 'duplicate') throw new ReadRefusal({ path: '$', message: `in its ${name} value, ${check.problems[0]!.message}` });
    return undefined;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined; // a byte order mark, which JSON.parse does not take inside a value
  }
}

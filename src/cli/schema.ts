/**
 * `actor-graph schema [--out PATH]`: the format's JSON Schema, printed or written to a file.
 */
import { writeFileSync } from 'node:fs';
import { formatJsonSchemaText } from '../model/json-schema.ts';
import { EXIT, type Io, parseOptions, UsageError, valueOptions } from './args.ts';

export const usage = 'actor-graph schema [--out PATH]';

/** Runs the subcommand and returns its exit code. */
export function run(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, valueOptions('out'));
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const text = formatJsonSchemaText();
  if (values.out === undefined) io.out(text.trimEnd());
  else {
    writeFileSync(values.out, text);
    io.out(`wrote ${values.out}`);
  }
  return EXIT.ok;
}

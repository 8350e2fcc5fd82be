/**
 * The process behind the `actor-graph` binary: real standard output, error and exit code.
 */
import type { Io } from './args.ts';
import { main } from './main.ts';

const io: Io = { out: (text) => console.log(text), err: (text) => console.error(text) };
if (process.stderr.isTTY) {
  // Back to the line's start, the line, then erase what a longer line before it left.
  io.progress = (line) => process.stderr.write(line === null ? '\r\u001b[K' : `\r${line}\u001b[K`);
}
process.exitCode = await main(process.argv.slice(2), io);

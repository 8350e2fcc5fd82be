/**
 * The process behind the `actor-graph` binary: real standard output, error and exit code.
 */
import type { Io } from './args.ts';
import { main } from './main.ts';

const io: Io = { out: (text) => console.log(text), err: (text) => console.error(text) };
process.exitCode = await main(process.argv.slice(2), io);

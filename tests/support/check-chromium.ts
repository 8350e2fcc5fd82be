/**
 * Run by `npm test` before anything else: without a Chromium for the component tests, says so
 * in one line (where it looked and how to get one) and exits 1, so no test starts.
 */
import { findChromium, noChromiumMessage } from '../../src/cli/chromium.ts';

const search = findChromium(process.env);
if ('problem' in search) {
  process.stderr.write(`${noChromiumMessage(search.problem)}\n`);
  process.exitCode = 1;
}

/**
 * The layouts, off the page's main thread: the careful placement of graphs up to
 * COLA_MAX_ACTORS actors, in its two parts, and ForceAtlas2 for larger ones. One worker answers
 * one job at a time, as long as the page keeps it (worker-run.ts), so that it is started and
 * compiled before the first layout needs it.
 */
import { runForce } from './force-layout.ts';
import { finishPlacement, startPlacement } from './placement-job.ts';
import type { LayoutJob } from './worker-run.ts';

const post = (answer: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(answer, transfer);

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  if (job.kind === 'force') {
    const positions = runForce(job.input);
    post(positions, [positions.buffer]);
  } else if (job.kind === 'start') {
    const start = startPlacement(job.input);
    post(start, [start.buffer]);
  } else {
    post(finishPlacement(job.input, job.start));
  }
};

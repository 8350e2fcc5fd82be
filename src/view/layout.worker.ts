/**
 * The layouts, off the page's main thread: the careful placement of graphs up to
 * COLA_MAX_ACTORS actors and ForceAtlas2 for larger ones. One worker answers one job at a time,
 * as long as the page keeps it (worker-run.ts), so that it is started and compiled before the
 * first layout needs it.
 */
import { runForce } from './force-layout.ts';
import { placeGraph } from './placement-job.ts';
import type { LayoutJob } from './worker-run.ts';

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  if (job.kind === 'force') {
    const positions = runForce(job.input);
    (self as unknown as Worker).postMessage(positions, [positions.buffer]);
    return;
  }
  (self as unknown as Worker).postMessage(placeGraph(job.input));
};

/**
 * Runs the large-graph layout off the page's main thread, so that the page stays responsive
 * while thousands of actors are placed.
 */
import { runForce, type ForceInput } from './force-layout.ts';

self.onmessage = (event: MessageEvent<ForceInput>) => {
  const positions = runForce(event.data);
  (self as unknown as Worker).postMessage(positions, [positions.buffer]);
};

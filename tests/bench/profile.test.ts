import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../bench/browser.ts';
import type { Mark } from '../../bench/harness.ts';
import { marksDuring, phaseOfTask, phaseSplit } from '../../bench/phases.ts';
import { summarise } from '../../bench/profile.ts';

const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0, columnNumber: 0 });

/**
 * Samples 1 ms apart, the first 1 ms after the profile's start: idle for 10 ms, then `work` for
 * 30 ms (11 to 41 ms after the start), idle for 10 ms, `draw` for 20 ms (51 to 71 ms), idle.
 */
const profile: CpuProfile = {
  startTime: 1_000,
  nodes: [
    { id: 1, callFrame: frame('(idle)') },
    { id: 2, callFrame: frame('work') },
    { id: 3, callFrame: frame('draw') },
  ],
  samples: [...Array(10).fill(1), ...Array(30).fill(2), ...Array(10).fill(1), ...Array(20).fill(3), 1],
  timeDeltas: Array(71).fill(1000),
};

describe('the CPU profile of a load', () => {
  it('sums self time by function, idle left out, and within each long task on the page clock', () => {
    // The page connected 5 ms after the profile began; the tasks are in ms from connection.
    const summary = summarise(profile, '/nowhere', {
      tasks: [
        { start: 6, duration: 30 },
        { start: 46, duration: 20 },
      ],
      connectedAt: 105,
      startedAt: 100,
    });
    expect(summary.busyMs).toBe(50);
    expect(summary.byFunction.map((f) => [f.name, f.ms])).toEqual([
      ['work', 30],
      ['draw', 20],
    ]);
    expect(summary.tasks!.map((task) => [task.sampledMs, task.top.map((f) => [f.name, f.ms])])).toEqual([
      [30, [['work', 30]]],
      [20, [['draw', 20]]],
    ]);
  });

  it('counts the busy time from connection to ready apart', () => {
    // Connected 5 ms after the profile began, ready 30 ms later: the samples of `work` 11 to 34
    // ms after the start (24 of its 30) and none of `draw`.
    const summary = summarise(profile, '/nowhere', { connectedAt: 105, startedAt: 100, timeline: { marks: [], ready: 30, painted: 70 } });
    expect(summary.busyBeforeReadyMs).toBe(24);
  });
});

describe('the phases of a load', () => {
  const marks: Mark[] = [
    { name: 'batch', start: 40, end: 41 },
    { name: 'batch', start: 100, end: 300 },
    { name: 'add', start: 110, end: 290 },
    { name: 'layout worker', start: 20, end: 900 },
    { name: 'fit', start: 950, end: 1000 },
  ];

  it('adds up to connect → painted, the batch around the first add being the adding of the elements', () => {
    expect(phaseSplit(marks, 1000, 1100).map(({ phase, ms }) => [phase.id, ms])).toEqual([
      ['before', 20],
      ['fit', 50],
      ['add', 200],
      ['batches', 1],
      ['worker', 679],
      ['rest', 50],
      ['frame', 100],
    ]);
  });

  it("charges a task to what the page did, not to the worker's wait, and lists the cytoscape calls in it", () => {
    const task = { start: 0, duration: 120 };
    expect(phaseOfTask(task, marks, 1000, 1100).id).toBe('before');
    expect(marksDuring(task, marks)).toEqual(['batch', 'add']);
    expect(phaseOfTask({ start: 1000, duration: 90 }, marks, 1000, 1100).id).toBe('frame');
    expect(phaseOfTask({ start: 1090, duration: 200 }, marks, 1000, 1100).id).toBe('settling');
  });
});

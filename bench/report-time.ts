/**
 * "Where the time goes in ours", size by size: the phases and the longest tasks of the median
 * load, its timeline of cytoscape calls, and the CPU profile's top items (self time by package
 * and by function, within each long task, and during pan and zoom).
 */
import { functionText } from './causes.ts';
import { formatNumber, table } from './format.ts';
import type { Mark, Task } from './harness.ts';
import { marksDuring, marksTable, phaseOfTask, phaseSplit } from './phases.ts';
import type { ProfileItem, SelfTime } from './profile.ts';
import type { Results } from './report.ts';

/** Items of the profile tables in latest.md. */
const TOP = 12;

const share = (ms: number, of: number) => `${formatNumber((100 * ms) / of)} %`;

function selfTimeTables(self: SelfTime, what: string): string[] {
  return [
    `${what}, self time by package:`,
    '',
    table(
      ['package or module', 'ms', 'share'],
      self.byPackage.slice(0, TOP).map((p) => [p.name, formatNumber(p.ms), share(p.ms, self.busyMs)]),
    ),
    '',
    'Self time by function:',
    '',
    table(
      ['function', 'in', 'ms'],
      self.byFunction.slice(0, TOP).map((f) => [`\`${f.name}\``, f.where, formatNumber(f.ms)]),
    ),
    '',
  ];
}

/** The longest tasks of a load, with the phase and cytoscape calls each overlapped (and, when profiled, its top functions). */
function tasksTable(
  tasks: (Task & { top?: ProfileItem[]; sampledMs?: number })[],
  timeline: { marks: Mark[]; ready: number; painted: number },
): string {
  const profiled = tasks.some((task) => task.top);
  const head = [
    'starts at (ms)',
    'takes (ms)',
    'mostly in',
    'cytoscape calls in it',
    ...(profiled ? ['sampled busy (ms)', 'top self time in it (ms)'] : []),
  ];
  const rows = tasks.map((task) => [
    formatNumber(task.start),
    formatNumber(task.duration),
    phaseOfTask(task, timeline.marks, timeline.ready, timeline.painted).name,
    marksDuring(task, timeline.marks).join(', ') || '—',
    ...(profiled
      ? [
          task.sampledMs === undefined ? '—' : formatNumber(task.sampledMs),
          (task.top ?? [])
            .slice(0, 3)
            .map((item) => `${functionText(item)} ${formatNumber(item.ms)}`)
            .join('; ') || '—',
        ]
      : []),
  ]);
  return table(head, rows);
}

export function timeSection(results: Results): string[] {
  const out: string[] = ['## Where the time goes in ours', ''];
  for (const size of results.sizes) {
    const timeline = results.browser[size.key]?.ours?.timeline;
    const profile = results.profiles[size.key];
    if (!timeline && !profile) continue;
    out.push(`### ${size.label}`, '');
    if (timeline) {
      const { marks, ready, painted } = timeline;
      out.push('Connect → painted of the median load, by phase:', '');
      out.push(
        table(
          ['phase', 'ms', 'share'],
          phaseSplit(marks, ready, painted).map(({ phase, ms }) => [phase.label, formatNumber(ms), share(ms, painted)]),
        ),
        '',
      );
      if (timeline.tasks?.length) out.push('Its longest tasks (Long Tasks API, over 50 ms):', '', tasksTable(timeline.tasks, timeline), '');
      else if (timeline.tasks) out.push('It had no task over 50 ms.', '');
      out.push(
        'Its timeline (cytoscape calls, outermost of each name; a resize and fit after graph-ready come from the ResizeObserver):',
        '',
        marksTable(marks, ready, painted),
        '',
      );
    }
    if (profile) {
      out.push(
        ...selfTimeTables(
          profile,
          `CPU profile of the last load (sampled every 0.5 ms; ${formatNumber(profile.busyMs)} ms busy from connection to settled)`,
        ),
      );
      if (profile.tasks?.length && profile.timeline)
        out.push("That load's longest tasks, with the functions its samples fell in:", '', tasksTable(profile.tasks, profile.timeline), '');
      if (profile.pan)
        out.push(...selfTimeTables(profile.pan, `Its pan and zoom, profiled apart (${formatNumber(profile.pan.busyMs)} ms busy)`));
    }
  }
  return out;
}

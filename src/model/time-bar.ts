/**
 * The time bar's words and keys: each bar of the histogram and the whole of it in words, for
 * screen readers and tooltips, and where each key moves the as-of handle. Pure.
 */
import type { TimeBin, TimeHistogram } from './time-steps.ts';
import { dateText } from './timeline.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A bar in words: "1996: 5 in force, 11 possibly in force; 1 begins, 1 ends." */
export function binText(bin: TimeBin): string {
  const years = bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`;
  const held = [`${bin.inForce} in force`, ...(bin.possible ? [`${bin.possible} possibly in force`] : [])].join(', ');
  return `${years}: ${held}; ${bin.begin} ${bin.begin === 1 ? 'begins' : 'begin'}, ${bin.end} ${bin.end === 1 ? 'ends' : 'end'}.`;
}

/**
 * The histogram and steps in words: "20 dated relations, 1990 to 2016, most in force in 2016 (13);
 * 17 undated, at any time. Play goes through 10 dates, 1990 to December 2016."
 */
export function histogramSummary(histogram: TimeHistogram, steps: readonly string[]): string {
  const { bins, dated, undated } = histogram;
  const undatedText = undated ? `${count(undated, 'undated relation')}, holding at any time.` : '';
  if (!bins.length) return undatedText || 'No relations.';
  const most = bins.reduce((best, bin) => (bin.inForce > best.inForce ? bin : best), bins[0]!);
  const when = (bin: TimeBin) => (bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`);
  const parts = [
    `${count(dated, 'dated relation')}, ${bins[0]!.from} to ${bins.at(-1)!.to}, most in force in ${when(most)} (${most.inForce}).`,
    undatedText,
    steps.length ? `Play goes through ${count(steps.length, 'date')}, ${dateText(steps[0]!)} to ${dateText(steps.at(-1)!)}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Years Page Up and Page Down move the handle by, at least. */
export const PAGE_YEARS = 10;

/**
 * Where a key moves the handle from step `index` (-1: any time) among `steps`: arrows one step
 * (left and down back, to any time before the first), Home to any time, End to the last step,
 * Page Up to the first step at least PAGE_YEARS years later (else the last), Page Down to the
 * last step at least PAGE_YEARS years earlier (else the first). Undefined for other keys.
 */
export function keyStep(key: string, index: number, steps: readonly string[]): number | undefined {
  const last = steps.length - 1;
  const year = (i: number) => Number(steps[i]!.slice(0, 4));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(-1, index - 1);
    case 'Home':
      return -1;
    case 'End':
      return last;
    case 'PageUp': {
      if (index < 0) return Math.min(0, last);
      const later = steps.findIndex((_step, i) => i > index && year(i) >= year(index) + PAGE_YEARS);
      return later < 0 ? last : later;
    }
    case 'PageDown': {
      if (index <= 0) return Math.min(index, 0);
      let earlier = -1;
      for (let i = 0; i < index; i++) if (year(i) <= year(index) - PAGE_YEARS) earlier = i;
      return earlier < 0 ? 0 : earlier;
    }
    default:
      return undefined;
  }
}

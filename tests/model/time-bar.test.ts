import { describe, expect, it } from 'vitest';
import { binText, histogramSummary, keyStep } from '../../src/model/time-bar.ts';
import { relationHistogram, timeSteps } from '../../src/model/time-steps.ts';
import { seedGraph } from '../seed.ts';

describe('binText', () => {
  it('says what a bar counts', () => {
    expect(binText({ from: 1996, to: 1996, begin: 1, end: 1, inForce: 5, possible: 11 })).toBe(
      '1996: 5 in force, 11 possibly in force; 1 begins, 1 ends.',
    );
    expect(binText({ from: 1990, to: 1999, begin: 4, end: 0, inForce: 4, possible: 0 })).toBe('1990–1999: 4 in force; 4 begin, 0 end.');
  });
});

describe('histogramSummary', () => {
  it('sums up the seed graph in words', () => {
    const graph = seedGraph();
    expect(histogramSummary(relationHistogram(graph), timeSteps(graph))).toBe(
      '20 dated relations, 1990 to 2016, most in force in 2016 (13). 17 undated relations, holding at any time. Play goes through 10 dates, 1990 to December 2016.',
    );
  });

  it('says so when nothing is dated', () => {
    expect(histogramSummary({ bins: [], years: 1, dated: 0, undated: 1 }, [])).toBe('1 undated relation, holding at any time.');
    expect(histogramSummary({ bins: [], years: 1, dated: 0, undated: 0 }, [])).toBe('No relations.');
  });
});

describe('keyStep', () => {
  const steps = ['1990', '1996', '1997', '2000', '2001', '2002', '2007', '2015-10', '2015-12'];
  it('moves one step with the arrows, to any time before the first', () => {
    expect(keyStep('ArrowRight', 0, steps)).toBe(1);
    expect(keyStep('ArrowUp', 8, steps)).toBe(8);
    expect(keyStep('ArrowLeft', 0, steps)).toBe(-1);
    expect(keyStep('ArrowDown', -1, steps)).toBe(-1);
    expect(keyStep('ArrowRight', -1, steps)).toBe(0);
  });

  it('goes to any time with Home and the last step with End', () => {
    expect(keyStep('Home', 4, steps)).toBe(-1);
    expect(keyStep('End', -1, steps)).toBe(8);
  });

  it('moves about ten years with Page Up and Page Down', () => {
    expect(keyStep('PageUp', 0, steps)).toBe(3);
    expect(keyStep('PageUp', 3, steps)).toBe(7);
    expect(keyStep('PageUp', 7, steps)).toBe(8);
    expect(keyStep('PageUp', -1, steps)).toBe(0);
    expect(keyStep('PageDown', 7, steps)).toBe(5);
    expect(keyStep('PageDown', 2, steps)).toBe(0);
    expect(keyStep('PageDown', -1, steps)).toBe(-1);
  });

  it('leaves other keys alone', () => {
    expect(keyStep('Enter', 2, steps)).toBeUndefined();
  });
});

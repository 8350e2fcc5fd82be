import { describe, expect, it } from 'vitest';
import { parseRunFlags } from '../../bench/flags.ts';

const argv = (...flags: string[]) => ['node', 'bench/run.ts', ...flags];

describe('the flags of npm run bench', () => {
  it('makes a full run without sizes, stacks or loads', () => {
    expect(parseRunFlags(argv())).toEqual({ quick: false, sizes: null, stacks: null, loads: null, partial: false });
    expect(parseRunFlags(argv('--quick'))).toEqual({ quick: true, sizes: null, stacks: null, loads: null, partial: false });
  });

  it('makes a partial run of the sizes and stacks named, in the usual order, each once', () => {
    expect(parseRunFlags(argv('--sizes', '100,rt,100', '--stacks', 'sigma-fa2,ours', '--loads', '3'))).toEqual({
      quick: false,
      sizes: ['rt', '100'],
      stacks: ['ours', 'sigma-fa2'],
      loads: 3,
      partial: true,
    });
    expect(parseRunFlags(argv('--loads', '1')).partial).toBe(true);
  });

  it('refuses a size, a stack or a number of loads it does not know', () => {
    expect(() => parseRunFlags(argv('--sizes', 'rt,50'))).toThrow('--sizes: no "50"; choose among rt, 10, 100, 1000, 5000');
    expect(() => parseRunFlags(argv('--stacks', 'sigma'))).toThrow('--stacks: no "sigma"; choose among ours, cytoscape-cola, sigma-fa2');
    expect(() => parseRunFlags(argv('--sizes', '--loads', '2'))).toThrow(
      '--sizes needs a comma-separated list of: rt, 10, 100, 1000, 5000',
    );
    expect(() => parseRunFlags(argv('--loads', '0'))).toThrow('--loads needs a whole number from 1 to 20');
    expect(() => parseRunFlags(argv('--loads', 'three'))).toThrow('--loads needs a whole number from 1 to 20');
  });
});

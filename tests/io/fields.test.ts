import { describe, expect, it } from 'vitest';
import { freshId } from '../../src/io/fields.ts';

describe('freshId', () => {
  it('gives the base, then base-2, base-3… skipping what is taken', () => {
    const used = new Set(['e', 'e-3']);
    expect(['e', 'e', 'e', 'f', 'e'].map((base) => freshId(base, used))).toEqual(['e-2', 'e-4', 'e-5', 'f', 'e-6']);
    expect(used.has('e-6')).toBe(true);
  });

  it('numbers thousands of copies of one id in order, each once', () => {
    const used = new Set<string>();
    const ids = Array.from({ length: 20_000 }, () => freshId('relation-e', used));
    expect(ids.slice(0, 3)).toEqual(['relation-e', 'relation-e-2', 'relation-e-3']);
    expect(ids[19_999]).toBe('relation-e-20000');
    expect(new Set(ids).size).toBe(20_000);
  });

  it('keeps the numbering of each set of ids apart', () => {
    const a = new Set(['x']);
    const b = new Set(['x']);
    expect(freshId('x', a)).toBe('x-2');
    expect(freshId('x', a)).toBe('x-3');
    expect(freshId('x', b)).toBe('x-2');
  });
});

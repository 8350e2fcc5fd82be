import { describe, expect, it } from 'vitest';
import { mergeFilter } from '../../src/model/filter.ts';
import type { PathOptions } from '../../src/model/paths.ts';

describe('mergeFilter', () => {
  it('merges the view filter into path options', () => {
    expect(mergeFilter<PathOptions>({ all: true }, { types: ['cooperation'], asOf: '2001' })).toEqual({ all: true, types: ['cooperation'], asOf: '2001' });
    expect(mergeFilter({ types: ['cooperation', 'hostility'] }, { types: ['hostility', 'contested'] })).toEqual({ types: ['hostility'] });
    expect(mergeFilter({ types: ['hostility'], asOf: '1999' }, {})).toEqual({ types: ['hostility'], asOf: '1999' });
    const bad = { types: 'hostility' as unknown as [] };
    expect(mergeFilter(bad, { types: ['cooperation'] }).types).toBe('hostility');
  });
});

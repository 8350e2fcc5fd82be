import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/model/format.ts';
import { isRelationType } from '../../src/model/relation-types.ts';

describe('isRelationType', () => {
  it('knows the three types as written and nothing else', () => {
    for (const type of RELATION_TYPES) expect(isRelationType(type)).toBe(true);
    for (const other of ['Cooperation', ' hostility', 'friendship', '', null, undefined, 1, ['contested']])
      expect(isRelationType(other)).toBe(false);
  });
});

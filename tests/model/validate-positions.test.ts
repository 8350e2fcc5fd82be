import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/model/validate.ts';

const withActor = (fields: Record<string, unknown>) =>
  validateDocument({ version: 1, title: 'Positions', actors: [{ id: 'a', label: 'A', ...fields }], relations: [] });

describe('actor positions', () => {
  it('takes x and y as any finite numbers, both given', () => {
    expect(withActor({ x: -12.5, y: 3e4 })).toEqual({
      ok: true,
      document: { version: 1, title: 'Positions', actors: [{ id: 'a', label: 'A', x: -12.5, y: 3e4 }], relations: [] },
    });
  });

  it('names the missing coordinate when only one is given', () => {
    expect(withActor({ x: 1 })).toEqual({
      ok: false,
      problems: [{ path: '$.actors[0].y', message: 'x is given without y; give both or neither' }],
    });
    expect(withActor({ y: 1 })).toEqual({
      ok: false,
      problems: [{ path: '$.actors[0].x', message: 'y is given without x; give both or neither' }],
    });
  });

  it('refuses a coordinate that is not a number', () => {
    expect(withActor({ x: '3', y: 4 })).toEqual({
      ok: false,
      problems: [{ path: '$.actors[0].x', message: 'x must be a number, not "3"' }],
    });
    expect(withActor({ x: 3, y: null })).toEqual({
      ok: false,
      problems: [{ path: '$.actors[0].y', message: 'y must be a number, not null' }],
    });
  });
});

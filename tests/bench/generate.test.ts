import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate.ts';
import { validateDocument } from '../../src/model/validate.ts';

describe('the benchmark generator', () => {
  it('makes valid graphs of the asked size with every relation type', () => {
    const doc = generateGraph({ actors: 1000, seed: 7 });
    expect(validateDocument(doc).ok).toBe(true);
    expect(doc.actors).toHaveLength(1000);
    expect(doc.relations).toHaveLength(4000);
    expect(new Set(doc.relations.map((r) => r.type))).toEqual(new Set(['cooperation', 'hostility', 'contested']));
  });

  it('gives the same graph for the same seed and another for another seed', () => {
    expect(generateGraph({ actors: 100, seed: 3 })).toEqual(generateGraph({ actors: 100, seed: 3 }));
    expect(generateGraph({ actors: 100, seed: 3 })).not.toEqual(generateGraph({ actors: 100, seed: 4 }));
  });
});

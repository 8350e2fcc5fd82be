import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonSchemaText } from '../../src/model/json-schema.ts';

describe('graph/schema.json', () => {
  it('is what the valibot schema generates (run `npm run schema` after changing it)', () => {
    expect(readFileSync('graph/schema.json', 'utf8')).toBe(formatJsonSchemaText());
  });

  it('requires the fields the format requires', () => {
    const schema = JSON.parse(readFileSync('graph/schema.json', 'utf8'));
    expect(schema.required).toEqual(['version', 'title', 'actors', 'relations']);
    expect(schema.properties.relations.items.required).toEqual(['id', 'source', 'target', 'type']);
    expect(schema.properties.relations.items.properties.type.enum).toEqual(['cooperation', 'hostility', 'contested']);
  });
});

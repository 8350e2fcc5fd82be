/**
 * The format as JSON Schema, generated from the valibot schema so that editors and other
 * languages can check files the same way. `graph/schema.json` is this, written out.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.ts';

/** The JSON Schema (draft-07) of the format, with a title and description. */
export function formatJsonSchema(): Record<string, unknown> {
  // Calendar and URL checks are code, not patterns; they have no JSON Schema form.
  const schema = toJsonSchema(DocumentSchema, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'actor-graph data format, version 1',
    description:
      'Actors and the cooperation, hostility and contested relations between them, each with its evidence. ' +
      'Ids must be unique and references must name existing actors and sources; those checks, and that a ' +
      'date is on the calendar and start is not after end, are made by actor-graph validate.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The schema as the text of `graph/schema.json`. */
export function formatJsonSchemaText(): string {
  return `${JSON.stringify(formatJsonSchema(), null, 2)}\n`;
}

/**
 * The native format: the JSON file described in graph/README.md. Nothing is mapped, so nothing
 * is lost: unknown fields and key order go out as the document has them.
 */
import type { GraphDocument, ValidationResult } from '../model/format.ts';
import { parseDocument } from '../model/validate.ts';

/** The document as a JSON file: two-space indentation, keys in the document's order, a final newline. */
export function writeJson(document: GraphDocument): string {
  return JSON.stringify(document, null, 2) + '\n';
}

/** Reads a JSON file into a checked document; the same as `parseDocument`. Never throws. */
export function readJson(text: string): ValidationResult {
  return parseDocument(text);
}

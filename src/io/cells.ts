/**
 * The named values of one node, edge, row or graph as a reader meets them, before they become
 * a record's fields (see fields.ts). Names we know are matched in any case.
 */
import { ACTOR_FIELDS, DOCUMENT_FIELDS, EVIDENCE_FIELDS, RELATION_FIELDS, SOURCE_FIELDS } from './field-names.ts';
import { parseJsonText } from './json-values.ts';

/** True for a plain object (not an array, not null). */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One value read from a file: its text, and the typed value when the file declared a type. */
export interface Cell {
  text: string;
  value: unknown;
}

/** A text-only cell. */
export const cell = (text: string): Cell => ({ text, value: text });

/** Each name, by its lower case: a file may write `Label` or `startbound` for `label` or `startBound`. */
const byLowerCase = (names: readonly string[]) => new Map(names.map((name) => [name.toLowerCase(), name]));

/** Names each kind of record reads into a field of its own (in any case); `exact` and `extra` are ours. */
const KNOWN = {
  actor: byLowerCase([...ACTOR_FIELDS, 'extra', 'exact']),
  relation: byLowerCase([...RELATION_FIELDS, 'extra', 'exact']),
  document: byLowerCase([...DOCUMENT_FIELDS, 'extra', 'exact']),
  source: byLowerCase([...SOURCE_FIELDS, 'extra']),
  evidence: byLowerCase([...EVIDENCE_FIELDS, 'extra']),
} as const;

/**
 * The named values of one node, edge or graph, in file order. A known name is matched in any
 * case (Gephi writes `Label`, `Type`); the first value under a name wins, so callers add the
 * element's own id and label before its attributes.
 */
export class Cells {
  readonly map = new Map<string, Cell>();
  constructor(private readonly kind: keyof typeof KNOWN) {}

  add(name: string, value: Cell | undefined): this {
    if (value === undefined) return this;
    const key = KNOWN[this.kind].get(name.toLowerCase()) ?? name;
    if (!this.map.has(key)) this.map.set(key, value);
    return this;
  }

  text(name: string): string | undefined {
    return this.map.get(name)?.text;
  }

  /** Takes a value out, so that what is left over becomes extra fields. */
  take(name: string): Cell | undefined {
    const value = this.map.get(name);
    this.map.delete(name);
    return value;
  }

  /**
   * Applies our `exact` value: the fields whose text XML could not carry, written there as JSON
   * (see xml.ts). A foreign `exact` that is not such an object stays an ordinary extra field.
   */
  applyExact(): void {
    const exact = this.map.get('exact');
    if (exact === undefined) return;
    const parsed = parseJsonText(exact.text, 'exact')?.value;
    if (!isRecord(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) return;
    this.map.delete('exact');
    for (const [key, value] of Object.entries(parsed)) this.map.set(key, cell(value as string));
  }
}

/** Takes out every value whose text is blank: a foreign file's empty title or description says nothing. */
export function dropBlank(cells: Cells): void {
  for (const [name, value] of [...cells.map]) if (value.text.trim() === '') cells.map.delete(name);
}

/**
 * Relation types of a file from elsewhere, settled once the whole file is read: a weight's sign
 * only means something when some weight is negative, and values nobody can read are counted
 * across the file so that the user is asked once per value, not once per relation.
 *
 * Each relation's clue is what its fields say: the values of its `type`, `kind`, `relation` and
 * `sign` fields (in that order, names in any case) and its weight. The first value that the type
 * map or the word table (relation-type-words.ts) reads, or a number in a `sign` field, gives the
 * type; else a value nobody reads is unknown; else, when the file's weights are signed, the sign
 * of the weight; else the relation has no type and is read as cooperation.
 */
import { byCodeUnits } from '../model/compare.ts';
import type { Problem, RelationType } from '../model/format.ts';
import { RELATION_TYPES } from '../model/format.ts';
import { typeFromSign, typeFromWord, typeKey } from './relation-type-words.ts';

/** What each value means: a relation type, or 'omit' to leave those relations out. */
export type TypeMap = Readonly<Record<string, RelationType | 'omit'>>;

/** A value of a type field that is not read as a relation type, and how many relations carry it. */
export interface TypeValue {
  value: string;
  count: number;
}

/** One value of a type field, as the file wrote it. */
export interface TypeFieldValue {
  field: 'type' | 'kind' | 'relation' | 'sign';
  text: string;
}

/** What a relation's fields say about its type. */
export interface TypeClue {
  values: TypeFieldValue[];
  weight?: number | undefined;
}

type Decision =
  | { via: 'word' | 'map'; value: string; type: RelationType }
  | { via: 'sign' | 'weight'; type: RelationType }
  | { via: 'omit'; value: string }
  | { via: 'unknown'; value: string }
  | { via: 'none' };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Values as a list: `"ally" (4 relations), "war" (1 relation)`. */
const listed = (tally: Map<string, TypeValue>) =>
  sortedValues(tally)
    .map(({ value, count }) => `"${value}" (${plural(count, 'relation', 'relations')})`)
    .join(', ');

/** Most frequent first, then by value, so that the same file always lists them alike. */
function sortedValues(tally: Map<string, TypeValue>): TypeValue[] {
  return [...tally.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.value, b.value));
}

function count(tally: Map<string, TypeValue>, value: string): void {
  const key = typeKey(value);
  const entry = tally.get(key);
  if (entry) entry.count++;
  else tally.set(key, { value: value.trim(), count: 1 });
}

/**
 * Collects the clues of one file's relations as they are read, then settles their types. Made
 * anew for every file read; after `settle`, `notices` says what was read how and `unknown` lists
 * the values that need a type map.
 */
export class RelationTyping {
  private readonly clues = new WeakMap<object, TypeClue>();
  private readonly map = new Map<string, RelationType | 'omit'>();
  /** Plain sentences on how types were read, for the user. */
  readonly notices: string[] = [];
  /** Values no rule reads and the type map does not cover, most frequent first. */
  unknown: TypeValue[] = [];

  constructor(typeMap: TypeMap = {}) {
    for (const [value, type] of Object.entries(typeMap)) this.map.set(typeKey(value), type);
  }

  /** Records what a relation's fields say, for a relation whose type is not one of ours as written. */
  note(relation: object, clue: TypeClue): void {
    this.clues.set(relation, clue);
  }

  private decide(clue: TypeClue, signed: boolean): Decision {
    for (const { field, text } of clue.values) {
      const key = typeKey(text);
      if (key === '') continue;
      const mapped = this.map.get(key);
      if (mapped === 'omit') return { via: 'omit', value: text };
      if (mapped !== undefined) return { via: 'map', value: text, type: mapped };
      const sign = field === 'sign' && /^[+-]?\d+(\.\d+)?$/.test(key) ? typeFromSign(Number(key)) : undefined;
      if (sign !== undefined) return { via: 'sign', type: sign };
      const word = typeFromWord(text);
      if (word !== undefined) return { via: 'word', value: text, type: word };
    }
    const first = clue.values.find(({ text }) => typeKey(text) !== '');
    if (first !== undefined) return { via: 'unknown', value: first.text };
    if (clue.weight !== undefined && signed) {
      const type = typeFromSign(clue.weight);
      if (type !== undefined) return { via: 'weight', type };
      // A weight of zero in a signed file says neither; the user decides, as for any value.
      const value = String(clue.weight);
      const mapped = this.map.get(typeKey(value));
      if (mapped === 'omit') return { via: 'omit', value };
      return mapped === undefined ? { via: 'unknown', value } : { via: 'map', value, type: mapped };
    }
    return { via: 'none' };
  }

  /**
   * Gives every relation with a clue its type and says which relations to keep (false for those
   * the type map omits). While values are unknown, their relations are typed `contested` for
   * the moment, so that the document can still be checked for other problems.
   */
  settle(relations: Array<Record<string, unknown>>): boolean[] {
    const signed = relations.some((r) => (this.clues.get(r)?.weight ?? 0) < 0);
    const words = new Map<string, TypeValue>();
    const mapped = new Map<string, TypeValue>();
    const omitted = new Map<string, TypeValue>();
    const unknown = new Map<string, TypeValue>();
    const wordTypes = new Map<string, RelationType>();
    const byWeight: Record<RelationType, number> = { cooperation: 0, hostility: 0, contested: 0 };
    let none = 0;
    const keep = relations.map((relation) => {
      const clue = this.clues.get(relation);
      if (clue === undefined) return true;
      const decision = this.decide(clue, signed);
      switch (decision.via) {
        case 'none':
          none++;
          relation.type = 'cooperation';
          return true;
        case 'omit':
          count(omitted, decision.value);
          return false;
        case 'unknown':
          count(unknown, decision.value);
          relation.type = 'contested';
          return true;
        case 'weight':
        case 'sign':
          byWeight[decision.type]++;
          relation.type = decision.type;
          return true;
        default:
          count(decision.via === 'map' ? mapped : words, decision.value);
          wordTypes.set(typeKey(decision.value), decision.type);
          relation.type = decision.type;
          return true;
      }
    });
    this.unknown = sortedValues(unknown);
    const read = (tally: Map<string, TypeValue>) =>
      sortedValues(tally)
        .map(({ value, count: n }) => `"${value}" as ${wordTypes.get(typeKey(value))} (${plural(n, 'relation', 'relations')})`)
        .join(', ');
    if (words.size > 0) this.notices.push(`Relation types read from the file's words: ${read(words)}`);
    if (mapped.size > 0) this.notices.push(`Relation types read by the type map: ${read(mapped)}`);
    const signs = byWeight.cooperation + byWeight.hostility;
    if (signs > 0) {
      const parts = [
        byWeight.cooperation > 0 ? `${byWeight.cooperation.toLocaleString('en-US')} positive as cooperation` : '',
        byWeight.hostility > 0 ? `${byWeight.hostility.toLocaleString('en-US')} negative as hostility` : '',
      ].filter((part) => part !== '');
      this.notices.push(
        `${plural(signs, 'relation is', 'relations are')} typed by the sign of a weight or sign value: ${parts.join(', ')}`,
      );
    }
    if (omitted.size > 0) this.notices.push(`Left out, as the type map says: ${listed(omitted)}`);
    if (none > 0 && none === relations.length) {
      this.notices.push(`No relation types in the file: all ${plural(none, 'relation is', 'relations are')} read as cooperation`);
    } else if (none > 0) {
      this.notices.push(
        `${plural(none, 'relation has', 'relations have')} no type in the file and ${none === 1 ? 'is' : 'are'} read as cooperation`,
      );
    }
    return keep;
  }

  /** The one problem naming the unknown values, or null when there are none. */
  problem(): Problem | null {
    if (this.unknown.length === 0) return null;
    const values = this.unknown.map(({ value, count: n }) => `"${value}" (${plural(n, 'relation', 'relations')})`).join(', ');
    return {
      path: '$',
      message: `relation types that are not ${RELATION_TYPES.slice(0, -1).join(', ')} or ${RELATION_TYPES[RELATION_TYPES.length - 1]}: ${values}; say what each means, or leave those relations out`,
    };
  }
}

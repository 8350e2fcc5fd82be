/**
 * The words other tools' files use for our three relation types. A file from elsewhere seldom
 * says "cooperation"; it says "ally", "enemy", "+1". These are the words read without asking,
 * listed in docs/formats.md; any other value is put to the user (a type map, or the explorer's
 * dialog) rather than guessed.
 */
import type { RelationType } from '../model/format.ts';
import { RELATION_TYPES } from '../model/format.ts';

/** Each type and the words read as it, in lower case. Plurals and common spellings are listed one by one, so that the table says exactly what is read. */
export const RELATION_TYPE_WORDS: Readonly<Record<RelationType, readonly string[]>> = {
  cooperation: [
    'cooperation',
    'co-operation',
    'cooperative',
    'cooperate',
    'ally',
    'allies',
    'allied',
    'alliance',
    'alliances',
    'support',
    'supports',
    'supporter',
    'supportive',
    'trade',
    'trading',
    'partner',
    'partners',
    'partnership',
    'friend',
    'friends',
    'friendly',
    'friendship',
    'collaboration',
    'positive',
    '+',
  ],
  hostility: [
    'hostility',
    'hostile',
    'enemy',
    'enemies',
    'enmity',
    'conflict',
    'conflicts',
    'rival',
    'rivals',
    'rivalry',
    'war',
    'wars',
    'at war',
    'sanction',
    'sanctions',
    'sanctioned',
    'opponent',
    'opponents',
    'opposition',
    'negative',
    '-',
  ],
  contested: [
    'contested',
    'alleged',
    'allegation',
    'allegations',
    'disputed',
    'dispute',
    'claimed',
    'claim',
    'unverified',
    'unconfirmed',
    'denied',
  ],
};

const BY_WORD = new Map<string, RelationType>(
  RELATION_TYPES.flatMap((type) => RELATION_TYPE_WORDS[type].map((word) => [word, type] as const)),
);

/** A value as compared with the table and with a type map: trimmed, in lower case, runs of spaces as one. */
export const typeKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The relation type a word of the table names (`Ally`, ` ENEMIES `), else undefined. */
export const typeFromWord = (text: string): RelationType | undefined => BY_WORD.get(typeKey(text));

/**
 * The type a number gives as a sign (a `sign` value, a weight): positive is cooperation, negative
 * hostility; zero and text that is no number give undefined, since they say nothing of the sign.
 */
export function typeFromSign(value: number): RelationType | undefined {
  if (!Number.isFinite(value) || value === 0) return undefined;
  return value > 0 ? 'cooperation' : 'hostility';
}

/**
 * The Russia–Taliban graph as tests use it: validated once, loaded fresh for each caller.
 * Imported as JSON so that it works in Node and in the browser alike.
 */
import seed from '../graph/russia-taliban-2016.json';
import type { GraphDocument } from '../src/model/format.ts';
import { loadGraph, type ActorGraph } from '../src/model/graph.ts';
import { validateDocument } from '../src/model/validate.ts';

/** The seed document, validated. */
export function seedDocument(): GraphDocument {
  const result = validateDocument(structuredClone(seed));
  if (!result.ok) throw new Error(`the seed graph does not validate: ${JSON.stringify(result.problems)}`);
  return result.document;
}

/** A new graph of the seed document. */
export function seedGraph(): ActorGraph {
  return loadGraph(seedDocument());
}

/** The relations of the seed that hold in 2001, by hand from the JSON: the three of 2001 and every undated one. */
export const SEED_IN_2001 = [
  'russia-united-states-2001',
  'russia-taliban-2001',
  'united-states-taliban',
  'united-states-russia',
  'russia-syrian-government',
  'russia-afghan-government-strain',
  'russia-afghan-government-counterterrorism',
  'russia-afghan-government-undermining',
  'united-states-afghan-government',
  'taliban-afghan-government',
  'russia-china',
  'russia-iran',
  'china-taliban',
  'iran-taliban',
  'russia-india',
  'nato-taliban',
  'nato-afghan-government',
  'taliban-drug-traffickers',
  'afghan-government-drug-traffickers',
  'taliban-drug-sales-to-russia',
] as const;

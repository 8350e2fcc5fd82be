/**
 * One list of broken graph files, each with the exact problems it must give. Every layer is
 * tested over this same list — the library (parseDocument, validateDocument), the element
 * (graph-error and part="error"), the explorer (its problems panel) and the command
 * (`actor-graph validate`, exit 1) — so that a file gets the same words wherever it is opened.
 */
import type { Problem } from '../../src/model/format.ts';
import { LIMITS } from '../../src/model/limits.ts';

export interface BadInput {
  /** What is wrong, as a test's name. */
  name: string;
  /** The file's text (made on demand: some are tens of megabytes). */
  text: () => string;
  /** The problems every layer reports, in order. */
  problems: Problem[];
  /** True when the text parses as JSON, so validateDocument can be given the value too. */
  json: boolean;
  /** True for files of many megabytes: a layer may test them apart, or skip spawning a process for them. */
  large?: boolean;
}

const valid = () => ({
  version: 1,
  title: 'Two actors',
  sources: [{ id: 's', title: 'A report' }],
  actors: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility', evidence: [{ source: 's', quote: 'A fought B' }] }],
});
const json = (value: unknown) => JSON.stringify(value, null, 2);

export const BAD_INPUTS: readonly BadInput[] = [
  {
    name: 'JSON that does not parse (a trailing comma)',
    text: () => '{\n  "version": 1,\n  "title": "Broken",\n}\n',
    json: false,
    problems: [
      { path: '$', message: 'JSON does not parse at line 4, column 1: unexpected "}" where a property name in double quotes belongs' },
    ],
  },
  {
    name: 'JSON that stops half way',
    text: () => '{"version": 1, "title": "Cut", "actors": [{"id": "a", "label": "A"',
    json: false,
    problems: [{ path: '$', message: 'JSON does not parse at line 1, column 67: the text ends too early where "," or "}" belongs' }],
  },
  {
    name: 'JSON that stops eight lists deep',
    text: () => '{"version":1,"actors":[[[[[[[[',
    json: false,
    problems: [{ path: '$', message: 'JSON does not parse at line 1, column 31: the text ends too early' }],
  },
  {
    // JSON.parse keeps the last; a strict reader says the key was given twice (so `json` is false).
    name: 'a key given twice in one object',
    text: () => '{\n  "version": 1,\n  "actors": [{ "id": "a", "label": "A", "label": "B" }],\n  "relations": []\n}\n',
    json: false,
    problems: [
      { path: '$.actors[0].label', message: 'the key "label" is given twice in one object, the second time at line 3, column 41' },
    ],
  },
  {
    name: 'wrong shapes',
    text: () =>
      json({
        version: 1,
        title: 42,
        sources: 'none',
        actors: { a: 'A' },
        relations: [{ id: 'r', source: 'a', target: 'b', type: 'hostility', directed: 'yes', evidence: 'a report' }, 'a-b'],
      }),
    json: true,
    problems: [
      { path: '$.actors', message: 'actors must be a list' },
      { path: '$.relations[0].directed', message: 'directed must be true or false' },
      { path: '$.relations[0].evidence', message: 'evidence must be a list' },
      { path: '$.relations[1]', message: 'a relation must be an object' },
      { path: '$.sources', message: 'sources must be a list' },
      { path: '$.title', message: 'title must be text' },
    ],
  },
  {
    name: 'unknown ids',
    text: () =>
      json({ ...valid(), relations: [{ id: 'a-c', source: 'a', target: 'c', type: 'cooperation', evidence: [{ source: 'x' }] }] }),
    json: true,
    problems: [
      { path: '$.relations[0].evidence[0].source', message: 'unknown source "x"; did you mean "s"?' },
      { path: '$.relations[0].target', message: 'unknown actor "c"; did you mean "a" or "b"?' },
    ],
  },
  {
    name: 'duplicate ids',
    text: () => {
      const doc = valid();
      return json({
        ...doc,
        sources: [...doc.sources, { id: 's', title: 'Another report' }],
        actors: [...doc.actors, { id: 'a', label: 'A again' }],
        relations: [...doc.relations, { id: 'b', source: 'a', target: 'b', type: 'hostility' }],
      });
    },
    json: true,
    problems: [
      { path: '$.actors[2].id', message: 'actor id "a" is already used at $.actors[0].id' },
      { path: '$.relations[1].id', message: 'relation id "b" is already used at $.actors[1].id' },
      { path: '$.sources[1].id', message: 'source id "s" is already used at $.sources[0].id' },
    ],
  },
  {
    name: 'unknown relation types',
    text: () =>
      json({
        ...valid(),
        relations: [
          { id: 'r1', source: 'a', target: 'b', type: 'alliance' },
          { id: 'r2', source: 'a', target: 'b', type: 'Hostility' },
        ],
      }),
    json: true,
    problems: [
      { path: '$.relations[0].type', message: 'unknown relation type "alliance"; use one of cooperation, hostility, contested' },
      { path: '$.relations[1].type', message: 'unknown relation type "Hostility"; use one of cooperation, hostility, contested' },
    ],
  },
  {
    name: 'bad dates',
    text: () =>
      json({
        ...valid(),
        relations: [
          { id: 'r1', source: 'a', target: 'b', type: 'hostility', start: 'Dec 2015' },
          { id: 'r2', source: 'a', target: 'b', type: 'hostility', start: '2015-02-30' },
          { id: 'r3', source: 'a', target: 'b', type: 'cooperation', start: '2016', end: '2015-12' },
        ],
      }),
    json: true,
    problems: [
      { path: '$.relations[0].start', message: 'start "Dec 2015" is not a date written YYYY, YYYY-MM or YYYY-MM-DD' },
      { path: '$.relations[1].start', message: 'start "2015-02-30" is not a day on the calendar' },
      { path: '$.relations[2].start', message: 'start 2016 is after end 2015-12' },
    ],
  },
  {
    name: 'an unsupported version',
    text: () => json({ ...valid(), version: 2 }),
    json: true,
    problems: [{ path: '$.version', message: 'unsupported version 2; this reader knows versions 1 and 1.1' }],
  },
  {
    name: 'source addresses that are not http(s)',
    text: () =>
      json({
        ...valid(),
        sources: [
          { id: 's', title: 'S', url: 'javascript:alert(1)' },
          { id: 't', title: 'T', url: 'file:///etc/passwd' },
          { id: 'u', title: 'U', url: 'https://' },
        ],
      }),
    json: true,
    problems: [
      { path: '$.sources[0].url', message: 'url "javascript:alert(1)" must start with http:// or https://' },
      { path: '$.sources[1].url', message: 'url "file:///etc/passwd" must start with http:// or https://' },
      { path: '$.sources[2].url', message: 'url "https://" is not a valid web address' },
    ],
  },
  {
    name: 'an empty object {}',
    text: () => '{}',
    json: true,
    problems: [
      { path: '$.actors', message: 'actors is required' },
      { path: '$.relations', message: 'relations is required' },
      { path: '$.title', message: 'title is required' },
      { path: '$.version', message: 'version is required' },
    ],
  },
  {
    name: 'a list instead of an object',
    text: () => '[{"id": "a", "label": "A"}]',
    json: true,
    problems: [{ path: '$', message: 'a graph file must be a JSON object' }],
  },
  {
    name: 'an empty file',
    text: () => '',
    json: false,
    problems: [{ path: '$', message: 'the file is empty' }],
  },
  {
    name: 'a file of blank lines',
    text: () => '\n   \n',
    json: false,
    problems: [{ path: '$', message: 'the file is empty' }],
  },
  {
    name: 'JSON nested 100,000 deep',
    text: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    json: true,
    problems: [{ path: '$', message: 'a graph file must be a JSON object' }],
  },
  {
    name: 'more relations than the limit (50,001)',
    text: () =>
      JSON.stringify({
        version: 1,
        title: 'Too many',
        actors: [{ id: 'a', label: 'A' }],
        relations: Array.from({ length: LIMITS.relations + 1 }, (_, i) => ({ id: `r${i}` })),
      }),
    json: true,
    problems: [{ path: '$.relations', message: '50,001 relations; the limit is 50,000' }],
  },
  {
    name: 'more characters than the limit (33,554,433)',
    text: () => {
      const head = '{"version": 1, "title": "';
      const tail = '", "actors": [], "relations": []}';
      return `${head}${'x'.repeat(LIMITS.characters + 1 - head.length - tail.length)}${tail}`;
    },
    json: true,
    large: true,
    problems: [{ path: '$', message: 'the file holds 33,554,433 characters; the limit is 33,554,432' }],
  },
];

import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { parseDocument, validateDocument } from '../../src/model/validate.ts';

function base(): GraphDocument {
  return {
    version: 1,
    title: 'Small',
    sources: [{ id: 'paper', title: 'A paper', url: 'https://example.org/paper' }],
    actors: [
      { id: 'russia', label: 'Russia' },
      { id: 'taliban', label: 'Taliban' },
    ],
    relations: [
      { id: 'r1', source: 'russia', target: 'taliban', type: 'cooperation', start: '2007', evidence: [{ source: 'paper', locator: '¶4' }] },
    ],
  };
}

function problemsOf(input: unknown) {
  const result = validateDocument(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('validateDocument', () => {
  it('accepts a valid document and keeps unknown fields', () => {
    const doc = {
      ...base(),
      colour: 'teal',
      actors: [
        { id: 'russia', label: 'Russia', flag: '🇷🇺' },
        { id: 'taliban', label: 'Taliban' },
      ],
    };
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.colour).toBe('teal');
      expect(result.document.actors[0]!.flag).toBe('🇷🇺');
    }
  });

  it('accepts a document without sources and leaves it without', () => {
    const { sources: _omit, ...rest } = base();
    const doc = { ...rest, relations: [{ id: 'r1', source: 'russia', target: 'taliban', type: 'hostility' as const }] };
    const result = validateDocument(doc);
    expect(result.ok && result.document).toEqual(doc);
  });

  it('names an unknown actor with a suggestion', () => {
    const doc = base();
    doc.relations[0]!.target = 'talibn';
    expect(problemsOf(doc)).toEqual([{ path: '$.relations[0].target', message: 'unknown actor "talibn"; did you mean "taliban"?' }]);
  });

  it('names an unknown source with a suggestion', () => {
    const doc = base();
    doc.relations[0]!.evidence = [{ source: 'papr' }];
    expect(problemsOf(doc)).toEqual([
      { path: '$.relations[0].evidence[0].source', message: 'unknown source "papr"; did you mean "paper"?' },
    ]);
  });

  it('reports duplicate ids, also between an actor and a relation', () => {
    const doc = base();
    doc.actors.push({ id: 'russia', label: 'Russia again' });
    doc.relations.push({ id: 'taliban', source: 'russia', target: 'taliban', type: 'hostility' });
    expect(problemsOf(doc)).toEqual([
      { path: '$.actors[2].id', message: 'actor id "russia" is already used at $.actors[0].id' },
      { path: '$.relations[1].id', message: 'relation id "taliban" is already used at $.actors[1].id' },
    ]);
  });

  it('reports an unknown relation type', () => {
    const doc = base() as unknown as { relations: { type: string }[] };
    doc.relations[0]!.type = 'friendship';
    expect(problemsOf(doc)).toEqual([
      { path: '$.relations[0].type', message: 'unknown relation type "friendship"; use one of cooperation, hostility, contested' },
    ]);
  });

  it('reports malformed dates, days off the calendar, and start after end', () => {
    const doc = base();
    doc.relations[0]!.start = 'Dec 2015';
    doc.relations.push({ id: 'r2', source: 'russia', target: 'taliban', type: 'hostility', start: '2015-02-30' });
    doc.relations.push({ id: 'r3', source: 'russia', target: 'taliban', type: 'hostility', start: '2002', end: '2001-12' });
    expect(problemsOf(doc)).toEqual([
      { path: '$.relations[0].start', message: 'start "Dec 2015" is not a date written YYYY, YYYY-MM or YYYY-MM-DD' },
      { path: '$.relations[1].start', message: 'start "2015-02-30" is not a day on the calendar' },
      { path: '$.relations[2].start', message: 'start 2002 is after end 2001-12' },
    ]);
  });

  it('allows a relation that starts and ends in the same year', () => {
    const doc = base();
    Object.assign(doc.relations[0]!, { start: '2001', end: '2001' });
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('refuses links that are not http or https', () => {
    const doc = base();
    doc.sources![0]!.url = 'javascript:alert(1)';
    expect(problemsOf(doc)).toEqual([
      { path: '$.sources[0].url', message: 'url "javascript:alert(1)" must start with http:// or https://' },
    ]);
  });

  it('takes a web address for where a source’s text is, and nothing else', () => {
    const doc = base();
    doc.sources![0]!.text = 'https://example.org/brief.txt';
    expect(validateDocument(doc).ok).toBe(true);
    doc.sources![0]!.text = 'file:///home/me/brief.txt';
    expect(problemsOf(doc)).toEqual([
      { path: '$.sources[0].text', message: 'text "file:///home/me/brief.txt" must start with http:// or https://' },
    ]);
  });

  it('refuses an unsupported version', () => {
    expect(problemsOf({ ...base(), version: 2 })).toEqual([
      { path: '$.version', message: 'unsupported version 2; this reader knows versions 1 and 1.1' },
    ]);
    // "version": 1e999 in a file reads as Infinity, which JSON would write as null.
    expect(problemsOf({ ...base(), version: Infinity })).toEqual([
      { path: '$.version', message: 'unsupported version too large a number; this reader knows versions 1 and 1.1' },
    ]);
    expect(problemsOf({ ...base(), version: '1' })).toEqual([
      { path: '$.version', message: 'unsupported version "1"; this reader knows versions 1 and 1.1' },
    ]);
  });

  it('reads version 1.1: uncertain bounds and dated evidence, checked like the other fields', () => {
    const doc = base();
    doc.version = 1.1;
    doc.relations[0] = {
      ...doc.relations[0]!,
      start: '2015-12',
      startBound: 'no-later-than',
      end: '2015',
      evidence: [{ source: 'paper', date: '2015-12' }],
    };
    // Began no later than December 2015, so it may well have ended in 2015.
    expect(validateDocument(doc)).toEqual({ ok: true, document: doc });
    const wrong = {
      ...base(),
      relations: [
        {
          id: 'r1',
          source: 'russia',
          target: 'taliban',
          type: 'cooperation',
          startBound: 'about',
          endBound: 'no-later-than',
          evidence: [{ source: 'paper', date: '2015-13' }],
        },
      ],
    };
    expect(problemsOf(wrong)).toEqual([
      { path: '$.relations[0].endBound', message: 'endBound says how end is meant, but there is no end' },
      { path: '$.relations[0].evidence[0].date', message: 'evidence date "2015-13" is not a day on the calendar' },
      { path: '$.relations[0].startBound', message: 'startBound "about" is not one of exact, no-later-than, no-earlier-than' },
      { path: '$.relations[0].startBound', message: 'startBound says how start is meant, but there is no start' },
    ]);
    const clash = {
      ...base(),
      relations: [
        { id: 'r1', source: 'russia', target: 'taliban', type: 'cooperation', start: '2016', startBound: 'no-earlier-than', end: '2015' },
      ],
    };
    expect(problemsOf(clash)).toEqual([{ path: '$.relations[0].start', message: 'start 2016 is after end 2015' }]);
  });

  it('reports wrong shapes and missing fields, every one at once', () => {
    const doc = { version: 1, actors: [{ id: 'a' }, 'b', { id: 'c', label: 'C', aliases: 'see' }], relations: {} };
    expect(problemsOf(doc)).toEqual([
      { path: '$.actors[0].label', message: 'label is required' },
      { path: '$.actors[1]', message: 'an actor must be an object' },
      { path: '$.actors[2].aliases', message: 'aliases must be a list of names' },
      { path: '$.relations', message: 'relations must be a list' },
      { path: '$.title', message: 'title is required' },
    ]);
  });

  it('orders problems by where they are, numerically', () => {
    const doc = base();
    for (let i = 0; i < 11; i++) doc.relations.push({ id: `x${i}`, source: 'nobody', target: 'russia', type: 'hostility' });
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths.slice(8, 11)).toEqual(['$.relations[9].source', '$.relations[10].source', '$.relations[11].source']);
  });

  it('refuses an unknown field nested past 64 levels, naming its path and the limit, and nothing else', () => {
    let deep: unknown = [];
    for (let i = 1; i < 5_000; i++) deep = [deep];
    const doc = {
      ...base(),
      title: 42,
      actors: [
        { id: 'russia', label: 'Russia', x: { y: deep } },
        { id: 'taliban', label: 'Taliban' },
      ],
    };
    // The document is level 1, actors 2, the actor 3, x 4, y 5: its 60th list down is level 65.
    expect(problemsOf(doc)).toEqual([
      { path: `$.actors[0].x.y${'[0]'.repeat(60)}`, message: 'nested more than 64 levels deep; the limit is 64' },
    ]);
  });

  it('refuses a value that holds itself as nested past the limit, instead of looping', () => {
    const doc: Record<string, unknown> = { ...base() };
    doc.self = doc;
    // At each turn the relation's evidence, at level 5 below it, comes before the next turn.
    expect(problemsOf(doc)).toEqual([
      { path: `$${'.self'.repeat(60)}.relations[0].evidence[0]`, message: 'nested more than 64 levels deep; the limit is 64' },
    ]);
  });

  it('keeps fields named __proto__, constructor and prototype as plain fields, on the document and every record', () => {
    const odd = (value: unknown) => JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": "c", "prototype": [1]}`) as object;
    const doc = {
      ...odd({ polluted: true }),
      ...base(),
      sources: [{ ...odd('s'), id: 'paper', title: 'A paper' }],
      actors: [
        { ...odd(null), id: 'russia', label: 'Russia' },
        { id: 'taliban', label: 'Taliban' },
      ],
      relations: [
        { ...odd(2), id: 'r1', source: 'russia', target: 'taliban', type: 'cooperation', evidence: [{ ...odd([]), source: 'paper' }] },
      ],
    };
    const result = validateDocument(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { document } = result;
    const own = (record: object, key: string) => Object.getOwnPropertyDescriptor(record, key);
    for (const [record, proto] of [
      [document, { polluted: true }],
      [document.sources![0]!, 's'],
      [document.actors[0]!, null],
      [document.relations[0]!, 2],
      [document.relations[0]!.evidence![0]!, []],
    ] as const) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(own(record, '__proto__')).toEqual({ value: proto, enumerable: true, writable: true, configurable: true });
      expect(own(record, 'constructor')?.value).toBe('c');
      expect(own(record, 'prototype')?.value).toEqual([1]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(document)).actors[0]).toEqual(
      JSON.parse('{"__proto__": null, "constructor": "c", "prototype": [1], "id": "russia", "label": "Russia"}'),
    );
  });

  it('refuses what is not an object', () => {
    for (const input of [null, [], 'text', 3]) {
      expect(problemsOf(input)).toEqual([{ path: '$', message: 'a graph file must be a JSON object' }]);
    }
  });
});

describe('parseDocument', () => {
  it('gives line and column for JSON that does not parse', () => {
    expect(parseDocument('{\n  "version": 1,\n  "title": }')).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'JSON does not parse at line 3, column 12: unexpected "}"' }],
    });
    expect(parseDocument('{"a": [1, 2')).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'JSON does not parse at line 1, column 12: the text ends too early where "," or "]" belongs' }],
    });
    expect(parseDocument('{"a": 1,}')).toEqual({
      ok: false,
      problems: [
        { path: '$', message: 'JSON does not parse at line 1, column 9: unexpected "}" where a property name in double quotes belongs' },
      ],
    });
    expect(parseDocument('   ')).toEqual({ ok: false, problems: [{ path: '$', message: 'the file is empty' }] });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseDocument(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
  });
});

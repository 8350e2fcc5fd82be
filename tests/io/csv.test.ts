import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvMeta, csvTableOf, joinAliases, neutralize, readCsv, restore, splitAliases, writeCsv } from '../../src/io/csv.ts';
import type { CsvFiles } from '../../src/io/csv.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { RUNS, datedDocument, expectDocument, expectProblems, neverThrows, seedDocument, validDocuments } from './helpers.ts';

const tables = (files: CsvFiles) => ({ actors: files['actors.csv'], relations: files['relations.csv'], sources: files['sources.csv'] });
const roundTrip = (document: GraphDocument) => readCsv(tables(writeCsv(document)), csvMeta(document));

const small: GraphDocument = {
  version: 1,
  title: 'Formulas',
  sources: [{ id: 's', title: 'A, "quoted"\ntitle' }],
  actors: [
    { id: 'a', label: '=SUM(A1)', kind: '-5 degrees', aliases: ['@home', 'x|y'] },
    { id: 'b', label: "'=already quoted", description: '', aliases: [] },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'cooperation',
      directed: false,
      evidence: [
        { source: 's', quote: 'one' },
        { source: 's', locator: '¶2', quote: '' },
      ],
    },
    { id: 'r2', source: 'b', target: 'a', type: 'hostility', evidence: [] },
  ],
};

describe('CSV', () => {
  it('round-trips the Russia–Taliban graph', () => {
    const document = seedDocument();
    expectDocument(roundTrip(document), document);
  });

  it('round-trips any valid document', () => {
    fc.assert(
      fc.property(validDocuments, (document) => expectDocument(roundTrip(document), document)),
      RUNS,
    );
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back', () => {
    const files = writeCsv(small, { bom: false });
    const lines = files['actors.csv'].split('\r\n');
    expect(lines[0]).toBe('id,label,kind,description,aliases,extra');
    expect(lines[1]).toBe("a,'=SUM(A1),'-5 degrees,,'@home|x\\|y,");
    expect(lines[2]).toBe(`b,''=already quoted,,,,"{""description"":"""",""aliases"":[]}"`);
    expectDocument(roundTrip(small), small);
  });

  it('writes one row per piece of evidence, the relation repeated, and starts with a byte order mark', () => {
    const files = writeCsv(small);
    const [header, ...rows] = files['relations.csv'].split('\r\n');
    expect(header).toBe(
      '\uFEFFid,source,target,type,directed,label,start,end,startBound,endBound,note,extra,' +
        'evidence_source,evidence_locator,evidence_quote,evidence_claimant,evidence_date,evidence_note,evidence_extra',
    );
    expect(rows).toEqual([
      'r1,a,b,cooperation,false,,,,,,,,s,,one,,,,',
      'r1,a,b,cooperation,false,,,,,,,,s,¶2,,,,,"{""quote"":""""}"',
      'r2,b,a,hostility,,,,,,,,"{""evidence"":[]}",,,,,,,',
      '',
    ]);
    expect(files['sources.csv']).toBe('\uFEFFid,title,author,publisher,date,url,text,extra\r\ns,"A, ""quoted""\ntitle",,,,,,\r\n');
  });

  it('writes bounds and evidence dates in columns of their own, and the version 1.1 in the meta', () => {
    const files = writeCsv(datedDocument, { bom: false });
    expect(files['relations.csv'].split('\r\n').slice(1)).toEqual([
      'sharing,a,b,cooperation,,,2015-12,,no-later-than,,,,paper,¶12,,"a spokeswoman, via the paper",2015-12,,',
      'sharing,a,b,cooperation,,,2015-12,,no-later-than,,,,paper,¶14,,,,,',
      'feud,a,b,hostility,,,1996,2001-10,exact,no-earlier-than,,,,,,,,,',
      'talks,b,a,contested,true,,2016,2015,no-later-than,no-later-than,,,,,,,,,',
      'aid,b,a,cooperation,,,2010-03-01,2012,no-earlier-than,exact,,,,,,,,,',
      '',
    ]);
    expect(csvMeta(datedDocument)).toEqual({ version: 1.1, title: 'Revealed later' });
    expect(csvMeta(small)).toEqual({ title: 'Formulas' });
    expect(csvMeta({ ...datedDocument, version: 1 })).toEqual({ version: 1, title: 'Revealed later' });
    expectDocument(roundTrip(datedDocument), datedDocument);
  });

  it('reads bounds and evidence dates from hand-made sheets, in any case, and makes such a sheet version 1.1', () => {
    const actors = 'id,label\na,A\nb,B\n';
    const relations =
      'id,source,target,type,start,StartBound,end,EndBound,Evidence_Source,Evidence_Date\n' +
      'r,a,b,hostility,2015-12, No-Later-Than ,2016,exact,s,2016-01\n';
    const sources = 'id,title\ns,S\n';
    expectDocument(readCsv({ actors, relations, sources }, { title: 'Hand-made' }), {
      version: 1.1,
      title: 'Hand-made',
      sources: [{ id: 's', title: 'S' }],
      actors: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'b',
          type: 'hostility',
          start: '2015-12',
          end: '2016',
          startBound: 'no-later-than',
          endBound: 'exact',
          evidence: [{ source: 's', date: '2016-01' }],
        },
      ],
    });
    // A version in the meta is checked as a JSON file's is.
    expect(expectProblems(readCsv({ actors, relations: 'id,source,target,type\n' }, { version: 2, title: 'T' }))).toEqual([
      { path: '$.version', message: 'unsupported version 2; this reader knows versions 1 and 1.1' },
    ]);
  });

  it('reads relation rows in any order, as a sorted sheet has them', () => {
    const files = writeCsv(small, { bom: false });
    const [header, ...rows] = files['relations.csv'].trimEnd().split('\r\n');
    const shuffled = [header, rows[2], rows[1], rows[0]].join('\r\n');
    const result = readCsv({ ...tables(files), relations: shuffled }, csvMeta(small));
    expectDocument(result, {
      ...small,
      relations: [small.relations[1], { ...small.relations[0], evidence: [...small.relations[0]!.evidence!].reverse() }],
    });
  });

  it('refuses a repeated relation id whose relation cells differ', () => {
    const relations = 'id,source,target,type\r\nr,a,b,cooperation\r\nr,a,b,hostility\r\n';
    const problems = expectProblems(readCsv({ actors: 'id,label\na,A\nb,B\n', relations }));
    expect(problems).toEqual([{ path: '$', message: 'relations.csv row 3 repeats the id of row 2 but its type differs' }]);
  });

  it('reads hand-made tables: any column order, unknown columns kept, missing ids made, problems located by row', () => {
    const actors = 'Label;Id;Country\nAthens;1;GR\nSparta;2;GR\n';
    const relations = 'source,target,type,directed\n1,2,hostility,TRUE\n2,1,ally,\n';
    expectDocument(readCsv({ actors, relations }, { title: 'Hand-made' }), {
      version: 1,
      title: 'Hand-made',
      actors: [
        { id: '1', label: 'Athens', Country: 'GR' },
        { id: '2', label: 'Sparta', Country: 'GR' },
      ],
      relations: [
        { id: 'relation-1', source: '1', target: '2', type: 'hostility', directed: true },
        { id: 'relation-2', source: '2', target: '1', type: 'contested', originalType: 'ally' },
      ],
    });
    const problems = expectProblems(readCsv({ actors, relations: 'source,target,type,start\n1,3,hostility,2001-02-30\n' }));
    expect(problems.map((p) => p.message)).toEqual([
      'start "2001-02-30" is not a day on the calendar (relations.csv row 2)',
      'unknown actor "3"; did you mean "1" or "2"? (relations.csv row 2)',
    ]);
  });

  it('names the spreadsheet row of a problem, blank lines counted', () => {
    const problems = expectProblems(readCsv({ actors: 'id,label\r\na,A\r\n\r\na,Again\r\n', relations: 'id,source,target,type\r\n' }));
    expect(problems).toEqual([{ path: '$.actors[1].id', message: 'actor id "a" is already used at $.actors[0].id (actors.csv row 4)' }]);
  });

  it('reports CSV that does not parse with its file, line and column, and never throws', () => {
    const [problem] = expectProblems(readCsv({ actors: 'id,label\na,"Athens\nb,B\n', relations: 'id,source,target,type\n' }));
    expect(problem).toEqual({ path: '$', message: 'actors.csv does not parse at line 2, column 3: Quoted field unterminated' });
    expect(expectProblems(readCsv({ actors: '', relations: '' }))[0]!.message).toBe('actors.csv is empty: it needs a header row');
    expect(expectProblems(readCsv({ actors: 'id,label\na,A,extra cell\n', relations: 'id\n' }))[0]!.message).toBe(
      'actors.csv row 2 has 3 cells but the header has 2',
    );
    const files = writeCsv(small);
    neverThrows((text) => readCsv({ actors: files['actors.csv'], relations: text }), files['relations.csv']);
    neverThrows((text) => readCsv({ actors: text, relations: files['relations.csv'] }), files['actors.csv']);
  });

  it('escapes aliases and formula starters reversibly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '|', '\\', '=', "'", ' ') })), (aliases) => {
        if (aliases.length > 0 && joinAliases(aliases) !== '') expect(splitAliases(joinAliases(aliases))).toEqual(aliases);
        for (const alias of aliases) expect(restore(neutralize(alias))).toBe(alias);
      }),
    );
  });

  it('writes sources.csv only for a document with a sources list', () => {
    const { sources: _none, ...withoutSources } = small;
    expect(Object.keys(writeCsv(withoutSources))).toEqual(['actors.csv', 'relations.csv']);
    expect(Object.keys(writeCsv({ ...small, sources: [] }))).toEqual(['actors.csv', 'relations.csv', 'sources.csv']);
  });

  it('tells the tables apart by their headers', () => {
    const files = writeCsv(small);
    expect(csvTableOf(files['actors.csv'])).toBe('actors');
    expect(csvTableOf(files['relations.csv'])).toBe('relations');
    expect(csvTableOf(files['sources.csv']!)).toBe('sources');
  });
});

import { describe, expect, it } from 'vitest';
import { balanced, FSI, isolate, isolatedLines, isolatedRuns, PDI, showControls } from '../../src/model/bidi.ts';

const RLO = '\u202e';
const PDF = '\u202c';
const RLI = '\u2067';

describe('balanced', () => {
  it('gives text without reordering characters back as it is', () => {
    expect(balanced('Russia')).toBe('Russia');
    expect(balanced('طالبان')).toBe('طالبان');
    expect(balanced('')).toBe('');
  });

  it('closes an override, an embedding or an isolate left open, innermost first', () => {
    expect(balanced(`A${RLO}B`)).toBe(`A${RLO}B${PDF}`);
    expect(balanced(`A${RLI}B${RLO}C`)).toBe(`A${RLI}B${RLO}C${PDF}${PDI}`);
    expect(balanced(`${RLO}A${RLI}B`)).toBe(`${RLO}A${RLI}B${PDI}${PDF}`);
  });

  it('drops a PDI or PDF that ends nothing the text began, which would end an isolation around it', () => {
    expect(balanced(`A${PDI}${RLO}B`)).toBe(`A${RLO}B${PDF}`);
    expect(balanced(`${PDF}A${PDI}${PDI}`)).toBe('A');
    // A PDF inside an isolate ends no embedding from before it; a PDI ends the embeddings inside it.
    expect(balanced(`${RLO}${RLI}${PDF}x${PDI}`)).toBe(`${RLO}${RLI}x${PDI}${PDF}`);
    expect(balanced(`${RLI}${RLO}x${PDI}y`)).toBe(`${RLI}${RLO}x${PDI}y`);
  });
});

describe('isolate and isolatedRuns', () => {
  it('sets a data text between FSI and PDI, balanced', () => {
    expect(isolate('Taliban')).toBe(`${FSI}Taliban${PDI}`);
    expect(isolate(`A${PDI}${RLO}B`)).toBe(`${FSI}A${RLO}B${PDF}${PDI}`);
  });

  it('cuts a sentence into its own words and the data texts set apart, nested isolates kept inside', () => {
    const sentence = `${isolate('Russia')} cooperates with ${isolate(`T${RLI}a${PDI}${PDI}${RLO}x`)}.`;
    expect(isolatedRuns(sentence)).toEqual([
      { text: 'Russia', isolated: true },
      { text: ' cooperates with ', isolated: false },
      { text: `T${RLI}a${PDI}${RLO}x${PDF}`, isolated: true },
      { text: '.', isolated: false },
    ]);
    expect(isolatedRuns('2 paths found')).toEqual([{ text: '2 paths found', isolated: false }]);
    expect(isolatedRuns('')).toEqual([]);
  });
});

describe('isolatedLines', () => {
  it('closes an isolate at a line break and opens it again on the next line', () => {
    const caption = `${isolate('Two words')} — Source: ${isolate('Samuel Ramani')}`;
    expect(isolatedLines(caption.split(' '))).toEqual([
      `${FSI}Two${PDI}`,
      `${FSI}words${PDI}`,
      '—',
      'Source:',
      `${FSI}Samuel${PDI}`,
      `${FSI}Ramani${PDI}`,
    ]);
    expect(isolatedLines(['plain', 'lines'])).toEqual(['plain', 'lines']);
  });
});

describe('showControls', () => {
  it('writes each reordering character as an escape and leaves the rest', () => {
    expect(showControls(`No actor is named "A${RLO}B${PDI}"`)).toBe('No actor is named "A\\u202eB\\u2069"');
    expect(showControls('\u202a\u202b\u202c\u202d\u2066\u2067\u2068 ok')).toBe('\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068 ok');
  });
});

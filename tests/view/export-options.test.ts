import { describe, expect, it } from 'vitest';
import { layoutFrame, wrapText } from '../../src/view/export-frame.ts';
import { ImageExportError, defaultCaption, exportFileName, resolveImageOptions } from '../../src/view/export-options.ts';
import { legendItems } from '../../src/view/legend.ts';
import { LIGHT_THEME } from '../../src/view/style.ts';

/** Every character 7 pixels wide at 13 pixels, in proportion otherwise. */
const measure = (text: string, font: { size: number }) => (text.length * 7 * font.size) / 13;

describe('image export options', () => {
  it('fills in the defaults', () => {
    expect(resolveImageOptions({ format: 'png' })).toEqual({
      format: 'png',
      scale: 2,
      background: null,
      full: true,
      legend: true,
      caption: null,
      quality: 0.92,
    });
    expect(resolveImageOptions({ format: 'svg', caption: false, legend: false, full: false, scale: 4 })).toMatchObject({
      caption: '',
      legend: false,
      full: false,
      scale: 4,
    });
    expect(resolveImageOptions({ format: 'jpg', caption: 'Figure 1' }).caption).toBe('Figure 1');
  });

  it('refuses bad options, naming them', () => {
    expect(() => resolveImageOptions({ format: 'png', scale: 4.5 })).toThrow(
      new ImageExportError('scale must be a number from 0.25 to 4, not 4.5'),
    );
    expect(() => resolveImageOptions({ format: 'bmp' })).toThrow('format must be one of png, jpg, svg, not "bmp"');
    expect(() => resolveImageOptions({ format: 'png', quality: 2 })).toThrow('quality must be a number from 0 to 1');
    expect(() => resolveImageOptions({ format: 'png', caption: 3 })).toThrow('caption must be a text or false');
    expect(() => resolveImageOptions(null)).toThrow(ImageExportError);
  });

  it('captions with the title, the date shown and the sources', () => {
    const meta = {
      title: 'Russia and the Taliban, 2016',
      sources: [{ id: 's', title: 'Russia and the Taliban: A Closer Look', author: 'Samuel Ramani', date: '2016-12-31' }],
    };
    // Each text from the data between FSI and PDI: an override in one reverses none after it.
    expect(defaultCaption(meta)).toBe(
      '\u2068Russia and the Taliban, 2016\u2069 — Source: \u2068Samuel Ramani\u2069, \u2068Russia and the Taliban: A Closer Look\u2069, \u20682016\u2069',
    );
    expect(defaultCaption(meta, '2015-12')).toBe(
      '\u2068Russia and the Taliban, 2016\u2069 (as of 2015-12) — Source: \u2068Samuel Ramani\u2069, \u2068Russia and the Taliban: A Closer Look\u2069, \u20682016\u2069',
    );
    expect(
      defaultCaption({
        title: 'T',
        sources: [
          { id: 'a', title: 'A', publisher: 'P' },
          { id: 'b', title: 'B' },
        ],
      }),
    ).toBe('\u2068T\u2069 — Sources: \u2068A\u2069, \u2068P\u2069; \u2068B\u2069');
    expect(defaultCaption({ title: 'T', sources: [] })).toBe('\u2068T\u2069');
    expect(defaultCaption({ title: 'Russia\u202e and', sources: [{ id: 'a', title: 'A\u2069\u202eB' }] })).toBe(
      '\u2068Russia\u202e and\u202c\u2069 — Source: \u2068A\u202eB\u202c\u2069',
    );
  });

  it('names files after the title', () => {
    expect(exportFileName('Russia and the Taliban, 2016', '.png')).toBe('russia-and-the-taliban-2016.png');
    expect(exportFileName('Ça va — Élysée', '.svg')).toBe('ca-va-elysee.svg');
    expect(exportFileName('<img src=x>', '.json')).toBe('img-src-x.json');
    expect(exportFileName('', '.csv')).toBe('actor-graph.csv');
  });
});

describe('the frame around an exported drawing', () => {
  it('wraps text at spaces', () => {
    expect(wrapText('aa bb cc dd', 5, (t) => t.length)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('toolongword x', 5, (t) => t.length)).toEqual(['toolongword', 'x']);
    expect(wrapText('', 5, (t) => t.length)).toEqual([]);
  });

  it('lays the legend and caption under the drawing, wrapping to its width, in whole pixels', () => {
    const legend = legendItems(
      ['cooperation', 'hostility', 'contested'],
      new Map([
        ['state', ['state']],
        ['person', ['person']],
      ]),
    );
    const frame = layoutFrame({
      drawing: { width: 400, height: 300 },
      legend,
      caption: 'A caption '.repeat(12).trim(),
      theme: LIGHT_THEME,
      size: 1,
      measure,
    });
    expect(frame.width).toBe(400);
    expect(frame.drawing).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    expect(Number.isInteger(frame.height)).toBe(true);
    const texts = frame.marks.filter((m) => m.type === 'text');
    expect(texts.map((t) => t.text).slice(0, 7)).toEqual([
      'Relations',
      'Cooperation',
      'Hostility',
      'Contested',
      'Actors',
      'State',
      'Person',
    ]);
    expect(texts.every((t) => t.y > 300 && t.y < frame.height)).toBe(true);
    for (const t of texts) expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(400);
    const lines = frame.marks.filter((m) => m.type === 'line');
    expect(lines.map((l) => l.type === 'line' && l.dash)).toEqual([[], [], [14, 4, 3, 4], [7, 5]]);
    // Twice the size: everything but the drawing doubles.
    const big = layoutFrame({ drawing: { width: 400, height: 300 }, legend, caption: '', theme: LIGHT_THEME, size: 2, measure });
    const small = layoutFrame({ drawing: { width: 400, height: 300 }, legend, caption: '', theme: LIGHT_THEME, size: 1, measure });
    expect(big.height - 300).toBeGreaterThan(1.9 * (small.height - 300));
    expect(layoutFrame({ drawing: { width: 400, height: 300 }, legend: null, caption: '', theme: LIGHT_THEME, size: 1, measure })).toEqual({
      width: 400,
      height: 300,
      drawing: { x: 0, y: 0, width: 400, height: 300 },
      marks: [],
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement } from '../../src/components/actor-graph.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { ImageExportError } from '../../src/view/export-options.ts';
import seed from '../../graph/russia-taliban-2016.json';

const MARKUP = '<img src=x onerror=alert(1)>';
/** The caption, each text from the data between FSI and PDI (see model/bidi.ts). */
const CAPTION =
  '\u2068Russia and the Taliban, 2016\u2069 — Source: \u2068Samuel Ramani\u2069, \u2068Russia and the Taliban: A Closer Look\u2069, \u20682016\u2069';
/** Text without the isolates that a caption's line breaks close and open again. */
const unisolated = (text: string) => text.replace(/[\u2068\u2069]/g, '');

async function loaded(data: unknown = structuredClone(seed), size = { width: 900, height: 640 }): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  el.data = data;
  document.body.append(el);
  const result = await el.ready;
  expect(result.ok).toBe(true);
  await el.updateComplete;
  return el;
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer);
  expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixels that differ from the top-left corner's colour (the background). */
async function inkedPixels(blob: Blob): Promise<{ inked: number; total: number; corner: number[] }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const corner = [data[0]!, data[1]!, data[2]!, data[3]!];
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - corner[0]!) + Math.abs(data[i + 1]! - corner[1]!) + Math.abs(data[i + 2]! - corner[2]!) > 24) inked++;
  }
  return { inked, total: bitmap.width * bitmap.height, corner };
}

const parseSvg = async (blob: Blob) => new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

afterEach(() => document.body.replaceChildren());

describe('exportImage', () => {
  it('writes PNGs whose size follows scale exactly, with the drawing inked', async () => {
    const el = await loaded();
    const one = await el.exportImage({ format: 'png', scale: 1 });
    const two = await el.exportImage({ format: 'png', scale: 2 });
    expect(one.type).toBe('image/png');
    const a = await pngSize(one);
    const b = await pngSize(two);
    expect(a.width).toBeGreaterThan(300);
    expect(b).toEqual({ width: 2 * a.width, height: 2 * a.height });
    const { inked, total, corner } = await inkedPixels(one);
    expect(corner).toEqual([255, 255, 255, 255]);
    // Not blank, and not a solid block: lines, shapes, labels, legend and caption.
    expect(inked / total).toBeGreaterThan(0.02);
    expect(inked / total).toBeLessThan(0.5);
    // Byte by byte: spreading a PNG of a few hundred kB into one call overflows the stack.
    const binary = Array.from(await bytesOf(one), (byte) => String.fromCharCode(byte)).join('');
    await commands.writeFile('tests/output/export-test.png', btoa(binary), { encoding: 'base64' });
  });

  it('gives the same bytes for the same options, PNG and SVG alike', async () => {
    const el = await loaded();
    for (const format of ['png', 'svg', 'jpg'] as const) {
      const first = await bytesOf(await el.exportImage({ format, scale: 1.5 }));
      const second = await bytesOf(await el.exportImage({ format, scale: 1.5 }));
      expect(second.length, format).toBe(first.length);
      expect(
        second.every((byte, i) => byte === first[i]),
        format,
      ).toBe(true);
    }
  });

  it('writes an SVG with every label as text, the legend and the caption', async () => {
    const el = await loaded();
    const blob = await el.exportImage({ format: 'svg' });
    expect(blob.type).toBe('image/svg+xml');
    const svg = await parseSvg(blob);
    expect(svg.querySelector('parsererror')).toBeNull();
    const root = svg.documentElement;
    expect(root.localName).toBe('svg');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());
    for (const actor of seed.actors) expect(texts, actor.label).toContain(actor.label);
    for (const word of ['Relations', 'Cooperation', 'Hostility', 'Contested', 'Actors', 'State', 'Government', 'Non-state armed group']) {
      expect(texts, word).toContain(word);
    }
    expect(unisolated(texts.join(' '))).toContain(unisolated(CAPTION));
    expect(root.querySelector('title')!.textContent).toBe(CAPTION);
    // 37 relations drawn, with the dash patterns of the canvas.
    expect(root.querySelectorAll('g.edges path[data-id]')).toHaveLength(37);
    const dashes = new Set([...root.querySelectorAll('g.edges path[data-id]')].map((p) => p.getAttribute('stroke-dasharray')));
    expect(dashes).toEqual(new Set([null, '14 4 3 4', '7 5']));
    expect(root.querySelectorAll('g.nodes [data-id]')).toHaveLength(14);
    // 11 directed relations, one arrow each.
    expect(root.querySelectorAll('g.edges polygon')).toHaveLength(seed.relations.filter((r) => r.directed).length);
    await commands.writeFile('tests/output/export-test.svg', await blob.text());
  });

  it('keeps markup in labels as text', async () => {
    const doc: GraphDocument = {
      version: 1,
      title: `Title ${MARKUP}`,
      sources: [{ id: 's', title: `Source ${MARKUP}` }],
      actors: [
        { id: 'a', label: MARKUP, kind: MARKUP },
        { id: 'b', label: 'B & <b>', kind: 'state' },
      ],
      relations: [{ id: 'r', source: 'a', target: 'b', type: 'contested' }],
    };
    const el = await loaded(doc);
    const svg = await parseSvg(await el.exportImage({ format: 'svg' }));
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.querySelectorAll('img, b, script, foreignObject')).toHaveLength(0);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(MARKUP);
    expect(texts).toContain('B & <b>');
    expect(texts).toContain(`Other: \u2068${MARKUP}\u2069`);
    expect(unisolated(texts.join(' '))).toContain(`Title ${MARKUP} — Source: Source ${MARKUP}`);
  });

  it('leaves out the legend and caption when asked, and takes a caption of its own', async () => {
    const el = await loaded();
    const bare = await parseSvg(await el.exportImage({ format: 'svg', legend: false, caption: false }));
    const texts = [...bare.querySelectorAll('text')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());
    expect(texts).not.toContain('Cooperation');
    expect(texts.join(' ')).not.toContain('Source');
    expect(texts.filter((t) => t.length > 0)).toHaveLength(14);
    const own = await parseSvg(await el.exportImage({ format: 'svg', legend: false, caption: 'Figure 1. Who stands with whom' }));
    expect([...own.querySelectorAll('text')].map((t) => t.textContent)).toContain('Figure 1. Who stands with whom');
    const withFrame = await pngSize(await el.exportImage({ format: 'png', scale: 1 }));
    const without = await pngSize(await el.exportImage({ format: 'png', scale: 1, legend: false, caption: '' }));
    expect(without.width).toBe(withFrame.width);
    expect(without.height).toBeLessThan(withFrame.height);
  });

  it('follows the filter: the legend lists only what is shown, the caption the date', async () => {
    const el = await loaded();
    el.types = 'hostility';
    el.asOf = '2015-12';
    await el.updateComplete;
    const svg = await parseSvg(await el.exportImage({ format: 'svg' }));
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Hostility');
    expect(texts).not.toContain('Cooperation');
    expect(texts.join(' ')).toContain('\u2068Russia and the Taliban, 2016\u2069 (as of 2015-12)');
    const shown = el.cy!.edges().filter((e) => e.visible()).length;
    expect(svg.querySelectorAll('g.edges path[data-id]')).toHaveLength(shown);
  });

  it('marks each possible relation "?" in an SVG, as the drawing does, boxed and under the actors', async () => {
    const el = await loaded();
    el.asOf = '2015-06';
    el.possible = true;
    await el.updateComplete;
    const svg = await parseSvg(await el.exportImage({ format: 'svg' }));
    const marks = [...svg.querySelectorAll('g.edge-labels text')];
    // Begun no later than October or December 2015: the arms reports, the embargo pledge, the
    // intelligence sharing and the fights against ISIS, and no later than 2015 the struggle
    // against drug trafficking.
    expect(marks.map((t) => [t.getAttribute('data-id'), t.textContent]).sort()).toEqual(
      [
        'afghan-government-isis',
        'nato-isis',
        'russia-drug-traffickers',
        'russia-isis',
        'russia-tajikistan-arms',
        'russia-taliban-arms',
        'russia-taliban-arms-embargo',
        'russia-taliban-counterterrorism',
        'syrian-government-isis',
        'tajikistan-taliban-arms',
        'taliban-isis',
      ].map((id) => [id, '?']),
    );
    // Each on a box with a border, drawn before the actors.
    expect(svg.querySelectorAll('g.edge-labels rect[stroke]')).toHaveLength(marks.length);
    const groups = [...svg.documentElement.querySelectorAll('g')].map((g) => g.getAttribute('class'));
    expect(groups.indexOf('edge-labels')).toBeLessThan(groups.indexOf('nodes'));
  });

  it('exports the view at its size when full is false, and opaque JPGs on any background', async () => {
    const el = await loaded(structuredClone(seed), { width: 700, height: 500 });
    const blob = await el.exportImage({ format: 'png', scale: 1, full: false, legend: false, caption: false });
    expect(await pngSize(blob)).toEqual({ width: Math.round(el.cy!.width()), height: Math.round(el.cy!.height()) });
    const { inked, total } = await inkedPixels(blob);
    expect(inked / total).toBeGreaterThan(0.02);
    const jpg = await el.exportImage({ format: 'jpg', scale: 1, background: 'transparent' });
    expect(jpg.type).toBe('image/jpeg');
    const { corner } = await inkedPixels(jpg);
    expect(corner[3]).toBe(255);
    const dark = await inkedPixels(await el.exportImage({ format: 'png', scale: 1, background: '#102030' }));
    expect(dark.corner).toEqual([16, 32, 48, 255]);
  });

  it('rejects bad options with a clear message', async () => {
    const el = await loaded();
    const bad: [unknown, RegExp][] = [
      [{ format: 'gif' }, /format must be one of png, jpg, svg/],
      [{ format: 'png', scale: 5 }, /scale must be a number from 0.25 to 4, not 5/],
      [{ format: 'png', scale: Number.NaN }, /scale must be/],
      [{ format: 'png', background: 'not-a-colour' }, /background must be a CSS colour/],
      [{ format: 'png', full: 'yes' }, /full must be true or false/],
      [undefined, /needs options/],
    ];
    for (const [options, message] of bad) {
      const error = await el.exportImage(options as never).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(options)).toBeInstanceOf(ImageExportError);
      expect((error as Error).message).toMatch(message);
    }
  });
});

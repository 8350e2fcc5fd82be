/**
 * Text from the data reorders nothing around it. Every text field of a document holds a
 * right-to-left override (U+202E), some a stray pop-isolate (U+2069) first, which Chromium lets
 * out of a `<bdi>`. Loaded in the explorer, every sentence that names them (details, path finder,
 * balance, search, legend, problems) still shows its own words left to right after each label,
 * measured on screen; the exported SVG's caption and legend carry each text between FSI and PDI
 * and draw in order; a long label cut on the canvas keeps its ellipsis at the end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph-explorer.ts';
import type { ActorGraphExplorer } from '../../src/components/actor-graph-explorer.ts';
import type { GraphDocument } from '../../src/model/format.ts';
import { watchUncaught } from '../support/uncaught.ts';
import { allInRoot, inRoot, settle, text } from '../support/explorer.ts';

const RLO = '\u202e';
const PDI = '\u2069';
const PDF = '\u202c';
const FSI = '\u2068';
/** A label long enough to be cut on the canvas, an override after its first two letters. */
const LONG = `Ab${RLO}${'cd'.repeat(40)}`;

function reorderingDocument(): GraphDocument {
  return {
    version: 1,
    title: `Title${RLO} one`,
    sources: [{ id: 's', title: `Report${RLO} one`, author: `Author${PDI}${RLO} two`, publisher: 'Press', date: '2016' }],
    actors: [
      { id: 'a', label: `Alpha${RLO}x`, kind: `militia${RLO}x`, aliases: [`Alef${RLO}q`] },
      { id: 'b', label: `Beta${PDI}${RLO}y`, kind: 'state' },
      { id: 'c', label: 'Gamma', kind: `guild${RLO}` },
      { id: 'd', label: LONG, kind: 'state' },
    ],
    relations: [
      {
        id: 'ab',
        source: 'a',
        target: 'b',
        type: 'cooperation',
        label: `deal${RLO}z`,
        start: '2015',
        evidence: [{ source: 's', quote: `q${RLO}uote`, claimant: `c${RLO}x`, locator: `p${RLO}3` }],
      },
      { id: 'bc', source: 'b', target: 'c', type: 'hostility' },
      { id: 'ca', source: 'c', target: 'a', type: 'hostility' },
      { id: 'cd', source: 'c', target: 'd', type: 'contested' },
    ],
  };
}

/**
 * The words, each found after the one before it in the text of `root`, sorted by where they are
 * drawn, line by line from left to right: the same list when nothing reversed them.
 */
function visualOrder(root: Element, words: string[]): string[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const placed: { word: string; top: number; left: number }[] = [];
  let from = { node: 0, offset: 0 };
  for (const word of words) {
    for (let n = from.node; n < nodes.length; n++) {
      const at = nodes[n]!.data.indexOf(word, n === from.node ? from.offset : 0);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(nodes[n]!, at);
      range.setEnd(nodes[n]!, at + word.length);
      const box = range.getBoundingClientRect();
      placed.push({ word, top: Math.round(box.top), left: box.left });
      from = { node: n, offset: at + word.length };
      break;
    }
  }
  expect(
    placed.map((p) => p.word),
    `found in "${root.textContent}"`,
  ).toEqual(words);
  return [...placed].sort((x, y) => x.top - y.top || x.left - y.left).map((p) => p.word);
}

async function mount(): Promise<ActorGraphExplorer> {
  const el = document.createElement('actor-graph-explorer');
  el.style.height = '800px';
  el.data = reorderingDocument();
  document.body.append(el);
  await el.updateComplete;
  expect(await el.graphView!.ready).toEqual({ ok: true, actors: 4, relations: 4 });
  await settle(el);
  return el;
}

let stopWatching: () => string[];
beforeEach(() => {
  stopWatching = watchUncaught();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  expect(stopWatching()).toEqual([]);
});

/** Where each character of an SVG text that is outside every isolate starts, in text order. */
function plainCharacterPlaces(line: SVGTextElement): number[] {
  const places: number[] = [];
  let depth = 0;
  [...line.textContent].forEach((c, i) => {
    if (c === FSI) depth++;
    else if (c === PDI) depth--;
    else if (depth === 0 && c.trim() !== '') places.push(line.getStartPositionOfChar(i).x);
  });
  return places;
}

describe('a right-to-left override in the data', () => {
  it('reverses no word after it in the details, path finder, balance, search, legend and problems', async () => {
    const el = await mount();
    const details = inRoot(el, 'actor-graph-details');

    el.state = { selected: 'ab' };
    await settle(el);
    const reading = inRoot(details, '.reading');
    expect(text(reading)).toBe(`Alpha${RLO}x${PDF} cooperates with Beta${RLO}y${PDF} (deal${RLO}z${PDF}) since 2015.`);
    expect(visualOrder(reading, ['cooperates', 'with', '(', 'since', '2015'])).toEqual(['cooperates', 'with', '(', 'since', '2015']);
    const source = inRoot(details, '.source');
    expect(visualOrder(source, ['Source:', 'Report', 'Author', 'Press', '2016'])).toEqual(['Source:', 'Report', 'Author', 'Press', '2016']);

    el.state = { selected: 'a' };
    await settle(el);
    const relation = allInRoot(details, '.relations button').find((b) => text(b).startsWith('Alpha'))!;
    expect(visualOrder(relation, ['Alpha', 'cooperates', 'with', 'Beta'])).toEqual(['Alpha', 'cooperates', 'with', 'Beta']);

    el.state = { from: 'a', to: 'c', all: true };
    await settle(el);
    const finder = inRoot(el, 'actor-graph-path-finder');
    const paths = allInRoot(finder, '.path .reading');
    expect(paths.map(text)).toEqual([
      `Alpha${RLO}x${PDF} is hostile to Gamma. Dates not given.`,
      `Alpha${RLO}x${PDF} cooperates with Beta${RLO}y${PDF}, which is hostile to Gamma. Holds from 2015, with an undated step.`,
    ]);
    expect(visualOrder(paths[1]!, ['cooperates', 'with', 'which', 'is', 'hostile', 'to', 'Gamma'])).toEqual([
      'cooperates',
      'with',
      'which',
      'is',
      'hostile',
      'to',
      'Gamma',
    ]);
    for (const d of allInRoot<HTMLDetailsElement>(finder, 'details')) d.open = true;
    const step = allInRoot(finder, '.step button').find((b) => text(b).startsWith('Alpha'))!;
    expect(visualOrder(step, ['Alpha', 'cooperates', 'with', 'Beta'])).toEqual(['Alpha', 'cooperates', 'with', 'Beta']);
    const evidence = allInRoot(finder, '.evidence li')[0]!;
    expect(visualOrder(evidence, ['—', '(', 'Report', ',', ')'])).toEqual(['—', '(', 'Report', ',', ')']);

    // A name typed with an override is quoted with the override shown, not obeyed.
    el.state = { from: `Nobody${RLO}x`, to: 'c' };
    await settle(el);
    expect(text(inRoot(finder, '[part="status"]'))).toMatch(/^No actor is named "Nobody\\u202ex"/);

    const balance = inRoot(el, 'actor-graph-balance');
    for (const d of allInRoot<HTMLDetailsElement>(balance, 'details')) d.open = true;
    const triads = allInRoot(balance, '[part="triad-button"]');
    expect(triads.map(text)).toEqual([`Alpha${RLO}x${PDF}, Beta${RLO}y${PDF}, Gamma: 2 hostilities — balanced`]);
    expect(visualOrder(triads[0]!, ['Alpha', 'Beta', 'Gamma', 'hostilities', 'balanced'])).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
      'hostilities',
      'balanced',
    ]);

    const search = inRoot(el, 'actor-graph-search');
    inRoot<HTMLInputElement>(search, 'input').focus();
    await userEvent.keyboard('Alef');
    await settle(el);
    const option = inRoot(search, '[role="option"]');
    expect(visualOrder(option, ['Alpha', 'militia', 'also', 'Alef'])).toEqual(['Alpha', 'militia', 'also', 'Alef']);

    const legend = inRoot(el.graphView!, 'actor-graph-legend');
    const other = legend.shadowRoot!.querySelector('[data-kind="other"]')!;
    expect(text(other)).toBe(`Other: guild${RLO}${PDF}, militia${RLO}x${PDF}`);
    expect(visualOrder(other, ['Other:', 'guild', ',', 'militia'])).toEqual(['Other:', 'guild', ',', 'militia']);

    await el.openFile(new File(['{'], `bad${RLO}x.json`));
    await settle(el);
    expect(visualOrder(inRoot(el, '[part="problems"] strong'), ['bad', 'was', 'not', 'loaded'])).toEqual(['bad', 'was', 'not', 'loaded']);
  });

  it('is set between FSI and PDI in the SVG caption and legend, which draw their own words in order', async () => {
    const el = await mount();
    const svgText = await (await el.graphView!.exportImage({ format: 'svg' })).text();
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const caption = `${FSI}Title${RLO} one${PDF}${PDI} — Source: ${FSI}Author${RLO} two${PDF}${PDI}, ${FSI}Report${RLO} one${PDF}${PDI}, ${FSI}Press${PDI}, ${FSI}2016${PDI}`;
    expect(svg.querySelector('title')!.textContent).toBe(caption);
    expect(svg.querySelector('desc')!.textContent).toBe(
      `${FSI}Title${RLO} one${PDF}${PDI}: 4 actors and 4 relations, drawn as a graph; line style and colour give the relation type, shape the kind of actor.`,
    );
    // Drawn: the exported image in the page, where each character's place can be asked.
    const holder = document.createElement('div');
    holder.innerHTML = svgText.replace(/^<\?xml[^>]*>/, '');
    document.body.append(holder);
    const texts = [...holder.querySelectorAll<SVGTextElement>('g.legend-caption text')];
    const legend = texts.find((t) => t.textContent.startsWith('Other:'))!;
    expect(legend.textContent).toBe(`Other: ${FSI}guild${RLO}${PDF}${PDI}, ${FSI}militia${RLO}x${PDF}${PDI}`);
    const lines = texts.slice(texts.indexOf(legend) + 1);
    // However the caption wraps, its lines read as the caption, every isolate closed on its line.
    expect(
      lines
        .map((t) => t.textContent)
        .join(' ')
        .replace(new RegExp(`${PDI} ${FSI}`, 'g'), ' '),
    ).toBe(caption);
    for (const line of [legend, ...lines]) {
      const places = plainCharacterPlaces(line);
      expect(places.length, line.textContent).toBeGreaterThan(0);
      expect(places, line.textContent).toEqual([...places].sort((a, b) => a - b));
    }
  });

  it('leaves the ellipsis of a label cut on the canvas at its end', async () => {
    const el = await mount();
    const label = el.graphView!.cy!.getElementById('d').style('label') as string;
    expect(label).toBe(`Ab${RLO}${'cd'.repeat(28)}${PDF}…`);
    // The canvas draws it as these letters written in the order they are seen.
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 40;
    const context = canvas.getContext('2d')!;
    context.font = '16px sans-serif';
    const draw = (t: string) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.fillText(t, 10, 28);
      return canvas.toDataURL();
    };
    expect(draw(label)).toBe(draw(`Ab${'dc'.repeat(28)}…`));
  });
});

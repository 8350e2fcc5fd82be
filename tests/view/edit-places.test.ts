import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/model/format.ts';
import { documentToSave, editPlaces, movedPositions, placedDocument } from '../../src/view/edit-places.ts';
import { presetPositions } from '../../src/view/layout.ts';

const harbour = (): GraphDocument => JSON.parse(readFileSync('tests/fixtures/brief/harbour-graph.json', 'utf8')) as GraphDocument;
const drawn = new Map([
  ['council', { x: 100, y: 100 }],
  ['guild', { x: 300, y: 100 }],
  ['league', { x: 200, y: 300 }],
]);

describe('editPlaces', () => {
  it('leaves an unplaced graph never drawn to the layout', () => {
    expect(editPlaces(harbour(), new Map())).toBeNull();
  });

  it('keeps drawn actors where they are and puts a new one near what it joins', () => {
    const doc = harbour();
    doc.actors.push({ id: 'province', label: 'Province' });
    doc.relations.push({ id: 'p-l', source: 'province', target: 'league', type: 'hostility' });
    const places = editPlaces(doc, drawn)!;
    expect([places.get('council'), places.get('guild'), places.get('league')]).toEqual([...drawn.values()]);
    const province = places.get('province')!;
    expect(Math.hypot(province.x - 200, province.y - 300)).toBeCloseTo(90, 6);
    expect(province.y).toBeGreaterThan(300);
  });

  it('draws a file’s positions, whatever their units, as the preset layout does', () => {
    const doc = harbour();
    doc.actors = doc.actors.map((a, i) => ({ ...a, x: i * 5000, y: (i % 2) * 2000 }));
    const places = editPlaces(doc, drawn)!;
    expect(places).toEqual(presetPositions(doc.actors));
    // Handed to the drawing, whose preset layout then moves nothing.
    expect(presetPositions(placedDocument(doc, places).actors)).toEqual(places);
  });
});

describe('movedPositions and documentToSave', () => {
  it('writes every actor’s position in the file’s units after a drag', () => {
    const doc = harbour();
    doc.actors = doc.actors.map((a, i) => ({ ...a, x: i * 5000, y: (i % 2) * 2000 }));
    const places = editPlaces(doc, new Map())!;
    // The guild dropped where the league is drawn: in the file, at the league's position.
    const positions = movedPositions(doc, places, new Map([['guild', places.get('league')!]]));
    expect(positions).toEqual({ council: { x: 0, y: 0 }, guild: { x: 10000, y: 0 }, league: { x: 10000, y: 0 } });
  });

  it('records drawn places as positions in a file that had none', () => {
    const positions = movedPositions(harbour(), drawn, new Map([['council', { x: 0, y: 0 }]]));
    // The drawing moved the places into its box: the drop is read back in the places' units.
    expect(positions.guild).toEqual({ x: 300, y: 100 });
    expect(positions.council!.x).toBeLessThan(100);
  });

  it('gives actors added to a placed file a position when saved', () => {
    const doc = harbour();
    doc.actors = doc.actors.map((a, i) => ({ ...a, x: i * 10, y: 0 }));
    doc.actors.push({ id: 'province', label: 'Province' });
    const saved = documentToSave(doc, editPlaces(doc, new Map()));
    expect(saved.actors.slice(0, 3)).toEqual(doc.actors.slice(0, 3));
    expect(typeof saved.actors[3]!.x).toBe('number');
    expect(documentToSave(harbour(), drawn)).toEqual(harbour());
  });
});

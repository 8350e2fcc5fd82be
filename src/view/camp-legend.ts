/**
 * What the legend lists for camps, contradicting relations and sized actors. Pure.
 */
import type { ShownCamps } from '../model/camp-modes.ts';
import { sizeValueText, type SizeScale } from '../model/actor-sizes.ts';
import { campLook, type CampLook } from './camp-style.ts';

/** One camp in the legend: its number, how many actors it holds, and its look. */
export interface CampLegendItem {
  camp: number;
  label: string;
  look: CampLook;
}

/** The ends of the size scale in the legend. */
export interface SizeLegend {
  /** "Size by degree" or "Size by betweenness". */
  title: string;
  least: { text: string; size: number };
  greatest: { text: string; size: number };
}

/** The legend's camps and whether it lists the mark of contradicting relations. */
export interface CampLegend {
  camps: CampLegendItem[];
  /** True when some relation shown contradicts the camps. */
  contradictions: boolean;
  size: SizeLegend | null;
}

/** The legend for camps shown (restricted to `shownActors`), `contradicting` relations shown, and the size scale. */
export function campLegend(
  camps: ShownCamps | null,
  shownActors: ReadonlySet<string>,
  contradicting: number,
  scale: SizeScale | null,
): CampLegend {
  const items: CampLegendItem[] = [];
  camps?.camps.forEach((members, i) => {
    const shown = members.filter((id) => shownActors.has(id)).length;
    if (shown === 0) return;
    items.push({ camp: i + 1, label: `Camp ${i + 1} (${shown} ${shown === 1 ? 'actor' : 'actors'})`, look: campLook(i + 1) });
  });
  const size = scale
    ? {
        title: `Size by ${scale.by}`,
        least: { text: sizeValueText(scale.by, scale.least), size: scale.greatest > scale.least ? scale.range.min : middle(scale) },
        greatest: { text: sizeValueText(scale.by, scale.greatest), size: scale.greatest > scale.least ? scale.range.max : middle(scale) },
      }
    : null;
  return { camps: items, contradictions: camps !== null && contradicting > 0, size };
}

const middle = (scale: SizeScale) => Math.round((scale.range.min + scale.range.max) / 2);

import { describe, expect, it } from 'vitest';
import { CAMP_FILLS, CONTRADICTS_CLASS, campLook, campRules } from '../../src/view/camp-style.ts';
import { DARK_THEME, LIGHT_THEME, buildStylesheet } from '../../src/view/style.ts';
import { contrast } from '../support/contrast.ts';

describe('camp looks', () => {
  it('fill every camp so that it stands out 3:1 from the background and from the outline, in both themes', () => {
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      for (const fill of CAMP_FILLS) {
        expect(contrast(fill, theme.background), `${fill} on ${theme.background}`).toBeGreaterThanOrEqual(3);
        expect(contrast(fill, theme.text), `${fill} against ${theme.text}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('tell the first four camps apart by outline pattern alone', () => {
    expect([1, 2, 3, 4].map((n) => campLook(n).border)).toEqual(['dashed', 'dotted', 'double', 'solid']);
    expect(campLook(1).description).toBe('violet fill, dashed outline');
    // The fifth camp has the first one's outline, with a fill of its own.
    expect(campLook(5)).toEqual({ fill: '#6b8e23', border: 'dashed', borderWidth: 3, description: 'olive fill, dashed outline' });
  });

  it('come after the kinds and before the dimming, path and selection rules, which win over them', () => {
    const selectors = (buildStylesheet(LIGHT_THEME) as unknown as { selector: string }[]).map((rule) => rule.selector);
    const camp = selectors.indexOf('node.ag-camp-1');
    expect(camp).toBeGreaterThan(selectors.indexOf('node[kind = "state"]'));
    expect(camp).toBeLessThan(selectors.indexOf('.ag-dimmed'));
    expect(selectors.indexOf(`edge.${CONTRADICTS_CLASS}`)).toBeLessThan(selectors.indexOf('edge.ag-selected'));
    const [size] = campRules(DARK_THEME);
    expect(size).toEqual({ selector: 'node.ag-sized', style: { width: 'data(size)', height: 'data(size)' } });
  });
});

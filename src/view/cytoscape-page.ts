/**
 * What cytoscape needs from the page around it: its one global CSS rule, given in a way a strict
 * Content-Security-Policy allows, and CSS colours turned into values its canvas renderer reads.
 */
import { normalizeColor } from './style.ts';

/** The id cytoscape gives the `<style>` element it adds to a page's head. */
const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';

/**
 * cytoscape adds a `<style>` element to the page's head for one rule (`position: relative` on
 * its containers), which a page whose Content-Security-Policy does not allow inline styles
 * refuses, with a violation report. It adds none when an element with that id is already there:
 * so the id goes on an inert `<template>`, and the rule comes as a constructed stylesheet, which
 * such a policy allows, for any cytoscape of the page's own (ours, in a shadow root, is
 * positioned by the element's styles).
 */
export function preemptCytoscapeStylesheet(doc: Document): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET) || !doc.head) return;
  const marker = doc.createElement('template');
  marker.id = CYTOSCAPE_STYLESHEET;
  doc.head.prepend(marker);
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(':where(.__________cytoscape_container) { position: relative; }');
    doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  } catch {
    // No constructed stylesheets: a cytoscape in the page's own DOM is positioned by the page.
  }
}

let colorParser: CanvasRenderingContext2D | null | undefined;

/** A CSS colour as cytoscape reads it, or null when it is not a colour (see `normalizeColor`). */
export const cssColor = (value: string): string | null => {
  colorParser ??= document.createElement('canvas').getContext('2d');
  return colorParser ? normalizeColor(value, colorParser) : value;
};

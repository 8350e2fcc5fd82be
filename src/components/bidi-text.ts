/**
 * Text from the data on a page, each in a `<bdi>` of its own, so that a right-to-left override
 * in a label reverses nothing after it (see `model/bidi.ts`). Not an element: template pieces.
 */
import { html, type TemplateResult } from 'lit';
import { balanced, isolatedRuns } from '../model/bidi.ts';

/** One text from the data, isolated from the words around it. */
export function dataText(text: string): TemplateResult {
  return html`<bdi>${balanced(text)}</bdi>`;
}

/** A sentence whose data texts were set apart with `isolate`: each of those in a `<bdi>`, the words between as text. */
export function sentence(text: string): (TemplateResult | string)[] {
  return isolatedRuns(text).map((run) => (run.isolated ? html`<bdi>${run.text}</bdi>` : run.text));
}

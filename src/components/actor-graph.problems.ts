/**
 * The box `<actor-graph>` shows when a load fails: why, problem by problem (the first 20, then a
 * count), each at its place in the document, and whether the previous graph is still shown.
 * Messages quote the data among words of their own, so characters that reorder text are shown as
 * escapes rather than obeyed.
 */
import { html, nothing } from 'lit';
import { showControls } from '../model/bidi.ts';
import type { Problem } from '../model/format.ts';

/** Problems listed at most; the rest are counted. */
const LISTED = 20;

export function problemsBox(problems: readonly Problem[], previousShown: boolean, dismiss: () => void) {
  if (!problems.length) return nothing;
  const more = problems.length - LISTED;
  return html`<div part="error" class="error" role="alert">
    <button type="button" aria-label="Dismiss" @click=${dismiss}>×</button>
    <p>The graph could not be loaded${previousShown ? '; the previous graph is still shown' : ''}.</p>
    <ul>
      ${problems.slice(0, LISTED).map((p) => html`<li><code>${showControls(p.path)}</code> ${showControls(p.message)}</li>`)}
    </ul>
    ${more > 0 ? html`<p>…and ${more} more.</p>` : nothing}
  </div>`;
}

/**
 * One piece of evidence as the details panel shows it: the quote, who claims it, where, its
 * source; how the quote fares against the source's text when that is loaded; and, while editing,
 * its Edit and Delete buttons. Template pieces for `<actor-graph-details>`, not an element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, Source } from '../model/format.ts';
import type { QuoteCheck } from '../model/quote-check.ts';
import { paragraphLocator } from '../model/source-text.ts';
import { dataText } from './bidi-text.ts';
import { emit } from './events.ts';

/** The address of a source when it is an `http:` or `https:` URL, else null: nothing else is ever linked. */
export function httpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What every piece of evidence of the relation shown is drawn with. */
export interface EvidenceContext {
  /** The element the buttons' events are fired from. */
  host: HTMLElement;
  /** The id of the relation the evidence is for. */
  relation: string;
  /** The graph's sources by id. */
  sources: ReadonlyMap<string, Source>;
  /** Whether the evidence may be edited and deleted. */
  editing: boolean;
  /** The sources whose text is loaded. */
  texts: ReadonlySet<string>;
  /** Quote checks by `${relation}#${index}`. */
  quoteChecks: ReadonlyMap<string, QuoteCheck>;
}

/** The key of a piece of evidence in the quote checks. */
export const checkKey = (relation: string, index: number): string => `${relation}#${index}`;

/** The source of a piece of evidence: its title, linked when its address is http(s), and its byline. */
export function renderSource(sources: ReadonlyMap<string, Source>, id: string): TemplateResult {
  const source = sources.get(id);
  if (!source) return html`<p class="source">Source: <span class="muted">“${dataText(id)}”, not listed in this graph</span></p>`;
  const url = httpUrl(source.url);
  const title = url
    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${dataText(source.title)}</a>`
    : html`<cite>${dataText(source.title)}</cite>`;
  const byline = [source.author, source.publisher, source.date].filter((part): part is string => typeof part === 'string' && part !== '');
  return html`<p class="source">Source: ${title}${byline.map((part) => html`, ${dataText(part)}`)}</p>`;
}

/** A sign beside the words of a mark; the words alone say it all, so the sign is not read out. */
const sign = (symbol: string) => html`<span class="sign" aria-hidden="true">${symbol}</span> `;

/**
 * How the quote fares in its source's text, in words and a sign: found where cited; found in
 * another paragraph, with a button that writes that paragraph's locator; not found, with the
 * closest passage.
 */
function renderCheck(item: Evidence, index: number, check: QuoteCheck, context: EvidenceContext): TemplateResult {
  const number = index + 1;
  if (check.status === 'found') {
    return html`<p class="check found">${sign('✓')}Quote found in ${paragraphLocator(check.span.paragraph)}</p>`;
  }
  if (check.status === 'elsewhere') {
    const fix = () => emit(context.host, 'locator-fix', { relation: context.relation, index, locator: check.locator });
    const cited = item.locator?.trim() ? html`, not ${dataText(item.locator.trim())}` : '; no locator is given';
    return html`<div class="check elsewhere">
      <p>${sign('⚠')}Quote found in ${check.locator}${cited}</p>
      <button type="button" class="use-locator" aria-label="Use ${check.locator} for evidence ${number}" @click=${fix}>Use ${check.locator}</button>
    </div>`;
  }
  const source = context.sources.get(item.source)?.title ?? item.source;
  const closest = check.closest;
  return html`<p class="check missing">
    ${sign('✗')}Quote not found in ${dataText(source)}.${
      closest
        ? html` Closest, in ${paragraphLocator(closest.paragraph)} (${Math.round(closest.likeness * 100)}% alike):
            <span class="closest">“${dataText(closest.passage)}”</span>`
        : nothing
    }
  </p>`;
}

/** The buttons of a piece of evidence: see it in its source's text, and edit or delete it while editing. */
function renderActions(item: Evidence, index: number, context: EvidenceContext): TemplateResult | typeof nothing {
  const number = index + 1;
  const show = context.texts.has(item.source);
  if (!show && !context.editing) return nothing;
  const { host, relation } = context;
  return html`<div class="evidence-actions">
    ${
      show
        ? html`<button type="button" class="show-in-source" aria-label="Show in source: evidence ${number}"
            @click=${() => emit(host, 'evidence-show', { relation, index })}>Show in source</button>`
        : nothing
    }
    ${
      context.editing
        ? html`<button type="button" class="edit-evidence" aria-label="Edit evidence ${number}"
              @click=${() => emit(host, 'edit-request', { action: 'edit', what: 'evidence', id: relation, index })}>Edit</button>
            <button type="button" class="delete-evidence" aria-label="Delete evidence ${number}"
              @click=${() => emit(host, 'edit-request', { action: 'delete', what: 'evidence', id: relation, index })}>Delete</button>`
        : nothing
    }
  </div>`;
}

/** One piece of evidence, the `index`th of its relation's list, as an item of the evidence list. */
export function renderEvidence(item: Evidence, index: number, context: EvidenceContext): TemplateResult {
  const check = context.quoteChecks.get(checkKey(context.relation, index));
  return html`<li>
    ${item.quote ? html`<blockquote class="quote"><p>${dataText(item.quote)}</p></blockquote>` : nothing}
    ${check ? renderCheck(item, index, check, context) : nothing}
    ${item.claimant ? html`<p class="claimant">— ${dataText(item.claimant)}</p>` : nothing}
    ${item.locator ? html`<p class="locator">At ${dataText(item.locator)}</p>` : nothing}
    ${item.date ? html`<p class="reported">Reported ${dataText(item.date)}</p>` : nothing}
    ${item.note ? html`<p class="evidence-note">Note: ${dataText(item.note)}</p>` : nothing}
    ${renderSource(context.sources, item.source)} ${renderActions(item, index, context)}
  </li>`;
}

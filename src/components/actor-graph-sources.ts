import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Evidence, Source } from '../model/format.ts';
import { freshId, slugOf } from '../model/ids.ts';
import { findQuote } from '../model/quote-check.ts';
import { paragraphLocator, sourceBlocks, textFormatOf, type TextBlock, type TextFormat } from '../model/source-text.ts';
import { citeControls, type PendingCitation } from './actor-graph-sources.cite.ts';
import { NEW_SOURCE, openControls } from './actor-graph-sources.open.ts';
import { styles } from './actor-graph-sources.styles.ts';
import { selectionIn, textBlocks, type PassageSpan, type TextSelection } from './actor-graph-sources.text.ts';
import { emit } from './events.ts';

/** A source's text as the pane is given it. */
export interface SourceText {
  /** The file's name, or "pasted text". */
  name: string;
  text: string;
  format: TextFormat;
}

const NO_PROBLEMS = { source: '', title: '', pasted: '' };

/**
 * The explorer's sources pane: opens a source's text, shows it as numbered paragraphs (the rule
 * of the format's `¶N` locators), and cites words selected in a paragraph as evidence.
 *
 * "Open source text…" takes a `.txt`, `.md` or `.html` file, and "Paste text…" pasted text, for
 * the source chosen under "For source" (one of the graph's, or a new one, given a title). A file
 * picked before the new source has its title stays chosen, to open once it has one. The pane
 * keeps no text itself: it fires `source-text`, and shows what `texts` holds.
 *
 * Words selected within one numbered paragraph (or a quote typed and found in the paragraph
 * chosen, without a pointer) are cited by "Cite as evidence", which asks for a claimant and
 * fires `evidence-cite` for the relation selected, or for a new one. `showPassage()` scrolls to
 * a quote and marks it.
 *
 * @summary A source's text as numbered paragraphs, to cite its words as evidence.
 *
 * @fires {CustomEvent<SourceTextDetail>} source-text - A text was given for a source: `detail: { source, isNew, name, text, format }`.
 * @fires {CustomEvent<EvidenceCiteDetail>} evidence-cite - Words were cited: `detail: { relation, evidence: { source, locator, quote, claimant? } }`.
 *
 * @csspart open - The "For source" choice and the buttons that open a text.
 * @csspart text - The scrolling region of the text shown.
 * @csspart citing - "Cite as evidence", the claimant form and the typed quote.
 * @csspart cite-form - The claimant form shown while a citation waits.
 * @csspart status - The polite line saying what was cited.
 *
 * @cssprop --actor-graph-text - Text colour.
 * @cssprop --actor-graph-background - Background.
 * @cssprop --actor-graph-muted - Colour of the lines not numbered and of hints.
 * @cssprop --actor-graph-border - Outlines of fields and buttons.
 * @cssprop --actor-graph-button-background - Background of buttons.
 * @cssprop --actor-graph-warning-background - Background of the quote shown.
 * @cssprop --actor-graph-warning - Underline of the quote shown.
 * @cssprop --actor-graph-error - Colour of problems.
 * @cssprop --actor-graph-focus-ring - Focus ring colour.
 */
export class ActorGraphSources extends LitElement {
  static override styles = styles;

  /** The graph's sources, for the "For source" choice. */
  @property({ attribute: false }) sources: readonly Source[] = [];

  /** The texts loaded so far, by source id. */
  @property({ attribute: false }) texts: ReadonlyMap<string, SourceText> = new Map();

  /** The relation selected in the explorer (evidence cited goes to it), or null: citing then starts a new relation. */
  @property({ attribute: false }) relation: { id: string; label: string } | null = null;

  /** Claimants already used in the graph, most used first: offered first when citing. */
  @property({ attribute: false }) claimants: readonly string[] = [];

  /** The "For source" option the reader chose (a source's id, or NEW_SOURCE), or null: the default. */
  @state() private chosen: string | null = null;
  @state() private newTitle = '';
  @state() private pasting = false;
  @state() private pasted = '';
  /** A file picked while the source it is for was not yet given: kept until it can be opened. */
  @state() private held: File | null = null;
  @state() private problems = NO_PROBLEMS;
  /** The id of the source whose text is shown, when the reader or `showPassage` chose one. */
  @state() private shownId: string | null = null;
  @state() private marked: (PassageSpan & { source: string; text: string }) | null = null;
  @state() private selection: TextSelection = null;
  @state() private typed = { quote: '', paragraph: 1, problem: '' };
  @state() private pending: PendingCitation | null = null;
  @state() private status = '';

  #blocks: { text: string; format: TextFormat; blocks: TextBlock[]; paragraphs: string[] } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.#onSelectionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.#onSelectionChange);
  }

  /** Shows the source's text, scrolls to paragraph `span.paragraph` and highlights span.start..span.end of its text. */
  async showPassage(source: string, span: { paragraph: number; start: number; end: number }): Promise<void> {
    this.shownId = source;
    const text = this.texts.get(source)?.text ?? '';
    this.marked = { source, text, paragraph: span.paragraph, start: span.start, end: span.end };
    if (this.typed.paragraph !== span.paragraph) this.typed = { ...this.typed, paragraph: span.paragraph, problem: '' };
    await this.updateComplete;
    const region = this.renderRoot.querySelector<HTMLElement>('.text');
    const paragraph = this.renderRoot.querySelector<HTMLElement>(`#para-${span.paragraph}`);
    if (!region || !paragraph) return;
    paragraph.focus({ preventScroll: true });
    // Scrolled within the pane only, as little as shows the paragraph (its start, if it is taller than the pane).
    const top = paragraph.getBoundingClientRect().top - (region.getBoundingClientRect().top + region.clientTop) + region.scrollTop;
    const bottom = top + paragraph.offsetHeight;
    let to = region.scrollTop;
    if (top < region.scrollTop || paragraph.offsetHeight > region.clientHeight) to = top;
    else if (bottom > region.scrollTop + region.clientHeight) to = bottom - region.clientHeight;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    region.scrollTo({ top: to, behavior: still ? 'instant' : 'smooth' });
  }

  /** The id of the source whose text is shown: the one chosen while it has a text, else the first with one. */
  get #shown(): string | null {
    if (this.shownId !== null && this.texts.has(this.shownId)) return this.shownId;
    return this.texts.keys().next().value ?? null;
  }

  /** The "For source" option in force: the reader's while it still names a source, else one source alone, else none or new. */
  get #choice(): string {
    if (this.chosen === NEW_SOURCE) return NEW_SOURCE;
    const at = this.sources.findIndex((source) => source.id === this.chosen);
    if (at >= 0) return String(at);
    if (this.sources.length === 0) return NEW_SOURCE;
    return this.sources.length === 1 ? '0' : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const id = this.#shown;
    const shown = id === null ? undefined : this.texts.get(id);
    if (!shown) this.#blocks = null;
    else if (this.#blocks?.text !== shown.text || this.#blocks.format !== shown.format) {
      const blocks = sourceBlocks(shown.text, shown.format);
      this.#blocks = {
        text: shown.text,
        format: shown.format,
        blocks,
        paragraphs: blocks.filter((b) => b.paragraph !== null).map((b) => b.text),
      };
      this.selection = null;
      if (this.typed.paragraph > this.#blocks.paragraphs.length) this.typed = { ...this.typed, paragraph: 1 };
    }
    // The mark stays until another passage is shown or its text changes.
    if (changed.has('texts') && this.marked && this.texts.get(this.marked.source)?.text !== this.marked.text) this.marked = null;
  }

  #onSelectionChange = (): void => {
    const next = selectionIn(this.renderRoot as ShadowRoot, this.renderRoot.querySelector('.text'), this.#blocks?.paragraphs ?? []);
    if (JSON.stringify(next) !== JSON.stringify(this.selection)) this.selection = next;
  };

  /** The source a text is for, checked: null (with the problem shown) when none is chosen or a new one has no title. */
  #target(): { source: Source; isNew: boolean } | null {
    const choice = this.#choice;
    if (choice === NEW_SOURCE) {
      const title = this.newTitle.trim();
      if (!title) {
        this.problems = { ...NO_PROBLEMS, title: 'A new source needs a title.' };
        this.#focusSoon('#new-title');
        return null;
      }
      const id = freshId(slugOf(title, 'source'), new Set(this.sources.map((source) => source.id)));
      return { source: { id, title }, isNew: true };
    }
    const source = this.sources[Number(choice)];
    if (choice === '' || !source) {
      this.problems = { ...NO_PROBLEMS, source: 'Choose the source this text is for.' };
      return null;
    }
    return { source, isNew: false };
  }

  #take(target: { source: Source; isNew: boolean }, name: string, text: string, format: TextFormat): void {
    this.problems = NO_PROBLEMS;
    this.chosen = target.source.id;
    this.newTitle = '';
    this.pasting = false;
    this.pasted = '';
    this.held = null;
    this.shownId = target.source.id;
    emit(this, 'source-text', { ...target, name, text, format });
  }

  #openFile = async (file: File): Promise<void> => {
    const target = this.#target();
    // Without a source to take it, the file waits: the reader gives the title, then opens it.
    if (!target) {
      this.held = file;
      return;
    }
    this.#take(target, file.name, await file.text(), textFormatOf(file.name));
  };

  #openHeld = (): void => {
    if (this.held) void this.#openFile(this.held);
  };

  #usePasted = (): void => {
    if (!this.pasted.trim()) {
      this.problems = { ...NO_PROBLEMS, pasted: 'Paste the text first.' };
      return;
    }
    const target = this.#target();
    if (target) this.#take(target, 'pasted text', this.pasted, 'text');
  };

  #startCiting(words: PassageSpan & { quote: string }, typed: boolean): void {
    const source = this.#shown;
    if (source === null) return;
    this.status = '';
    this.pending = { ...words, source, claimant: '', typed };
    this.#focusSoon('#claimant');
  }

  #citeSelection = (): void => {
    if (this.selection?.kind === 'words') this.#startCiting(this.selection.words, false);
  };

  #citeTyped = (): void => {
    const paragraphs = this.#blocks?.paragraphs ?? [];
    const { quote, paragraph } = this.typed;
    const span = quote.trim() ? findQuote(paragraphs, quote, paragraph) : null;
    if (span && span.paragraph === paragraph) {
      this.typed = { ...this.typed, problem: '' };
      this.#startCiting({ ...span, quote: paragraphs[paragraph - 1]!.slice(span.start, span.end) }, true);
      return;
    }
    const locator = paragraphLocator(paragraph);
    const problem = !quote.trim()
      ? 'Type the words to quote.'
      : span
        ? `Not in ${locator}: those words are in ${paragraphLocator(span.paragraph)}.`
        : `Not found in ${locator}.`;
    this.typed = { ...this.typed, problem };
    this.renderRoot.querySelector<HTMLElement>('#typed-quote')?.focus();
  };

  /** Focuses what `selector` finds once the next render is done. */
  #focusSoon(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #cite = (): void => {
    const pending = this.pending;
    if (!pending) return;
    const claimant = pending.claimant.trim();
    const evidence: Evidence = { source: pending.source, locator: paragraphLocator(pending.paragraph), quote: pending.quote };
    if (claimant) evidence.claimant = claimant;
    emit(this, 'evidence-cite', { relation: this.relation?.id ?? null, evidence });
    this.status = this.relation ? `Cited for ${this.relation.label}` : "Cited: pick the relation's actors";
    this.pending = null;
    this.typed = { ...this.typed, quote: '', problem: '' };
    this.#focusSoon(pending.typed ? '#typed-quote' : '.text');
  };

  #cancel = (): void => {
    const typed = this.pending?.typed ?? false;
    this.pending = null;
    this.#focusSoon(typed ? '#typed-quote' : '#cite:not(:disabled), .text');
  };

  #textShown() {
    const id = this.#shown;
    if (id === null || !this.#blocks) {
      return html`<p class="empty">No source text is open. Open one to read it as numbered paragraphs and cite its words.</p>`;
    }
    const titleOf = (key: string) => this.sources.find((source) => source.id === key)?.title || this.texts.get(key)?.name || key;
    const marked = this.marked?.source === id ? this.marked : null;
    const count = this.#blocks.paragraphs.length;
    return html`${
      this.texts.size > 1
        ? html`<div class="field">
            <label for="text-shown">Text shown</label>
            <select id="text-shown" @change=${(event: Event) => (this.shownId = (event.target as HTMLSelectElement).value)}>
              ${[...this.texts.keys()].map((key) => html`<option value=${key} ?selected=${key === id}>${titleOf(key)}</option>`)}
            </select>
          </div>`
        : nothing
    }
      <p class="hint">
        ${count} numbered paragraph${count === 1 ? '' : 's'}. Blocks of 20 words or more are numbered; headings and shorter lines (a title, a
        byline) are shown greyed, not counted.
      </p>
      <div class="text" part="text" role="region" aria-label=${`Text of ${titleOf(id)}`} tabindex="0">${textBlocks(this.#blocks.blocks, marked)}</div>`;
  }

  override render() {
    const paragraphs = this.#blocks?.paragraphs ?? [];
    return html`${openControls(
      {
        sources: this.sources,
        choice: this.#choice,
        title: this.newTitle,
        pasting: this.pasting,
        pasted: this.pasted,
        held: this.held?.name ?? null,
        problems: this.problems,
      },
      {
        choose: (value) => {
          this.chosen = value === NEW_SOURCE ? NEW_SOURCE : (this.sources[Number(value)]?.id ?? null);
          this.problems = NO_PROBLEMS;
        },
        setTitle: (title) => (this.newTitle = title),
        file: (file) => void this.#openFile(file),
        openHeld: this.#openHeld,
        paste: (open) => (this.pasting = open),
        setPasted: (text) => (this.pasted = text),
        usePasted: this.#usePasted,
      },
    )}
      ${this.#textShown()}
      ${
        paragraphs.length > 0
          ? citeControls(
              {
                relation: this.relation?.label ?? null,
                selection: this.selection,
                paragraphs,
                typed: this.typed,
                pending: this.pending,
                claimants: this.claimants,
              },
              {
                citeSelection: this.#citeSelection,
                setTyped: (typed) => (this.typed = { ...this.typed, ...typed, problem: '' }),
                citeTyped: this.#citeTyped,
                setClaimant: (claimant) => this.pending && (this.pending = { ...this.pending, claimant }),
                cite: this.#cite,
                cancel: this.#cancel,
              },
            )
          : nothing
      }
      <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>`;
  }
}

if (!customElements.get('actor-graph-sources')) customElements.define('actor-graph-sources', ActorGraphSources);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-sources': ActorGraphSources;
  }
}

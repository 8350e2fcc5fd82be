/**
 * The explorer's edit mode: the edit history with undo and redo, the document handed to the
 * view with every actor kept in its place, drags written as positions, source texts and the
 * quote check, the draft kept in the browser on every change, and the questions asked before
 * anything is lost (leaving with unsaved changes, a draft open in another tab).
 *
 * The forms and panes only fire events; this answers them with the model's edits.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EditHistory } from '../model/edit-history.ts';
import { newId, type Edit, type EditResult } from '../model/edits.ts';
import type { GraphDocument } from '../model/format.ts';
import { checkQuotes, type QuoteCheck } from '../model/quote-check.ts';
import { sourceParagraphs, type SourceText } from '../model/source-text.ts';
import { documentToSave, editPlaces, movedPositions, placedDocument } from '../view/edit-places.ts';
import { drawingFrame, keptViewport, type Frame, type Viewport } from '../view/edit-viewport.ts';
import type { Point } from '../view/layout.ts';
import { fetchSourceText } from './source-text-fetch.ts';
import { defineEditElements } from './actor-graph-explorer.edit-slot.ts';
import { holdDraft, readDraft, removeDraft, writeDraft, type Draft, type DraftHold } from './draft-store.ts';
import type { ActorGraphElement } from './actor-graph.ts';

/** What the controller needs of the explorer. */
export interface EditingCalls {
  /** The explorer's view. */
  view: () => ActorGraphElement | null;
  /** The document shown, for editing to start from. */
  shown: () => GraphDocument | null;
  /** Hands the view an edited document: the same graph changed, so selection and filters stay. */
  show: (document: GraphDocument) => void;
  /** Selects an actor or relation, or nothing. */
  select: (id: string | undefined) => void;
  /** Says something in the explorer's status line. */
  announce: (text: string) => void;
  /** The key the draft is kept under. */
  key: () => string;
  /** The drawing edited, while editing, else null: the gestures of edit mode listen on it. */
  drawing?: (cy: Core | null) => void;
}

/** The key of a quote check: the relation and the evidence's place in its list. */
export const checkKey = (relation: string, index: number): string => `${relation}#${index}`;

export class ExplorerEditing implements ReactiveController {
  /** True while the explorer is in edit mode. */
  editing = false;
  /** A draft kept from an earlier visit, offered until restored or discarded. */
  offer: Draft | null = null;
  /** True when another tab or window holds this graph's draft. */
  elsewhere = false;
  /** Source texts by source id. */
  texts = new Map<string, SourceText>();
  /** Quote checks by `checkKey`. */
  checks = new Map<string, QuoteCheck>();
  /** The ids of the sources with a text, one set while the texts stay the same. */
  textSources: ReadonlySet<string> = new Set();

  #host: ReactiveControllerHost & HTMLElement;
  #calls: EditingCalls;
  #history: EditHistory | null = null;
  #hold: DraftHold | null = null;
  /**
   * Where each actor stands while the file has no positions: as first drawn, and actors added
   * since where they were placed. Kept as it is, so that undoing the first move brings it back.
   */
  #drawn = new Map<string, Point>();
  /** How the places last given are drawn. */
  #frame: Frame | null = null;
  /** The viewport before an actor was moved, and the frames before and after: kept once the move is drawn. */
  #keep: { viewport: Viewport; before: Frame; after: Frame; document: GraphDocument } | null = null;
  /** Actors added here, never dragged, that joined nothing when last drawn: placed again once they join something. */
  #fresh = new Set<string>();
  /** The places the view was last given, or null when it laid the graph out itself. */
  #places: Map<string, Point> | null = null;
  #cy: Core | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, calls: EditingCalls) {
    this.#host = host;
    this.#calls = calls;
    host.addController(this);
  }

  /** The document being edited, or null when there is no history. */
  get document(): GraphDocument | null {
    return this.#history?.document ?? null;
  }

  get undoLabel(): string | null {
    return this.#history?.undoLabel ?? null;
  }

  get redoLabel(): string | null {
    return this.#history?.redoLabel ?? null;
  }

  /** True when the document differs from the one opened or last saved. */
  get unsaved(): boolean {
    return this.#history?.changed ?? false;
  }

  /** The places the view was given, for saving positions of actors added to a placed file. */
  get places(): ReadonlyMap<string, Point> | null {
    return this.#places;
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.#beforeUnload);
    this.#host.addEventListener('keydown', this.#onKey);
    void readDraft(this.#calls.key()).then((draft) => {
      if (draft && !this.editing) {
        this.offer = draft;
        this.#host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.#beforeUnload);
    this.#host.removeEventListener('keydown', this.#onKey);
    this.#detachDrag();
    this.#hold?.release();
    this.#hold = null;
  }

  /** Enters edit mode on the graph shown (or the history kept since edit mode was left). */
  async start(): Promise<boolean> {
    const document = this.#history?.document ?? this.#calls.shown();
    if (!document || !(await this.#takeHold())) return false;
    await defineEditElements();
    this.#history ??= new EditHistory(document);
    this.#enter();
    // Every actor handed over at its place from now on: an edit moves nothing else.
    this.#show();
    this.#calls.announce('Editing. Changes are kept in this browser as you make them; Save writes the file.');
    return true;
  }

  /** Leaves edit mode; the history stays for coming back. */
  stop(): void {
    this.editing = false;
    this.#detachDrag();
    this.#hold?.release();
    this.#hold = null;
    this.#host.requestUpdate();
  }

  /** Forgets the history: another graph was opened. The draft stays in the browser until discarded or replaced. */
  reset(): void {
    this.stop();
    this.#history = null;
    this.texts = new Map();
    this.checks = new Map();
    this.#drawn.clear();
    this.#fresh.clear();
    this.#places = null;
    this.#frame = null;
  }

  /** Takes up the draft offered, in edit mode. */
  async restore(): Promise<void> {
    const draft = this.offer;
    if (!draft || !(await this.#takeHold())) return;
    await defineEditElements();
    this.offer = null;
    this.#history = EditHistory.restore(draft.history);
    this.texts = new Map(draft.texts);
    this.#drawn.clear();
    this.#enter();
    this.#show();
    this.#calls.announce(`Restored the draft of ${draft.title}.`);
  }

  /** Forgets the draft offered. */
  async discard(): Promise<void> {
    const draft = this.offer;
    this.offer = null;
    this.#host.requestUpdate();
    if (draft) await removeDraft(draft.key);
  }

  /** Applies an edit; a refused one changes nothing and gives its problems. */
  apply(edit: Edit): EditResult {
    if (!this.#history) return { ok: false, problems: [{ field: null, message: 'not editing' }] };
    const label = this.#history.undoLabel;
    const result = this.#history.apply(edit);
    if (result.ok && edit.kind === 'add-actor') this.#fresh.add(edit.actor.id);
    if (result.ok && edit.kind === 'move-actors') for (const id of edit.moved ?? Object.keys(edit.positions)) this.#fresh.delete(id);
    if (result.ok) this.#changed(`Done: ${this.#history.undoLabel ?? label}.`);
    return result;
  }

  undo(): void {
    const label = this.#history?.undoLabel;
    if (label && this.#history!.undo()) this.#changed(`Undone: ${label}.`);
  }

  redo(): void {
    const label = this.#history?.redoLabel;
    if (label && this.#history!.redo()) this.#changed(`Redone: ${label}.`);
  }

  /** Forgets every position: the graph is laid out afresh. */
  layOutAgain(): void {
    this.#drawn.clear();
    if (this.document?.actors.some((a) => a.x !== undefined)) this.apply({ kind: 'clear-positions' });
    else this.#changed('Laid out again.');
  }

  /** A new id for an actor or relation named `name`. */
  newId(name: string, fallback: string): string {
    return this.document ? newId(this.document, name, fallback) : fallback;
  }

  /** Keeps a source's text with the draft and checks the quotes citing it. */
  setText(source: string, text: SourceText): void {
    this.texts = new Map(this.texts).set(source, text);
    this.#recheck();
    void this.#persist();
    this.#host.requestUpdate();
  }

  /** Claimants of the graph's evidence, most used first. */
  claimants(): string[] {
    const counts = new Map<string, number>();
    for (const r of this.document?.relations ?? []) {
      for (const e of r.evidence ?? []) if (e.claimant) counts.set(e.claimant, (counts.get(e.claimant) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  }

  /** The document to save: actors added to a file with positions get theirs. */
  saveDocument(): GraphDocument | null {
    const document = this.document;
    return document && documentToSave(document, this.#places);
  }

  /** Marks the document as saved to a file. */
  saved(): void {
    this.#history?.markSaved();
    void this.#persist();
    this.#host.requestUpdate();
  }

  /**
   * Moves an actor to `to`, where the drawing shows it (a drag, or the keyboard): one edit, which
   * writes every actor's position so that the others stay where they are drawn.
   */
  moveActor(id: string, to: Point): EditResult | null {
    const document = this.document;
    if (!this.editing || !document) return null;
    const dropped = new Map([[id, to]]);
    const positions = this.#places
      ? movedPositions(document, this.#places, dropped)
      : movedPositions(document, this.#drawn, dropped, false);
    const cy = this.#calls.view()?.cy;
    const before = this.#frame;
    const viewport = cy && { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const result = this.apply({ kind: 'move-actors', positions, moved: [id] });
    this.#keep =
      result.ok && before && viewport && this.#frame ? { viewport, before, after: this.#frame, document: result.document } : null;
    return result;
  }

  /** Once the view settled on a document: where each actor stands, and drags listened to. */
  viewReady(): void {
    const cy = this.#calls.view()?.cy ?? null;
    if (!cy || !this.editing) return;
    if (this.#drawn.size === 0) this.#drawn = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
    else if (this.#places && !this.document?.actors.some((a) => a.x !== undefined)) {
      for (const [id, place] of this.#places) if (!this.#drawn.has(id)) this.#drawn.set(id, place);
    }
    const keep = this.#keep;
    this.#keep = null;
    // The view fitted the moved drawing to the screen; the screen shows it as it was instead.
    if (keep?.document === this.document) cy.viewport(keptViewport(keep.viewport, keep.before, keep.after));
    this.#attachDrag();
  }

  async #takeHold(): Promise<boolean> {
    this.#hold ??= await holdDraft(this.#calls.key());
    this.elsewhere = this.#hold === null;
    if (this.elsewhere) {
      this.#calls.announce(
        'This graph is being edited in another tab or window; editing here would overwrite it. Edit it there, or close it there first.',
      );
      this.#host.requestUpdate();
    }
    return !this.elsewhere;
  }

  #enter(): void {
    this.editing = true;
    this.offer = null;
    this.#recheck();
    this.viewReady();
    this.#host.requestUpdate();
    void this.#fetchTexts();
  }

  /** Fetches the texts that sources name with `text` and that are not loaded yet. */
  async #fetchTexts(): Promise<void> {
    for (const source of this.document?.sources ?? []) {
      if (typeof source.text !== 'string' || this.texts.has(source.id)) continue;
      const fetched = await fetchSourceText(source.text);
      if ('problem' in fetched)
        this.#calls.announce(`The text of ${source.title} was not fetched from ${source.text}: ${fetched.problem}.`);
      else if (this.editing && !this.texts.has(source.id)) this.setText(source.id, fetched);
    }
  }

  #changed(announcement: string): void {
    const document = this.document!;
    const ids = new Set([...document.actors.map((a) => a.id), ...document.relations.map((r) => r.id)]);
    const selected = this.#calls.view()?.selected;
    if (selected && !ids.has(selected)) this.#calls.select(undefined);
    this.#show();
    this.#recheck();
    void this.#persist();
    this.#calls.announce(announcement);
    this.#host.requestUpdate();
  }

  /** Hands the view the document, every actor at its place (none when the graph is to be laid out). */
  #show(): void {
    const document = this.document!;
    // An actor added alone was put under the drawing; once it joins something it goes beside what it joins.
    for (const id of this.#fresh) {
      if (!document.relations.some((r) => r.source === id || r.target === id)) continue;
      this.#fresh.delete(id);
      this.#drawn.delete(id);
    }
    this.#places = editPlaces(document, this.#drawn);
    this.#frame = drawingFrame(document, this.#places);
    this.#calls.show(this.#places ? placedDocument(document, this.#places) : document);
  }

  #recheck(): void {
    if (this.textSources.size !== this.texts.size || [...this.texts.keys()].some((id) => !this.textSources.has(id))) {
      this.textSources = new Set(this.texts.keys());
    }
    const document = this.document;
    const paragraphs = new Map([...this.texts].map(([id, t]) => [id, sourceParagraphs(t.text, t.format)] as const));
    const checks = document ? checkQuotes(document, paragraphs) : [];
    this.checks = new Map(checks.map((c) => [checkKey(c.relation, c.index), c.check]));
  }

  async #persist(): Promise<void> {
    if (!this.#history || !this.#hold) return;
    const written = await writeDraft({
      key: this.#calls.key(),
      title: this.#history.document.title,
      written: new Date().toISOString(),
      history: this.#history.save(),
      texts: [...this.texts],
    });
    if (!written) this.#calls.announce('This browser keeps no drafts here: save the file to keep your changes.');
  }

  #attachDrag(): void {
    const cy = this.#calls.view()?.cy ?? null;
    if (cy === this.#cy) return;
    this.#detachDrag();
    this.#cy = cy;
    cy?.on('dragfree', 'node', this.#onDrop);
    this.#calls.drawing?.(cy);
  }

  #detachDrag(): void {
    if (!this.#cy) return;
    this.#cy.off('dragfree', 'node', this.#onDrop);
    this.#cy = null;
    this.#calls.drawing?.(null);
  }

  #onDrop = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    this.moveActor(node.id(), { ...node.position() });
  };

  /** Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) undo and redo, except where a field does its own. */
  #onKey = (event: KeyboardEvent): void => {
    if (!this.editing || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (key !== 'z' && !redo) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    if (redo) this.redo();
    else this.undo();
  };

  #beforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unsaved) return;
    event.preventDefault();
    // Older browsers ask only when a value is set.
    event.returnValue = '';
  };
}

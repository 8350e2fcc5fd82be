/**
 * The history of a reader's edits: undo and redo over the last HISTORY_LIMIT changes, and a plain
 * form of it (the document before the first kept change, then the changes) that a draft store
 * can keep and `EditHistory.restore` replays.
 */
import { applyEdit, describeEdit, type Edit, type EditResult } from './edits.ts';
import type { GraphDocument } from './format.ts';

/** Changes kept for undo; older ones are folded into the document they start from. */
export const HISTORY_LIMIT = 200;

/** One change and what it is called. */
export interface HistoryStep {
  edit: Edit;
  /** "add actor Harbour council", for the Undo and Redo buttons. */
  label: string;
}

/** A history in plain data, as a draft store keeps it. */
export interface SavedHistory {
  /** The document before the first kept change. */
  base: GraphDocument;
  steps: HistoryStep[];
  /** How many of the steps are applied; those after are there to redo. */
  applied: number;
  /** How many steps were applied when the document was last saved to a file, or null. */
  savedAt: number | null;
}

export class EditHistory {
  #base: GraphDocument;
  #steps: (HistoryStep & { document: GraphDocument })[] = [];
  #applied = 0;
  /** The document as last saved to a file (or opened from one), or null. */
  #saved: GraphDocument | null;

  /** A history starting from `document`, as opened from a file. */
  constructor(document: GraphDocument) {
    this.#base = document;
    this.#saved = document;
  }

  /** A history as it was saved, its steps replayed (each was checked when first made). */
  static restore(saved: SavedHistory): EditHistory {
    const history = new EditHistory(saved.base);
    let document = saved.base;
    for (const step of saved.steps) {
      const result = applyEdit(document, step.edit, false);
      if (!result.ok) break;
      document = result.document;
      history.#steps.push({ ...step, document });
    }
    history.#applied = Math.max(0, Math.min(saved.applied, history.#steps.length));
    history.#saved = saved.savedAt === null ? null : (history.#documentAt(saved.savedAt) ?? null);
    return history;
  }

  /** The document as of the last applied change. */
  get document(): GraphDocument {
    return this.#documentAt(this.#applied)!;
  }

  /** The document after `n` steps. */
  #documentAt(n: number): GraphDocument | undefined {
    return n === 0 ? this.#base : this.#steps[n - 1]?.document;
  }

  /** Applies a checked edit; a refused one changes nothing. Changes undone are dropped. */
  apply(edit: Edit): EditResult {
    const before = this.document;
    const result = applyEdit(before, edit);
    if (!result.ok) return result;
    this.#steps.splice(this.#applied);
    this.#steps.push({ edit, label: describeEdit(before, edit), document: result.document });
    if (this.#steps.length > HISTORY_LIMIT) this.#base = this.#steps.shift()!.document;
    this.#applied = this.#steps.length;
    return result;
  }

  /** What Undo would undo, or null. */
  get undoLabel(): string | null {
    return this.#applied ? this.#steps[this.#applied - 1]!.label : null;
  }

  /** What Redo would redo, or null. */
  get redoLabel(): string | null {
    return this.#applied < this.#steps.length ? this.#steps[this.#applied]!.label : null;
  }

  /** Undoes the last applied change; false when there is none. */
  undo(): boolean {
    if (!this.#applied) return false;
    this.#applied--;
    return true;
  }

  /** Applies again the last change undone; false when there is none. */
  redo(): boolean {
    if (this.#applied >= this.#steps.length) return false;
    this.#applied++;
    return true;
  }

  /** Whether the document differs from the one last saved or opened, for "unsaved changes". */
  get changed(): boolean {
    return this.document !== this.#saved;
  }

  /** Remembers the current document as the one saved to a file. */
  markSaved(): void {
    this.#saved = this.document;
  }

  /** The history as plain data. */
  save(): SavedHistory {
    const savedAt = [this.#base, ...this.#steps.map((s) => s.document)].indexOf(this.#saved!);
    return {
      base: this.#base,
      steps: this.#steps.map(({ edit, label }) => ({ edit, label })),
      applied: this.#applied,
      savedAt: savedAt < 0 ? null : savedAt,
    };
  }
}

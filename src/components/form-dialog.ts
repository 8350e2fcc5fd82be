/**
 * What the explorer's edit forms share: a modal dialog that opens with the focus on its first
 * field, shows the problems the explorer sets each beside its field (the focus on the first),
 * and closes when the explorer has taken what was submitted. Not an element: each form is one.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { EditProblem } from '../model/edits.ts';
import { focusFirstProblem, placeProblems } from './form-fields.ts';

export abstract class FormDialog extends LitElement {
  /** Problems of the last submit, each shown beside its field (`field` null: above the fields), set by the explorer. */
  @property({ attribute: false }) problems: readonly EditProblem[] = [];

  @query('dialog') protected dialog!: HTMLDialogElement;

  /** The form's fields, in the order the focus meets them. */
  protected abstract readonly fields: readonly string[];

  /** Shows the dialog with no problems, the focus on `first` (unless problems are set at once). */
  protected showDialog(first: string): void {
    this.problems = [];
    // The dialog is in the first render's template: open it at once, so that a page may test `open` right away.
    if (!this.hasUpdated) this.performUpdate();
    if (!this.dialog.open) this.dialog.showModal();
    void this.updateComplete.then(() => this.problems.length || this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus());
  }

  /** Closes the dialog; the explorer calls it once what was submitted was taken. */
  close(): void {
    this.problems = [];
    if (this.dialog?.open) this.dialog.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('problems') && this.problems.length && this.dialog.open) {
      focusFirstProblem(this.renderRoot as ShadowRoot, placeProblems(this.problems, this.fields), this.fields);
    }
  }
}

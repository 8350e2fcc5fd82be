/**
 * Edit mode put into the explorer: the edit controller, the answers to its forms' and panes'
 * events, and the pieces of page it adds (the Edit toggle, the edit bar, the offer to restore a
 * draft, the sources pane and the forms, the question before a delete). The explorer calls
 * these from its render.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { GraphDocument, Relation } from '../model/format.ts';
import type { ActorGraph } from '../model/graph.ts';
import type { ActorGraphActorForm } from './actor-graph-actor-form.ts';
import type { ActorGraphRelationForm } from './actor-graph-relation-form.ts';
import type { ActorGraphElement } from './actor-graph.ts';
import { ExplorerEditing } from './actor-graph-explorer.edit.ts';
import { ExplorerEditDrag } from './actor-graph-explorer.edit-drag.ts';
import { dropPending, listenForEdits } from './actor-graph-explorer.edit-events.ts';
import { deleteDialog, draftOffer, editBar, type PendingDelete } from './actor-graph-explorer.edit-parts.ts';
import { saveDocument } from './actor-graph-explorer.save.ts';
import { draftKey } from './actor-graph-explorer.edit-slot.ts';

/** What edit mode needs of the explorer. */
export interface EditWiringHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly graphView: ActorGraphElement | null;
}

/** How edit mode reaches into the explorer's own state. */
export interface EditWiringCalls {
  /** The document shown, for editing to start from. */
  shown: () => GraphDocument | null;
  /** Hands the view an edited document, the state kept. */
  show: (document: GraphDocument) => void;
  select: (id: string | undefined) => void;
  announce: (text: string) => void;
}

export class ExplorerEditWiring {
  readonly editing: ExplorerEditing;
  #drag: ExplorerEditDrag;
  #host: EditWiringHost;
  #calls: EditWiringCalls;
  /** The actor the reader asked to delete, while the dialog asks. */
  #deleting: PendingDelete | null = null;

  constructor(host: EditWiringHost, calls: EditWiringCalls) {
    this.#host = host;
    this.#calls = calls;
    this.editing = new ExplorerEditing(host, {
      ...calls,
      view: () => host.graphView,
      key: () => draftKey(host),
      drawing: (cy) => this.#drag.drawing(cy),
    });
    this.#drag = new ExplorerEditDrag(host, this.editing, { view: () => host.graphView, announce: calls.announce, relate: this.#relate });
    listenForEdits(host, this.editing, {
      root: () => host.renderRoot,
      select: calls.select,
      announce: calls.announce,
      confirmDelete: (actor, relations) => this.#confirmDelete(actor, relations),
    });
  }

  #part<T extends Element>(selector: string): T | null {
    return this.#host.renderRoot.querySelector<T>(selector as never);
  }

  #confirmDelete(actor: string, relations: readonly Relation[]): void {
    const document = this.editing.document;
    const label = (id: string) => document?.actors.find((a) => a.id === id)?.label ?? id;
    const lines = relations.map((r) => `${label(r.source)} – ${label(r.target)} (${r.type})`);
    this.#deleting = { actor, label: label(actor), relations: lines };
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#part<HTMLDialogElement>('dialog.confirm-delete')?.showModal());
  }

  #answerDelete = (remove: boolean): void => {
    const pending = this.#deleting;
    this.#part<HTMLDialogElement>('dialog.confirm-delete')?.close();
    this.#deleting = null;
    this.#host.requestUpdate();
    if (remove && pending) this.editing.apply({ kind: 'remove-actor', id: pending.actor });
  };

  /** Opens the relation form on a new relation, with what is known of it. */
  #relate = (relation: Partial<Relation>): void => {
    dropPending(this.#host);
    this.#part<ActorGraphRelationForm>('actor-graph-relation-form')?.open(relation);
  };

  /** Enters edit mode, or leaves it. */
  toggleEditing = (): void => {
    if (this.editing.editing) this.editing.stop();
    else void this.editing.start();
  };

  #actions = {
    addActor: () => this.#part<ActorGraphActorForm>('actor-graph-actor-form')?.open(),
    addRelation: () => {
      // From the actor selected, if one is: the keyboard's way to start a relation where a drag starts it.
      const selected = this.#host.graphView?.selected;
      this.#relate(selected && this.editing.document?.actors.some((a) => a.id === selected) ? { source: selected } : {});
    },
    save: async () => {
      const document = this.editing.saveDocument();
      if (!document) return;
      this.#calls.announce(await saveDocument(document, this.#host));
      this.editing.saved();
    },
  };

  /** What the details panel shows while editing. */
  get details() {
    const { editing, textSources: texts, checks } = this.editing;
    return { editing, texts, checks };
  }

  /** The edit bar and the offer to restore a draft, under the header. */
  bar() {
    const shown = this.editing.editing || this.editing.offer !== null;
    return html`<div class="editing" role=${shown ? 'region' : nothing} aria-label=${shown ? 'Editing' : nothing}>
      ${editBar(this.editing, this.#actions)}${draftOffer(this.editing)}
    </div>`;
  }

  /** The sources pane, at the top of the side column while editing. */
  pane(graph: ActorGraph | null, selected: string | null) {
    if (!this.editing.editing) return nothing;
    const relation = graph && selected && graph.hasEdge(selected) ? selected : null;
    const label = (id: string) => graph!.getNodeAttribute(id, 'label');
    return html`<section class="panel sources-panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Source text</h2>
      <div class="panel-body">
        <actor-graph-sources
          .sources=${this.editing.document?.sources ?? []}
          .texts=${this.editing.texts}
          .relation=${relation ? { id: relation, label: `${label(graph!.source(relation))} – ${label(graph!.target(relation))}` } : null}
          .claimants=${this.editing.claimants()}
        ></actor-graph-sources>
      </div>
    </section>`;
  }

  /** The forms and the question before a delete, at the end of the page. */
  dialogs(graph: ActorGraph | null) {
    const actors = graph ? graph.mapNodes((id, a) => ({ id, label: a.label })) : [];
    const kinds = graph ? [...new Set(graph.mapNodes((_, a) => a.kind).filter((k): k is string => !!k))] : [];
    return html`<actor-graph-actor-form .kinds=${kinds}></actor-graph-actor-form>
      <actor-graph-relation-form .actors=${actors}></actor-graph-relation-form>
      <actor-graph-evidence-form></actor-graph-evidence-form>
      ${deleteDialog(this.#deleting, this.#answerDelete)}`;
  }
}

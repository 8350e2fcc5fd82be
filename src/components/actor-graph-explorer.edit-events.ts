/**
 * The explorer's answers to what its forms and panes ask while editing: each request becomes an
 * edit of the model (src/model/edits.ts) through the edit controller, and a refused one goes back
 * to its form as problems beside their fields.
 */
import type { Edit, EditResult } from '../model/edits.ts';
import { relationsOf } from '../model/edits.ts';
import type { Evidence, GraphDocument, Relation } from '../model/format.ts';
import type { ActorGraphActorForm } from './actor-graph-actor-form.ts';
import type { ActorGraphEvidenceForm } from './actor-graph-evidence-form.ts';
import type { ActorGraphRelationForm } from './actor-graph-relation-form.ts';
import type { ActorGraphSources } from './actor-graph-sources.ts';
import { checkKey, type ExplorerEditing } from './actor-graph-explorer.edit.ts';

/** What the answers need of the explorer. */
export interface EditEventsCalls {
  /** Where the explorer's forms and panes are. */
  root: () => ParentNode;
  /** Selects an actor or relation, or nothing. */
  select: (id: string | undefined) => void;
  /** Says something in the explorer's status line. */
  announce: (text: string) => void;
  /** Asks before deleting an actor and the relations that go with it. */
  confirmDelete: (actor: string, relations: readonly Relation[]) => void;
}

/** Evidence cited before its relation exists: it goes with the relation the form adds next. */
const pendingFor = new WeakMap<HTMLElement, Evidence>();

/** Listens on the explorer for the edit events of its forms and panes. */
export function listenForEdits(host: HTMLElement, editing: ExplorerEditing, calls: EditEventsCalls): void {
  const part = <T extends Element>(selector: string): T | null => calls.root().querySelector<T>(selector);
  const actorForm = () => part<ActorGraphActorForm>('actor-graph-actor-form');
  const relationForm = () => part<ActorGraphRelationForm>('actor-graph-relation-form');
  const evidenceForm = () => part<ActorGraphEvidenceForm>('actor-graph-evidence-form');
  const label = (document: GraphDocument, id: string) => document.actors.find((a) => a.id === id)?.label ?? id;

  /** Applies an edit for a form: closed and the new thing selected when taken, problems shown when not. */
  const submit = (form: { problems: unknown; close(): void } | null, edit: Edit, select: string): EditResult => {
    const result = editing.apply(edit);
    if (!form) return result;
    if (result.ok) {
      form.problems = [];
      form.close();
      calls.select(select);
    } else form.problems = result.problems;
    return result;
  };

  host.addEventListener('actor-submit', ({ detail }) => {
    const actor = detail.isNew ? { ...detail.actor, id: editing.newId(detail.actor.label, 'actor') } : detail.actor;
    submit(actorForm(), detail.isNew ? { kind: 'add-actor', actor } : { kind: 'update-actor', actor }, actor.id);
  });

  host.addEventListener('relation-submit', ({ detail }) => {
    const document = editing.document;
    if (!document) return;
    const pending = pendingFor.get(host);
    let relation = detail.relation;
    if (detail.isNew) {
      const name = `${label(document, relation.source)} ${label(document, relation.target)}`;
      relation = { ...relation, id: editing.newId(name, 'relation') };
      if (pending && !relation.evidence?.length) relation = { ...relation, evidence: [pending] };
    }
    const result = submit(
      relationForm(),
      detail.isNew ? { kind: 'add-relation', relation } : { kind: 'update-relation', relation },
      relation.id,
    );
    if (result.ok && detail.isNew) pendingFor.delete(host);
  });

  host.addEventListener('edit-request', ({ detail }) => {
    const document = editing.document;
    if (!document || !editing.editing) return;
    const { action, what, id, index } = detail;
    if (what === 'actor') {
      const actor = document.actors.find((a) => a.id === id);
      if (!actor) return;
      if (action === 'edit') actorForm()?.open(actor);
      else calls.confirmDelete(id, relationsOf(document, id));
    } else if (what === 'relation') {
      const relation = document.relations.find((r) => r.id === id);
      if (relation && action === 'edit') relationForm()?.open(relation);
      else if (relation) editing.apply({ kind: 'remove-relation', id });
    } else if (index !== undefined) {
      if (action === 'delete') editing.apply({ kind: 'remove-evidence', relation: id, index });
      else openEvidence(document, id, index);
    }
  });

  /** Opens the evidence form on the `index`th piece of evidence of relation `id`, offering the graph's sources and claimants. */
  const openEvidence = (document: GraphDocument, id: string, index: number): void => {
    const relation = document.relations.find((r) => r.id === id);
    const evidence = relation?.evidence?.[index];
    const form = evidenceForm();
    if (!relation || !evidence || !form) return;
    form.sources = document.sources ?? [];
    form.claimants = editing.claimants();
    form.open({ relation: id, index, evidence, label: `${label(document, relation.source)} – ${label(document, relation.target)}` });
  };

  host.addEventListener('evidence-submit', ({ detail }) => {
    const { relation, index, evidence } = detail;
    submit(evidenceForm(), { kind: 'update-evidence', relation, index, evidence }, relation);
  });

  host.addEventListener('evidence-cite', ({ detail }) => {
    if (!editing.editing) return;
    if (detail.relation) {
      editing.apply({ kind: 'add-evidence', relation: detail.relation, evidence: detail.evidence });
      return;
    }
    // No relation selected: the relation form asks for its actors, the evidence goes with it.
    pendingFor.set(host, detail.evidence);
    relationForm()?.open({ evidence: [detail.evidence] });
  });

  host.addEventListener('locator-fix', ({ detail }) => {
    const evidence = editing.document?.relations.find((r) => r.id === detail.relation)?.evidence?.[detail.index];
    if (evidence)
      editing.apply({
        kind: 'update-evidence',
        relation: detail.relation,
        index: detail.index,
        evidence: { ...evidence, locator: detail.locator },
      });
  });

  host.addEventListener('evidence-show', ({ detail }) => {
    const evidence = editing.document?.relations.find((r) => r.id === detail.relation)?.evidence?.[detail.index];
    const check = editing.checks.get(checkKey(detail.relation, detail.index));
    const span = check?.status === 'missing' ? check.closest : check?.span;
    const pane = part<ActorGraphSources>('actor-graph-sources');
    if (!evidence || !span || !pane) return;
    // The pane scrolls its text to the passage; the column it stands in is brought to the pane.
    void pane.showPassage(evidence.source, span).then(() => pane.scrollIntoView({ block: 'nearest' }));
  });

  host.addEventListener('source-text', ({ detail }) => {
    if (detail.isNew) {
      const result = editing.apply({ kind: 'add-source', source: detail.source });
      if (!result.ok) return calls.announce(`The source was not added: ${result.problems.map((p) => p.message).join('; ')}.`);
    }
    editing.setText(detail.source.id, { name: detail.name, text: detail.text, format: detail.format });
    calls.announce(`Opened ${detail.name} as the text of ${detail.source.title}.`);
  });
}

/** Forgets evidence cited with no relation: the reader turned to something else. */
export function dropPending(host: HTMLElement): void {
  pendingFor.delete(host);
}

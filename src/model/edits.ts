/**
 * Changes a reader makes to a graph in the explorer, each applied to a document and checked by
 * the same validator as files: a change that would make the document invalid is refused with
 * its problems, each tied to the field of the form it came from, and the document stays as it was.
 *
 * Documents are never changed in place: an edit gives a new document sharing every record it
 * did not touch, which is what lets the history keep a hundred steps cheaply.
 */
import type { Actor, Evidence, GraphDocument, Problem, Relation, Source } from './format.ts';
import { freshId, slugOf } from './ids.ts';
import { validateDocument } from './validate.ts';

/** A position in the preset layout. */
export interface Position {
  x: number;
  y: number;
}

/** One change to a document. */
export type Edit =
  | { kind: 'add-actor'; actor: Actor }
  | { kind: 'update-actor'; actor: Actor }
  | { kind: 'remove-actor'; id: string }
  | { kind: 'add-relation'; relation: Relation }
  | { kind: 'update-relation'; relation: Relation }
  | { kind: 'remove-relation'; id: string }
  | { kind: 'add-evidence'; relation: string; evidence: Evidence }
  | { kind: 'update-evidence'; relation: string; index: number; evidence: Evidence }
  | { kind: 'remove-evidence'; relation: string; index: number }
  | { kind: 'add-source'; source: Source }
  /** New places of actors; `moved` names those the reader moved, when the others' places are only recorded with them. */
  | { kind: 'move-actors'; positions: Readonly<Record<string, Position>>; moved?: readonly string[] }
  | { kind: 'clear-positions' };

/** A problem with an edit, tied to the field of its form (null when it is the edit as a whole). */
export interface EditProblem {
  field: string | null;
  message: string;
}

/** What applying an edit gives: the new document, or why it was refused. */
export type EditResult = { ok: true; document: GraphDocument } | { ok: false; problems: EditProblem[] };

/** A fresh id for a new actor or relation, from its name, unique among both. */
export function newId(document: GraphDocument, name: string, fallback: string): string {
  const used = new Set<string>([...document.actors.map((a) => a.id), ...document.relations.map((r) => r.id)]);
  return freshId(slugOf(name, fallback), used);
}

/** The relations an actor takes with it when it is deleted. */
export function relationsOf(document: GraphDocument, actor: string): Relation[] {
  return document.relations.filter((r) => r.source === actor || r.target === actor);
}

/** `list` with item `at` replaced: a new list, the old one untouched. */
const replaced = <T>(list: readonly T[], at: number, item: T): T[] => list.map((x, i) => (i === at ? item : x));

/** `list` without item `at`. */
const without = <T>(list: readonly T[], at: number): T[] => list.filter((_, i) => i !== at);

const refused = (message: string, field: string | null = null): EditResult => ({ ok: false, problems: [{ field, message }] });

/** Applies `edit` to `document`, checked by the validator unless `check` is false (an edit already checked once). */
export function applyEdit(document: GraphDocument, edit: Edit, check = true): EditResult {
  const changed = change(document, edit);
  if (!changed.ok || !check) return changed;
  const result = validateDocument(changed.document);
  if (result.ok) return { ok: true, document: changed.document };
  return { ok: false, problems: result.problems.map((p) => problemOf(changed.document, edit, p)) };
}

/** The edited document, unchecked; refused only when the edit names something not there. */
function change(document: GraphDocument, edit: Edit): EditResult {
  const done = (patch: Partial<GraphDocument>): EditResult => ({ ok: true, document: { ...document, ...patch } });
  const { actors, relations } = document;
  switch (edit.kind) {
    case 'add-actor':
      return done({ actors: [...actors, edit.actor] });
    case 'update-actor': {
      const at = actors.findIndex((a) => a.id === edit.actor.id);
      if (at < 0) return refused(`no actor "${edit.actor.id}"`);
      return done({ actors: replaced(actors, at, edit.actor) });
    }
    case 'remove-actor':
      if (!actors.some((a) => a.id === edit.id)) return refused(`no actor "${edit.id}"`);
      return done({
        actors: actors.filter((a) => a.id !== edit.id),
        relations: relations.filter((r) => r.source !== edit.id && r.target !== edit.id),
      });
    case 'add-relation':
      return done({ relations: [...relations, edit.relation] });
    case 'update-relation':
    case 'remove-relation': {
      const id = edit.kind === 'update-relation' ? edit.relation.id : edit.id;
      const at = relations.findIndex((r) => r.id === id);
      if (at < 0) return refused(`no relation "${id}"`);
      return done({ relations: edit.kind === 'update-relation' ? replaced(relations, at, edit.relation) : without(relations, at) });
    }
    case 'add-evidence':
    case 'update-evidence':
    case 'remove-evidence': {
      const at = relations.findIndex((r) => r.id === edit.relation);
      if (at < 0) return refused(`no relation "${edit.relation}"`);
      const relation = relations[at]!;
      const list = relation.evidence ?? [];
      if (edit.kind !== 'add-evidence' && !(edit.index >= 0 && edit.index < list.length)) {
        return refused(`relation "${edit.relation}" has no evidence ${edit.index + 1}`);
      }
      const evidence =
        edit.kind === 'add-evidence'
          ? [...list, edit.evidence]
          : edit.kind === 'update-evidence'
            ? replaced(list, edit.index, edit.evidence)
            : without(list, edit.index);
      const { evidence: _, ...rest } = relation;
      return done({ relations: replaced(relations, at, evidence.length ? { ...relation, evidence } : rest) });
    }
    case 'add-source':
      return done({ sources: [...(document.sources ?? []), edit.source] });
    case 'move-actors':
      return done({
        actors: actors.map((a) => {
          const p = Object.hasOwn(edit.positions, a.id) ? edit.positions[a.id] : undefined;
          return p ? { ...a, x: p.x, y: p.y } : a;
        }),
      });
    case 'clear-positions':
      return done({ actors: actors.map((a) => (a.x === undefined && a.y === undefined ? a : withoutPosition(a))) });
  }
}

function withoutPosition(actor: Actor): Actor {
  const { x: _x, y: _y, ...rest } = actor;
  return rest;
}

/** The JSON path prefix of the record an edit writes, so its problems name the form's fields. */
function recordPath(document: GraphDocument, edit: Edit): string | null {
  switch (edit.kind) {
    case 'add-actor':
    case 'update-actor':
      return `$.actors[${document.actors.findIndex((a) => a === edit.actor)}]`;
    case 'add-relation':
    case 'update-relation':
      return `$.relations[${document.relations.findIndex((r) => r.id === edit.relation.id)}]`;
    case 'add-evidence':
    case 'update-evidence': {
      const at = document.relations.findIndex((r) => r.id === edit.relation);
      const index = edit.kind === 'add-evidence' ? (document.relations[at]?.evidence?.length ?? 1) - 1 : edit.index;
      return `$.relations[${at}].evidence[${index}]`;
    }
    case 'add-source':
      return `$.sources[${(document.sources?.length ?? 1) - 1}]`;
    default:
      return null;
  }
}

/** A validator's problem as the form shows it: beside its field when it is about the edited record. */
function problemOf(document: GraphDocument, edit: Edit, problem: Problem): EditProblem {
  const prefix = recordPath(document, edit);
  if (prefix && problem.path.startsWith(`${prefix}.`)) {
    const field = /^[A-Za-z]+/.exec(problem.path.slice(prefix.length + 1))?.[0] ?? null;
    return { field, message: problem.message };
  }
  if (prefix && problem.path === prefix) return { field: null, message: problem.message };
  return { field: null, message: `${problem.path}: ${problem.message}` };
}

/** What an edit does, in a few words, for the Undo and Redo buttons: "add actor Harbour council". */
export function describeEdit(document: GraphDocument, edit: Edit): string {
  const actor = (id: string) => document.actors.find((a) => a.id === id)?.label ?? id;
  const relation = (id: string) => {
    const r = document.relations.find((x) => x.id === id);
    return r ? `${actor(r.source)} – ${actor(r.target)}` : id;
  };
  switch (edit.kind) {
    case 'add-actor':
      return `add actor ${edit.actor.label}`;
    case 'update-actor':
      return `edit actor ${edit.actor.label}`;
    case 'remove-actor':
      return `delete actor ${actor(edit.id)}`;
    case 'add-relation':
      return `add relation ${actor(edit.relation.source)} – ${actor(edit.relation.target)}`;
    case 'update-relation':
      return `edit relation ${relation(edit.relation.id)}`;
    case 'remove-relation':
      return `delete relation ${relation(edit.id)}`;
    case 'add-evidence':
      return `cite evidence for ${relation(edit.relation)}`;
    case 'update-evidence':
      return `edit evidence for ${relation(edit.relation)}`;
    case 'remove-evidence':
      return `delete evidence for ${relation(edit.relation)}`;
    case 'add-source':
      return `add source ${edit.source.title}`;
    case 'move-actors': {
      const ids = edit.moved ?? Object.keys(edit.positions);
      return ids.length === 1 ? `move ${actor(ids[0]!)}` : `move ${ids.length} actors`;
    }
    case 'clear-positions':
      return 'lay out again';
  }
}

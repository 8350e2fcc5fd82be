/** Warnings `<actor-graph>` gives once per page about what it still accepts but will drop. */

let focusWarned = false;

/** Says once per page that `focus(actor, depth)` is deprecated, however often it is called. */
export function warnFocusDeprecated(): void {
  if (focusWarned) return;
  focusWarned = true;
  console.warn(
    '<actor-graph>: focus(actor, depth) is deprecated and will be removed in the next minor version; use focusOn(actor, depth).',
  );
}

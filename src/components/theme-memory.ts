/**
 * The theme the reader last chose in the explorer, kept in the browser's storage. Storage may be
 * missing or refuse access (a private window, a sandboxed frame, a full quota): the choice is
 * then simply not remembered, and nothing fails.
 */

/** The two themes of the explorer. */
export type Theme = 'light' | 'dark';

/** The storage key the choice is kept under. */
export const THEME_KEY = 'actor-graph-theme';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The theme chosen last, or null when none was, or storage cannot be read. */
export function rememberedTheme(): Theme | null {
  try {
    const value = storage()?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Keeps `theme` as the reader's choice; true when storage took it. */
export function rememberTheme(theme: Theme): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(THEME_KEY, theme);
    return true;
  } catch {
    return false;
  }
}
